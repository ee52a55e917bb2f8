"""Keeping a partnership's list of agencies: add, rename, merge two, archive.

A merge moves every reference to one agency onto another (actions it leads or helps,
milestones, members, and anything a later app points at it), then archives the first,
marked as merged, so its history and the history of everything that moved are kept.
The references are found from the model's relations rather than listed here, so an app
that adds a link to Agency is merged too without this module knowing it (and without
accounts importing from the apps above it).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, models, transaction
from django.http import Http404, HttpRequest
from django.utils import timezone

from cairn.accounts.access import require_role
from cairn.accounts.models import Agency, User

# How the merge confirmation page names what moves, by the relation's name on Agency.
RELATION_LABELS = {
    "led_actions": ("action it leads", "actions it leads"),
    "collaborating_actions": ("action it collaborates on", "actions it collaborates on"),
    "led_milestones": ("milestone it leads", "milestones it leads"),
    "members": ("person who works for it", "people who work for it"),
    "merged_from": ("agency already merged into it", "agencies already merged into it"),
}


class AgencyChangeRefused(ValueError):
    """A change to an agency that would make no sense; the message says why."""


@dataclass(frozen=True)
class Move:
    """What a merge moves along one relation: '3 actions it leads'."""

    relation: str
    label: str
    count: int


def get_agency_for_user(request: HttpRequest, pk: int) -> Agency:
    """The agency, for its partnership's coordinator: 404 elsewhere, 403 for other roles."""
    agency = Agency.objects.select_related("partnership", "merged_into").filter(pk=pk).first()
    if agency is None:
        raise Http404("No such agency.")
    require_role(request, agency.partnership_id, write=True)
    return agency


def _relations() -> list[models.ForeignObjectRel]:
    """Every relation that points at Agency, as Django knows it (historical tables aside)."""
    return [
        relation
        for relation in Agency._meta.related_objects
        if not relation.related_model.__name__.startswith("Historical")
    ]


def _relation_name(relation: models.ForeignObjectRel) -> str:
    return relation.get_accessor_name() or relation.name


def _label(relation: models.ForeignObjectRel, count: int) -> str:
    name = _relation_name(relation)
    if name in RELATION_LABELS:
        return RELATION_LABELS[name][count != 1]
    model_meta = relation.related_model._meta
    noun = model_meta.verbose_name if count == 1 else model_meta.verbose_name_plural
    return f"{noun} ({relation.field.verbose_name})"


def _referrers(relation: models.ForeignObjectRel, agency: Agency) -> models.QuerySet:
    return relation.related_model._default_manager.filter(**{relation.field.name: agency})


def moves(agency: Agency) -> list[Move]:
    """What merging this agency into another would move, relation by relation."""
    found = []
    for relation in _relations():
        count = _referrers(relation, agency).distinct().count()
        if count:
            found.append(Move(_relation_name(relation), _label(relation, count), count))
    return found


@transaction.atomic
def merge(source: Agency, into: Agency, *, by: User | None) -> list[Move]:
    """Move everything that points at `source` onto `into`, then archive `source` as merged.

    Refused (nothing changed) when both are the same agency, belong to different
    partnerships, or `into` is itself archived.
    """
    if source.pk == into.pk:
        raise AgencyChangeRefused("An agency cannot be merged into itself. Choose another agency.")
    if source.partnership_id != into.partnership_id:
        raise AgencyChangeRefused("Choose an agency of the same partnership.")
    if into.archived_at is not None:
        raise AgencyChangeRefused(
            f"{into.name} is archived. Restore it first, or merge into another agency."
        )
    if source.merged_into_id is not None:
        raise AgencyChangeRefused(f"{source.name} has already been merged.")
    moved = moves(source)
    try:
        with transaction.atomic():
            for relation in _relations():
                _move(relation, source, into, by)
    except IntegrityError:
        raise AgencyChangeRefused(
            f"{source.name} and {into.name} both hold the same record, so they cannot be "
            "merged automatically. Remove one of the two first."
        ) from None
    source.merged_into = into
    source.archived_at = timezone.now()
    _save(source, by)
    return moved


def _move(relation: models.ForeignObjectRel, source: Agency, into: Agency, by) -> None:
    """One relation: each referring row is saved, so its own history records the move."""
    field = relation.field
    for obj in _referrers(relation, source).distinct():
        obj._history_user = by
        if field.many_to_many:
            related = getattr(obj, field.name)
            related.remove(source)
            related.add(into)
        else:
            setattr(obj, field.name, into)
            obj.save(update_fields=[field.attname])


def archive(agency: Agency, *, by: User | None) -> None:
    if agency.archived_at is not None:
        raise AgencyChangeRefused(f"{agency.name} is already archived.")
    agency.archived_at = timezone.now()
    _save(agency, by)


def restore(agency: Agency, *, by: User | None) -> None:
    if agency.merged_into_id is not None:
        raise AgencyChangeRefused(
            f"{agency.name} was merged into {agency.merged_into.name}, so it cannot be restored."
        )
    if agency.archived_at is None:
        raise AgencyChangeRefused(f"{agency.name} is not archived.")
    agency.archived_at = None
    _save(agency, by)


def _save(agency: Agency, by: User | None) -> None:
    agency._history_user = by  # type: ignore[attr-defined]
    agency.save()
