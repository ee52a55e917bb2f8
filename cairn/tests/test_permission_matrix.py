"""The permission matrix: every URL pattern x every role x two partnerships, GET and POST.

The URL patterns come from the URL configuration (`get_resolver()`), so a new view cannot be
left out: a pattern with no row in EXPECTATIONS fails the test. Each row says who may use
the page (its rule), which methods it answers, and which object of each partnership fills
its URL. Django's admin is checked with GET only: every role but the host admin is sent to
sign in; what the admin answers the host admin (a missing object, a read-only model) is
Django's business, short of an error.

The expected outcome of every cell follows from the rule; the test makes the request
(inside a transaction rolled back afterwards, so a POST changes nothing for the next cell)
and lists every cell that differs. A leak is a cell expected to be refused (sign-in, 403,
404) that was served: there must be none; every other difference fails too.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from cairn.accounts import second_factor
from cairn.accounts.models import Agency, ApiToken, Membership, Partnership, Role, User
from cairn.deathreviews.models import LearningTheme, Review, ReviewAccess
from cairn.deathreviews.publishing import publish as publish_review
from cairn.deathreviews.reviewing import add_action, add_recommendation, create_review
from cairn.indicators.marac import create_marac_data_set
from cairn.indicators.models import DataElement, DataReturn, DataSet, Indicator
from cairn.indicators.part4 import create_part4_data_set
from cairn.indicators.periods import Period
from cairn.plans import deleting
from cairn.plans.factories import make_milestone, make_partnership, make_person, make_plan
from cairn.plans.models import Strategy
from cairn.reports.publishing import publish
from cairn.reviews.models import ReviewRound, Update

FIRST_PERIOD = Period(2016, 3)
YEAR = Period(2016)  # the Part 4 return is annual
ANONYMOUS = "anonymous"
ROLES = (
    ANONYMOUS,
    "coordinator",
    "lead",
    "data_contributor",
    "viewer",
    "host_admin",
    "lead_of_other",
)
OK, SIGN_IN, FORBIDDEN, NOT_FOUND, NOT_ALLOWED = "ok", "sign-in", "403", "404", "405"

# Rules: who may use a page, by their role in the partnership that owns the object.
PUBLIC = "public"  # anyone, signed in or not
SIGNED_IN = "signed in"  # anyone signed in; no partnership object in the URL
MEMBER = "member"  # any role in the partnership
COORDINATOR = "coordinator"  # the coordinator (host admins act as one)
ACTION_LEAD = "action lead"  # the coordinator, or a lead of the action
SHEET_OWNER = "sheet owner"  # the coordinator, or the lead whose update sheet it is
RETURNS = "returns"  # the coordinator, or a data contributor (of the return's agency)
SUBMITTER = "submitter"  # a data contributor of an agency that returns the data set
REVIEW_READER = "review reader"  # the coordinator, and the roles they chose (here: viewers)
HOST = "host"  # Cairn's own pages for the host admin (403 for anyone else)
HOST_ADMIN = "host admin"  # Django's admin: host admins only
NOWHERE = "nowhere"  # an address that names nothing: 404 for anyone, signed in or not
OWN = "own"  # only the person it belongs to (the partnership's lead); 404 for anyone else


@dataclass(frozen=True)
class Expect:
    rule: str
    methods: tuple[str, ...] = ("GET", "POST")
    args: dict[str, str] = field(default_factory=dict)
    """URL argument -> the object of the owning partnership that fills it."""
    api: bool = False
    """The JSON API: a method it does not answer is 405 for anyone, before signing in; it
    refuses the signed-out with 401 rather than sending them to sign in."""


G, P = ("GET",), ("POST",)
EXPECTATIONS: dict[str, Expect] = {
    "home": Expect(SIGNED_IN),
    "accounts:sign_in": Expect(PUBLIC),
    "accounts:sign_out": Expect(SIGNED_IN),
    "favicon": Expect(PUBLIC, G),
    "health": Expect(PUBLIC, G),
    "accounts:partnership": Expect(MEMBER, args={"slug": "slug"}),
    "accounts:people": Expect(COORDINATOR, args={"slug": "slug"}),
    "accounts:invite": Expect(COORDINATOR, args={"slug": "slug"}),
    "accounts:person": Expect(COORDINATOR, args={"slug": "slug", "pk": "membership"}),
    "accounts:change_role": Expect(COORDINATOR, args={"slug": "slug", "pk": "membership"}),
    "accounts:deactivate": Expect(COORDINATOR, args={"slug": "slug", "pk": "membership"}),
    "accounts:resend_invitation": Expect(COORDINATOR, P, args={"slug": "slug", "pk": "membership"}),
    "accounts:accept_invitation": Expect(PUBLIC, args={"token": "invitation"}),
    "accounts:account": Expect(SIGNED_IN),
    "accounts:password_change": Expect(SIGNED_IN),
    "accounts:token_create": Expect(SIGNED_IN),
    "accounts:token_revoke": Expect(OWN, P, args={"pk": "api_token"}),
    "accounts:password_changed": Expect(SIGNED_IN),
    "accounts:second_factor": Expect(SIGNED_IN),
    "accounts:recovery_codes": Expect(SIGNED_IN, G),
    "accounts:new_recovery_codes": Expect(SIGNED_IN, P),
    "accounts:second_factor_off": Expect(SIGNED_IN, P),
    "accounts:password_reset": Expect(PUBLIC),
    "accounts:password_reset_sent": Expect(PUBLIC, G),
    "accounts:password_reset_confirm": Expect(
        PUBLIC, args={"uidb64": "reset_uid", "token": "reset_token"}
    ),
    "accounts:password_reset_complete": Expect(PUBLIC, G),
    "accounts:agencies": Expect(COORDINATOR, args={"slug": "slug"}),
    "accounts:agency_create": Expect(COORDINATOR, args={"slug": "slug"}),
    "accounts:agency_edit": Expect(COORDINATOR, args={"pk": "agency"}),
    "accounts:agency_merge": Expect(COORDINATOR, args={"pk": "agency"}),
    "accounts:agency_merge_confirm": Expect(
        COORDINATOR, args={"pk": "agency", "into": "other_agency"}
    ),
    "accounts:agency_archive": Expect(COORDINATOR, args={"pk": "agency"}),
    "accounts:agency_restore": Expect(COORDINATOR, P, args={"pk": "agency"}),
    "plans:plan": Expect(MEMBER, args={"pk": "plan"}),
    "plans:action": Expect(MEMBER, args={"pk": "action"}),
    "plans:my_actions": Expect(SIGNED_IN),
    "plans:search": Expect(MEMBER, G, args={"slug": "slug"}),
    "plans:plan_create": Expect(COORDINATOR, args={"slug": "slug"}),
    "plans:settings": Expect(COORDINATOR, args={"slug": "slug"}),
    "plans:status_scheme": Expect(COORDINATOR, args={"slug": "slug"}),
    "plans:status_templates": Expect(COORDINATOR, args={"slug": "slug"}),
    "plans:status_scheme_confirm": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "plans:plan_edit": Expect(COORDINATOR, args={"pk": "plan"}),
    "plans:plan_editor": Expect(COORDINATOR, G, args={"pk": "plan"}),
    "plans:plan_delete": Expect(COORDINATOR, args={"pk": "plan"}),
    "plans:roll_forward": Expect(COORDINATOR, args={"pk": "plan"}),
    "plans:strategies": Expect(MEMBER, G, args={"slug": "slug"}),
    "plans:strategy_create": Expect(COORDINATOR, args={"slug": "slug"}),
    "plans:strategy": Expect(MEMBER, G, args={"pk": "strategy"}),
    "plans:strategy_edit": Expect(COORDINATOR, args={"pk": "strategy"}),
    "imports:strategy_text": Expect(COORDINATOR, args={"pk": "strategy"}),
    "plans:theme_create": Expect(COORDINATOR, args={"pk": "plan"}),
    "plans:theme_edit": Expect(COORDINATOR, args={"pk": "theme"}),
    "plans:theme_delete": Expect(COORDINATOR, args={"pk": "theme"}),
    "plans:theme_move": Expect(COORDINATOR, args={"pk": "theme"}),
    "plans:objective_create": Expect(COORDINATOR, args={"pk": "theme"}),
    "plans:objective_edit": Expect(COORDINATOR, args={"pk": "objective"}),
    "plans:objective_delete": Expect(COORDINATOR, args={"pk": "objective"}),
    "plans:objective_move": Expect(COORDINATOR, args={"pk": "objective"}),
    "plans:action_create": Expect(COORDINATOR, args={"pk": "plan"}),
    "plans:action_lookup": Expect(COORDINATOR, G, args={"pk": "plan"}),
    "plans:action_edit": Expect(COORDINATOR, args={"pk": "action"}),
    "plans:action_delete": Expect(COORDINATOR, args={"pk": "action"}),
    "plans:action_move": Expect(COORDINATOR, args={"pk": "action"}),
    "plans:milestone_create": Expect(COORDINATOR, args={"pk": "action"}),
    "plans:milestone_edit": Expect(COORDINATOR, args={"pk": "milestone"}),
    "plans:milestone_delete": Expect(COORDINATOR, args={"pk": "milestone"}),
    "plans:milestone_move": Expect(COORDINATOR, args={"pk": "milestone"}),
    "plans:partnerships": Expect(HOST),
    "plans:partnership_create": Expect(HOST),
    "plans:partnership_deactivate": Expect(HOST, args={"slug": "slug"}),
    "plans:partnership_reactivate": Expect(HOST, P, args={"slug": "slug"}),
    "plans:reassign_actions": Expect(COORDINATOR, args={"slug": "slug", "pk": "membership"}),
    "plans:deleted": Expect(COORDINATOR, G, args={"slug": "slug"}),
    "plans:restore": Expect(COORDINATOR, P, args={"pk": "deletion"}),
    "imports:start": Expect(COORDINATOR, args={"slug": "slug"}),
    "imports:progress": Expect(COORDINATOR, G, args={"slug": "slug"}),
    "imports:preview": Expect(COORDINATOR, args={"slug": "slug"}),
    "imports:item": Expect(COORDINATOR, args={"slug": "slug", "item_id": "item_id"}),
    "imports:correct": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "imports:leads": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "imports:column": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "imports:confirm": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "imports:cancel": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "imports:invite_many": Expect(COORDINATOR, args={"slug": "slug"}),
    "imports:confirm_invite_many": Expect(COORDINATOR, P, args={"slug": "slug"}),
    "indicators:partnership": Expect(MEMBER, args={"slug": "slug"}),
    "indicators:create": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:library": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:indicator": Expect(MEMBER, args={"pk": "indicator"}),
    "indicators:edit": Expect(COORDINATOR, args={"pk": "indicator"}),
    "indicators:record": Expect(COORDINATOR, args={"pk": "indicator"}),
    "indicators:data_returns": Expect(RETURNS, args={"slug": "slug"}),
    "indicators:data_set_create": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:data_set": Expect(RETURNS, args={"pk": "data_set"}),
    "indicators:element_create": Expect(COORDINATOR, args={"pk": "data_set"}),
    "indicators:return_form": Expect(SUBMITTER, args={"pk": "data_set", "period": "period"}),
    "indicators:return_template": Expect(
        SUBMITTER, args={"pk": "data_set", "period": "period", "format": "format"}
    ),
    "indicators:marac_setup": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:marac_quarter": Expect(COORDINATOR, args={"pk": "marac", "period": "period"}),
    "indicators:part4_setup": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:settings": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:from_plan": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:breakdowns": Expect(COORDINATOR, args={"slug": "slug"}),
    "indicators:element_break_down": Expect(COORDINATOR, args={"pk": "element"}),
    "indicators:data_set_edit": Expect(COORDINATOR, args={"pk": "data_set"}),
    "indicators:data_set_delete": Expect(COORDINATOR, args={"pk": "data_set"}),
    "indicators:part4_year": Expect(COORDINATOR, args={"pk": "part4", "period": "year"}),
    "indicators:return": Expect(RETURNS, args={"pk": "data_return"}),
    "indicators:return_review": Expect(COORDINATOR, P, args={"pk": "data_return"}),
    "reviews:open_round": Expect(COORDINATOR, args={"plan_pk": "plan"}),
    "reviews:rounds": Expect(MEMBER, G, args={"plan_pk": "plan"}),
    "reviews:round": Expect(MEMBER, args={"pk": "round"}),
    "reviews:change_state": Expect(COORDINATOR, P, args={"pk": "round"}),
    "reviews:chase": Expect(COORDINATOR, args={"pk": "round"}),
    "reviews:update": Expect(ACTION_LEAD, args={"round_pk": "round", "action_pk": "action"}),
    "reviews:review": Expect(COORDINATOR, P, args={"pk": "update"}),
    "reviews:my_updates": Expect(SHEET_OWNER, args={"pk": "round", "person_pk": "lead"}),
    "reviews:download_sheet": Expect(SHEET_OWNER, G, args={"pk": "round", "person_pk": "lead"}),
    "reviews:upload_sheet": Expect(SHEET_OWNER, P, args={"pk": "round", "person_pk": "lead"}),
    "reviews:confirm_sheet": Expect(SHEET_OWNER, P, args={"pk": "round", "person_pk": "lead"}),
    "reviews:link_sign_in": Expect(PUBLIC),
    "reports:dashboard": Expect(MEMBER, args={"pk": "plan"}),
    "reports:board_report": Expect(MEMBER, G, args={"pk": "plan"}),
    "reports:publication": Expect(COORDINATOR, args={"pk": "plan"}),
    "reports:publication_preview": Expect(COORDINATOR, G, args={"pk": "plan"}),
    "reports:withdraw_publication": Expect(COORDINATOR, args={"pk": "plan"}),
    "reports:public": Expect(PUBLIC, args={"token": "token"}),
    "reports:public_indicators_csv": Expect(PUBLIC, G, args={"token": "token"}),
    # The JSON API (cairn/api; its own matrix, with bodies and tokens, is
    # cairn/api/tests/test_permissions.py). An empty POST is refused as bad input (4xx).
    "api:api-root": Expect(PUBLIC, G, api=True),
    "api:openapi-json": Expect(PUBLIC, G, api=True),
    "api:docs": Expect(PUBLIC, G, api=True),
    "api:no_such_address": Expect(NOWHERE, api=True),
    "api:partnerships": Expect(SIGNED_IN, G, api=True),
    "api:plans": Expect(SIGNED_IN, api=True),
    "api:create_plan": Expect(SIGNED_IN, api=True),
    "api:plan": Expect(MEMBER, G, args={"plan_id": "plan"}, api=True),
    "reports:review_export": Expect(REVIEW_READER, G, args={"pk": "review", "format": "format"}),
    "deathreviews:list": Expect(REVIEW_READER, G, args={"slug": "slug"}),
    "deathreviews:create": Expect(COORDINATOR, args={"slug": "slug"}),
    "deathreviews:access": Expect(COORDINATOR, args={"slug": "slug"}),
    "deathreviews:themes": Expect(REVIEW_READER, G, args={"slug": "slug"}),
    "deathreviews:theme_create": Expect(COORDINATOR, args={"slug": "slug"}),
    "deathreviews:theme": Expect(REVIEW_READER, G, args={"pk": "learning_theme"}),
    "deathreviews:review": Expect(REVIEW_READER, G, args={"pk": "review"}),
    "deathreviews:edit": Expect(COORDINATOR, args={"pk": "review"}),
    "deathreviews:recommendation_create": Expect(COORDINATOR, args={"pk": "review"}),
    "deathreviews:action_create": Expect(COORDINATOR, args={"pk": "recommendation"}),
    "deathreviews:recommendation_sign_off": Expect(COORDINATOR, args={"pk": "recommendation"}),
    "deathreviews:action_sign_off": Expect(COORDINATOR, args={"pk": "review_action"}),
    "deathreviews:import": Expect(COORDINATOR, args={"pk": "review"}),
    "deathreviews:publication": Expect(COORDINATOR, args={"pk": "review"}),
    "deathreviews:withdraw_publication": Expect(COORDINATOR, P, args={"pk": "review"}),
    "deathreviews:public": Expect(PUBLIC, G, args={"token": "review_token"}),
    "api:themes": Expect(SIGNED_IN, api=True),  # POST adds one (415 for an empty form)
    "api:objectives": Expect(SIGNED_IN, api=True),  # POST adds one (415 for an empty form)
    "api:actions": Expect(SIGNED_IN, api=True),  # POST adds one (415 for an empty form)
    "api:milestones": Expect(SIGNED_IN, api=True),  # POST adds one (415 for an empty form)
    # GET here; their PATCH is in the API's own matrix.
    "api:theme": Expect(MEMBER, G, args={"theme_id": "theme"}, api=True),
    "api:objective": Expect(MEMBER, G, args={"objective_id": "objective"}, api=True),
    "api:action": Expect(MEMBER, G, args={"action_id": "action"}, api=True),
    "api:milestone": Expect(MEMBER, G, args={"milestone_id": "milestone"}, api=True),
    "api:rounds": Expect(SIGNED_IN, G, api=True),
    "api:round": Expect(MEMBER, G, args={"round_id": "round"}, api=True),
    "api:round_updates": Expect(MEMBER, G, args={"round_id": "round"}, api=True),
    "api:update": Expect(
        ACTION_LEAD, G, args={"round_id": "round", "action_id": "action"}, api=True
    ),
    "api:put_update": Expect(
        ACTION_LEAD, G, args={"round_id": "round", "action_id": "action"}, api=True
    ),
    "api:board_report": Expect(MEMBER, G, args={"plan_id": "plan"}, api=True),
    "api:indicators": Expect(SIGNED_IN, G, api=True),
    "api:indicator": Expect(MEMBER, G, args={"indicator_id": "indicator"}, api=True),
    "api:data_returns": Expect(SIGNED_IN, G, api=True),  # no partnership named: 422
    "api:data_return": Expect(RETURNS, G, args={"return_id": "data_return"}, api=True),
    "api:returns_due": Expect(SIGNED_IN, G, api=True),  # no partnership named: 422
    "api:submission": Expect(
        SUBMITTER, G, args={"data_set_id": "data_set", "period": "period"}, api=True
    ),
    "api:submit_return": Expect(
        SUBMITTER, G, args={"data_set_id": "data_set", "period": "period"}, api=True
    ),
    # An empty form POST is refused (415) before anything is looked up; the API's own
    # matrix sends each a JSON body.
    "api:review_update": Expect(
        SIGNED_IN, P, args={"round_id": "round", "action_id": "action"}, api=True
    ),
    "api:create_theme": Expect(SIGNED_IN, api=True),
    "api:create_objective": Expect(SIGNED_IN, api=True),
    "api:create_action": Expect(SIGNED_IN, api=True),
    "api:create_milestone": Expect(SIGNED_IN, api=True),
    # The same addresses again, under the names of their PATCH and DELETE operations.
    "api:change_theme": Expect(MEMBER, G, args={"theme_id": "theme"}, api=True),
    "api:change_objective": Expect(MEMBER, G, args={"objective_id": "objective"}, api=True),
    "api:change_action": Expect(MEMBER, G, args={"action_id": "action"}, api=True),
    "api:change_milestone": Expect(MEMBER, G, args={"milestone_id": "milestone"}, api=True),
    "api:delete_theme": Expect(MEMBER, G, args={"theme_id": "theme"}, api=True),
    "api:delete_objective": Expect(MEMBER, G, args={"objective_id": "objective"}, api=True),
    "api:delete_action": Expect(MEMBER, G, args={"action_id": "action"}, api=True),
    "api:delete_milestone": Expect(MEMBER, G, args={"milestone_id": "milestone"}, api=True),
    # Django's admin signs in through its own page; the rest of it is HOST_ADMIN's.
    "admin_sign_in": Expect(PUBLIC),  # Django's admin signs in on Cairn's page
    "admin:login": Expect(PUBLIC),
    "admin:logout": Expect(HOST_ADMIN, P),
}
# Django's admin: every pattern under admin: is for host admins only.
ADMIN_ARGS = {
    "object_id": "1",
    "pk": "1",  # django-otp's QR code page for a device
    "id": "1",
    "app_label": "plans",
    "content_type_id": "1",
    "url": "nowhere/",
}


@dataclass
class Pattern:
    name: str
    namespace: str
    route: str
    """The whole route from the site's root, e.g. "plans/<int:pk>/"."""
    parameters: set[str]
    positional: int
    """Unnamed groups (simple_history's admin has some), each filled with "1"."""

    @property
    def is_admin(self) -> bool:
        return self.namespace.split(":")[0] == "admin"

    def url(self, kwargs: dict[str, object]) -> str:
        if self.name and self.positional:
            return reverse(self.name, args=["1"] * self.positional)
        if self.name:
            return reverse(self.name, kwargs=kwargs)
        # Unnamed (Django's admin has a few): fill the route by hand.
        url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(kwargs[m.group(1)]), self.route)
        url = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(kwargs[m.group(1)]), url)
        return "/" + url.lstrip("^").rstrip("$")


