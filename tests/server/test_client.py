"""The backend client against scripted flaky servers on 127.0.0.1: both contracts, retries,
deadline, circuit breaker, downloads (caps, hosts) and the thin frontend without build123d."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from naturalcad import pipeline
from naturalcad.config import load_settings
from naturalcad.errors import SourceError
from naturalcad.request import Request, validate
from naturalcad.sources import backend as client
from naturalcad.sources.backend import BackendSource
from naturalcad.sources.breaker import breaker_for, reset_all

from .conftest import KEY, ROOT, WITHOUT_CAD
from .flaky import FlakyBackend, error, hang, reset


@pytest.fixture(scope="module")
def part_files(tmp_path_factory):
    """A real 60 x 40 x 20 box as STEP and STL, as a backend would serve them."""
    from build123d import Box, export_step, export_stl

    folder = tmp_path_factory.mktemp("part")
    box = Box(60, 40, 20)
    export_step(box, str(folder / "model.step"))
    export_stl(box, str(folder / "model.stl"))
    return {name: (folder / name).read_bytes() for name in ("model.step", "model.stl")}


@pytest.fixture
def flaky(part_files, monkeypatch):
    monkeypatch.setattr(client, "BACKOFF_SECONDS", 0.01)
    reset_all()
    client._learnt_contracts.clear()
    server = FlakyBackend()
    server.files.update(part_files)
    yield server
    server.close()
    reset_all()


def settings_for(tmp_path, server, **env):
    return load_settings({"NATURALCAD_DATA_DIR": str(tmp_path / "data"), "NATURALCAD_BACKEND_URL": server.url,
                          "NATURALCAD_API_KEY": KEY, **env})


def ask(settings, prompt="box 60 x 40 x 20 mm"):
    source = BackendSource(settings)
    return source, source.generate(validate(Request(prompt), settings))


def test_retries_resets_and_503_then_uses_the_seed_answer_and_its_files(tmp_path, flaky):
    flaky.plan = [error(503, "warming up", **{"Retry-After": "0"}), reset(), flaky.seed_answer()]
    source, made = ask(settings_for(tmp_path, flaky))
    assert len(flaky.posts()) == 3 and all(p["path"] == "/" for p in flaky.posts())
    assert flaky.posts()[0]["headers"]["x-api-key"] == KEY and "authorization" not in flaky.posts()[0]["headers"]
    assert made.source == "backend" and "Box(length, 40, 20)" in made.code and source.answered is True
    assert made.built is not None and set(made.built.files) == {"step", "stl"}
    geometry = made.built.geometry
    assert geometry["extents"] == pytest.approx([60, 40, 20]) and geometry["volume"] == pytest.approx(48000, rel=1e-6)
    assert geometry["valid"] is True and geometry["holes"] == 0 and geometry["faces"] == 6  # faces: the backend's
    assert breaker_for(flaky.url).state().state == "closed"


def test_an_old_server_is_spoken_to_in_the_v1_contract_and_remembered(tmp_path, flaky):
    flaky.old_server = True
    flaky.plan = [error(429, "slow down", **{"Retry-After": "0"}), flaky.v1_answer(), flaky.v1_answer()]
    settings = settings_for(tmp_path, flaky)
    _, made = ask(settings)
    assert [p["path"] for p in flaky.posts()] == ["/", "/v1/generate", "/v1/generate"]
    assert flaky.posts()[1]["headers"]["authorization"] == f"Bearer {KEY}"
    assert made.family == "box" and made.params == {"length": 60.0} and made.notices == ["from v1"]
    assert made.built is not None and made.built.geometry["extents"] == pytest.approx([60, 40, 20])
    assert flaky.gets()[0]["headers"]["x-api-key"] == KEY  # relative links on its own host need the key
    ask(settings)
    assert [p["path"] for p in flaky.posts()][3:] == ["/v1/generate"]  # learnt: POST / is not tried again


def test_a_named_contract_is_used_as_is(tmp_path, flaky):
    flaky.plan = [flaky.v1_answer()]
    ask(settings_for(tmp_path, flaky, NATURALCAD_BACKEND_CONTRACT="naturalcad"))
    assert [p["path"] for p in flaky.posts()] == ["/v1/generate"]


def test_no_retry_on_401_or_other_4xx_and_the_breaker_stays_closed(tmp_path, flaky):
    flaky.plan = [error(401, "bad key"), error(400, "prompt too long")]
    settings = settings_for(tmp_path, flaky)
    with pytest.raises(SourceError, match=r"rejected the API key \(401\): check NATURALCAD_API_KEY"):
        ask(settings)
    with pytest.raises(SourceError, match=r"refused the request \(HTTP 400\): prompt too long"):
        ask(settings)
    assert len(flaky.posts()) == 2 and breaker_for(flaky.url).state().state == "closed"


@pytest.mark.slow
def test_deadline_covers_every_retry_and_the_breaker_then_spares_the_next_request(tmp_path, flaky):
    flaky.plan = [hang(10), hang(10), hang(10)]
    settings = settings_for(tmp_path, flaky, NATURALCAD_BACKEND_TIMEOUT="1.5")
    started = time.perf_counter()
    with pytest.raises(SourceError, match=r"did not answer within 1\.5 s") as caught:
        ask(settings)
    assert time.perf_counter() - started < 2.5 and len(flaky.posts()) == 1
    assert "NATURALCAD_BACKEND_TIMEOUT" in str(caught.value)
    state = breaker_for(flaky.url).state()
    assert state.state == "open" and state.failures == 1 and "Circuit open" in state.sentence()

    # The next request in this process (any user): no connection attempted, the fallback answers.
    before = len(flaky.requests)
    started = time.perf_counter()
    result = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings)
    assert len(flaky.requests) == before
    assert result.success and result.source == "template" and result.backend_available is False
    assert any("not asked again" in n for n in result.notices), result.notices
    assert result.timings["generate"] < 0.5  # the backend step: an instant refusal, then the templates

    # After the cool-down one trial goes out; its answer closes the circuit again.
    breaker_for(flaky.url).cool_down = 0.0
    flaky.plan = [flaky.seed_answer()]
    source, made = ask(settings)
    assert made.built is not None and breaker_for(flaky.url).state().state == "closed" and source.answered


def test_oversized_download_is_refused_and_the_script_runs_here(tmp_path, flaky):
    import os

    stale = tmp_path / "data" / ".download-crashed"  # left by a process that died mid-download
    stale.mkdir(parents=True)
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    flaky.files["model.stl"] = b"solid x\n" + b" " * 2_000_000
    flaky.plan = [flaky.seed_answer()]
    _, made = ask(settings_for(tmp_path, flaky, NATURALCAD_MAX_FILE_MB="1"))
    assert made.built is None
    assert any("over the 1 MB cap" in n and "runs here instead" in n for n in made.notices), made.notices
    assert not list((tmp_path / "data").glob(".download-*"))  # no half-fetched files left behind


def test_links_to_a_foreign_host_are_never_fetched(tmp_path, flaky):
    flaky.plan = [flaky.seed_answer({"step": f"{flaky.url}/files/model.step",
                                     "stl": "http://files.example.com/model.stl"})]
    _, made = ask(settings_for(tmp_path, flaky))
    assert made.built is None and any("'files.example.com'" in n for n in made.notices)
    assert not any("example.com" in g["path"] for g in flaky.gets())
    assert not list((tmp_path / "data").glob(".download-*/model.step"))  # all or nothing


def test_storage_host_is_allowed(tmp_path, flaky, part_files):
    storage = FlakyBackend()
    storage.files.update(part_files)
    try:
        flaky.plan = [flaky.seed_answer({"stl": f"{storage.url}/files/model.stl"})]
        _, made = ask(settings_for(tmp_path, flaky, SUPABASE_URL=storage.url))
        assert made.built is not None and "x-api-key" not in storage.gets()[0]["headers"]  # the key stays home
    finally:
        storage.close()


@pytest.mark.slow
def test_only_code_back_runs_the_script_here(tmp_path, flaky):
    flaky.plan = [flaky.seed_answer({})]
    result = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings_for(tmp_path, flaky))
    assert result.success and result.source == "backend" and result.backend_available is True
    assert "remote" not in (result.sandbox or "") and result.geometry["extents"] == pytest.approx([60, 40, 20])


THIN_APP = WITHOUT_CAD + r"""
result = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=settings)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("build123d", "OCP"))
print(json.dumps({"result": result.to_dict(), "loaded": loaded}))
"""


def test_thin_frontend_needs_no_build123d_in_the_app_process(tmp_path, flaky):
    flaky.plan = [flaky.seed_answer({fmt: f"{flaky.url}/files/model.{fmt}" for fmt in ("step", "stl")})]
    env = {"NATURALCAD_DATA_DIR": str(tmp_path / "data"), "NATURALCAD_BACKEND_URL": flaky.url,
           "NATURALCAD_API_KEY": KEY}
    done = subprocess.run([sys.executable, "-c", THIN_APP, json.dumps(env)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    result = out["result"]
    assert out["loaded"] == []
    assert result["success"] and result["source"] == "backend" and result["backend_available"] is True
    assert result["sandbox"] == "remote(trimesh)" and result["geometry"]["extents"] == pytest.approx([60, 40, 20])
    assert result["geometry"]["volume"] == pytest.approx(48000, rel=1e-6)
    for fmt in ("step", "stl"):
        path = result["artifacts"][fmt]
        assert path.startswith(str(tmp_path / "data" / "runs" / result["run_id"]))
    with open(result["artifacts"]["step"], "rb") as handle:
        assert handle.read(12) == b"ISO-10303-21"
    assert not list((tmp_path / "data").glob(".download-*"))


def test_health_of_a_backend_without_health_says_it_answers(tmp_path, flaky):
    assert client.health(settings_for(tmp_path, flaky)) == (True, "answers (it has no /health: a seed deployment)")
    dead = load_settings({"NATURALCAD_BACKEND_URL": "http://127.0.0.1:9"})
    answers, detail = client.health(dead, timeout=1)
    assert answers is False and detail.startswith("no answer")


def test_non_finite_backend_sizes_are_not_a_part(tmp_path, flaky):
    """Issue 8 red team: a STEP-only answer whose geometry is NaN/Infinity became a successful
    run with no size (the sandbox's finiteness rule did not apply to a backend's answer)."""
    for bad in ([float("nan"), 1, 1], [float("inf"), 1, 1]):
        answer = flaky.seed_answer({"step": f"{flaky.url}/files/model.step"})
        answer.body["geometry"] = {"extents": bad, "volume": 1.0, "faces": 6}
        flaky.plan = [answer]
        _, made = ask(settings_for(tmp_path, flaky))
        assert made.built is None, made.built
        assert any("not finite" in n and "runs here instead" in n for n in made.notices), made.notices
        assert not list((tmp_path / "data").glob(".download-*"))
