"""A circuit breaker per backend address, shared by every user of the app process.

A backend that is down or hangs should cost one failure, not one per request: after a
failure the breaker opens and calls fail at once (no connection attempted) until a
cool-down has passed; then one trial call is let through (half-open). Its answer closes
the breaker again, or reopens it for another cool-down.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

COOL_DOWN_SECONDS = 30.0


@dataclass(frozen=True)
class BreakerState:
    """What the Status page shows."""

    state: str  # closed | open | half-open
    failures: int  # consecutive failures
    last_error: str | None
    retry_in: float  # seconds until a trial call is allowed (0 unless open)

    def sentence(self) -> str:
        if self.state == "closed":
            return "Circuit closed: requests go to the backend."
        if self.state == "half-open":
            return "Circuit half-open: one trial request is on its way to the backend."
        return (f"Circuit open after {self.failures} failure{'s' if self.failures != 1 else ''}"
                f" ({self.last_error}): requests use the local fallback; next try in {self.retry_in:.0f} s.")


class CircuitBreaker:
    def __init__(self, cool_down: float = COOL_DOWN_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.cool_down = cool_down
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False
        self._last_error: str | None = None

    def allow(self) -> bool:
        """Whether a call may go out now (claims the single trial when half-open)."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._trial_running or self._clock() - self._opened_at < self.cool_down:
                return False
            self._trial_running = True
            return True

    def succeeded(self) -> None:
        with self._lock:
            self._failures, self._opened_at, self._trial_running, self._last_error = 0, None, False, None

    def failed(self, error: str) -> None:
        with self._lock:
            self._failures += 1
            self._opened_at = self._clock()
            self._trial_running = False
            self._last_error = error

    def state(self) -> BreakerState:
        with self._lock:
            if self._opened_at is None:
                return BreakerState("closed", self._failures, self._last_error, 0.0)
            left = max(self.cool_down - (self._clock() - self._opened_at), 0.0)
            state = "half-open" if self._trial_running or left == 0 else "open"
            return BreakerState(state, self._failures, self._last_error, left)


_breakers: dict[str, CircuitBreaker] = {}
_registry_lock = threading.Lock()


def breaker_for(url: str) -> CircuitBreaker:
    """The process-wide breaker for one backend address."""
    with _registry_lock:
        if url not in _breakers:
            _breakers[url] = CircuitBreaker()
        return _breakers[url]


def reset_all() -> None:
    """Forget every breaker (tests, and a settings change that points elsewhere)."""
    with _registry_lock:
        _breakers.clear()
