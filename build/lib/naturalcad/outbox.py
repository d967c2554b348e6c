"""The Supabase outbox: runs waiting to be copied to Supabase, kept in the local SQLite.

A finished run is put here in one short local transaction (the only work on the run's path);
a background drainer (`supabase.py`) takes due items, delivers them and deletes them. The
outbox lives in the history database, so it survives restarts, and its rows are keyed by
`run_id` (thumbnails, which come after their run's row, by `thumbnail:<run_id>`), so a run
enqueued twice is delivered once with its latest record. Several processes
(the Streamlit app, a CLI, the backend) may share one data directory: an item is leased to one
drainer at a time.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .history import open_database

SCHEMA = """
CREATE TABLE IF NOT EXISTS supabase_outbox (
    item_key TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'run',
    token TEXT NOT NULL,
    delivery TEXT NOT NULL,
    enqueued_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    lease_until REAL NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS supabase_outbox_due ON supabase_outbox(next_attempt_at);
CREATE TABLE IF NOT EXISTS supabase_sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

LEASE_SECONDS = 60.0
BACKOFF_FIRST_SECONDS = 1.0
BACKOFF_MAX_SECONDS = 300.0
RUN, THUMBNAIL = "run", "thumbnail"
_connections = threading.local()


@dataclass(frozen=True)
class FileUpload:
    """One run file to put in Storage: where it is here and where it goes in the bucket."""

    fmt: str
    local_path: str
    object_path: str
    content_type: str


@dataclass(frozen=True)
class Delivery:
    """What one run sends: the table row and the files to upload before it."""

    row: dict[str, Any]
    files: list[FileUpload] = field(default_factory=list)
    run_dir: str | None = None  # where a thumbnail may appear later
    kind: str = RUN  # or THUMBNAIL: the picture of a run whose row is already delivered

    @property
    def key(self) -> str:
        run_id = str(self.row["run_id"])
        return run_id if self.kind == RUN else f"{self.kind}:{run_id}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), default=str)

    @classmethod
    def from_json(cls, text: str) -> Delivery:
        data = json.loads(text)
        return cls(row=data["row"], files=[FileUpload(**f) for f in data.get("files", [])], run_dir=data.get("run_dir"),
                   kind=data.get("kind", RUN))


@dataclass(frozen=True)
class OutboxItem:
    key: str
    token: str
    delivery: Delivery
    enqueued_at: float
    attempts: int
    last_error: str | None

    @property
    def run_id(self) -> str:
        return str(self.delivery.row["run_id"])


@dataclass(frozen=True)
class OutboxStatus:
    """What the Status page and `sync` report."""

    depth: int  # runs waiting (their thumbnails are counted apart)
    thumbnails_waiting: int
    oldest_enqueued_at: float | None
    next_attempt_at: float | None
    last_delivery_at: float | None
    last_delivered_run_id: str | None
    last_error: str | None
    last_error_at: float | None
    delivered_total: int


def backoff_seconds(attempts: int) -> float:
    """Delay before the next try after `attempts` failures: 1 s, 2 s, 4 s … capped at 5 min."""
    return float(min(BACKOFF_FIRST_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


@dataclass(frozen=True)
class Outbox:
    db_path: Path

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, kept open: closing the last connection to a WAL database
        checkpoints it (an fsync), which must not land on a run's path."""
        cache: dict[Path, sqlite3.Connection] = _connections.__dict__.setdefault("by_path", {})
        conn = cache.get(self.db_path)
        if conn is None:
            conn = cache[self.db_path] = open_database(self.db_path)
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def init(self) -> None:
        with self.connect() as conn:
            conn.executescript(SCHEMA)

    def put(self, delivery: Delivery, now: float | None = None) -> None:
        """Queue a delivery (replacing an undelivered older copy of it), due at once."""
        now = time.time() if now is None else now
        with self.connect() as conn:
            conn.execute(
                "INSERT INTO supabase_outbox (item_key, kind, token, delivery, enqueued_at, attempts, next_attempt_at) "
                "VALUES (?,?,?,?,?,0,?) ON CONFLICT(item_key) DO UPDATE SET token=excluded.token, "
                "delivery=excluded.delivery, next_attempt_at=excluded.next_attempt_at, lease_until=0",
                (delivery.key, delivery.kind, secrets.token_hex(8), delivery.to_json(), now, now))

    def claim(self, limit: int = 20, now: float | None = None, due_only: bool = True,
              exclude: Collection[str] = (), kind: str | None = None) -> list[OutboxItem]:
        """Lease up to `limit` items (oldest first). `due_only=False` (an operator's `sync`) also
        takes items in backoff or leased by a process that may have died: delivery is an upsert,
        so taking one twice costs a request, never a duplicate."""
        now = time.time() if now is None else now
        conditions: list[str] = ["next_attempt_at <= ?", "lease_until <= ?"] if due_only else []
        args: list[Any] = [now, now] if due_only else []
        if kind is not None:
            conditions.append("kind = ?")
            args.append(kind)
        if exclude:
            conditions.append(f"item_key NOT IN ({','.join('?' * len(exclude))})")
            args += list(exclude)
        where = ("WHERE " + " AND ".join(conditions) + " ") if conditions else ""
        with self.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            rows = conn.execute(f"SELECT * FROM supabase_outbox {where}ORDER BY enqueued_at, item_key LIMIT ?",
                                (*args, limit)).fetchall()
            conn.executemany("UPDATE supabase_outbox SET lease_until=? WHERE item_key=?",
                             [(now + LEASE_SECONDS, row["item_key"]) for row in rows])
            conn.execute("COMMIT")
        return [OutboxItem(r["item_key"], r["token"], Delivery.from_json(r["delivery"]), r["enqueued_at"],
                           r["attempts"], r["last_error"]) for r in rows]

    def delivered(self, item: OutboxItem, now: float | None = None) -> None:
        """Remove a delivered item, unless the run was queued again meanwhile (then it goes again)."""
        now = time.time() if now is None else now
        with self.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            removed = conn.execute("DELETE FROM supabase_outbox WHERE item_key=? AND token=?",
                                   (item.key, item.token)).rowcount
            conn.execute("UPDATE supabase_outbox SET lease_until=0 WHERE item_key=?", (item.key,))
            if item.delivery.kind != RUN:
                conn.execute("COMMIT")
                return
            total = conn.execute("SELECT value FROM supabase_sync_state WHERE key='delivered_total'").fetchone()
            total_now = (int(total[0]) if total else 0) + removed  # two drainers on one item count it once
            self._set(conn, last_delivery_at=str(now), last_delivered_run_id=item.run_id, delivered_total=str(total_now))
            conn.execute("COMMIT")

    def failed(self, item: OutboxItem, error: str, now: float | None = None) -> float:
        """Record a failed try and when to try again; returns that time."""
        now = time.time() if now is None else now
        retry_at = now + backoff_seconds(item.attempts + 1)
        with self.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE supabase_outbox SET attempts=attempts+1, next_attempt_at=?, lease_until=0, "
                         "last_error=? WHERE item_key=?", (retry_at, error, item.key))
            self._set(conn, last_error=error, last_error_at=str(now))
            conn.execute("COMMIT")
        return retry_at

    def release(self, item: OutboxItem) -> None:
        """Give an item back untried (the drainer is stopping)."""
        with self.connect() as conn:
            conn.execute("UPDATE supabase_outbox SET lease_until=0 WHERE item_key=? AND token=?",
                         (item.key, item.token))

    def depth(self, kind: str | None = RUN) -> int:
        """Items waiting: runs by default, `kind=None` for everything (thumbnails too)."""
        with self.connect() as conn:
            if kind is None:
                return int(conn.execute("SELECT COUNT(*) FROM supabase_outbox").fetchone()[0])
            return int(conn.execute("SELECT COUNT(*) FROM supabase_outbox WHERE kind=?", (kind,)).fetchone()[0])

    def next_due(self) -> float | None:
        with self.connect() as conn:
            value = conn.execute("SELECT MIN(MAX(next_attempt_at, lease_until)) FROM supabase_outbox").fetchone()[0]
        return float(value) if value is not None else None

    def status(self) -> OutboxStatus:
        with self.connect() as conn:
            depth, oldest, due = conn.execute("SELECT COUNT(*), MIN(enqueued_at), MIN(next_attempt_at) "
                                              "FROM supabase_outbox WHERE kind=?", (RUN,)).fetchone()
            thumbnails = conn.execute("SELECT COUNT(*) FROM supabase_outbox WHERE kind=?", (THUMBNAIL,)).fetchone()[0]
            state = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM supabase_sync_state")}

        def number(key: str) -> float | None:
            return float(state[key]) if key in state else None

        return OutboxStatus(depth=int(depth), thumbnails_waiting=int(thumbnails), oldest_enqueued_at=oldest, next_attempt_at=due,
                            last_delivery_at=number("last_delivery_at"),
                            last_delivered_run_id=state.get("last_delivered_run_id"),
                            last_error=state.get("last_error") if depth else None,
                            last_error_at=number("last_error_at") if depth else None,
                            delivered_total=int(state.get("delivered_total", "0")))

    @staticmethod
    def _set(conn: sqlite3.Connection, **values: str) -> None:
        conn.executemany("INSERT INTO supabase_sync_state (key, value) VALUES (?,?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", list(values.items()))
