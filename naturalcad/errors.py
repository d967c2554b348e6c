"""Error types a user can meet. Each carries a sentence the shells show as is."""

from __future__ import annotations


class NaturalCADError(Exception):
    """Base class: `str(err)` is a sentence a user can act on."""


class RequestError(NaturalCADError):
    """The request itself is unusable (empty prompt, unknown mode, too long…)."""


class GuardError(NaturalCADError):
    """The script was refused by the static guard before running."""

    def __init__(self, message: str, line: int | None = None, reason: str = ""):
        super().__init__(message)
        self.line = line
        self.reason = reason or message


class SourceError(NaturalCADError):
    """A code source (backend or model) could not produce a script."""


class ExecutionError(NaturalCADError):
    """The script ran but did not produce a usable part.

    `kind` is one of: syntax, exception, no_result, not_solid, timeout, memory, cpu,
    output_too_large, crashed, export.
    """

    def __init__(self, message: str, kind: str, line: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.line = line


class RunCancelled(NaturalCADError):
    """The person (or a newer request from the same page) stopped the run; its job was killed."""

    kind = "cancelled"

    def __init__(self, message: str = "The run was cancelled before it finished."):
        super().__init__(message)
