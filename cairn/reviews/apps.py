from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "cairn.reviews"
    label = "reviews"

    def ready(self) -> None:
        from cairn.accounts import panels
        from cairn.plans import search
        from cairn.reviews.panels import review_rounds_panel
        from cairn.reviews.search import PAST_ROUND_NOTES

        # The partnership page says what a lead still owes and which rounds are open.
        panels.register("reviews/_partnership_panel.html", review_rounds_panel, first=True)
        # The partnership's search finds what leads wrote in past rounds.
        search.register(PAST_ROUND_NOTES, "Round note")
