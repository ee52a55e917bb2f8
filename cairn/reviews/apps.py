from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "cairn.reviews"
    label = "reviews"

    def ready(self) -> None:
        from cairn.accounts import panels
        from cairn.plans import search
        from cairn.plans.versions import follow_plan_of, names_people
        from cairn.reviews.models import ReviewRound, Update
        from cairn.reviews.panels import review_rounds_panel
        from cairn.reviews.search import PAST_ROUND_NOTES

        # The partnership page says what a lead still owes and which rounds are open.
        panels.register("reviews/_partnership_panel.html", review_rounds_panel, first=True)
        # The partnership's search finds what leads wrote in past rounds.
        search.register(PAST_ROUND_NOTES, "Round note")
        # A round or an update changes its plan's dashboard (plans/versions.py).
        follow_plan_of(ReviewRound, lambda review_round: review_round.plan_id)
        follow_plan_of(
            Update,
            lambda update: ReviewRound.objects.filter(pk=update.round_id).values("plan_id"),
        )
        # A round's pages name who opened it, and who wrote, reviewed or changed each update.
        names_people(lambda pk: ReviewRound.objects.filter(opened_by_id=pk).values("plan_id"))
        for who in ("author_id", "reviewed_by_id", "history_user_id"):
            names_people(
                lambda pk, who=who: ReviewRound.objects.filter(
                    pk__in=Update.history.filter(**{who: pk}).values("round_id")
                ).values("plan_id")
            )
