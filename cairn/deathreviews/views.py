"""Death review pages: the list, a review, its recommendations and actions, sign-off, themes.

Every view fetches through deathreviews/access.py (coordinator and chosen roles read; the
coordinator changes), validates with a Form and changes through deathreviews/reviewing.py.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from cairn.accounts.access import is_coordinator
from cairn.accounts.models import Partnership
from cairn.deathreviews import reviewing
from cairn.deathreviews.access import (
    chairs,
    get_learning_theme_for_user,
    get_partnership_reviews_for_user,
    get_recommendation_for_user,
    get_review_action_for_user,
    get_review_for_user,
    may_see_reviews,
)
from cairn.deathreviews.forms import (
    ActionSignOffForm,
    LearningThemeForm,
    RecommendationForm,
    RecommendationSignOffForm,
    ReviewAccessForm,
    ReviewActionForm,
    ReviewForm,
)
from cairn.deathreviews.importing import start_review_import
from cairn.deathreviews.models import LearningTheme, Review, ReviewAccess
from cairn.deathreviews.publishing import live_publication
from cairn.deathreviews.reviewing import ReviewRefused
from cairn.imports.forms import UploadForm
from cairn.imports.grid import UnreadableDocument
from cairn.imports.jobs import start_import
from cairn.imports.models import ImportJob


def reviews_panel(request: HttpRequest, partnership: Partnership, role: str) -> dict | None:
    """The partnership page's link to the death reviews, for those who may see them, and to
    the reviews the person chairs (a chair may see only those)."""
    if may_see_reviews(request.user, partnership.pk):
        return {"partnership": partnership, "all": True}
    chaired = list(
        Review.objects.filter(
            partnership=partnership, panel_chair=request.user, plan__deletion__isnull=True
        ).only("pk", "reference")
    )
    return {"partnership": partnership, "chaired": chaired} if chaired else None


def _form_page(
    request: HttpRequest, form: Any, title: str, caption: str, back: str, submit: str
) -> HttpResponse:
    return render(
        request,
        "plans/edit_form.html",
        {"form": form, "title": title, "caption": caption, "back_url": back, "submit": submit},
        status=400 if form.is_bound and form.errors else 200,
    )


# ---------------------------------------------------------------- reviews


@require_GET
def review_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_partnership_reviews_for_user(request, slug)
    reviews = reviewing.reviews_with_counts(partnership, timezone.localdate())
    can_edit = is_coordinator(request.user, partnership.pk)
    context = {"partnership": partnership, "reviews": reviews, "can_edit": can_edit}
    return render(request, "deathreviews/list.html", context)


def review_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_partnership_reviews_for_user(request, slug, write=True)
    form = ReviewForm(request.POST or None, instance=Review(), partnership=partnership)
    if form.is_bound and form.is_valid():
        try:
            review = reviewing.create_review(partnership, form.instance, by=request.user)
        except ReviewRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"Review “{review}” added. Add its recommendations next.")
            return redirect("deathreviews:review", review.pk)
    back = reverse("deathreviews:list", args=[slug])
    return _form_page(request, form, "Add a death review", partnership.name, back, "Add review")


@require_GET
def review_page(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_review_for_user(request, pk)
    today = timezone.localdate()
    return render(
        request,
        "deathreviews/review.html",
        {
            "review": review,
            "partnership": review.partnership,
            "recommendations": reviewing.review_detail(review, today),
            "can_edit": is_coordinator(request.user, review.partnership_id),
            "can_sign_off": is_coordinator(request.user, review.partnership_id)
            or chairs(request.user, review),
            # The panel chair may see this review only: no link to the list.
            "chair_only": not may_see_reviews(request.user, review.partnership_id),
            "publication": live_publication(review),
        },
    )


def review_edit(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_review_for_user(request, pk, write=True)
    form = ReviewForm(request.POST or None, instance=review, partnership=review.partnership)
    if form.is_bound and form.is_valid():
        try:
            reviewing.save_review(form.instance, by=request.user)
        except ReviewRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "Review saved.")
            return redirect("deathreviews:review", review.pk)
    back = reverse("deathreviews:review", args=[pk])
    return _form_page(request, form, f"Edit {review}", review.partnership.name, back, "Save")


def recommendation_create(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_review_for_user(request, pk, write=True)
    form = RecommendationForm(request.POST or None, partnership=review.partnership)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        reviewing.add_recommendation(
            review,
            text=data["text"],
            ref=data["ref"],
            scope=data["scope"],
            agency=data["agency"],
            themes=data["themes"],
            by=request.user,
        )
        messages.success(request, "Recommendation added.")
        return redirect("deathreviews:review", review.pk)
    back = reverse("deathreviews:review", args=[pk])
    return _form_page(request, form, "Add a recommendation", str(review), back, "Add")


def action_create(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = get_recommendation_for_user(request, pk, write=True)
    review = recommendation.review
    form = ReviewActionForm(request.POST or None, partnership=review.partnership)
    if form.is_bound and form.is_valid():
        reviewing.add_action(recommendation, **form.cleaned_data, by=request.user)
        messages.success(request, "Action added.")
        return redirect("deathreviews:review", review.pk)
    back = reverse("deathreviews:review", args=[review.pk])
    caption = f"{review} · {recommendation}"
    return _form_page(request, form, "Add an action", caption[:200], back, "Add")


def action_sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_review_action_for_user(request, pk, sign_off=True)
    review = action.objective.recommendation.review  # type: ignore[union-attr]
    form = ActionSignOffForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            reviewing.sign_off_action(action, **form.cleaned_data, by=request.user)
        except ReviewRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"“{action}” signed off.")
            return redirect("deathreviews:review", review.pk)
    back = reverse("deathreviews:review", args=[review.pk])
    return _form_page(request, form, "Sign off an action", str(action)[:200], back, "Sign off")


def recommendation_sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = get_recommendation_for_user(request, pk, sign_off=True)
    review = recommendation.review
    form = RecommendationSignOffForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            reviewing.sign_off_recommendation(
                recommendation, evidence=form.cleaned_data["evidence"], by=request.user
            )
        except ReviewRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "Recommendation signed off.")
            return redirect("deathreviews:review", review.pk)
    back = reverse("deathreviews:review", args=[review.pk])
    title = "Sign off a recommendation"
    return _form_page(request, form, title, str(recommendation)[:200], back, "Sign off")


# ---------------------------------------------------------------- themes and access


@require_GET
def themes_page(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_partnership_reviews_for_user(request, slug)
    return render(
        request,
        "deathreviews/themes.html",
        {
            "partnership": partnership,
            "themes": reviewing.themes_with_counts(partnership),
            "can_edit": is_coordinator(request.user, partnership.pk),
        },
    )


def theme_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_partnership_reviews_for_user(request, slug, write=True)
    form = LearningThemeForm(request.POST or None, partnership=partnership)
    if form.is_bound and form.is_valid():
        LearningTheme.objects.create(partnership=partnership, name=form.cleaned_data["name"])
        messages.success(request, "Theme added.")
        return redirect("deathreviews:themes", slug)
    back = reverse("deathreviews:themes", args=[slug])
    return _form_page(request, form, "Add a learning theme", partnership.name, back, "Add")


@require_GET
def theme_page(request: HttpRequest, pk: int) -> HttpResponse:
    theme = get_learning_theme_for_user(request, pk)
    return render(
        request,
        "deathreviews/theme.html",
        {
            "theme": theme,
            "partnership": theme.partnership,
            "recommendations": reviewing.recommendations_of_theme(theme),
        },
    )


def access_page(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_partnership_reviews_for_user(request, slug, write=True)
    access = ReviewAccess.objects.filter(partnership=partnership).first() or ReviewAccess(
        partnership=partnership
    )
    form = ReviewAccessForm(request.POST or None, initial={"roles": access.roles})
    if form.is_bound and form.is_valid():
        access.roles = sorted(form.cleaned_data["roles"])
        access._history_user = request.user  # type: ignore[attr-defined]
        access.save()
        messages.success(request, "Saved who may see death reviews.")
        return redirect("deathreviews:list", slug)
    back = reverse("deathreviews:list", args=[slug])
    title = "Who may see death reviews"
    return _form_page(request, form, title, partnership.name, back, "Save")


# ---------------------------------------------------------------- importing the action plan


def review_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload the review's action plan (a recommendations tracker). It is read and checked
    through the ordinary import pages, then saved into this review (deathreviews/importing.py)."""
    review = get_review_for_user(request, pk, write=True)
    form = UploadForm(request.POST or None, request.FILES or None)
    # One import at a time: the page says which one starting this would end, and so does
    # the next page once it has.
    under_way = ImportJob.objects.working(review.partnership, request.user)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                job = start_import(review.partnership, request.user, form.cleaned_data["file"])
                start_review_import(review, job)
        except UnreadableDocument as problem:
            form.add_error("file", str(problem))
        else:
            if under_way is not None:
                messages.info(request, f"Your import of {under_way.file_name} was ended.")
            return redirect("imports:progress", review.partnership.slug)
    context = {"review": review, "partnership": review.partnership, "form": form}
    return render(
        request,
        "deathreviews/import.html",
        {**context, "under_way": under_way},
        status=400 if form.errors else 200,
    )
