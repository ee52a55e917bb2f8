from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "cairn.plans"
    label = "plans"

    def ready(self) -> None:
        from cairn.accounts import panels
        from cairn.plans import versions  # noqa: F401 - connects the plan revision receivers
        from cairn.plans.views.strategy import strategy_panel

        # The partnership page links to its strategies.
        panels.register("plans/_strategy_panel.html", strategy_panel)
