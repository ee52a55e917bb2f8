from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "cairn.indicators"
    verbose_name = "Indicators and data returns"
