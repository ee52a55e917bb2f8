"""The fixed cast every view test uses.

Partnership A has a coordinator, a lead (of the police) and a viewer; partnership B has a
lead. Dates and values are fixed, never random.
"""

from __future__ import annotations

import pytest
from django.test import override_settings

from cairn.accounts.models import Agency, Role
from cairn.plans.factories import make_partnership, make_person, make_plan

DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "live_server"}


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="Run only the tests that use the database (the PostgreSQL run of `make test`: "
        "the others have run once already, on SQLite, and would only repeat themselves).",
    )


def pytest_collection_modifyitems(config, items):
    # pytest-xdist hands tests out in this order: the slow kinds start first, so that no
    # worker is left running a long test at the end while the others stand idle.
    items.sort(key=slow_first)
    if not config.getoption("--database-tests-only"):
        return
    kept, skipped = [], []
    for item in items:
        uses_database = any(
            item.get_closest_marker(m) for m in ("django_db", "production", "postgres_only")
        ) or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        (kept if uses_database else skipped).append(item)
    config.hook.pytest_deselected(items=skipped)
    items[:] = kept


def slow_first(item: pytest.Item) -> int:
    """The production-shaped test first, then those marked slow (the permission matrices
    take minutes), then browser tests, then the rest."""
    for rank, marker in enumerate(("production", "slow", "browser")):
        if item.get_closest_marker(marker):
            return rank
    return 3


@pytest.fixture(scope="session", autouse=True)
def _own_data_folder(tmp_path_factory):
    """Uploads and files go to a folder of this process's own (each xdist worker has one),
    never to the checkout's data/ that `make run` uses."""
    with override_settings(DATA_DIR=tmp_path_factory.mktemp("data")):
        yield


@pytest.fixture
def partnership_a(db):
    return make_partnership("Partnership A", "partnership-a")


@pytest.fixture
def partnership_b(db):
    return make_partnership("Partnership B", "partnership-b")


@pytest.fixture
def police_a(partnership_a):
    return Agency.objects.create(partnership=partnership_a, name="Police", short_name="Police")


@pytest.fixture
def coordinator(partnership_a):
    return make_person(
        "coordinator@a.example", "Casey Coordinator", partnership_a, Role.COORDINATOR
    )


@pytest.fixture
def lead(partnership_a, police_a):
    return make_person("lead@a.example", "Lee Lead", partnership_a, Role.LEAD, agency=police_a)


@pytest.fixture
def viewer(partnership_a):
    return make_person("viewer@a.example", "Vic Viewer", partnership_a, Role.VIEWER)


@pytest.fixture
def lead_b(partnership_b):
    return make_person("lead@b.example", "Bea Lead", partnership_b, Role.LEAD)


@pytest.fixture
def plan_a(partnership_a):
    return make_plan(partnership_a)


@pytest.fixture
def action_a(plan_a, lead):
    """An action of plan A led by `lead`."""
    action = plan_a.themes.first().actions.first()
    action.lead_people.add(lead)
    return action


@pytest.fixture
def client_for(client):
    """client_for(user) signs the test client in as that person."""

    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    """Tests serve assets from the source folders, with no collectstatic manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _second_factor_optional(settings):
    """The cast signs in with force_login and has no authenticator app: tests of other
    things run as `make run` does. The second factor's own tests set "required"."""
    settings.CAIRN_SECOND_FACTOR = "optional"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Real hashing costs a second a sign-in; tests don't need its strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
