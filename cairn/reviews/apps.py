from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "cairn.reviews"
    label = "reviews"
