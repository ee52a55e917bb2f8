"""`cairn demo`: the demo spans plans, reviews and indicators, so its command lives in the
app above them."""

from django.core.management.base import BaseCommand

from cairn.deathreviews.demo import add_demo_reviews
from cairn.indicators.demo import add_demo_data_set, add_demo_indicators, add_demo_part4
from cairn.plans.demo import PASSWORD, build_demo, sign_ins
from cairn.plans.models import Plan
from cairn.reviews.demo import add_demo_round


class Command(BaseCommand):
    help = (
        "Build the fictional Exampleshire partnership with a plan, statuses, overdue actions, "
        "an open review round, indicators with figures, a data return due, three death reviews "
        "with their recommendations and one person per role, then print how to sign in. Safe "
        "to run again: an existing Exampleshire is left as it is (what it lacks is added)."
    )

    def handle(self, *args, **options) -> None:
        partnership, created = build_demo()
        if created:
            # Opening the round queues the leads' update requests; the worker sends them.
            add_demo_round(partnership.plans.get(kind=Plan.Kind.YEARLY))
        # Indicators and reviews came later than the plan: an older demo gets them now.
        add_demo_indicators(partnership)
        add_demo_data_set(partnership)
        add_demo_part4(partnership)
        reviews = add_demo_reviews(partnership)
        self.stdout.write(
            f"{'Built' if created else 'Already there:'} {partnership.name} "
            f"({partnership.plans.filter(kind=Plan.Kind.YEARLY).count()} plan, "
            f"{len(reviews)} death reviews)"
        )
        self.stdout.write(f"\nSign in at /sign-in/ with password {PASSWORD!r} as:")
        for person in sign_ins():
            self.stdout.write(f"  {person.role:<18} {person.email}")
