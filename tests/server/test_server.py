"""The backend API on a real uvicorn server: keys, caps, limits, both contracts, signed links."""

from __future__ import annotations

import socket
import threading
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from naturalcad.config import load_settings
from naturalcad.history import HistoryStore
from naturalcad.server.signing import Signer

from .conftest import KEY, start_server

SEED = {"x-api-key": KEY}
BEARER = {"Authorization": f"Bearer {KEY}"}
BOX = {"prompt": "box 60 x 40 x 20 mm"}

pytestmark = pytest.mark.slow  # each module starts a real server and runs real build123d


def error_of(response: httpx.Response) -> dict:
    """The one error shape: {"error": {"code", "message"}} and nothing else at the top."""
    data = response.json()
    assert set(data) == {"error"} and {"code", "message"} <= set(data["error"]), data
    assert isinstance(data["error"]["message"], str) and data["error"]["message"]
    return data["error"]


def raw_request(url: str, head: str, body: bytes = b"", timeout: float = 5.0) -> tuple[int, bytes]:
    """Send bytes as they are (a Content-Length we never honour, a chunked body) and read the status."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(head.encode() + body)
        data = b""
        while True:  # the gate answers `connection: close`: read to the end
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    return int(data.split(b" ", 2)[1]), data


def test_key_is_required_in_either_header_and_a_bare_authorization_is_not_one(backend):
    for headers in ({}, {"x-api-key": "nope"}, {"Authorization": "Bearer nope"}, {"Authorization": KEY},
                    {"Authorization": f"Basic {KEY}"}):
        for path in ("/", "/v1/generate"):
            response = httpx.post(backend.url + path, json=BOX, headers=headers, timeout=30)
            assert response.status_code == 401, (path, headers)
            assert error_of(response)["code"] == "unauthorized"
    assert httpx.get(f"{backend.url}/v1/runs/x/files/step", timeout=10).status_code == 401


def test_oversized_body_is_refused_before_auth_and_before_it_is_read(backend):
    head = (f"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {300 * 1024 * 1024}\r\n\r\n")
    started = time.perf_counter()
    status, data = raw_request(backend.url, head)  # not one byte of the 300 MB is sent
    assert status == 413 and b'"too_large"' in data
    assert time.perf_counter() - started < 2.0
    # Chunked, so no Content-Length to judge by: cut off once 64 KB have streamed in.
    chunk = b"x" * 70_000
    head = "POST /v1/generate HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n" \
           f"x-api-key: {KEY}\r\n\r\n"
    status, _ = raw_request(backend.url, head, f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n0\r\n\r\n")
    assert status == 413


def test_bad_bodies_and_unknown_paths_have_the_one_error_shape(backend):
    missing = httpx.post(f"{backend.url}/", json={"mode": "part"}, headers=SEED, timeout=30)
    assert missing.status_code == 422 and "prompt" in error_of(missing)["message"]
    not_json = httpx.post(f"{backend.url}/v1/generate", content=b"{oops", headers={**BEARER, "content-type": "application/json"})
    assert not_json.status_code == 422 and error_of(not_json)["code"] == "invalid_body"
    empty = httpx.post(f"{backend.url}/v1/generate", json={"prompt": "  "}, headers=BEARER, timeout=30)
    assert empty.status_code == 400 and "describe the part" in error_of(empty)["message"].lower()
    fmt = httpx.post(f"{backend.url}/", json={**BOX, "output_format": "exe"}, headers=SEED, timeout=30)
    assert fmt.status_code == 400 and "output_format" in error_of(fmt)["message"]
    assert error_of(httpx.get(f"{backend.url}/nowhere", headers=SEED))["code"] == "not_found"
    for docs in ("/docs", "/openapi.json", "/redoc"):
        assert httpx.get(backend.url + docs, headers=SEED).status_code == 404
    health = httpx.get(f"{backend.url}/health")
    assert health.status_code == 200 and health.json() == {"status": "ok", "ready": True}


def test_seed_contract_answers_with_absolute_links_fetched_without_a_header(backend, tmp_path):
    from build123d import import_step

    response = httpx.post(f"{backend.url}/", json={**BOX, "output_format": "step"}, headers=SEED, timeout=120)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["success"] is True and data["job_id"] and "Box" in data["generated_code"]
    assert {"step", "stl", "glb"} <= set(data["urls"]) and data["source"] == "template"
    assert sorted(data["geometry"]["extents"]) == pytest.approx([20, 40, 60])
    for fmt, url in data["urls"].items():
        assert url.startswith(f"{backend.url}/v1/runs/{data['job_id']}/files/{fmt}?")
        file = httpx.get(url, timeout=30)  # no key: the signature is the permission
        assert file.status_code == 200 and len(file.content) > 100, fmt
    step = tmp_path / "part.step"
    step.write_bytes(httpx.get(data["urls"]["step"]).content)
    assert import_step(str(step)).volume == pytest.approx(60 * 40 * 20, rel=1e-6)
    log = backend.log.read_text()
    assert f"/v1/runs/{data['job_id']}/files/step?…" in log  # downloads are logged, their signatures are not
    assert "sig=" not in log and KEY not in log


def test_v1_generate_answers_the_result_json_with_the_same_links(backend, tmp_path):
    from build123d import import_step

    response = httpx.post(f"{backend.url}/v1/generate", json={"prompt": "cylinder 20 mm diameter 40 mm high"},
                          headers=BEARER, timeout=120)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["success"] and data["code"] and "stdout" not in data and "sandbox" not in data
    assert sorted(data["geometry"]["extents"]) == pytest.approx([20, 20, 40], abs=0.01)
    assert data["urls"] == data["artifacts"] and data["artifacts"]["stl"].startswith(backend.url)
    stl = httpx.get(data["artifacts"]["stl"])
    assert stl.status_code == 200 and stl.headers["content-type"] == "model/stl"
    step = httpx.get(f"{backend.url}/v1/runs/{data['run_id']}/files/step", headers=BEARER)  # the key opens it too
    assert step.status_code == 200 and step.content == httpx.get(data["artifacts"]["step"]).content
    (tmp_path / "part.step").write_bytes(step.content)
    assert import_step(str(tmp_path / "part.step")).volume == pytest.approx(3.14159265 * 100 * 40, rel=1e-3)


def test_tampered_and_expired_links_are_refused(backend):
    data = httpx.post(f"{backend.url}/", json=BOX, headers=SEED, timeout=120).json()
    url = data["urls"]["step"]
    tampered = url.replace("/files/step", "/files/stl")  # a link for one file does not open another
    assert httpx.get(tampered).status_code == 403 and error_of(httpx.get(tampered))["code"] == "bad_signature"
    query = parse_qs(urlsplit(url).query)
    forged = url.replace(query["sig"][0], query["sig"][0][:-2] + "AA")
    assert httpx.get(forged).status_code == 403
    expired_at = int(time.time()) - 5
    expired = backend.url + Signer(KEY).path(data["job_id"], "step", expired_at)
    response = httpx.get(expired)
    assert response.status_code == 403 and error_of(response)["code"] == "link_expired"
    assert httpx.get(f"{backend.url}/v1/runs/{data['job_id']}/files/step?expires=1&sig=").status_code in (401, 403)


def test_links_outlive_pruning_and_rejected_prompts_are_stored_capped(backend):
    first = httpx.post(f"{backend.url}/", json=BOX, headers=SEED, timeout=120).json()
    second = httpx.post(f"{backend.url}/", json={"prompt": "plate 100 x 50 x 5 mm"}, headers=SEED, timeout=120).json()
    assert second["success"]
    # NATURALCAD_MAX_RUNS=1: pruning is due after every run, but first's links have not expired.
    for url in first["urls"].values():
        assert httpx.get(url).status_code == 200
    long_prompt = "a bracket with many holes " * 760  # ~19.8k characters
    rejected = httpx.post(f"{backend.url}/", json={"prompt": long_prompt}, headers=SEED, timeout=60)
    assert rejected.status_code == 400 and "characters long" in error_of(rejected)["message"]
    run_id = rejected.json()["error"]["run_id"]
    row = HistoryStore.for_settings(load_settings({"NATURALCAD_DATA_DIR": str(backend.data_dir)})).get(run_id)
    assert row is not None and row.success is False and row.error_kind == "request"
    assert 1200 <= len(row.prompt) < 1300 and row.prompt.endswith("more characters not stored]")


def test_without_a_key_it_refuses_a_public_address_and_warns_on_loopback(tmp_path):
    refused = start_server(tmp_path / "public", wait=False, host="0.0.0.0")
    assert refused.proc.wait(timeout=60) == 2
    assert "Refusing to serve on 0.0.0.0 without NATURALCAD_API_KEY" in refused.log.read_text()
    local = start_server(tmp_path / "local")
    try:
        response = httpx.post(f"{local.url}/v1/run", json={}, timeout=30)
        assert response.status_code == 422  # no key asked for on loopback
        assert "NATURALCAD_API_KEY is not set" in local.log.read_text()
    finally:
        local.stop()


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("limited"), NATURALCAD_API_KEY=KEY,
                          NATURALCAD_RATE_LIMIT_IP="4/minute", NATURALCAD_RATE_LIMIT_KEY="6/minute",
                          NATURALCAD_TRUSTED_PROXIES="127.0.0.1")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def one_slot(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("one-slot"), NATURALCAD_API_KEY=KEY,
                          NATURALCAD_SERVER_CONCURRENCY="1", NATURALCAD_SERVER_QUEUE="0")
    yield server
    server.stop()


def test_rate_limit_per_ip_counts_wrong_keys(limited):
    statuses = [httpx.post(f"{limited.url}/", json=BOX, headers={"x-api-key": "guess"}, timeout=30) for _ in range(5)]
    assert [r.status_code for r in statuses] == [401, 401, 401, 401, 429]
    assert int(statuses[-1].headers["retry-after"]) >= 1
    assert error_of(statuses[-1])["code"] == "rate_limited" and "address" in error_of(statuses[-1])["message"]


def test_rate_limit_per_key_across_addresses(limited):
    seen = []
    for n in range(8):  # each from its own address (via the trusted proxy), all with one key
        response = httpx.post(f"{limited.url}/v1/generate", json={}, timeout=30,
                              headers={**BEARER, "X-Forwarded-For": f"203.0.113.{n + 1}"})
        seen.append(response.status_code)
        if response.status_code == 429:
            assert "API key" in error_of(response)["message"] and int(response.headers["retry-after"]) >= 1
            break
    assert seen[-1] == 429 and set(seen[:-1]) <= {422, 503, 200} and len(seen) <= 7


SLOW_SCRIPT = "from build123d import *\nn = 0\nfor i in range(25000000):\n    n += i\nresult = Box(10, 10, 10)\n"


def test_busy_when_every_generation_slot_is_taken(one_slot):
    answers: list[httpx.Response] = []
    slow = threading.Thread(target=lambda: answers.append(httpx.post(
        f"{one_slot.url}/v1/run", json={"code": SLOW_SCRIPT}, timeout=120, headers=SEED)))
    slow.start()
    time.sleep(0.8)
    busy = httpx.post(f"{one_slot.url}/", json=BOX, headers=SEED, timeout=30)
    slow.join(timeout=120)
    assert busy.status_code == 503 and error_of(busy)["code"] == "busy" and busy.headers["retry-after"] == "5"
    assert answers and answers[0].status_code == 200, answers[0].text
    assert sorted(answers[0].json()["geometry"]["extents"]) == pytest.approx([10, 10, 10])
