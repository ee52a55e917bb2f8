"""Deadlines as plans write them: keep the text, understand what it means.

CONTRACT (other modules rely on this; the implementation is being written):

    parse_deadline(text, *, plan_start=None) -> Deadline | None
        None for empty/blank text; never raises on any string.

    Deadline: frozen dataclass with
        text: str             the original text, stripped
        kind: Deadline.Kind   date | financial_year | quarter | relative | recurring |
                              ongoing | not_set | done | timescale | unparsed
        start: date | None    first day of the window (None when there is no window)
        end: date | None      the due date: last day of the month / financial year / quarter
        warning: str | None   why a person should look (e.g. "Oct 208": year looks like a typo)
        recurrence: str|None  "monthly" | "quarterly" | "annually" for recurring deadlines
        .to_json() -> {"kind": str, "start": "YYYY-MM-DD"|None, "end": "YYYY-MM-DD"|None}
        .is_due_by_date -> bool   True when end is a real due date to compare with today
"""
