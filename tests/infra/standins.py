"""Local stand-ins for the two outside services the chat channels talk to, as small HTTP servers.

- `SlackApi`: Slack's Web API (`chat.postMessage`), which the Rasa server calls to post replies. It records
  every call with the token it carried, so a test can read what the person would see.
- `BotFramework`: Microsoft's side of Teams: OpenID metadata and signing keys (our own RSA keys, one not
  endorsed for Teams), the tenant's token endpoint (client-credentials flow), and a serviceUrl receiving the
  replies. It also signs the activities' tokens the way the Bot Connector does.

The Rasa server is pointed at them with SLACK_API_URL, TEAMS_OPENID_URL and TEAMS_LOGIN_URL, which the
channels accept only for loopback addresses (bot/channels/overrides.py).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

BOT_CONNECTOR_ISSUER = "https://api.botframework.com"


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(self.body.decode()))


class StandIn:
    """A threaded HTTP server; subclasses answer `handle(call)` with (status, JSON body)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                call = Call(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                            self.rfile.read(length))
                with stand_in.lock:
                    stand_in.calls.append(call)
                status, payload = stand_in.handle(call)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

            def log_message(self, *_: Any) -> None:  # keep pytest's output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # Health checkers (HAProxy) hang up without reading the answer: not worth a traceback.
        self.server.handle_error = lambda *_: None  # type: ignore[method-assign]
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def handle(self, call: Call) -> tuple[int, Any]:
        raise NotImplementedError

    def wait_for(self, predicate: Callable[[Call], bool], count: int = 1, timeout: float = 60) -> list[Call]:
        """The calls matching `predicate` once there are `count` of them (fails after `timeout` s)."""
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                found = [c for c in self.calls if predicate(c)]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.05)

    def matching(self, predicate: Callable[[Call], bool]) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if predicate(c)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SlackApi(StandIn):
    """Slack's Web API: answers chat.postMessage like Slack does and remembers each post."""

    def handle(self, call: Call) -> tuple[int, Any]:
        if call.path.endswith("/chat.postMessage"):
            body = call.json() if call.headers.get("content-type", "").startswith("application/json") else (
                call.form())
            return 200, {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}"}
        return 200, {"ok": False, "error": "unknown_method"}

    def posts(self, channel: str) -> list[dict[str, Any]]:
        """The messages posted to `channel`, oldest first, each with the token under `_token`."""
        posts = []
        for call in self.matching(lambda c: c.path.endswith("/chat.postMessage")):
            body = call.json()
            if body.get("channel") == channel:
                posts.append({**body, "_token": call.headers.get("authorization", "")})
        return posts


class BotFramework(StandIn):
    """The Bot Framework: keys, metadata, tenant token endpoint and a serviceUrl that receives replies."""

    def __init__(self, app_id: str, app_password: str, tenant_id: str, slow_conversation: str = "slow",
                 slow_seconds: float = 4.0) -> None:
        self.app_id, self.app_password, self.tenant_id = app_id, app_password, tenant_id
        self.slow_conversation, self.slow_seconds = slow_conversation, slow_seconds
        # Microsoft's keys for Teams, one key endorsed only for another channel, and a key nobody publishes.
        self.teams_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.webchat_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.unknown_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.issued_tokens: list[str] = []
        super().__init__()
        self.service_url = f"{self.url}/service/"

    def _jwk(self, key: rsa.RSAPrivateKey, kid: str, endorsements: list[str]) -> dict[str, Any]:
        jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
        return {**jwk, "kid": kid, "use": "sig", "endorsements": endorsements}

    def handle(self, call: Call) -> tuple[int, Any]:
        if call.path == "/openid":
            return 200, {"issuer": BOT_CONNECTOR_ISSUER, "jwks_uri": f"{self.url}/keys",
                         "id_token_signing_alg_values_supported": ["RS256"]}
        if call.path == "/keys":
            return 200, {"keys": [self._jwk(self.teams_key, "teams-key", ["msteams", "webchat"]),
                                  self._jwk(self.webchat_key, "webchat-key", ["webchat"])]}
        if call.path == f"/{self.tenant_id}/oauth2/v2.0/token":
            form = call.form()
            expected = {"client_id": self.app_id, "client_secret": self.app_password,
                        "grant_type": "client_credentials", "scope": "https://api.botframework.com/.default"}
            if any(form.get(k) != v for k, v in expected.items()):
                return 401, {"error": "invalid_client"}
            token = f"outgoing-{len(self.issued_tokens)}-{self.tenant_id}"
            self.issued_tokens.append(token)
            return 200, {"token_type": "Bearer", "expires_in": 3600, "access_token": token}
        if call.path.startswith("/service/v3/conversations/"):
            if self.slow_conversation in call.path:
                time.sleep(self.slow_seconds)  # a slow Teams: must not hold up other conversations
            return 200, {"id": f"activity-{len(self.calls)}"}
        return 404, {"error": "not found"}

    def token(self, key: str = "teams", service_url: str | None = None, **claims: Any) -> str:
        """A Bot Connector token as Teams sends it; `claims` override the good defaults (iss, aud, exp...)."""
        now = int(time.time())
        payload = {"iss": BOT_CONNECTOR_ISSUER, "aud": self.app_id, "iat": now - 5, "nbf": now - 5,
                   "exp": now + 600, "serviceUrl": service_url or self.service_url, **claims}
        payload = {k: v for k, v in payload.items() if v is not None}
        signing, kid = {"teams": (self.teams_key, "teams-key"), "webchat": (self.webchat_key, "webchat-key"),
                        "unknown": (self.unknown_key, "unknown-key")}[key]
        return jwt.encode(payload, signing, algorithm="RS256", headers={"kid": kid})

    def replies(self, conversation_id: str) -> list[Call]:
        path = f"/service/v3/conversations/{conversation_id}/activities"
        return self.matching(lambda c: c.path == path)

    def activity(self, conversation_id: str, user_id: str, text: str, **extra: Any) -> dict[str, Any]:
        return {
            "type": "message", "id": f"act-{time.monotonic_ns()}", "channelId": "msteams", "text": text,
            "serviceUrl": self.service_url, "from": {"id": user_id, "name": "Student"},
            "recipient": {"id": f"28:{self.app_id}", "name": "Erasmus Bot"},
            "conversation": {"id": conversation_id, "tenantId": self.tenant_id}, **extra,
        }
