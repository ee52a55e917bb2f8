"""Periodic jobs: each app names the work `cairn schedule` should enqueue every few minutes.

An app's `tasks` module registers a function that enqueues its job(s):

    @periodic("reminders")
    def enqueue_reminders() -> str: ...

`enqueue_due()` finds every app's `tasks` module and calls each registered function; each
returns a line for the scheduler's log. The jobs themselves must be safe to run often.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.module_loading import autodiscover_modules

_JOBS: dict[str, Callable[[], str]] = {}


def periodic(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
    def register(enqueue: Callable[[], str]) -> Callable[[], str]:
        _JOBS[name] = enqueue
        return enqueue

    return register


def enqueue_due() -> list[str]:
    """Enqueue every app's periodic jobs; returns what each enqueued, in name order."""
    autodiscover_modules("tasks")
    return [_JOBS[name]() for name in sorted(_JOBS)]
