"""The shapes the API reads and writes (pydantic, through django-ninja), so the OpenAPI
description is generated from the same code that checks each request.

Bodies forbid fields Cairn does not know (a typo is an error, never silently dropped).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Schema
from pydantic import ConfigDict, Field, create_model


class Strict(Schema):
    """A body: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


class ProblemOut(Schema):
    """RFC 9457 problem details."""

    type: str = Field(description="A link to this kind of problem on the API's docs page.")
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict[str, str]] | None = Field(
        None, description="Each invalid field: `{field, message}`, the forms' own messages."
    )
    current_version: str | None = Field(
        None, description="With 412: the version (ETag) the thing has now."
    )


# ---------------------------------------------------------------- Plan JSON

DeadlineKind = Literal[
    "date",
    "financial_year",
    "quarter",
    "relative",
    "recurring",
    "ongoing",
    "not_set",
    "done",
    "timescale",
    "unparsed",
]


class Deadline(Strict):
    kind: DeadlineKind
    start: dt.date | None = None
    end: dt.date | None = None


class PlanMilestone(Strict):
    title: str
    due_text: str | None = None
    due: Deadline | None = None
    lead: str | None = None


class EarlierUpdate(Schema):
    """A quarterly tracker's earlier update, as `cairn parse` reads one (kept as history)."""

    model_config = ConfigDict(extra="allow")
    period: str | None = None
    status_text: str | None = None
    progress_text: str | None = None


class PlanAction(Strict):
    ref: str | None = None
    title: str
    leads: list[str] = []
    lead_people: list[str] = Field(
        [], description="The entries of `leads` that name a person rather than an agency."
    )
    collaborators: list[str] = []
    deadline_text: str | None = None
    deadline: Deadline | None = None
    timescale: str | None = None
    status_text: str | None = None
    progress_text: str | None = None
    output: str | None = None
    outcome: str | None = None
    indicators: list[str] = []
    cost: str | None = None
    milestones: list[PlanMilestone] = []
    cross_references: list[str] = Field(
        [], description='Other actions this one refers to, as "<theme title> <ref>".'
    )
    updates: list[EarlierUpdate] = Field(
        [], description="Read from a quarterly tracker by `cairn parse`: kept as history."
    )
    other: dict[str, Any] = Field(
        {}, description="Columns of no known role, from `cairn parse`: not saved."
    )


class PlanObjective(Strict):
    ref: str | None = None
    title: str | None = None
    actions: list[PlanAction]


class PlanTheme(Strict):
    ref: str | None = None
    title: str
    description: str | None = None
    objectives: list[PlanObjective]


class PlanDocument(Strict):
    """A whole plan as Plan JSON: what `cairn parse` prints (see plan.schema.json)."""

    title: str
    period_text: str | None = None
    themes: list[PlanTheme]
    reading: str | None = Field(None, description="How `cairn parse` read the document: not saved.")
    columns: list[dict[str, str]] = Field(
        [],
        description=(
            "How `cairn parse` read each column of the plan's table: its header, the role it "
            'was read in and why ("header", "cells", "layout", "unknown"): not saved.'
        ),
    )
    confidence: str | None = Field(
        None, description='How sure `cairn parse` is of the columns: "high", "medium", "low".'
    )


# ---------------------------------------------------------------- resources


class Links(Schema):
    self: str
    web: str | None = None


class PartnershipOut(Schema):
    slug: str
    name: str
    role: str = Field(description="Your role in it: coordinator, lead, data_contributor, viewer.")
    financial_year_start: int = Field(description="The month its year starts (4: April).")


class PlanOut(Schema):
    id: int
    partnership: str = Field(description="The partnership's slug.")
    title: str
    slug: str
    period_text: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    state: Literal["draft", "active", "archived"]
    kind: Literal["yearly", "review"]
    theme_count: int
    action_count: int
    created_at: dt.datetime
    links: Links


class ImportIssue(Schema):
    kind: str
    message: str
    where: str


class PlanCreated(Schema):
    plan: PlanOut
    issues: list[ImportIssue] = Field(
        description="What the import preview would ask a coordinator to check."
    )


def page_of(item: type[Schema], name: str) -> type[Schema]:
    """A page of a list: `count` in all, links to the pages either side, the `results`."""
    return create_model(  # type: ignore[call-overload,no-any-return]
        name,
        __base__=Schema,
        count=(int, ...),
        next=(str | None, None),
        previous=(str | None, None),
        results=(list[item], ...),  # type: ignore[valid-type]
    )
