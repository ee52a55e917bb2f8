"""Security headers: a Content-Security-Policy with no inline script or style anywhere, a
Permissions-Policy, and HTTPS settings (HSTS, the SSL redirect, the proxy's SSL header) that
are off unless the environment turns them on, so plain HTTP on 127.0.0.1 still works."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cairn import settings as cairn_settings

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted((ROOT / "cairn").glob("**/templates/**/*.html"))


def csp(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_every_page_has_a_content_security_policy_with_no_inline_script(client, coordinator):
    pages = [client.get("/sign-in/")]
    client.force_login(coordinator)
    pages.append(client.get("/p/partnership-a/"))
    for response in pages:
        policy = csp(response)
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_every_page_has_a_permissions_policy(client):
    policy = client.get("/sign-in/")["Permissions-Policy"]
    for feature in ("camera=()", "geolocation=()", "microphone=()", "payment=()"):
        assert feature in policy


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_has_an_inline_script_or_style(template):
    text = template.read_text()
    for tag in re.findall(r"<script\b[^>]*>", text):
        assert "src=" in tag, f"an inline script: {tag}"
    assert not re.search(r"<style\b", text), "a <style> element"
    assert not re.search(r"\sstyle=", text), "a style attribute"
    assert not re.search(r"\son[a-z]+=", text), "an event handler attribute"
    assert "javascript:" not in text


@pytest.mark.django_db
def test_the_dashboard_chart_has_no_inline_style(client_for, coordinator, plan_a):
    page = client_for(coordinator).get(f"/plans/{plan_a.pk}/dashboard/").content.decode()
    assert "<svg" in page
    assert not re.search(r"<style\b|\sstyle=", page)
    assert 'fill="#' in page  # the colours are still there, as presentation attributes


def test_htmx_makes_no_inline_style_and_runs_no_eval():
    base = (ROOT / "cairn" / "templates" / "base.html").read_text()
    config = re.search(r"<meta name=\"htmx-config\" content='([^']*)'>", base)
    assert config, "base.html sets no htmx-config"
    assert json.loads(config.group(1)) == {
        "includeIndicatorStyles": False,
        "allowEval": False,
        "allowScriptTags": False,
    }


@pytest.mark.django_db
def test_plain_http_works_with_debug_off_by_default(client, settings):
    assert settings.DEBUG is False
    response = client.get("/sign-in/")
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response
    assert cairn_settings.SECURE_SSL_REDIRECT is False
    assert cairn_settings.SECURE_HSTS_SECONDS == 0
    assert cairn_settings.SECURE_PROXY_SSL_HEADER is None


def settings_from(environment: dict[str, str]) -> dict:
    """Cairn's HTTPS settings as a fresh process reads them from this environment."""
    code = (
        "import json; from cairn import settings as s; print(json.dumps({name: getattr(s, name)"
        " for name in ('SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS',"
        " 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', 'SECURE_PROXY_SSL_HEADER')}))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURE_")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, **environment},
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout)


def test_https_settings_are_turned_on_from_the_environment():
    assert settings_from(
        {
            "SECURE_SSL_REDIRECT": "true",
            "SECURE_HSTS_SECONDS": "31536000",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
            "SECURE_HSTS_PRELOAD": "true",
            "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        }
    ) == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }


@pytest.mark.django_db
def test_hsts_and_the_redirect_apply_once_set(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = cairn_settings.proxy_ssl_header("X-Forwarded-Proto")
    assert client.get("/sign-in/").status_code == 301
    response = client.get("/sign-in/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_a_proxy_header_must_be_a_header_name():
    with pytest.raises(ValueError, match="header name only"):
        cairn_settings.proxy_ssl_header("X-Forwarded-Proto: https")
