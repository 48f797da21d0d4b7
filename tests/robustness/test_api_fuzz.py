"""The HTTP API under fuzzing (schemathesis, from the app's own OpenAPI schema) and oversize bodies.

Whatever arrives, the answer is a 2xx/4xx with a reason, never a 500."""

from __future__ import annotations

import json

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from api.app import create_app
from api.settings import ServerSettings

MAX_CHARS = 2_000
app = create_app(ServerSettings(max_chars=MAX_CHARS))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, case.body, response.text[:500])


@pytest.fixture(scope="module")
def client():
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize("body", [
    b'{"text": "\\ud800\\u526f\\u4f5c\\u7528"}',  # a lone surrogate escape
    b'{"text": "a\\u0000b\\u200b\\u202e"}',
    b'{"text": "' + "副作用ゼロ\r\n".encode() * 50 + b'"}',  # raw CR/LF inside a JSON string
    b"\xff\xfe\x00",
    b"",
    b"[]",
    b"null",
    b'{"text": "x", "profile": "auto", "unexpected": 1}',
    b'{"text": {"nested": ["x"]}}',
    b"{" * 5_000,
])
def test_hostile_json_bodies_get_a_client_error_or_a_report(client, body):
    r = client.post("/api/v1/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code in (200, 400, 413, 422), r.text[:300]
    assert r.json()


def test_text_over_the_limit_is_rejected_with_413(client):
    r = client.post("/api/v1/check", json={"text": "あ" * (MAX_CHARS + 1)})
    assert r.status_code == 413
    assert f"{MAX_CHARS:,}" in r.json()["detail"]


def test_body_over_the_byte_cap_is_rejected_before_it_is_read(client):
    cap = ServerSettings(max_chars=MAX_CHARS).max_body_bytes
    body = json.dumps({"text": "a" * (cap + 10)}).encode()
    r = client.post("/api/v1/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["detail"]
    # and the app keeps answering afterwards
    ok = client.post("/api/v1/check", json={"text": "副作用ゼロの美容液です。"})
    assert ok.status_code == 200
    assert any(f["category"] == "safety-guarantee" for f in ok.json()["files"][0]["findings"])


def test_oversize_streamed_body_without_length_is_rejected(client):
    cap = ServerSettings(max_chars=MAX_CHARS).max_body_bytes

    def chunks():
        yield b'{"text": "'
        for _ in range(cap // 65_536 + 2):
            yield b"a" * 65_536
        yield b'"}'

    r = client.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
