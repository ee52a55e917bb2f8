from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "cairn.indicators"
    verbose_name = "Indicators and data returns"

    def ready(self) -> None:
        from cairn.accounts import panels
        from cairn.indicators.views.returns import returns_due_panel

        # A data contributor's home page lists the returns their agency owes.
        panels.register("indicators/_returns_due_panel.html", returns_due_panel)
