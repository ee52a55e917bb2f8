"""A fake GOV.UK Notify API on 127.0.0.1, so tests never reach the internet.

It checks what the real one checks for an email: the JSON Web Token signed with the API
key's secret and issued by its service, the template, and the personalisation; it keeps
each accepted email in `received`. An address starting "refuse@" gets Notify's 400 error.
"""

from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt

SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"
API_KEY = f"cairn_tests-{SERVICE_ID}-{SECRET}"
TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a"


class FakeNotify:
    def __init__(self) -> None:
        self.received: list[dict] = []
        server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                refused = refusal(self.headers.get("Authorization") or "", self.path, body)
                if refused:
                    status, error, message = refused
                    payload = {
                        "status_code": status,
                        "errors": [{"error": error, "message": message}],
                    }
                    return self._reply(status, payload)
                fake.received.append(body)
                self._reply(201, notification(body, fake.url))

            def _reply(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def refusal(authorization: str, path: str, body: dict) -> tuple[int, str, str] | None:
    """Notify's error (status, error, message) for a request it would refuse, or None."""
    try:
        claims = jwt.decode(authorization.removeprefix("Bearer "), SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        return 403, "AuthError", "Invalid token: signature"
    if claims.get("iss") != SERVICE_ID:
        return 403, "AuthError", "Invalid token: service"
    if path != "/v2/notifications/email":
        return 404, "NotFound", "Not found"
    if body.get("template_id") != TEMPLATE_ID:
        return 400, "BadRequestError", "Template not found"
    if set(body.get("personalisation") or {}) != {"subject", "body"}:
        return 400, "BadRequestError", "Missing personalisation"
    if str(body.get("email_address", "")).startswith("refuse@"):
        return 400, "BadRequestError", "Can't send to this recipient using a team-only API key"
    return None


def notification(body: dict, base_url: str) -> dict:
    """Notify's answer to an accepted email."""
    personalisation = body["personalisation"]
    return {
        "id": str(uuid.uuid4()),
        "reference": None,
        "content": {
            "subject": personalisation["subject"],
            "body": personalisation["body"],
            "from_email": "cairn@notifications.service.gov.uk",
        },
        "uri": f"{base_url}/v2/notifications/{uuid.uuid4()}",
        "template": {"id": TEMPLATE_ID, "version": 1, "uri": ""},
    }
