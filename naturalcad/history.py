"""The run history: SQLite (WAL) for the pages, plus an append-only JSONL log.

A run gets its row when it starts (status `running`) and the row is completed in one
transaction when it ends, so a crash never leaves a half row and never loses the run: on
the next start-up rows whose process is gone are marked `interrupted`. The JSONL log gets
one line per finished run with the same fields minus the code (the code lives in the run
directory and in the database).

Both are bounded like the run directories: the database keeps the newest
`NATURALCAD_MAX_HISTORY_ROWS` finished rows, and the log rotates at `NATURALCAD_MAX_LOG_MB`
into `runs.jsonl.1` … `runs.jsonl.<NATURALCAD_LOG_KEEP>`. Records are strict JSON (no NaN)
and their text valid UTF-8, so recording a run never fails on what the run contains.
"""

from __future__ import annotations

import builtins
import contextlib
import fcntl
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .artifacts import pid_alive
from .config import Settings, get_settings
from .request import RunResult
from .sanitize import dumps as strict_dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL,
    prompt TEXT NOT NULL DEFAULT '',
    mode TEXT,
    output_type TEXT,
    family TEXT,
    source TEXT,
    backend_available INTEGER NOT NULL DEFAULT 0,
    success INTEGER NOT NULL DEFAULT 0,
    runtime_seconds REAL,
    error TEXT,
    parent_run_id TEXT,
    pid INTEGER,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_created ON runs(created_at);
CREATE INDEX IF NOT EXISTS runs_parent ON runs(parent_run_id);
"""

INTERRUPTED_ERROR = "The run was interrupted before it finished (the app stopped or crashed)."
STOPPED_ERROR = "The run was stopped before it finished (its job is gone: the page was closed or reloaded)."

# Runs this process has begun and not yet finished: a `running` row of this process that is
# not here has lost its job, and `reconcile()` says so instead of leaving it `running`.
_live: set[str] = set()
_live_lock = threading.Lock()


def live_runs() -> set[str]:
    with _live_lock:
        return set(_live)


def status_for(result: RunResult) -> str:
    """The row's status when a run ends: `done`, or why it did not run to the end."""
    if result.error_kind == "cancelled":
        return "cancelled"
    if result.error_kind == "request":
        return "refused"  # refused before anything ran: not a failed part
    return "done"


