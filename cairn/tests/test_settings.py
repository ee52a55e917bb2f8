"""Settings come from the environment, strictly, and every variable is documented."""

import re
from pathlib import Path

import pytest

from cairn import settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_environment_variable_is_documented_in_the_readme():
    source = (ROOT / "cairn" / "settings.py").read_text()
    names = set(re.findall(r'env(?:_bool|_int|_list)?\(\s*"([A-Z0-9_]+)"', source))
    readme = (ROOT / "README.md").read_text()
    undocumented = sorted(name for name in names if f"`{name}`" not in readme)
    assert names, "found no environment variables: has settings.py changed shape?"
    assert undocumented == [], f"document these in README.md's production section: {undocumented}"


@pytest.mark.parametrize(
    ("text", "expected"), [("true", True), ("FALSE", False), ("1", True), ("off", False)]
)
def test_booleans_are_read_strictly(monkeypatch, text, expected):
    monkeypatch.setenv("CAIRN_TEST_FLAG", text)
    assert settings.env_bool("CAIRN_TEST_FLAG", not expected) is expected


def test_an_unknown_boolean_is_an_error_not_false(monkeypatch):
    monkeypatch.setenv("CAIRN_TEST_FLAG", "maybe")
    with pytest.raises(ValueError, match="not a boolean"):
        settings.env_bool("CAIRN_TEST_FLAG", False)


def test_a_secret_can_come_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("CAIRN_TEST_SECRET_FILE", str(secret))
    assert settings.env("CAIRN_TEST_SECRET") == "from-a-file"


def test_a_bad_number_is_an_error(monkeypatch):
    monkeypatch.setenv("CAIRN_TEST_NUMBER", "twenty")
    with pytest.raises(ValueError, match="not a whole number"):
        settings.env_int("CAIRN_TEST_NUMBER", 1)
