from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "cairn.plans"
    label = "plans"
