"""Partnerships and plans: list them, read a plan as Plan JSON, create a draft plan from Plan
JSON through the importer's own save path."""

from __future__ import annotations

from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Query, Router, Schema
from ninja.responses import Status
from pydantic import Field

from cairn.accounts.access import get_partnership_for_user, partnerships_for, role_in
from cairn.accounts.models import Partnership
from cairn.api.api import problems
from cairn.api.paging import Paging, page
from cairn.api.schemas import PartnershipOut, PlanCreated, PlanDocument, PlanOut, page_of
from cairn.api.visibility import visible_plans
from cairn.imports.save import preview_issues, save_plan
from cairn.plans.access import get_plan_for_user
from cairn.plans.models import Plan
from cairn.plans.plan_json import plan_json

router = Router(tags=["Partnerships and plans"])

PartnershipPage = page_of(PartnershipOut, "PartnershipPage")
PlanPage = page_of(PlanOut, "PlanPage")


@router.get(
    "/partnerships/",
    response={200: PartnershipPage, **problems()},
    url_name="partnerships",
    summary="The partnerships you belong to",
)
def list_partnerships(request: HttpRequest, paging: Query[Paging]) -> dict[str, Any]:
    partnerships = partnerships_for(request.user).order_by("name")

    def rows(found: list[Partnership]) -> list[dict[str, Any]]:
        return [
            {
                "slug": p.slug,
                "name": p.name,
                "role": role_in(request.user, p),
                "financial_year_start": p.financial_year_start,
            }
            for p in found
        ]

    return page(request, partnerships, paging, rows)


class PlanFilters(Schema):
    partnership: str | None = Field(None, description="A partnership's slug.")
    state: Literal["draft", "active", "archived"] | None = None
    kind: Literal["yearly", "review"] | None = Field(
        None, description="yearly: the partnership's plans; review: death reviews' action plans."
    )


def plan_out(plan: Plan) -> dict[str, Any]:
    return {
        "id": plan.pk,
        "partnership": plan.partnership.slug,
        "title": plan.title,
        "slug": plan.slug,
        "period_text": plan.period_text,
        "starts_on": plan.starts_on,
        "ends_on": plan.ends_on,
        "state": plan.state,
        "kind": plan.kind,
        "theme_count": plan.theme_count,
        "action_count": plan.action_count,
        "created_at": plan.created_at,
        "links": {
            "self": reverse("api:plan", args=[plan.pk]),
            "web": reverse("plans:plan", args=[plan.pk]),
        },
    }


def plans_for(request: HttpRequest, filters: PlanFilters) -> QuerySet[Plan]:
    plans = visible_plans(request.user)
    if filters.partnership:
        partnership, _ = get_partnership_for_user(request, filters.partnership)
        plans = plans.filter(partnership=partnership)
    if filters.kind:
        plans = plans.filter(kind=filters.kind)
    if filters.state:
        plans = plans.filter(state=filters.state)
    return plans.select_related("partnership").with_summary().order_by("-created_at", "-pk")


@router.get(
    "/plans/",
    response={200: PlanPage, **problems()},
    url_name="plans",
    summary="Plans of your partnerships",
    description="Queries: the count, the page's plans (with their partnership and counts).",
)
def list_plans(
    request: HttpRequest, filters: Query[PlanFilters], paging: Query[Paging]
) -> dict[str, Any]:
    return page(request, plans_for(request, filters), paging, lambda rows: map(plan_out, rows))


class CreateQuery(Schema):
    partnership: str = Field(description="The slug of the partnership the plan is for.")


@router.post(
    "/plans/",
    response={201: PlanCreated, **problems(400, 413, 415)},
    summary="Create a draft plan from Plan JSON",
    description=(
        "The body is Plan JSON, as `cairn parse` prints it or `GET /plans/{id}/` returns "
        "it. It is saved as the import page saves a plan: a draft; leads matched to the "
        "partnership's agencies and people (new names become new agencies, or proposed "
        "people for `lead_people`); status words matched to its status scheme. The "
        "partnership's coordinator only."
    ),
)
def create_plan(
    request: HttpRequest, query: Query[CreateQuery], body: PlanDocument
) -> Status[dict[str, Any]]:
    partnership, _ = get_partnership_for_user(request, query.partnership, write=True)
    document = body.model_dump(mode="json")
    issues = preview_issues(document, partnership)
    plan = save_plan(document, partnership, by=request.user, source_name="the API")
    created = Plan.objects.select_related("partnership").with_summary().get(pk=plan.pk)
    return Status(
        201,
        {
            "plan": plan_out(created),
            "issues": [{"kind": i.kind, "message": i.message, "where": i.where} for i in issues],
        },
    )


@router.get(
    "/plans/{int:plan_id}/",
    response={200: PlanDocument, **problems()},
    url_name="plan",
    exclude_unset=True,
    summary="One plan as Plan JSON",
    description="The same shape as `cairn parse`: POST it back to `/plans/` to copy the plan.",
)
def get_plan(request: HttpRequest, plan_id: int) -> dict[str, Any] | HttpResponse:
    return plan_json(get_plan_for_user(request, plan_id))
