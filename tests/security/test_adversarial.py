"""The adversarial suite: every script in cases/ must be refused or contained.

Each case is one small attack with a header saying what it tries and what "contained"
means for it (`# expect: guard | fail | ok | contained`, plus optional `kinds`, `timeout`,
`max_file_mb`, `require`, `max_stdout`, `mode`, `needs`). Guard cases mark the line the
guard must name with `# REFUSED`.

Modes (both run through `pipeline.run_code`, so history, the run dir and the data dir are
checked the same way):
- pipeline (default): guard first, exactly as a user's script would.
- os: the script stands for "the guard and the restricted builtins were both bypassed".
  The guard is switched off and `_prelude_os.py` is prepended (it restores the real
  builtins), so only the OS layers (pids cgroup, rlimits, Landlock, per-job uid, seccomp)
  and the parent's own checks stand between it and the machine.
- both: the case runs once each way (`[guard]` and `[os]` in the test id).

For every case, whatever its expectation: no secret from the test process's environment in
any output, no connection to the loopback listeners, no file outside the run directory, a
return within the time limit plus 5 s, no process left behind, the warm worker alive, and a
bystander process of the shared fallback uid (outside the sandbox) alive. And what a job
returns is checked as hostile: the run is recorded and not `running`, the result is strict
JSON with no control characters in its text, a part's report matches its STL (read here
with trimesh), the run keeps the script that ran, other runs and the history database are
unchanged (content, mode, owner, times), and the data dir can still be listed and pruned.

Cases marked `needs: caps` (fork bombs and friends) run only when a probe job shows the
child joins a pids cgroup, drops to an unprivileged uid and installs seccomp, and a single
fork attempt from inside the sandbox is refused; an uncapped fork bomb takes the machine down.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import socket
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from naturalcad import artifacts, config, pipeline
from naturalcad.history import HistoryStore
from naturalcad.sandbox import runner
from naturalcad.sandbox.limits import Limits

pytestmark = pytest.mark.security

CASES_DIR = Path(__file__).parent / "cases"
PRELUDE = (CASES_DIR / "_prelude_os.py").read_text(encoding="utf-8")
PROJECT_ROOT = Path(__file__).resolve().parents[2]
REFUSED = "# REFUSED"
NOBODY = 65534
JOB_UIDS = range(64000, 65000)  # config.Settings.sandbox_uid_range (default)
CGROUP_PARENT = Path("/sys/fs/cgroup/pids/naturalcad")
DEFAULT_TIMEOUT = 10.0
GRACE = 5.0
RUN_DIR_FILES = {"script.py", "result.json", "model.step", "model.stl", "model.glb", "model.dxf"}
DATA_DIR_FILES = {"history.sqlite", "history.sqlite-wal", "history.sqlite-shm", "history.sqlite-journal",
                  "logs", "logs/runs.jsonl", "logs/runs.jsonl.1", "logs/runs.jsonl.2", "logs/runs.jsonl.3",
                  ".prune.lock", "runs"}
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
WATCHED_DIRS = ("/tmp", "/var/tmp", "/dev/shm", "/nonexistent", str(Path.home()), str(PROJECT_ROOT), os.getcwd())
_HEADER = re.compile(r"#\s*([a-z_]+):\s*(.*)")


# -- cases -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    source: str
    meta: dict[str, str]

    run_as: str = ""  # "pipeline" or "os" for a `mode: both` case

    @property
    def mode(self) -> str:
        return self.run_as or self.meta.get("mode", "pipeline")

    @property
    def id(self) -> str:
        return f"{self.name}[{'guard' if self.mode == 'pipeline' else 'os'}]" if self.run_as else self.name

    @property
    def expect(self) -> str:
        return self.meta["expect"]

    @property
    def kinds(self) -> set[str]:
        return {k.strip() for k in self.meta.get("kinds", "").split(",") if k.strip()}

    @property
    def timeout(self) -> float:
        return float(self.meta.get("timeout", DEFAULT_TIMEOUT))

    @property
    def max_file_mb(self) -> float:
        return float(self.meta.get("max_file_mb", 100.0))

    @property
    def needs_caps(self) -> bool:
        return self.meta.get("needs") == "caps"

    @property
    def refused_line(self) -> int | None:
        lines = [n for n, text in enumerate(self.source.splitlines(), 1) if text.rstrip().endswith(REFUSED)]
        return lines[0] if lines else None


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        source = path.read_text(encoding="utf-8")
        meta: dict[str, str] = {}
        for line in source.splitlines():
            if not line.startswith("#"):
                break
            match = _HEADER.match(line)
            if match and not line.startswith("#  "):
                meta[match.group(1)] = match.group(2).strip()
        if meta.get("mode") == "both":
            cases += [Case(path.stem, source, meta, "pipeline"), Case(path.stem, source, meta, "os")]
        else:
            cases.append(Case(path.stem, source, meta))
    return cases


CASES = load_cases()


# -- the arena: secrets, listeners, sentinel, settings ---------------------------------------
class Listener:
    """A TCP and a UDP socket on 127.0.0.1 that record anything reaching them."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.tcp = socket.socket()
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(16)
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.tcp_port = self.tcp.getsockname()[1]
        self.udp_port = self.udp.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        threading.Thread(target=self._receive, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, peer = self.tcp.accept()
            except OSError:
                return
            self.hits.append(f"tcp from {peer}")
            conn.close()

    def _receive(self) -> None:
        while True:
            try:
                _, peer = self.udp.recvfrom(4096)
            except OSError:
                return
            self.hits.append(f"udp from {peer}")

    def close(self) -> None:
        self.tcp.close()
        self.udp.close()


@dataclass
class Arena:
    base: Path
    data_dir: Path
    scratch: Path
    sentinel: Path
    listener: Listener
    secrets: list[str]
    job_ids: list[str]
    canary: subprocess.Popen
    layers: str = ""
    caps_ok: bool = False
    caps_reason: str = ""
    settings_cache: dict[tuple[float, float, str], config.Settings] = field(default_factory=dict)

    def settings(self, case: Case) -> config.Settings:
        sandbox = case.meta.get("sandbox", "warm")  # `sandbox: cold` runs a fresh process per job
        key = (case.timeout, case.max_file_mb, sandbox)
        if key not in self.settings_cache:
            self.settings_cache[key] = config.load_settings({
                "NATURALCAD_DATA_DIR": str(self.data_dir),
                "NATURALCAD_EXEC_TIMEOUT_SECONDS": f"{case.timeout:g}",
                "NATURALCAD_MAX_FILE_MB": f"{case.max_file_mb:g}",
                "NATURALCAD_SANDBOX_MODE": sandbox,
            })
        return self.settings_cache[key]

    def render(self, case: Case) -> str:
        values = {"PORT": self.listener.tcp_port, "UDP_PORT": self.listener.udp_port, "SENTINEL": self.sentinel,
                  "PARENT_PID": os.getpid(), "DATA_DIR": self.data_dir, "PROJECT_ROOT": PROJECT_ROOT}
        code = case.source
        for name, value in values.items():
            code = code.replace("{{" + name + "}}", str(value))
        return PRELUDE + "\n" + code if case.mode == "os" else code


PROBE_LAYERS = "from build123d import *\nresult = Box(1, 1, 1)\n"
PROBE_FORK = """
import os
def fork_once():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
attempt("fork", fork_once)
"""


@pytest.fixture(scope="module")
def arena(tmp_path_factory):
    patch = pytest.MonkeyPatch()
    secret_key = f"sk-test-SECRET-{secrets.token_hex(12)}"
    token = secrets.token_hex(16)
    # In the parent's environment before the worker starts (the worker must not inherit it).
    patch.setenv("NATURALCAD_LLM_API_KEY", secret_key)
    patch.setenv("NATURALCAD_TEST_TOKEN", token)  # not a known secret name: never scrubbed
    runner.get_worker().stop()
    job_ids: list[str] = []
    make_job = runner.make_job

    def recording_make_job(*args, **kwargs):
        job = make_job(*args, **kwargs)
        job_ids.append(job["job_id"])
        return job

    patch.setattr(runner, "make_job", recording_make_job)
    base = tmp_path_factory.mktemp("adversarial")
    sentinel = base / "sentinel"
    sentinel.mkdir()
    (sentinel / "canary.txt").write_text("canary\n")
    (base / "scratch").mkdir()
    listener = Listener()
    # A bystander with the job's uid, outside any job: a job must not be able to signal it.
    canary = subprocess.Popen(["sleep", "3600"], user=NOBODY, group=NOBODY, cwd="/", start_new_session=True,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    here = Arena(base, base / "data", base / "scratch", sentinel, listener, [secret_key, token], job_ids, canary)
    try:
        assert runner.get_worker().wait_ready(timeout=120), "the warm worker did not start"
        probe = pipeline.run_code(PROBE_LAYERS, settings=here.settings(Case("probe", "", {"expect": "ok"})))
        assert probe.success, probe.error
        here.layers = probe.sandbox or ""
        missing = [name for name in ("pids-cgroup", "uid-", "seccomp") if name not in here.layers]
        if missing:
            here.caps_reason = f"the sandbox reports no {', '.join(missing)} ({here.layers}); fork bombs would be uncapped"
        else:
            run_dir = here.scratch / "probe-fork"
            run_dir.mkdir()
            fork = runner.run_in_sandbox(PRELUDE + PROBE_FORK, run_dir, "3d_solid", Limits(10, 2560, 100))
            if "fork BLOCKED" in fork.stdout:
                here.caps_ok = True
            else:
                here.caps_reason = f"a single fork inside the sandbox was not refused: {fork.stdout!r}"
        yield here
    finally:
        canary.kill()
        canary.wait()
        listener.close()
        patch.undo()
        runner.get_worker().stop()


# -- what the walls must hold ----------------------------------------------------------------
@dataclass
class Outcome:
    success: bool
    error_kind: str | None
    error: str | None
    error_line: int | None
    stdout: str
    report: str  # the whole result as JSON text
    result: dict[str, Any]


def _no_guard(code: str) -> None:
    """The guard switched off: `mode: os` cases meet the OS walls alone."""


def _run(arena: Arena, case: Case, code: str) -> Outcome:
    output_type = case.meta.get("output_type", "3d_solid")
    if case.mode == "os":
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pipeline.guard_mod, "guard", _no_guard)
            result = pipeline.run_code(code, output_type, settings=arena.settings(case))
    else:
        result = pipeline.run_code(code, output_type, settings=arena.settings(case))
    data = result.to_dict()
    # Strict JSON as it is: no NaN or Infinity anywhere in the result (not only once cleaned).
    report = json.dumps(data, allow_nan=False)
    return Outcome(result.success, result.error_kind, result.error, result.error_line, result.stdout or "",
                   report, data)


def _files(root: Path) -> dict[str, Path]:
    return {str(p.relative_to(root)): p for p in root.rglob("*")} if root.exists() else {}


def _digest(root: Path) -> dict[str, str]:
    return {name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for name, p in _files(root).items()}


def _suspicious_entries() -> set[str]:
    """Entries in shared places that the job's uid owns or that a case named PWNED."""
    found = set()
    for directory in WATCHED_DIRS:
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            try:
                owner = entry.stat(follow_symlinks=False).st_uid
            except OSError:
                continue
            if owner == NOBODY or owner in JOB_UIDS or "PWNED" in entry.name:
                found.add(entry.path)
    return found


def _leftover_processes(base: Path) -> list[str]:
    """Processes of the job's uid still running with a cwd inside this suite's directories."""
    left = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            uid = int(re.search(r"^Uid:\s+(\d+)", status, re.M).group(1))
            if uid != NOBODY and uid not in JOB_UIDS:
                continue
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except (OSError, AttributeError, ValueError):
            continue
        if cwd.startswith(str(base)):
            left.append(f"{pid} ({cwd})")
    return left


def _worker_children() -> list[str]:
    pid = runner.get_worker().pid
    children: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            children += (task / "children").read_text().split()
    return children


def _eventually(check, seconds: float = 5.0):
    """Poll `check` (returns what is wrong, falsy when fine) until it is fine or time is up."""
    deadline = time.monotonic() + seconds
    wrong = check()
    while wrong and time.monotonic() < deadline:
        time.sleep(0.1)
        wrong = check()
    return wrong


def _check_expectation(case: Case, out: Outcome) -> None:
    if case.expect == "guard":
        line = case.refused_line
        assert line, f"{case.name}: a guard case must mark its refused line with `{REFUSED}`"
        assert not out.success and out.error_kind == "guard", f"not refused by the guard: {out.error_kind} {out.error}"
        assert out.error_line == line and f"Line {line}" in (out.error or ""), f"expected line {line}: {out.error}"
    elif case.expect == "fail":
        assert not out.success, f"expected a failure, the run succeeded (stdout {out.stdout[:300]!r})"
    elif case.expect == "ok":
        assert out.success, f"expected the script to run: {out.error_kind}: {out.error}"
    else:
        assert case.expect == "contained", f"{case.name}: unknown expectation {case.expect!r}"
    if case.kinds and not out.success:
        assert out.error_kind in case.kinds, f"error kind {out.error_kind!r} not in {case.kinds}: {out.error}"
    assert "ESCAPED" not in out.stdout, f"an attempt got through: {out.stdout[:2000]}"
    if "require" in case.meta:
        assert case.meta["require"] in out.stdout, f"expected {case.meta['require']!r} in stdout: {out.stdout[:2000]!r}"
    if "max_stdout" in case.meta:
        assert len(out.stdout) <= int(case.meta["max_stdout"]), f"stdout not capped: {len(out.stdout)} characters"


def test_cases_are_well_formed():
    assert len([c for c in CASES if c.mode == "pipeline"]) >= 30
    assert len([c for c in CASES if c.mode == "os"]) >= 15
    for case in CASES:
        assert {"tries", "contained", "expect"} <= case.meta.keys(), f"{case.name}: header needs tries/contained/expect"
        assert case.expect in {"guard", "fail", "ok", "contained"}, case.name
        if case.expect == "guard":
            assert case.mode == "pipeline" and case.refused_line, case.name


def _fingerprint(root: Path) -> dict[str, tuple[Any, ...]]:
    """Content, mode, owner and times of every file under root (what chmod/utime/chown change)."""
    found: dict[str, tuple[Any, ...]] = {}
    for name, path in _files(root).items():
        info = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else ""
        found[name] = (digest, info.st_mode, info.st_uid, info.st_gid, info.st_mtime_ns, info.st_ctime_ns)
    return found


def _history_rows(data_dir: Path) -> dict[str, tuple[str, str]]:
    db = data_dir / "history.sqlite"
    if not db.exists():
        return {}
    with sqlite3.connect(db) as conn:
        return {row[0]: (row[1], row[2]) for row in conn.execute("SELECT run_id, status, record FROM runs")}


def _texts_of(value: Any, where: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(where, value)]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _texts_of(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [t for i, v in enumerate(value) for t in _texts_of(v, f"{where}[{i}]")]
    return []


def _check_returned(arena: Arena, case: Case, code: str, out: Outcome, others_before: dict[str, tuple[Any, ...]],
                    rows_before: dict[str, tuple[str, str]], db_before: tuple[int, int, int]) -> None:
    """What a job returned, wrote and left behind, checked as hostile (issue 8)."""
    result = out.result
    run_id = result["run_id"]
    # The run is recorded, completed, and no run is left `running`.
    rows = _history_rows(arena.data_dir)
    assert run_id in rows and rows[run_id][0] != "running", f"run {run_id} not recorded as finished: {rows.get(run_id)}"
    assert not [r for r, (status, _) in rows.items() if status == "running"], "a history row was left running"
    # Strict JSON (checked in _run) and no control characters in any text the run returns.
    for where, text in _texts_of({k: v for k, v in result.items() if k != "code"}):
        bad = _CONTROL.search(text)
        assert bad is None, f"control character {bad.group()!r} in {where}: {text[:200]!r}"
    # Other runs and the history database unchanged: content, mode, owner, times.
    runs_dir = arena.data_dir / "runs"
    after = {n: f for n, f in _fingerprint(runs_dir).items() if not n.startswith(run_id)}
    assert after == {n: f for n, f in others_before.items() if n in after}, "another run's files were changed"
    assert set(others_before) - set(after) <= set(), "another run's files were removed"
    for other, row in rows_before.items():
        assert rows.get(other) == row, f"history row {other} changed"
    db = (arena.data_dir / "history.sqlite").stat()
    assert (db.st_mode, db.st_uid, db.st_gid) == db_before, "the history database's mode or owner changed"
    # The run keeps the script that ran (the parent's own copy), and nothing but its files.
    run_dir = runs_dir / run_id
    assert run_dir.is_dir(), "the run directory is missing"
    assert (run_dir / "script.py").read_text(encoding="utf-8") == code, "the run's script is not what ran"
    for entry in os.scandir(run_dir):
        assert entry.is_file(follow_symlinks=False) and entry.name in RUN_DIR_FILES, f"left in the run dir: {entry.name}"
    # A part's report matches its files, read independently here.
    if out.success and "stl" in result["artifacts"]:
        import trimesh

        mesh = trimesh.load_mesh(result["artifacts"]["stl"], file_type="stl")
        extents = result["geometry"]["extents"]
        assert mesh.extents == pytest.approx(extents, abs=max(0.02 * max(extents), 0.2)), "report vs STL extents"
        if result["geometry"]["kind"] == "3d_solid":
            assert mesh.is_watertight, "the report says closed solid but the STL is open"
            assert abs(mesh.volume) == pytest.approx(result["geometry"]["volume"], rel=0.05, abs=0.5)
    for name, wanted in (("expect_extents", "extents"), ("expect_volume", "volume")):
        if name in case.meta and out.success:
            value = [float(v) for v in case.meta[name].split(",")] if wanted == "extents" else float(case.meta[name])
            assert result["geometry"][wanted] == pytest.approx(value, rel=0.01), f"{wanted}: {result['geometry']}"
    # The data dir is still usable: listed, measured and pruned without error.
    settings = arena.settings(case)
    assert artifacts.usage(settings).runs >= 1
    artifacts.prune(settings)
    assert HistoryStore.for_settings(settings).get(run_id) is not None


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_is_refused_or_contained(arena: Arena, case: Case):
    if case.needs_caps and not arena.caps_ok:
        pytest.skip(f"fork-like case skipped: {arena.caps_reason}")
    code = arena.render(case)
    sentinel_before = _digest(arena.sentinel)
    data_before = set(_files(arena.data_dir))
    runs_before = set(_files(arena.data_dir / "runs")) if (arena.data_dir / "runs").exists() else set()
    others_before = _fingerprint(arena.data_dir / "runs")
    rows_before = _history_rows(arena.data_dir)
    db = arena.data_dir / "history.sqlite"
    db_before = (db.stat().st_mode, db.stat().st_uid, db.stat().st_gid) if db.exists() else (0, 0, 0)
    shared_before = _suspicious_entries()
    jobs_before = len(arena.job_ids)
    worker_pid = runner.get_worker().pid

    started = time.monotonic()
    out = _run(arena, case, code)
    elapsed = time.monotonic() - started
    if db_before == (0, 0, 0):
        db_before = (db.stat().st_mode, db.stat().st_uid, db.stat().st_gid)

    assert elapsed <= case.timeout + GRACE, f"took {elapsed:.1f} s (limit {case.timeout:g} s + {GRACE:g} s)"
    _check_expectation(case, out)

    # No secret from the parent's environment anywhere: report, stdout, run files, history.
    texts = [("report", out.report.encode()), ("stdout", out.stdout.encode())]
    for root in (arena.data_dir, arena.scratch / case.name):
        texts += [(str(p), p.read_bytes()) for p in _files(root).values() if p.is_file()]
    for secret in arena.secrets:
        leaks = [where for where, blob in texts if secret.encode() in blob]
        assert not leaks, f"secret leaked into {leaks}"

    assert not arena.listener.hits, f"the loopback listener was reached: {arena.listener.hits}"

    # No file outside the run directory.
    assert _digest(arena.sentinel) == sentinel_before, "the sentinel directory changed"
    new_data = {n for n in set(_files(arena.data_dir)) - data_before if not n.startswith("runs/")}
    assert new_data <= DATA_DIR_FILES, f"unexpected files in the data dir: {new_data - DATA_DIR_FILES}"
    new_run_files = set(_files(arena.data_dir / "runs")) - runs_before if (arena.data_dir / "runs").exists() else set()
    stray = {n for n in new_run_files if "/" in n and n.split("/", 1)[1] not in RUN_DIR_FILES}
    assert not stray, f"unexpected files in the run directory: {stray}"
    assert _suspicious_entries() <= shared_before, f"new files in shared places: {_suspicious_entries() - shared_before}"

    # Nothing left running, no job cgroup left, the worker still the same live process.
    assert not _eventually(lambda: _leftover_processes(arena.base)), "processes left behind"
    assert not _eventually(_worker_children), f"the worker still has children: {_worker_children()}"
    new_jobs = arena.job_ids[jobs_before:]
    assert not _eventually(lambda: [j for j in new_jobs if (CGROUP_PARENT / j).exists()]), "job cgroups left behind"
    assert runner.get_worker().pid == worker_pid and runner.get_worker().ready, "the warm worker died"
    assert arena.canary.poll() is None, "a uid-65534 process outside the sandbox was killed"
    _check_returned(arena, case, code, out, others_before, rows_before, db_before)


def test_sandbox_layers_are_reported(arena: Arena):
    """The probe job ran behind every wall this machine offers (informative when skipped)."""
    for layer in ("rlimits", "seccomp", "restricted-builtins"):
        assert layer in arena.layers
    if not arena.caps_ok:
        pytest.skip(arena.caps_reason)


def test_worker_environment_holds_no_secret(arena: Arena):
    """Jobs are forks of the worker: its environment is what a job could dig out of memory."""
    environ = Path(f"/proc/{runner.get_worker().pid}/environ").read_bytes()
    for secret in arena.secrets:
        assert secret.encode() not in environ
    assert b"NATURALCAD_LLM_API_KEY" not in environ


# -- jobs side by side ---------------------------------------------------------------------
JOBS_DIR = Path(__file__).parent / "jobs"
ORDINARY = """\
from build123d import *
# NCMARK-{token}
plate = Box(120, 80, 10)
for i in range(12):
    plate = plate - Pos(-50 + 9 * i, 0, 0) * Cylinder(2, 10)
result = fillet(plate.edges(), 0.5)
"""


def _hostile(arena: Arena, wanted_token: str, threads: int, hold: float) -> str:
    code = (JOBS_DIR / "memory_scan.py").read_text(encoding="utf-8")
    values = {"THREADS": threads, "HOLD": hold, "WANTED_SHA256": hashlib.sha256(wanted_token.encode()).hexdigest()}
    for name, value in values.items():
        code = code.replace("{{" + name + "}}", str(value))
    return PRELUDE + "\n" + code


def _process_memory_holds(pid: int, needle: bytes) -> bool:
    """Whether a process's readable memory contains `needle` (read here, as root, from /proc)."""
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("r"):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                if needle in mem.read(end - start):
                    return True
            except (OSError, ValueError, OverflowError):
                continue
    return False


@pytest.mark.slow
def test_a_hostile_job_cannot_starve_or_read_a_concurrent_job(arena: Arena):
    """Two jobs at once: one holds 63 threads and scans its memory for the other's script;
    the ordinary one finishes in its normal time, and its code is never where a fork sees it."""
    if not arena.caps_ok:
        pytest.skip(f"63 threads need the pids cgroup and uid caps: {arena.caps_reason}")
    settings = arena.settings(Case("ordinary", "", {"expect": "ok", "timeout": "30"}))
    baseline = pipeline.run_code(ORDINARY.format(token=secrets.token_hex(16)), settings=settings)
    assert baseline.success, baseline.error

    token = secrets.token_hex(16)
    hostile: dict[str, Any] = {}

    def run_hostile() -> None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pipeline.guard_mod, "guard", _no_guard)
            hostile["result"] = pipeline.run_code(_hostile(arena, token, threads=63, hold=8), settings=settings)

    thread = threading.Thread(target=run_hostile)
    thread.start()
    time.sleep(2.0)  # its 63 threads are up
    ordinary: dict[str, Any] = {}
    runner_thread = threading.Thread(target=lambda: ordinary.update(result=pipeline.run_code(
        ORDINARY.format(token=token), settings=settings)))
    runner_thread.start()
    # While the ordinary job runs, the worker (whose memory every later fork inherits) must
    # not hold its script.
    worker_saw_code = _process_memory_holds(runner.get_worker().pid, f"NCMARK-{token}".encode())
    runner_thread.join(60)
    thread.join(60)
    result = ordinary["result"]
    assert result.success, result.error
    assert not worker_saw_code, "the warm worker held another job's script while it ran"
    normal, now = baseline.timings["sandbox"], result.timings["sandbox"]
    assert now < max(4 * normal, normal + 4.0), f"the ordinary job took {now:.2f} s next to the hostile one " \
                                                f"(alone: {normal:.2f} s)"
    assert not result.warnings or all("Size check" not in w for w in result.warnings)

    # A scan-only job forked after the ordinary one was submitted and finished.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline.guard_mod, "guard", _no_guard)
        later = pipeline.run_code(_hostile(arena, token, threads=0, hold=0), settings=settings)
    for name, run in (("concurrent", hostile["result"]), ("later", later)):
        assert run.success, f"{name} hostile job: {run.error}"
        assert "own token FOUND" in run.stdout, f"{name}: the scan did not see its own heap: {run.stdout}"
        assert "other job's script not found" in run.stdout, f"{name}: {run.stdout}"
        assert token not in run.stdout
    assert "threads started: 63" in hostile["result"].stdout, hostile["result"].stdout


SPINNER = """
import threading, time
def spin(until=time.monotonic() + {hold}):
    while time.monotonic() < until:
        pass
spinners = [threading.Thread(target=spin, daemon=True) for _ in range({threads})]
for thread in spinners:
    thread.start()
print("spinning threads:", len(spinners))
for thread in spinners:
    thread.join()
"""


@pytest.mark.slow
def test_a_job_spinning_every_thread_it_may_have_does_not_starve_a_concurrent_job(arena: Arena):
    """60 busy threads in one job (its pids cap allows 64) against one ordinary job: the CPU is
    shared per job (each job is a session of its own, so an autogroup), not per thread, so
    the ordinary job is not slowed 60-fold."""
    if not arena.caps_ok:
        pytest.skip(f"60 threads need the pids cgroup and uid caps: {arena.caps_reason}")
    settings = arena.settings(Case("ordinary", "", {"expect": "ok", "timeout": "60"}))
    baseline = pipeline.run_code(ORDINARY.format(token=secrets.token_hex(16)), settings=settings)
    assert baseline.success, baseline.error
    normal = baseline.timings["sandbox"]
    hostile: dict[str, Any] = {}

    def run_hostile() -> None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pipeline.guard_mod, "guard", _no_guard)
            # Spinning across the ordinary job's run, within its CPU rlimit (timeout + 5 s of
            # CPU time for all its threads: two cores for 25 s is 50 s).
            code = PRELUDE + SPINNER.format(threads=60, hold=min(normal + 5.0, 25.0))
            hostile["result"] = pipeline.run_code(code, settings=settings)

    thread = threading.Thread(target=run_hostile)
    thread.start()
    time.sleep(3.0)  # its threads are up and spinning
    result = pipeline.run_code(ORDINARY.format(token=secrets.token_hex(16)), settings=settings)
    thread.join(120)
    assert result.success, result.error
    now = result.timings["sandbox"]
    assert now < max(4 * normal, normal + 4.0), f"the ordinary job took {now:.2f} s next to the spinner " \
                                                f"(alone: {normal:.2f} s)"
    assert "spinning threads: 60" in hostile["result"].stdout, hostile["result"].stdout
