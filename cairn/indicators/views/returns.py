"""Data returns: what an agency owes, submitting by form or spreadsheet, and the
coordinator's review (approve, return, unlock).

Data contributors submit for their own agency; the coordinator reviews and sets up data
sets. Other roles get 403 (indicators/access.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cairn.accounts.access import get_partnership_for_user, is_coordinator
from cairn.accounts.models import Partnership
from cairn.indicators import marac, part4, returns, sheets
from cairn.indicators.access import (
    agency_of,
    get_data_set_for_user,
    get_partnership_for_returns,
    get_return_for_user,
    is_data_contributor,
)
from cairn.indicators.forms import (
    DataSetForm,
    ElementForm,
    MaracFiguresForm,
    MaracSetupForm,
    Part4SetupForm,
    ReturnForm,
    ReviewForm,
    UploadForm,
)
from cairn.indicators.models import DataReturn, DataSet, ReturnStateError
from cairn.indicators.periods import Period, PeriodError
from cairn.indicators.views.indicators import _data, _form_page


def returns_due_panel(request: HttpRequest, partnership: Partnership, role: str) -> dict | None:
    """The partnership page's data returns: for a data contributor, the returns due; for
    the coordinator, the way to the returns awaiting approval."""
    if is_coordinator(request.user, partnership):
        return {"partnership": partnership, "is_coordinator": True}
    if not is_data_contributor(request.user, partnership):
        return None
    agency = agency_of(request, partnership.pk)
    due = returns.returns_due(partnership, agency, timezone.localdate())
    return {"partnership": partnership, "due": due, "agency": agency}


def data_returns(request: HttpRequest, slug: str) -> HttpResponse:
    """The coordinator's overview (data sets, returns awaiting approval, completeness);
    a data contributor's returns due and sent."""
    partnership, agency, coordinator = get_partnership_for_returns(request, slug)
    today = timezone.localdate()
    context: dict = {"partnership": partnership, "is_coordinator": coordinator}
    if coordinator:
        context["awaiting"] = (
            DataReturn.objects.filter(data_set__partnership=partnership)
            .awaiting_approval()
            .select_related("data_set", "agency")
        )
        context["completeness"] = returns.completeness(partnership, today)
    else:
        context["agency"] = agency
        context["due"] = returns.returns_due(partnership, agency, today)
        context["sent"] = (
            DataReturn.objects.filter(data_set__partnership=partnership, agency=agency)
            .select_related("data_set")
            .order_by("-period")[:12]
        )
    return render(request, "indicators/data_returns.html", context)


def _period(text: str) -> Period:
    try:
        return Period.from_slug(text)
    except PeriodError:
        raise Http404("No such period.") from None


def return_form(request: HttpRequest, pk: int, period: str) -> HttpResponse:
    """Submit an agency's figures for one period, by the form or by uploading the template."""
    data_set, agency = get_data_set_for_user(request, pk, submit=True)
    when = _period(period)
    elements = list(data_set.elements.select_related("part_of"))
    refusal = None
    try:
        returns.check_submission(data_set, agency, when, timezone.localdate())
    except returns.ReturnRefused as error:
        refusal = str(error)
    uploading = request.method == "POST" and "upload" in request.POST
    form = ReturnForm(
        None if uploading else _data(request),
        elements=elements,
        initial=_initial(data_set, agency, when),
    )
    upload = UploadForm(request.POST, request.FILES) if uploading else UploadForm()
    row_errors: list[str] = []
    if request.method == "POST" and refusal is None:
        raw, comments, rows = None, {}, {}
        if uploading:
            raw, comments, rows, row_errors = _read_upload(upload, data_set, agency, when)
        elif form.is_valid():
            raw, comments = form.raw()
        if raw is not None and not row_errors:
            saved, checked = returns.submit(
                data_set, agency, when, raw, comments, request.user, timezone.localdate()
            )
            if saved:
                messages.success(request, f"{data_set} for {when} sent to the coordinator.")
                return redirect("indicators:data_returns", data_set.partnership.slug)
            if uploading:
                row_errors = _row_messages(checked.errors, rows)
            else:
                form.show_errors(checked.errors)
    status = 400 if refusal and request.method == "POST" else 200
    return render(
        request,
        "indicators/return_form.html",
        {
            "data_set": data_set,
            "partnership": data_set.partnership,
            "agency": agency,
            "period": when,
            "form": form,
            "upload": upload,
            "row_errors": row_errors,
            "refusal": refusal,
        },
        status=status,
    )


def _initial(data_set: DataSet, agency, when: Period) -> dict[str, str]:
    rows = returns.expected_rows(data_set, agency, when)
    initial = {}
    for row in rows:
        initial[f"value_{row.element}"] = row.value
        initial[f"comment_{row.element}"] = row.comment
    return initial


