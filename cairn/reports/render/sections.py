"""The board report's content as titled tables, shared by the Word and PDF renderers."""

from __future__ import annotations

from dataclasses import dataclass, field

from cairn.reports.data import ReportData

# Long notes are cut in documents meant for reading; Excel and CSV carry them whole.
NOTE_LIMIT = 300
# Documents list every action up to this many; bigger plans point to Excel and CSV,
# which carry one row per action.
ALL_ACTIONS_LIMIT = 300


@dataclass
class Section:
    title: str
    text: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    # Index of the column holding a status label, so renderers can colour it.
    status_column: int | None = None
    chart: bool = False


def shorten(text: str, limit: int = NOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def front_matter(data: ReportData) -> list[str]:
    lines = [f"As at {data.on:%-d %B %Y}."]
    if data.round_period:
        lines.append(f"Review round: {data.round_period}.")
    if data.updates_message:
        lines.append(data.updates_message)
    if data.filters:
        lines.append("Filtered by " + "; ".join(data.filters) + ".")
    return lines


def sections(data: ReportData) -> list[Section]:
    return [
        _status_by_theme(data),
        _exceptions(data),
        _changes(data),
        _movement(data),
        _indicators(data),
        _completeness(data),
        _all_actions(data),
    ]


def _status_by_theme(data: ReportData) -> Section:
    labels, totals = data.labels, data.totals
    return Section(
        "Status by theme",
        f"{len(data.actions)} actions, {len(data.exceptions)} exceptions, "
        f"{len(data.overdue)} overdue.",
        ["Theme", *labels, "Total", "Overdue"],
        [
            [g.title, *(str(g.counts.get(lb, 0)) for lb in labels), str(g.total), str(g.overdue)]
            for g in data.tree
        ]
        + [
            [
                "All themes",
                *(str(totals.get(lb, 0)) for lb in labels),
                str(len(data.actions)),
                str(len(data.overdue)),
            ]
        ],
        chart=True,
    )


def _exceptions(data: ReportData) -> Section:
    return Section(
        "Exceptions",
        "Actions at risk, off track, stalled or overdue; overdue ones say so beside their status."
        if data.exceptions
        else "No action is at risk, off track, stalled or overdue.",
        ["Ref", "Action", "Leads", "Deadline", "Status", "Latest progress"],
        [
            [
                a.ref,
                shorten(a.title, 400),
                ", ".join(a.leads),
                a.deadline_with_due,
                a.status_text,
                shorten(a.progress_note),
            ]
            for a in data.exceptions
        ],
        status_column=4,
    )


def _changes(data: ReportData) -> Section:
    return Section(
        "What changed since the last round",
        _changes_text(data),
        ["Ref", "Action", "Before", "Now"],
        [[c.action.ref, shorten(c.action.title, 300), c.before, c.after] for c in data.changes],
        status_column=3,
    )


def _movement(data: ReportData) -> Section:
    labels = data.labels
    return Section(
        "Status across rounds",
        "Updates given in each round, by status."
        if data.movement
        else "No review round has been opened for this plan yet.",
        ["Round", *labels, "Updates"],
        [
            [m.period, *(str(m.counts.get(lb, 0)) for lb in labels), str(m.total)]
            for m in data.movement
        ],
    )


def _indicators(data: ReportData) -> Section:
    return Section(
        "Indicators",
        "Are the outcomes moving? Each indicator that measures the plan's actions, its latest "
        "figure and where it stands against its target."
        if data.indicators
        else "No indicator is linked to this plan's actions yet.",
        ["Indicator", "Baseline", "Latest", "Target", "Against target", "Measures"],
        [
            [
                line.name,
                line.baseline,
                line.latest,
                line.target,
                line.status,
                shorten("; ".join(line.actions), 300),
            ]
            for line in data.indicators
        ],
    )


def _completeness(data: ReportData) -> Section:
    return Section(
        "Update completeness by agency",
        data.updates_message or f"Updates given in the {data.round_period} round.",
        ["Lead agency", "Actions", "Updated", "Per cent"],
        [[c.agency, str(c.actions), str(c.updated), f"{c.percent}%"] for c in data.completeness],
    )


def _changes_text(data: ReportData) -> str:
    if data.round_period is None:
        return "No review round has been opened for this plan yet."
    if data.previous_round_period is None:
        return f"{data.round_period} is the plan's first round: there is nothing to compare."
    if not data.changes:
        return f"No status changed between {data.previous_round_period} and {data.round_period}."
    return f"Status changes between {data.previous_round_period} and {data.round_period}."


def _all_actions(data: ReportData) -> Section:
    if len(data.actions) > ALL_ACTIONS_LIMIT:
        return Section(
            "All actions",
            f"The plan has {len(data.actions):,} actions: the Excel and CSV exports list "
            "every one with its status and latest progress note.",
        )
    return Section(
        "All actions",
        "",
        ["Theme", "Ref", "Action", "Leads", "Deadline", "Status"],
        [
            [
                a.theme,
                a.ref,
                shorten(a.title, 300) + (f" ({a.carried})" if a.carried else ""),
                ", ".join(a.leads),
                a.deadline_with_due,
                a.status_text,
            ]
            for a in data.actions
        ],
        status_column=5,
    )
