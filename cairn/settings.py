"""Cairn's settings: one file, every value from the environment with a safe development default.

Every variable read here is documented in README.md ("Running in production");
`cairn/tests/test_settings_documented.py` fails when one is not.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import re
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str | None:
    """A value from NAME, or from the file named by NAME_FILE (for secrets), or the default."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        return Path(file_name).read_text().strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name}={value!r} is not a boolean: use true or false")


def env_int(name: str, default: int) -> int:
    value = env(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a whole number") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in (env(name, default) or "").split(",") if item.strip()]


DATA_DIR = Path(env("CAIRN_DATA_DIR", str(BASE_DIR / "data")) or "data")
DEBUG = env_bool("DEBUG", False)
SEEDS_DIR = Path(env("CAIRN_SEEDS_DIR", str(BASE_DIR.parent / "shared" / "seeds")) or "seeds")
"""The seed plans and their hand-made truths that the importer's tests score against."""


def _development_secret_key() -> str:
    """Generated once and kept in the data folder, so sessions survive a restart."""
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        # Written aside, then linked into place: processes starting together (the test
        # workers, web and worker) never read a half-written key, and the first one wins.
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        draft = DATA_DIR / f".secret_key.{os.getpid()}"
        draft.write_text(secrets.token_urlsafe(50))
        draft.chmod(0o600)
        with contextlib.suppress(FileExistsError):
            os.link(draft, key_file)
        draft.unlink()
    return key_file.read_text().strip()


SECRET_KEY = env("SECRET_KEY") or _development_secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = (env("SITE_URL", "http://127.0.0.1:8000") or "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "simple_history",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks_db",
    "cairn.accounts",
    "cairn.plans",
    "cairn.imports",
    "cairn.reviews",
    "cairn.indicators",
    "cairn.deathreviews",
    "cairn.reports",
    "cairn.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # An ETag on every page and report (a hash of what was sent); the same again is a 304.
    "django.middleware.http.ConditionalGetMiddleware",
    # Reads an API request's body first, refusing one over CAIRN_API_MAX_BODY_BYTES.
    "cairn.api.limits.api_body_limit",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, but the person is read with the session, in one query (accounts/sessions.py).
    "cairn.accounts.sessions.AuthenticationMiddleware",
    # Who has given the code from their authenticator app (django-otp), and no page
    # for those who owe it (accounts/second_factor.py).
    "django_otp.middleware.OTPMiddleware",
    "cairn.accounts.second_factor.SecondFactorMiddleware",
    # Every page needs a signed-in person unless its view says @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, so it sees the outcome of authentication attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cairn.urls"
WSGI_APPLICATION = "cairn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cairn" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cairn.accounts.context_processors.memberships",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'cairn.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's, with a health check of kept connections that waits for no answer.
    DATABASES["default"]["ENGINE"] = "cairn.lib.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a writer rather than failing at once when the worker and web share the file.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "cairn.accounts.backends.PasswordBackend",
    "cairn.accounts.backends.SignInLinkBackend",
]
LOGIN_URL = "accounts:sign_in"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:sign_in"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Failed sign-ins (django-axes, decided by cairn/accounts/throttle.py): an account pauses at
# one address after CAIRN_SIGN_IN_FAILURE_LIMIT wrong passwords (30 s, doubling); one
# address pauses after CAIRN_SIGN_IN_ADDRESS_LIMIT wrong passwords across accounts. The
# owner is emailed; a new password clears the account's failures.
CAIRN_SIGN_IN_FAILURE_LIMIT = env_int("CAIRN_SIGN_IN_FAILURE_LIMIT", 5)
CAIRN_SIGN_IN_ADDRESS_LIMIT = env_int("CAIRN_SIGN_IN_ADDRESS_LIMIT", 30)
AXES_HANDLER = "cairn.accounts.throttle.SignInThrottle"
AXES_FAILURE_LIMIT = CAIRN_SIGN_IN_FAILURE_LIMIT
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)  # failures are forgotten after 15 quiet minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # a try while paused does not extend it
AXES_LOCKOUT_CALLABLE = "cairn.accounts.throttle.lockout_response"
AXES_USERNAME_CALLABLE = "cairn.accounts.throttle.username"
AXES_CLIENT_IP_CALLABLE = "cairn.accounts.throttle.client_address"
AXES_VERBOSE = False
# The sign-in form names its email field "username" (Django's AuthenticationForm).
AXES_USERNAME_FORM_FIELD = "username"
AXES_ENABLED = env_bool("CAIRN_THROTTLE_SIGN_IN", True)

# A second factor (an authenticator app, with recovery codes) at sign-in: "required" makes
# coordinators and host admins set one up; "optional" lets anyone turn one on.
CAIRN_SECOND_FACTOR = (env("CAIRN_SECOND_FACTOR", "required") or "required").strip().lower()
if CAIRN_SECOND_FACTOR not in {"required", "optional"}:
    raise ValueError(f"CAIRN_SECOND_FACTOR={CAIRN_SECOND_FACTOR!r}: use required or optional")
OTP_TOTP_ISSUER = "Cairn"


