"""Where a confirmed import goes, when it is not a new yearly plan.

An import is saved as a draft plan (imports/save.py). A higher app may claim some imports
for something of its own: a death review's action plan, say (deathreviews/importing.py).
It registers a finder in its AppConfig.ready(); the finder looks at the ImportJob and gives
a Target, or None when the import is not its own. The preview page says where the import
goes (`Target.description`); on confirming, the plan is saved as usual and then handed to
`Target.adopt`, in the same transaction, which moves it where it belongs and gives the page
to go to and the message to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cairn.accounts.models import User
from cairn.imports.models import ImportJob
from cairn.plans.models import Plan


@dataclass
class Landing:
    url: str
    message: str


@dataclass
class Target:
    description: str
    """Where the import goes, as the preview says it: "the action plan of DHR 2024/01"."""
    adopt: Callable[[ImportJob, Plan, User], Landing]


TargetFinder = Callable[[ImportJob], Target | None]
_finders: list[TargetFinder] = []


def register_target_finder(finder: TargetFinder) -> None:
    if finder not in _finders:
        _finders.append(finder)


def target_of(job: ImportJob) -> Target | None:
    for finder in _finders:
        target = finder(job)
        if target is not None:
            return target
    return None