def _read_upload(upload: UploadForm, data_set: DataSet, agency, when: Period):
    """(figures, comments, {element: row number}, refusals) from the uploaded template."""
    if not upload.is_valid():
        return None, {}, {}, []
    file = upload.cleaned_data["file"]
    try:
        rows = sheets.read_table(file.name, file.read(sheets.MAX_BYTES + 1))
    except sheets.UploadRefused as error:
        return None, {}, {}, [str(error)]
    elements = {e.code: e.name for e in data_set.elements.all()}
    read = sheets.match_rows(
        rows,
        period=when.label,
        agency_names={agency.name, agency.short_name or agency.name},
        elements=elements,
    )
    if not read.errors:
        read.errors.extend(
            f"No row for “{code}”: every element needs a figure."
            for code in elements
            if code not in read.values
        )
    return read.values, read.comments, read.rows, read.errors


def _row_messages(errors: dict[str, str], rows: dict[str, int]) -> list[str]:
    return [f"Row {rows.get(code, '?')}: {message}" for code, message in errors.items()]


def return_template(request: HttpRequest, pk: int, period: str, format: str) -> HttpResponse:
    data_set, agency = get_data_set_for_user(request, pk, submit=True)
    when = _period(period)
    if format not in ("csv", "xlsx"):
        raise Http404("The template comes as .csv or .xlsx.")
    rows = returns.expected_rows(data_set, agency, when)
    if format == "xlsx":
        content, content_type = sheets.template_xlsx(rows), sheets.XLSX_TYPE
    else:
        content, content_type = sheets.template_csv(rows), sheets.CSV_TYPE
    response = HttpResponse(content, content_type=content_type)
    name = f"{data_set.name} {agency} {when.label}".replace("/", "-")
    response["Content-Disposition"] = f'attachment; filename="{name}.{format}"'
    return response


def return_page(request: HttpRequest, pk: int) -> HttpResponse:
    data_return = get_return_for_user(request, pk)
    coordinator = is_coordinator(request.user, data_return.data_set.partnership_id)
    return render(
        request,
        "indicators/return.html",
        {
            "data_return": data_return,
            "partnership": data_return.data_set.partnership,
            "values": data_return.values.select_related("element").order_by("element__order"),
            "form": ReviewForm(),
            "is_coordinator": coordinator,
            "history": data_return.history.select_related("history_user").order_by("-history_date")[
                :20
            ],
        },
    )


@require_POST
def return_review(request: HttpRequest, pk: int) -> HttpResponse:
    data_return = get_return_for_user(request, pk, write=True)
    form = ReviewForm(request.POST)
    if form.is_valid():
        decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"].strip()
        try:
            if decision == ReviewForm.Decision.APPROVE:
                returns.approve(data_return, by=request.user)
                messages.success(request, "Return approved; its period is locked.")
            elif decision == ReviewForm.Decision.RETURN:
                data_return.send_back(request.user, comment)
                messages.success(request, f"Returned to {data_return.agency} with your comment.")
            else:
                returns.unlock(data_return, by=request.user, reason=comment)
                messages.success(request, "Return unlocked; the agency can correct it.")
        except ReturnStateError as error:
            form.add_error(None, str(error))
        else:
            return redirect("indicators:return", data_return.pk)
    return render(
        request,
        "indicators/return.html",
        {
            "data_return": data_return,
            "partnership": data_return.data_set.partnership,
            "values": data_return.values.select_related("element").order_by("element__order"),
            "form": form,
            "is_coordinator": True,
            "history": data_return.history.select_related("history_user").order_by("-history_date")[
                :20
            ],
        },
        status=400,
    )


# ---------------------------------------------------------------- setting up data sets


def data_set_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = DataSetForm(_data(request), partnership=partnership)
    if form.is_bound and form.is_valid():
        form.instance._history_user = request.user
        data_set = form.save()
        messages.success(request, f"Data set “{data_set}” created. Add its elements next.")
        return redirect("indicators:data_set", data_set.pk)
    back = reverse("indicators:data_returns", args=[slug])
    return _form_page(request, form, "Create a data set", partnership.name, back, "Create data set")


def data_set_page(request: HttpRequest, pk: int) -> HttpResponse:
    data_set, _ = get_data_set_for_user(request, pk)
    return render(
        request,
        "indicators/data_set.html",
        {
            "data_set": data_set,
            "partnership": data_set.partnership,
            "elements": data_set.elements.select_related("part_of", "breakdown"),
            "agencies": data_set.agencies.all(),
            "is_coordinator": is_coordinator(request.user, data_set.partnership_id),
            "marac_periods": (
                list(reversed(data_set.periods_until(timezone.localdate())))[:4]
                if marac.is_marac(data_set)
                else []
            ),
            "part4_years": (
                list(reversed(data_set.periods_until(timezone.localdate())))[:3]
                if part4.is_part4(data_set)
                else []
            ),
        },
    )


