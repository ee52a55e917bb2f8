"""GIN indexes for full-text search of actions and progress notes on PostgreSQL
(plans/search.py), created on PostgreSQL only: SQLite searches with LIKE and has no
to_tsvector. (Plans and milestones are few per partnership: read through it.)

Each index is on the very expression `search.py`'s SearchVector compiles to (the same
fields, in the same order, with the same 'english' configuration), or PostgreSQL would not
use it; `cairn/tests/test_explain.py` checks that it does. A search for a word that is rare
in the country reads these indexes; a word common everywhere is read through the
partnership's own actions instead (the planner's choice, by the index's statistics).
"""

from django.db import migrations

INDEXES = {
    "plans_action_search": (
        "plans_action",
        """COALESCE("ref", '') || ' ' || COALESCE("title", '') || ' ' || """
        """COALESCE("description", '') || ' ' || COALESCE("outcome", '') || ' ' || """
        """COALESCE("output", '')""",
    ),
    "plans_action_note_search": ("plans_action", """COALESCE("progress_note", '')"""),
}


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, text) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (to_tsvector('english'::regconfig, {text}))"
        )


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("plans", "0005_strategy_outcomes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
