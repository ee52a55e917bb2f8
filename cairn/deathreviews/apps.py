from django.apps import AppConfig


class DeathReviewsConfig(AppConfig):
    name = "cairn.deathreviews"
    verbose_name = "Death reviews (DHR / DARDR)"

    def ready(self) -> None:
        from cairn.accounts import panels
        from cairn.deathreviews.access import review_plan_filter, review_plan_gate
        from cairn.deathreviews.importing import review_target
        from cairn.deathreviews.views import reviews_panel
        from cairn.imports.targets import register_target_finder
        from cairn.plans.access import register_plan_filter, register_plan_gate

        # A review's action plan is a plan like any other, but only the coordinator and
        # the roles they choose may open it, its actions, rounds and reports.
        register_plan_gate(review_plan_gate)
        # ... and lists across plans (My actions) leave them out for everyone else.
        register_plan_filter(review_plan_filter)
        # The partnership page links to the death reviews for those who may see them.
        panels.register("deathreviews/_panel.html", reviews_panel)
        # A review's action plan imported from its page is saved into the review.
        register_target_finder(review_target)
