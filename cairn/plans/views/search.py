"""Search a partnership: its plans, actions, milestones and progress notes, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cairn.accounts.access import get_partnership_for_user
from cairn.lib.pagination import paginate
from cairn.plans.forms import SearchForm, search_words
from cairn.plans.search import COLUMNS, KINDS, search
from cairn.plans.templatetags.plan_links import link

# Notes are "on" the action they are about; everything else is "in" its plan.
NOTE_KINDS = ("note", "round_note")


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    plan: str
    url: str
    where: str = "in"
    """How the row's kind is joined to its plan or action: "Action in …", "Round note on …"."""


@require_GET
def search_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Every member may search the partnership's plans they may open (not a death review's
    unless their role may see reviews); another partnership's people get 404."""
    partnership, _ = get_partnership_for_user(request, slug)
    form = SearchForm(request.GET or None)
    paged, results = None, []
    if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
        paged = paginate(
            request, search(partnership.pk, search_words(form.cleaned_data["q"]), request.user)
        )
        results = _results(paged.items)
    context = {"partnership": partnership, "form": form, "paged": paged, "results": results}
    return render(request, "plans/search.html", context)


def _results(rows) -> list[Result]:
    plan_url, action_url = link("plans:plan"), link("plans:action")
    results = []
    for row in rows:
        found = dict(zip(COLUMNS, row, strict=True))
        kind = found["kind"]
        url = (plan_url if kind == "plan" else action_url).replace("{pk}", str(found["link_pk"]))
        if kind == "milestone":
            url += "#milestones"
        plan = "" if kind == "plan" else found["plan"]
        where = "on" if kind in NOTE_KINDS else "in"
        results.append(Result(KINDS[kind], found["title"], plan, url, where))
    return results
