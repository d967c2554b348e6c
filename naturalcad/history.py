"""The run history: SQLite (WAL) for the pages, plus an append-only JSONL log.

A run gets its row when it starts (status `running`) and the row is completed in one
transaction when it ends, so a crash never leaves a half row and never loses the run: on
the next start-up rows whose process is gone are marked `interrupted`. The JSONL log gets
one line per finished run with the same fields minus the code (the code lives in the run
directory and in the database).
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .artifacts import pid_alive
from .config import Settings, get_settings
from .request import RunResult

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


@dataclass
class HistoryStore:
    db_path: Path
    log_path: Path
    secrets: tuple[str, ...] = ()

    @classmethod
    def for_settings(cls, settings: Settings | None = None) -> "HistoryStore":
        settings = settings or get_settings()
        store = cls(settings.history_db, settings.run_log, tuple(settings.secret_values()))
        store.init()
        return store

    def connect(self) -> sqlite3.Connection:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    def init(self) -> None:
        with closing(self.connect()) as conn:
            conn.executescript(SCHEMA)

    def _clean(self, result: RunResult) -> tuple[RunResult, str]:
        """A copy of the result with every known secret value replaced, and its JSON."""
        record = scrub(json.dumps(result.to_dict(), default=str), self.secrets)
        return RunResult.from_dict(json.loads(record)), record

    def begin(self, result: RunResult) -> None:
        """Record that a run started (status `running`)."""
        result, record = self._clean(result)
        with _live_lock:
            _live.add(result.run_id)
        with closing(self.connect()) as conn:
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
        with closing(self.connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT OR REPLACE INTO runs (run_id, created_at, status, prompt, mode, output_type, family, source, "
                "backend_available, success, runtime_seconds, error, parent_run_id, pid, record) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (result.run_id, result.created_at, status_for(result), result.prompt, result.mode,
                 result.output_type, result.family, result.source, int(result.backend_available), int(result.success),
                 result.runtime_seconds, result.error, result.parent_run_id, os.getpid(), record),
            )
            conn.execute("COMMIT")
        self.forget(result.run_id)
        self._append_log(result)  # already scrubbed

    def forget(self, run_id: str) -> None:
        """This process no longer runs `run_id` (it finished, or its thread was stopped)."""
        with _live_lock:
            _live.discard(run_id)

    def _append_log(self, result: RunResult) -> None:
        entry = {k: v for k, v in result.to_dict().items() if k not in ("code", "stdout")}
        line = json.dumps(entry, default=str) + "\n"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)

    def recover_interrupted(self) -> int:
        """At start-up: mark `running` rows whose job is gone as interrupted. Returns how many."""
        return self.reconcile()

    def reconcile(self) -> int:
        """Mark `running` rows whose job is gone: their process died, or this process no
        longer runs them (a page that ran them was stopped). Returns how many were fixed."""
        fixed = 0
        mine, live = os.getpid(), live_runs()
        with closing(self.connect()) as conn:
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
        with closing(self.connect()) as conn:
            row = conn.execute("SELECT record, status FROM runs WHERE run_id=?", (run_id,)).fetchone()
        return _row_result(row) if row else None

    def list(self, limit: int = 100, offset: int = 0, text: str | None = None, success: bool | None = None,
             source: str | None = None, family: str | None = None, since: str | None = None,
             until: str | None = None) -> list[RunResult]:
        """Runs newest first, filtered. Dates are ISO strings compared as text."""
        where, args = [], []
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
        with closing(self.connect()) as conn:
            rows = conn.execute(sql, (*args, limit, offset)).fetchall()
        return [_row_result(r) for r in rows]

    def count(self) -> int:
        with closing(self.connect()) as conn:
            return conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]

    def delete(self, run_id: str) -> bool:
        with closing(self.connect()) as conn:
            return conn.execute("DELETE FROM runs WHERE run_id=?", (run_id,)).rowcount > 0

    def statuses(self) -> dict[str, int]:
        with closing(self.connect()) as conn:
            return {r[0]: r[1] for r in conn.execute("SELECT status, COUNT(*) FROM runs GROUP BY status")}


def _row_result(row: sqlite3.Row) -> RunResult:
    result = RunResult.from_dict(json.loads(row["record"]))
    if row["status"] == "interrupted":
        result.success, result.error = False, result.error or INTERRUPTED_ERROR
    return result