def element_create(request: HttpRequest, pk: int) -> HttpResponse:
    data_set, _ = get_data_set_for_user(request, pk, write=True)
    form = ElementForm(_data(request), data_set=data_set)
    if form.is_bound and form.is_valid():
        form.instance._history_user = request.user
        element = form.save()
        messages.success(request, f"Element “{element}” added.")
        return redirect("indicators:data_set", data_set.pk)
    back = reverse("indicators:data_set", args=[pk])
    return _form_page(request, form, "Add an element", data_set.name, back, "Add element")


# ---------------------------------------------------------------- the MARAC data set


def marac_setup(request: HttpRequest, slug: str) -> HttpResponse:
    return _ready_made_setup(
        request,
        slug,
        MaracSetupForm,
        lambda partnership, data, by: marac.create_marac_data_set(
            partnership, list(data["agencies"]), data["first_period"], by=by
        ),
        done="The MARAC quarterly data set is ready.",
        title="Set up the MARAC quarterly data set",
    )


def _ready_made_setup(
    request: HttpRequest,
    slug: str,
    form_class: type,
    create: Callable[[Partnership, dict, Any], DataSet],
    *,
    done: str,
    title: str,
) -> HttpResponse:
    """Set up a ready-made data set (MARAC, Part 4): its agencies and first period, then
    `create(partnership, cleaned_data, by)` makes it."""
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    form = form_class(_data(request), partnership=partnership)
    if form.is_bound and form.is_valid():
        data_set = create(partnership, form.cleaned_data, request.user)
        messages.success(request, done)
        return redirect("indicators:data_set", data_set.pk)
    back = reverse("indicators:data_returns", args=[slug])
    return _form_page(request, form, title, partnership.name, back, "Set it up")


def marac_quarter(request: HttpRequest, pk: int, period: str) -> HttpResponse:
    """The quarter's MARAC figures from the approved returns; ?format=csv downloads them."""
    data_set, _ = get_data_set_for_user(request, pk, write=True)
    when = _period(period)
    if not marac.is_marac(data_set):
        raise Http404("This data set is not the MARAC data set.")
    form = MaracFiguresForm(request.GET)
    form.is_valid()
    adult_women = form.cleaned_data.get("adult_women") if not form.errors else None
    figures = marac.marac_figures(data_set, when, adult_women)
    if form.cleaned_data.get("format") == "csv":
        response = HttpResponse(marac.marac_csv(figures), content_type=sheets.CSV_TYPE)
        name = f"MARAC {when.label}".replace("/", "-")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    return render(
        request,
        "indicators/marac.html",
        {
            "data_set": data_set,
            "partnership": data_set.partnership,
            "period": when,
            "form": form,
            "figures": figures,
            "rows": marac.marac_rows(figures),
        },
    )


# ---------------------------------------------------------------- the Part 4 annual return


def part4_setup(request: HttpRequest, slug: str) -> HttpResponse:
    return _ready_made_setup(
        request,
        slug,
        Part4SetupForm,
        lambda partnership, data, by: part4.create_part4_data_set(
            partnership, list(data["agencies"]), data["first_year"], by=by
        ),
        done="The Part 4 safe accommodation data set is ready.",
        title="Set up the Part 4 safe accommodation return",
    )


def part4_year(request: HttpRequest, pk: int, period: str) -> HttpResponse:
    """The year's Part 4 figures from the approved returns; ?format=csv downloads them in
    the return's layout."""
    data_set, _ = get_data_set_for_user(request, pk, write=True)
    year = _period(period)
    if not part4.is_part4(data_set) or year.is_quarter:
        raise Http404("This data set is not the Part 4 return, or that is not a year.")
    figures = part4.part4_figures(data_set, year)
    if request.GET.get("format") == "csv":
        content = part4.part4_csv(figures, data_set.partnership)
        response = HttpResponse(content, content_type=sheets.CSV_TYPE)
        name = f"Part 4 safe accommodation {year.label}".replace("/", "-")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    return render(
        request,
        "indicators/part4.html",
        {
            "data_set": data_set,
            "partnership": data_set.partnership,
            "year": year,
            "figures": figures,
            "households": figures.by_type("households"),
            "sections": part4.part4_sections(figures),
            "problems": figures.problems(),
        },
    )
