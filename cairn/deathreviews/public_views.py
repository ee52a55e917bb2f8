"""A death review's public page: the coordinator previews and publishes it; anyone reads it.

What is published and how names are kept out: deathreviews/publishing.py.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from cairn.deathreviews import publishing
from cairn.deathreviews.access import get_review_for_user
from cairn.deathreviews.reviewing import ReviewRefused


def publication(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the preview of the public page, with anything in it that names someone flagged.
    POST: publish it (refused, with the flags, while anything names someone)."""
    review = get_review_for_user(request, pk, write=True)
    today = timezone.localdate()
    refusal = ""
    if request.method == "POST":
        try:
            publishing.publish(review, by=request.user, on=today)
        except ReviewRefused as refused:
            refusal = str(refused)
        else:
            messages.success(request, f"The public page of {review.reference} is published.")
            return redirect("deathreviews:publication", review.pk)
    shown = publishing.preview(review, today)
    return render(
        request,
        "deathreviews/publication.html",
        {
            "review": review,
            "partnership": review.partnership,
            "snapshot": shown.snapshot,
            "flags": shown.flags,
            "refusal": refusal,
            "live": publishing.live_publication(review),
        },
        status=400 if refusal else 200,
    )


@require_POST
def withdraw_publication(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_review_for_user(request, pk, write=True)
    if publishing.withdraw(review, by=request.user):
        messages.success(request, f"The public page of {review.reference} is withdrawn.")
    else:
        messages.info(request, f"{review.reference} had no public page to withdraw.")
    return redirect("deathreviews:publication", review.pk)


@login_not_required
@require_GET
def public_review(request: HttpRequest, token: str) -> HttpResponse:
    """The published summary, for anyone with its address: it names no one."""
    live = publishing.get_public_review(token)
    if live is None:
        raise Http404("No such page.")
    partnership = live.review.partnership
    return render(
        request,
        "deathreviews/public.html",
        {
            "snapshot": live.snapshot,
            "published_at": live.published_at,
            "contact_name": partnership.public_contact_name,
            "contact_email": partnership.public_contact_email,
        },
    )
