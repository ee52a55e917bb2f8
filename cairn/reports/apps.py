from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "cairn.reports"
    label = "reports"
