"""Recently deleted: what a partnership's coordinators deleted in the last 30 days, to restore."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from cairn.accounts.access import get_partnership_for_user, require_role
from cairn.plans import deleting
from cairn.plans.models import Deletion


def get_deletion_for_user(request: HttpRequest, pk: int) -> Deletion:
    """A deletion a coordinator of its partnership may restore: 404 elsewhere, else 403."""
    deletion = Deletion.objects.select_related("partnership").filter(pk=pk).first()
    if deletion is None:
        raise Http404("No such deletion: it may have been restored or purged.")
    require_role(request, deletion.partnership_id, write=True)
    return deletion


@require_GET
def recently_deleted(request: HttpRequest, slug: str) -> HttpResponse:
    partnership, _ = get_partnership_for_user(request, slug, write=True)
    deletions = Deletion.objects.filter(partnership=partnership).select_related("deleted_by")
    context = {"partnership": partnership, "deletions": deletions, "keep_days": Deletion.KEEP_DAYS}
    return render(request, "plans/recently_deleted.html", context)


@require_POST
def restore(request: HttpRequest, pk: int) -> HttpResponse:
    deletion = get_deletion_for_user(request, pk)
    try:
        deleting.restore(deletion, by=request.user)
    except deleting.CannotRestore as refused:
        messages.error(request, f"{deletion} could not be restored. {refused}")
    else:
        messages.success(request, f"{deletion} restored, with everything that went with it.")
    return redirect("plans:deleted", deletion.partnership.slug)
