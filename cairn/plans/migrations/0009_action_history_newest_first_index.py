"""An index for an action's history newest first (plans/history.py reads a page of it).

Without it PostgreSQL reads the newest records of every action, by the history_date index,
until it has found the action's: half a second on the national data set for an action
changed long ago. With it, a page of 25 changes reads 26 index entries however long the
history is (`cairn/tests/test_explain.py`). Plain SQL, the same on SQLite and PostgreSQL;
the model's state is unchanged (simple-history makes the historical model, with no
place for a composite index).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("plans", "0008_plan_revision")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS plans_historicalaction_newest "
            "ON plans_historicalaction (id, history_date DESC, history_id DESC)",
            "DROP INDEX IF EXISTS plans_historicalaction_newest",
            elidable=False,
        )
    ]
