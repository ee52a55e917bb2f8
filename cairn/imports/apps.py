from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "cairn.imports"
    label = "imports"