def url_patterns(patterns=None, namespace: str = "", prefix: str = ""):
    """Every URL pattern of the site, namespaces included."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or ""
            joined = f"{namespace}:{inner}" if namespace and inner else namespace or inner
            yield from url_patterns(entry.url_patterns, joined, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            route = prefix + str(entry.pattern)
            regex = entry.pattern.regex
            parameters = set(regex.groupindex)
            positional = regex.groups - len(regex.groupindex)
            yield Pattern(name or "", namespace, route, parameters, positional)


# ---------------------------------------------------------------- the world


def death_review(partnership: Partnership, coordinator: User) -> dict[str, object]:
    """A review (viewers chosen to read reviews), published, with a recommendation and an
    action; returns URL argument values."""
    review = create_review(partnership, Review(reference=f"DHR {partnership.slug}"), by=coordinator)
    ReviewAccess.objects.create(partnership=partnership, roles=["viewer"])
    recommendation = add_recommendation(review, text="Share information", by=coordinator)
    return {
        "review": review.pk,
        "recommendation": recommendation.pk,
        "review_action": add_action(recommendation, title="Agree a protocol", by=coordinator).pk,
        "review_token": publish_review(review, by=coordinator, on=FIRST_PERIOD.starts_on).token,
        "learning_theme": LearningTheme.objects.filter(partnership=partnership).first().pk,
    }


def build_partnership(name: str, slug: str, people: dict[str, User]) -> dict[str, object]:
    """A partnership with one of everything a URL can name; returns URL argument values."""
    partnership = make_partnership(name, slug)
    agency = Agency.objects.create(partnership=partnership, name=f"Police {slug}")
    other_agency = Agency.objects.create(partnership=partnership, name=f"Health {slug}")
    for role in (Role.COORDINATOR, Role.LEAD, Role.DATA_CONTRIBUTOR, Role.VIEWER):
        key = f"{role}@{slug}"
        people[key] = make_person(f"{role}@{slug}.example", f"{role} {slug}", partnership, role)
    for role in ("lead", "data_contributor"):
        Membership.objects.filter(user=people[f"{role}@{slug}"]).update(agency=agency)
    coordinator, lead = people[f"coordinator@{slug}"], people[f"lead@{slug}"]
    plan = make_plan(partnership)
    theme = plan.themes.get()
    action = theme.actions.first()
    action.lead_people.add(lead)
    review_round = ReviewRound.objects.create(
        plan=plan,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 30),
        opened_by=coordinator,
    )
    update = Update.objects.create(round=review_round, action=action, author=lead)
    deletion = deleting.soft_delete(theme.actions.last(), by=coordinator)
    return {
        "slug": partnership.slug,
        "plan": plan.pk,
        **death_review(partnership, coordinator),
        "strategy": Strategy.objects.create(partnership=partnership, title="Strategy").pk,
        "theme": theme.pk,
        "objective": theme.objectives.get().pk,
        "action": action.pk,
        "milestone": make_milestone(action, "Helpline live", "Jun 2016").pk,
        "round": review_round.pk,
        "update": update.pk,
        "lead": lead.pk,
        "deletion": deletion.pk,
        "token": publish(plan, by=coordinator).token,
        "item_id": "t1",
        "membership": Membership.objects.get(user=lead).pk,
        "agency": agency.pk,
        "other_agency": other_agency.pk,
        "invitation": "not-a-real-invitation",
        "reset_uid": "MQ",
        "reset_token": "set-password",
        **indicators_and_returns(partnership, agency, lead, coordinator),
        "format": "csv",
        "api_token": ApiToken.issue(lead, "Warehouse", ApiToken.Access.READ, None)[0].pk,
        "partnership": partnership,
    }


def indicators_and_returns(partnership, agency, lead, coordinator) -> dict[str, object]:
    """An indicator, a data set with one element and a return, and the ready-made MARAC and
    Part 4 data sets: URL argument values."""
    indicator = Indicator.objects.create(
        partnership=partnership, name="Repeat MARAC cases", unit=Indicator.Unit.PERCENTAGE
    )
    data_set = DataSet.objects.create(
        partnership=partnership, name="MARAC return", first_period=FIRST_PERIOD.label
    )
    data_set.agencies.set([agency])
    element = DataElement.objects.create(data_set=data_set, code="cases", name="Cases", order=1)
    data_return = DataReturn.objects.create(
        data_set=data_set, agency=agency, period=FIRST_PERIOD.label, submitted_by=lead
    )
    return {
        "indicator": indicator.pk,
        "data_set": data_set.pk,
        "element": element.pk,
        "period": FIRST_PERIOD.next().slug,
        "data_return": data_return.pk,
        "marac": create_marac_data_set(partnership, [agency], FIRST_PERIOD, by=coordinator).pk,
        "part4": create_part4_data_set(partnership, [agency], YEAR, by=coordinator).pk,
        "year": YEAR.slug,
    }


def role_in_owner(role: str, owner: str) -> str | None:
    """The role the person has in the partnership owning the object ("a" or "b")."""
    if role == "host_admin":
        return "coordinator"
    if role == "lead_of_other":
        return "lead" if owner == "b" else None
    return role if owner == "a" else None


def expected(expect: Expect, role: str, owner: str, method: str) -> str:
    public = expect.rule == PUBLIC
    if expect.rule == NOWHERE:
        return NOT_FOUND
    if expect.api and method not in expect.methods:
        return NOT_ALLOWED
    if role == ANONYMOUS and not public:
        return SIGN_IN
    if expect.rule == HOST_ADMIN and role != "host_admin":
        return SIGN_IN  # Django's admin sends anyone else to its sign-in
    if method not in expect.methods:
        return NOT_ALLOWED
    if public or expect.rule in (SIGNED_IN, HOST_ADMIN):
        return OK
    if expect.rule == HOST:
        return OK if role == "host_admin" else FORBIDDEN
    held = role_in_owner(role, owner)
    if expect.rule == OWN:  # the lead of the owning partnership owns it
        return OK if held == "lead" and role != "host_admin" else NOT_FOUND
    if held is None:
        return NOT_FOUND
    if expect.rule == SUBMITTER:  # the coordinator submits no agency's return
        return OK if held == "data_contributor" else FORBIDDEN
    if expect.rule == MEMBER or held == "coordinator":
        return OK
    if expect.rule == RETURNS and held == "data_contributor":
        return OK  # of the agency that returns the data set
    if expect.rule == REVIEW_READER and held == "viewer":
        return OK  # a role the coordinator chose to see death reviews
    if expect.rule in (ACTION_LEAD, SHEET_OWNER) and held == "lead":
        return OK  # the lead of the action, whose sheet it is (in either partnership)
    return FORBIDDEN


def outcome(response) -> str:
    if response.status_code in (301, 302):
        location = response.headers["Location"]
        signs_in = (reverse("accounts:sign_in"), reverse("admin:login"))
        if location.startswith(signs_in) and "next=" in location:
            return SIGN_IN
        return SIGN_IN if location == reverse("admin:index") else OK  # admin: not for you
    if response.status_code == 401:  # the JSON API: sign in or send a token
        return SIGN_IN
    return {403: FORBIDDEN, 404: NOT_FOUND, 405: NOT_ALLOWED}.get(
        response.status_code, OK if response.status_code < 500 else str(response.status_code)
    )


@pytest.fixture
def world(settings, tmp_path):
    return build_world(settings, tmp_path)


def build_world(settings, tmp_path):
    """Partnerships A and B with one of everything, and the cast: {role: person}."""
    settings.DATA_DIR = tmp_path / "data"
    # As in production: the coordinators and the host admin have given a second factor.
    settings.CAIRN_SECOND_FACTOR = "required"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    people: dict[str, User] = {}
    objects = {
        "a": build_partnership("Partnership A", "a", people),
        "b": build_partnership("Partnership B", "b", people),
    }
    people["host_admin"] = User.objects.create_superuser("host@cairn.example", name="Host")
    who = {
        "coordinator": people["coordinator@a"],
        "lead": people["lead@a"],
        "data_contributor": people["data_contributor@a"],
        "viewer": people["viewer@a"],
        "host_admin": people["host_admin"],
        "lead_of_other": people["lead@b"],
    }
    return objects, who


def signed_in_client(person: User | None) -> Client:
    """Signed in; with the code of an authenticator app for those who must give one."""
    client = Client()
    if person is not None:
        client.force_login(person)
        if second_factor.must_have_second_factor(person):
            device, _ = TOTPDevice.objects.get_or_create(user=person, name="App")
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
    return client


@pytest.fixture
def quiet_request_log():
    """Thousands of refusals would each log a warning; the test reads the statuses."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    yield
    logger.setLevel(level)


