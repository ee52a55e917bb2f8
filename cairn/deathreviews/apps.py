from django.apps import AppConfig


class DeathReviewsConfig(AppConfig):
    name = "cairn.deathreviews"
    verbose_name = "Death reviews (DHR / DARDR)"

    def ready(self) -> None:
        from cairn.accounts import panels
        from cairn.deathreviews.access import review_plan_gate
        from cairn.deathreviews.views import reviews_panel
        from cairn.plans.access import register_plan_gate

        # A review's action plan is a plan like any other, but only the coordinator and
        # the roles they choose may open it, its actions, rounds and reports.
        register_plan_gate(review_plan_gate)
        # The partnership page links to the death reviews for those who may see them.
        panels.register("deathreviews/_panel.html", reviews_panel)
