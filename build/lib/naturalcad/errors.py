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


EXECUTION_ERROR_KINDS = frozenset({
    "syntax", "exception", "no_result", "not_solid", "timeout", "memory", "cpu", "output_too_large",
    "crashed", "export", "report_mismatch", "guard",
})


class ExecutionError(NaturalCADError):
    """The script ran but did not produce a usable part.

    `kind` is one of EXECUTION_ERROR_KINDS (anything else is recorded as `crashed`):
    `report_mismatch` means the job's geometry report disagreed with the files it wrote;
    `guard` that the static guard refused the script before it ran.
    """

    def __init__(self, message: str, kind: str, line: int | None = None):
        super().__init__(message)
        self.kind = kind if kind in EXECUTION_ERROR_KINDS else "crashed"
        self.line = line