def proxy_networks(addresses: list[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    try:
        return [ipaddress.ip_network(address, strict=False) for address in addresses]
    except ValueError as error:
        raise ValueError(f"TRUSTED_PROXIES: {error} (give addresses or networks)") from None


# The load balancers in front of Cairn (addresses or networks, e.g. 10.0.0.0/8): only when
# a request comes from one of them is X-Forwarded-For read for the client's own address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "")
TRUSTED_PROXY_NETWORKS = proxy_networks(TRUSTED_PROXIES)

# Single-use, expiring sign-in links for leads (django-sesame).
SESAME_MAX_AGE = env_int("CAIRN_SIGN_IN_LINK_MAX_AGE", 7 * 24 * 3600)
SESAME_ONE_TIME = True
# Links name the person by a key that is replaced when their access ends, so every link
# already sent stops working at once (User.end_access).
SESAME_PRIMARY_KEY_FIELD = "sign_in_key"
SESAME_PACKER = "sesame.packers.UUIDPacker"

# Sessions in the database, each row naming its person (accounts/sessions.py).
SESSION_ENGINE = "cairn.accounts.sessions"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts, styles, images and fonts from Cairn itself
# only; no inline script or style anywhere (base.html loads cairn/static/js/*.js), no
# framing, forms post only to Cairn.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Permissions-Policy: Cairn uses none of the browser's powerful features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# HTTPS: off unless the environment turns it on, so a plain-HTTP run on 127.0.0.1 works;
# README.md's production settings turn each one on.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)


def proxy_ssl_header(header: str | None) -> tuple[str, str] | None:
    """The header a TLS-terminating proxy sets to "https", e.g. X-Forwarded-Proto."""
    if not header:
        return None
    if not re.fullmatch(r"[A-Za-z0-9-]+", header):
        raise ValueError(f"SECURE_PROXY_SSL_HEADER={header!r}: give a header name only")
    return ("HTTP_" + header.upper().replace("-", "_"), "https")


# Only behind a proxy that always sets (and never passes on) this header.
SECURE_PROXY_SSL_HEADER = proxy_ssl_header(env("SECURE_PROXY_SSL_HEADER"))

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True
DATE_FORMAT = "j M Y"

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")) or "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "cairn" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Background work: Django's tasks framework with a database-backed worker
# (`cairn db_worker`); tests replace it with the immediate backend.
TASKS = {
    "default": {
        "BACKEND": env("CAIRN_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Mail: SMTP or GOV.UK Notify in production; the console or files in development.
MAIL = env("CAIRN_MAIL", "smtp")
_MAIL_BACKENDS = {
    "smtp": (
        "django.core.mail.backends.smtp.EmailBackend",
        {
            "host": env("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env("EMAIL_HOST_USER", ""),
            "password": env("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
            "timeout": 30,
        },
    ),
    "console": ("django.core.mail.backends.console.EmailBackend", {}),
    "file": (
        "django.core.mail.backends.filebased.EmailBackend",
        {"file_path": env("EMAIL_FILE_PATH", str(DATA_DIR / "mail"))},
    ),
    # GOV.UK Notify: one template with ((subject)) and ((body)); see cairn/lib/notify.py.
    "notify": (
        "cairn.lib.notify.NotifyEmailBackend",
        {
            "api_key": env("NOTIFY_API_KEY", ""),
            "template_id": env("NOTIFY_TEMPLATE_ID", ""),
            "base_url": env("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk"),
        },
    ),
}
if MAIL not in _MAIL_BACKENDS:
    raise ValueError(f"CAIRN_MAIL={MAIL!r}: use one of {', '.join(_MAIL_BACKENDS)}")
if MAIL == "notify" and not (env("NOTIFY_API_KEY") and env("NOTIFY_TEMPLATE_ID")):
    raise ValueError("CAIRN_MAIL=notify needs NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID")
MAILERS = {"default": {"BACKEND": _MAIL_BACKENDS[MAIL][0], "OPTIONS": _MAIL_BACKENDS[MAIL][1]}}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Cairn <cairn@localhost>")

CAIRN_IMPORT_MAX_BYTES = env_int("CAIRN_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# Anything published hides a count about people below this ("<5"), with secondary
# suppression (cairn/lib/suppression.py), so no one can be identified.
CAIRN_SMALL_COUNT_THRESHOLD = env_int("CAIRN_SMALL_COUNT_THRESHOLD", 5)
if CAIRN_SMALL_COUNT_THRESHOLD < 1:
    raise ValueError("CAIRN_SMALL_COUNT_THRESHOLD must be 1 or more (5 is usual).")
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# The JSON API (cairn/api): per token (or person, for a browser session), reads and changes
# a minute, counted in Django's cache; the largest request body it reads.
CAIRN_API_READS_PER_MINUTE = env_int("CAIRN_API_READS_PER_MINUTE", 120)
CAIRN_API_WRITES_PER_MINUTE = env_int("CAIRN_API_WRITES_PER_MINUTE", 30)
CAIRN_API_MAX_BODY_BYTES = env_int("CAIRN_API_MAX_BODY_BYTES", 5 * 1000 * 1000)

# Django's cache (the API's rate counts): "memory" is each process's own; "database" is a
# table in the database (`cairn createcachetable` makes it), shared by every web worker.
CAIRN_CACHE = env("CAIRN_CACHE", "memory") or "memory"
_CACHES = {
    "memory": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "database": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "cairn_cache",
    },
}
if CAIRN_CACHE not in _CACHES:
    raise ValueError(f"CAIRN_CACHE={CAIRN_CACHE!r}: use one of {', '.join(_CACHES)}")
CACHES = {"default": _CACHES[CAIRN_CACHE]}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}