@pytest.mark.slow
@pytest.mark.django_db
def test_every_url_pattern_answers_every_role_as_expected(world, quiet_request_log):
    objects, who = world
    patterns = list(url_patterns())
    missing = [p.name or p.route for p in patterns if p.name not in EXPECTATIONS and not p.is_admin]
    assert not missing, f"URL patterns with no expectation in the matrix: {missing}"
    stale = sorted(set(EXPECTATIONS) - {p.name for p in patterns})
    assert not stale, f"Expectations for URL patterns that no longer exist: {stale}"

    clients = {role: signed_in_client(who.get(role)) for role in ROLES}
    # django-otp's admin QR page answers a missing device with an error, not a 404: name one
    # that exists (ids are not 1 after tests that commit, such as the browser tests).
    admin_args = {**ADMIN_ARGS, "pk": str(TOTPDevice.objects.order_by("pk").first().pk)}
    cells, wrong, leaks = 0, [], []
    for pattern in patterns:
        name, is_admin = pattern.name or pattern.route, pattern.is_admin
        expect = EXPECTATIONS.get(name) or Expect(HOST_ADMIN)
        wanted = set(ADMIN_ARGS) & pattern.parameters if is_admin else set(expect.args)
        assert wanted == pattern.parameters, f"{name}: the matrix fills {wanted}"
        for owner in ("a",) if is_admin or not expect.args else ("a", "b"):
            if is_admin:
                kwargs = {key: admin_args[key] for key in pattern.parameters}
            else:
                kwargs = {key: objects[owner][value] for key, value in expect.args.items()}
            url = pattern.url(kwargs)
            for role in ROLES:
                for method in ("GET",) if is_admin else ("GET", "POST"):
                    got = request(clients, role, who, method, url)
                    cells += 1
                    want = expected(expect, role, owner, method)
                    if is_admin and role == "host_admin" and not got.startswith("5"):
                        got = want  # the admin's own answers (no object 1, read-only, ...)
                    if got != want:
                        cell = f"{method} {url} ({name}) as {role}: {got}, expected {want}"
                        wrong.append(cell)
                        if got == OK and want in (SIGN_IN, FORBIDDEN, NOT_FOUND):
                            leaks.append(cell)
    assert cells > 1000
    assert not leaks, f"{len(leaks)} leak(s):\n" + "\n".join(leaks)
    assert not wrong, f"{len(wrong)} of {cells} cells differ:\n" + "\n".join(wrong)


def request(clients: dict[str, Client], role: str, who: dict[str, User], method: str, url: str):
    """One request, its changes rolled back; the result as an outcome."""
    client = clients[role]
    with transaction.atomic():
        response = client.get(url) if method == "GET" else client.post(url, {})
        transaction.set_rollback(True)
    if url in (reverse("accounts:sign_out"), reverse("admin:logout")) and role != ANONYMOUS:
        clients[role] = signed_in_client(who[role])  # signing out ended that client's session
    return outcome(response)
