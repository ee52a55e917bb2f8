"""The board report, downloaded in each format the report page offers."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field

from cairn.api.api import problems
from cairn.api.problems import Problem, form_errors
from cairn.plans.access import get_plan_for_user
from cairn.reports.data import report_data
from cairn.reports.forms import ReportForm
from cairn.reports.render import CONTENT_TYPES, filename
from cairn.reports.render import render as render_report

router = Router(tags=["Board report"])


class ReportQuery(Schema):
    # Checked by the report page's form, once the plan is known to be yours (404 first).
    format: str | None = Field(None, description="docx, pdf, xlsx or csv (required).")
    round: int | None = Field(None, description="A round's id; the latest round if left out.")


@router.get(
    "/plans/{int:plan_id}/board-report/",
    response=problems(),
    url_name="board_report",
    summary="The plan's board report as a file",
    description="The file the board report page downloads: statuses as given in the round.",
    openapi_extra={
        "responses": {
            200: {
                "description": "The report, as an attachment.",
                "content": {
                    content_type.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
                    for content_type in CONTENT_TYPES.values()
                },
            }
        }
    },
)
def board_report(request: HttpRequest, plan_id: int, query: Query[ReportQuery]) -> HttpResponse:
    plan = get_plan_for_user(request, plan_id)
    form = ReportForm({"format": query.format or "", "round": query.round or ""}, plan=plan)
    if not form.is_valid():
        raise Problem("invalid-fields", errors=form_errors(form))
    format = form.cleaned_data["format"]
    data = report_data(plan, form.cleaned_data["round"], on=timezone.localdate())
    response = HttpResponse(render_report(data, format), content_type=CONTENT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="{filename(data, format)}"'
    return response
