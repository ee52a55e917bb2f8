"""Plain builders for partnerships and people with fixed values, for tests and the demo.

Apps above accounts build on these (`cairn/plans/factories.py` adds a status scheme and plans).
"""

from __future__ import annotations

from cairn.accounts.models import Agency, Membership, Partnership, User

PASSWORD = "correct horse battery staple"


def make_partnership(name: str, slug: str) -> Partnership:
    """A partnership with no status scheme: `plans.factories.make_partnership` adds one."""
    return Partnership.objects.create(name=name, slug=slug)


def make_person(
    email: str,
    name: str,
    partnership: Partnership,
    role: str,
    agency: Agency | None = None,
    password: str = PASSWORD,
) -> User:
    user = User.objects.create_user(email=email, name=name, password=password)
    Membership.objects.create(user=user, partnership=partnership, role=role, agency=agency)
    return user