def scrub(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text


def open_database(path: Path) -> sqlite3.Connection:
    """The history database (WAL, autocommit), shared by the run store and the Supabase outbox."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


_local = threading.local()


def _file_identity(path: Path) -> tuple[int, int, int] | None:
    """Which file `path` is now: (device, inode, ctime); None when there is none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino, info.st_ctime_ns


def _thread_connection(path: Path) -> sqlite3.Connection:
    """The calling thread's open connection to `path` (see `HistoryStore.connect`).

    A database file removed or replaced meanwhile (a data dir deleted, a new file) is a
    different (device, inode, ctime): the thread gets a fresh connection. The check is a
    stat, never an extra descriptor on the file: closing one would drop every POSIX lock
    SQLite holds on it in this process."""
    cache: dict[tuple[int, str], tuple[sqlite3.Connection, tuple[int, int, int] | None]] | None = getattr(
        _local, "connections", None)
    if cache is None:
        cache = _local.connections = {}
    key = (os.getpid(), str(path))
    held = cache.get(key)
    now = _file_identity(path)
    if held is not None and now is not None and held[1] == now:
        return held[0]
    if held is not None:
        with contextlib.suppress(sqlite3.Error):
            held[0].close()
    conn = open_database(path)
    cache[key] = (conn, _file_identity(path))
    return conn


@contextlib.contextmanager
def _use(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A kept connection for one piece of work: a transaction left open by an error is rolled
    back, so the next user of the connection starts clean."""
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


@dataclass
class HistoryStore:
    db_path: Path
    log_path: Path
    secrets: tuple[str, ...] = ()
    max_rows: int = 5000
    max_log_bytes: int = 20 * 1024 * 1024
    log_keep: int = 3

    @classmethod
    def for_settings(cls, settings: Settings | None = None) -> HistoryStore:
        settings = settings or get_settings()
        store = cls(settings.history_db, settings.run_log, tuple(settings.secret_values()),
                    max_rows=settings.max_history_rows, max_log_bytes=int(settings.max_log_mb * 1024 * 1024),
                    log_keep=settings.log_keep)
        store.init()
        return store

    def connect(self) -> sqlite3.Connection:
        """This thread's connection to the database, kept open between runs.

        Closing the last connection to a WAL database checkpoints it and deletes the WAL
        (an fsync of the database): opening and closing one per statement cost every run
        two checkpoints, tens of milliseconds. A connection belongs to its thread and
        process; a database file replaced or removed meanwhile gets a fresh one."""
        return _thread_connection(self.db_path)

    def init(self) -> None:
        with _use(self.connect()) as conn:
            conn.executescript(SCHEMA)

    def clean(self, result: RunResult) -> RunResult:
        """A copy of the result with every known secret value replaced (what leaves this store)."""
        return self._clean(result)[0]

    def _clean(self, result: RunResult) -> tuple[RunResult, str]:
        """A copy of the result with every known secret value replaced, and its JSON."""
        record = scrub(strict_dumps(result.to_dict()), self.secrets)
        return RunResult.from_dict(json.loads(record)), record

    def begin(self, result: RunResult) -> None:
        """Record that a run started (status `running`)."""
        result, record = self._clean(result)
        with _live_lock:
            _live.add(result.run_id)
        with _use(self.connect()) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO runs (run_id, created_at, status, prompt, mode, output_type, source, "
                "backend_available, parent_run_id, pid, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (result.run_id, result.created_at, "running", result.prompt, result.mode,
                 result.output_type, result.source, int(result.backend_available), result.parent_run_id,
                 os.getpid(), record),
            )

    def finish(self, result: RunResult) -> None:
        """Complete the run's row in one transaction, then append the log line."""
        result, record = self._clean(result)
        with _use(self.connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT OR REPLACE INTO runs (run_id, created_at, status, prompt, mode, output_type, family, source, "
                "backend_available, success, runtime_seconds, error, parent_run_id, pid, record) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (result.run_id, result.created_at, status_for(result), result.prompt, result.mode,
                 result.output_type, result.family, result.source, int(result.backend_available), int(result.success),
                 result.runtime_seconds, result.error, result.parent_run_id, os.getpid(), record),
            )
            self._trim(conn)
            conn.execute("COMMIT")
        self.forget(result.run_id)
        self._append_log(result)  # already scrubbed

    def finish_minimal(self, result: RunResult) -> None:
        """Last resort when `finish` failed: the row is closed (never left `running`), with
        only fields NaturalCAD wrote itself."""
        record = strict_dumps({"run_id": result.run_id, "success": False, "created_at": result.created_at,
                               "error": "The run finished but its record could not be stored in full.",
                               "error_kind": "crashed"})
        with _use(self.connect()) as conn:
            conn.execute("UPDATE runs SET status='done', success=0, error=?, record=? WHERE run_id=?",
                         ("The run finished but its record could not be stored in full.", record, result.run_id))

    def _trim(self, conn: sqlite3.Connection) -> None:
        """Keep the newest `max_rows` finished rows (rows still running are never dropped)."""
        conn.execute(
            "DELETE FROM runs WHERE status!='running' AND run_id NOT IN "
            "(SELECT run_id FROM runs WHERE status!='running' ORDER BY created_at DESC, run_id DESC LIMIT ?)",
            (self.max_rows,))
    def forget(self, run_id: str) -> None:
        """This process no longer runs `run_id` (it finished, or its thread was stopped)."""
        with _live_lock:
            _live.discard(run_id)

    def _append_log(self, result: RunResult) -> None:
        entry = {k: v for k, v in result.to_dict().items() if k not in ("code", "stdout")}
        line = strict_dumps(entry) + "\n"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_size + len(line) > self.max_log_bytes:
                self._rotate_log()
                os.close(fd)
                fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)

    def _rotate_log(self) -> None:
        """runs.jsonl -> runs.jsonl.1 -> … -> runs.jsonl.<log_keep> (the oldest is dropped).
        Called with the log locked; a writer that opened the old file appends to `.1`."""
        keep = max(self.log_keep, 1)
        oldest = self.log_path.with_name(f"{self.log_path.name}.{keep}")
        oldest.unlink(missing_ok=True)
        for n in range(keep - 1, 0, -1):
            older = self.log_path.with_name(f"{self.log_path.name}.{n}")
            if older.exists():
                older.replace(self.log_path.with_name(f"{self.log_path.name}.{n + 1}"))
        self.log_path.replace(self.log_path.with_name(f"{self.log_path.name}.1"))

    def recover_interrupted(self) -> int:
        """At start-up: mark `running` rows whose job is gone as interrupted. Returns how many."""
        return self.reconcile()

    def reconcile(self) -> int:
        """Mark `running` rows whose job is gone: their process died, or this process no
        longer runs them (a page that ran them was stopped). Returns how many were fixed."""
        fixed = 0
        mine, live = os.getpid(), live_runs()
        with _use(self.connect()) as conn:
            rows = conn.execute("SELECT run_id, pid, record FROM runs WHERE status='running'").fetchall()
            for row in rows:
                if row["pid"] == mine:
                    if row["run_id"] in live:
                        continue
                    error = STOPPED_ERROR
                elif row["pid"] and pid_alive(row["pid"]):
                    continue
                else:
                    error = INTERRUPTED_ERROR
                record = json.loads(row["record"])
                record.update(success=False, error=error, error_kind="interrupted")
                conn.execute(
                    "UPDATE runs SET status='interrupted', success=0, error=?, record=? WHERE run_id=? AND status='running'",
                    (error, json.dumps(record), row["run_id"]),
                )
                fixed += 1
        return fixed

    def get(self, run_id: str) -> RunResult | None:
        with _use(self.connect()) as conn:
            row = conn.execute("SELECT record, status FROM runs WHERE run_id=?", (run_id,)).fetchone()
        return _row_result(row) if row else None

    def list(self, limit: int = 100, offset: int = 0, text: str | None = None, success: bool | None = None,
             source: str | None = None, family: str | None = None, since: str | None = None,
             until: str | None = None) -> list[RunResult]:
        """Runs newest first, filtered. Dates are ISO strings compared as text."""
        where: list[str] = []
        args: list[str | int] = []
        if text:
            where.append("(prompt LIKE ? OR family LIKE ? OR run_id LIKE ?)")
            args += [f"%{text}%"] * 3
        if success is not None:
            where.append("success=?")
            args.append(int(success))
        if source:
            where.append("source=?")
            args.append(source)
        if family:
            where.append("family=?")
            args.append(family)
        if since:
            where.append("created_at>=?")
            args.append(since)
        if until:
            where.append("created_at<?")
            args.append(until)
        sql = "SELECT record, status FROM runs" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY created_at DESC, run_id DESC LIMIT ? OFFSET ?"
        with _use(self.connect()) as conn:
            rows = conn.execute(sql, (*args, limit, offset)).fetchall()
        return [_row_result(r) for r in rows]

    def children(self, run_ids: Iterable[str]) -> builtins.list[RunResult]:
        """Runs that continue any of `run_ids` (their `parent_run_id`), oldest first: one step down a thread."""
        wanted = list(dict.fromkeys(run_ids))
        found: builtins.list[RunResult] = []
        for start in range(0, len(wanted), 500):  # SQLite caps the number of bound values
            chunk = wanted[start:start + 500]
            sql = (f"SELECT record, status FROM runs WHERE parent_run_id IN ({','.join('?' * len(chunk))}) "
                   "ORDER BY created_at, run_id")
            with _use(self.connect()) as conn:
                found += [_row_result(r) for r in conn.execute(sql, chunk).fetchall()]
        return found

    def count(self) -> int:
        with _use(self.connect()) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0])

    def delete(self, run_id: str) -> bool:
        with _use(self.connect()) as conn:
            return conn.execute("DELETE FROM runs WHERE run_id=?", (run_id,)).rowcount > 0

    def statuses(self) -> dict[str, int]:
        with _use(self.connect()) as conn:
            return {r[0]: r[1] for r in conn.execute("SELECT status, COUNT(*) FROM runs GROUP BY status")}


def _row_result(row: sqlite3.Row) -> RunResult:
    result = RunResult.from_dict(json.loads(row["record"]))
    if row["status"] == "interrupted":
        result.success, result.error = False, result.error or INTERRUPTED_ERROR
    return result
