"""A thread of versions: every generate, refine, slider run, form change and code edit of one part.

The thread is read from the history, not kept in the browser: each run names the run it
continues (`parent_run_id`), so the thread of the run in the URL is its root and every run
below it. That is why it survives a reload and shows the same in every tab. Versions are
the runs that built a part, numbered in the order they were made (v1 is the first
generate). Back / Forward step through them in that order; Undo goes to the version the
shown one continues from; opening any version makes it the one the next change continues
from (a new branch of the same thread); Compare puts two versions' measured facts side by
side, the differences in bold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..request import RunResult
from . import format as fmt

MAX_VERSIONS = 200  # a thread longer than this shows its first 200 versions

Loader = Callable[[str], RunResult | None]
ChildFinder = Callable[[list[str]], list[RunResult]]


@dataclass(frozen=True)
class Version:
    """One version of a part: its number in the thread, its run, and what it changed."""

    number: int
    run: RunResult
    kind: str  # Generated | Refined | Adjusted | Edited code | Ran again
    change: str  # "length 120 → 84 mm"; "" for the first version
    parent_id: str | None

    @property
    def label(self) -> str:
        """'v3 · Adjusted: length 120 → 84 mm'."""
        return f"v{self.number} · {self.kind}" + (f": {self.change}" if self.change else "")


@dataclass(frozen=True)
class Thread:
    """The versions of one part, oldest first."""

    versions: tuple[Version, ...]

    def __len__(self) -> int:
        return len(self.versions)

    def index(self, run_id: str) -> int | None:
        return next((i for i, v in enumerate(self.versions) if v.run.run_id == run_id), None)

    def get(self, run_id: str | None) -> Version | None:
        at = self.index(run_id) if run_id else None
        return self.versions[at] if at is not None else None

    def step(self, run_id: str, by: int) -> Version | None:
        """The version `by` places after (or before) this one, None past either end."""
        at = self.index(run_id)
        if at is None or not 0 <= at + by < len(self.versions):
            return None
        return self.versions[at + by]

    def undo_target(self, run_id: str) -> Version | None:
        """The version this one continues from (what Undo goes back to)."""
        here = self.get(run_id)
        return self.get(here.parent_id) if here is not None else None


def _kind_and_change(run: RunResult, parent: RunResult | None) -> tuple[str, str]:
    if parent is None:
        return "Generated", ""
    if run.family and parent.family and run.family != parent.family and "custom" not in (run.family, parent.family):
        return "Re-read", f"as {fmt.with_article(run.family.replace('_', ' '))}"  # the reading form's family
    change = fmt.change_text(run, parent)
    if change is None:
        return "Ran again", ""
    kind, text = change
    return kind, text


def build_thread(result: RunResult, load: Loader, children: ChildFinder) -> Thread:
    """The thread `result` belongs to: up to its root, then every run that built below it."""
    root, seen = result, {result.run_id}
    while root.parent_run_id and len(seen) < MAX_VERSIONS:
        above = load(root.parent_run_id)
        if above is None or above.run_id in seen:
            break
        seen.add(above.run_id)
        root = above
    members: dict[str, RunResult] = {root.run_id: root}
    level = [root.run_id]
    while level and len(members) < MAX_VERSIONS:
        below = [r for r in children(level) if r.run_id not in members]
        for run in below:
            members[run.run_id] = run
        level = [r.run_id for r in below]
    members[result.run_id] = result  # the shown run is always in its own thread (even one that failed)
    kept = [r for r in members.values() if r.success or r.run_id == result.run_id]
    kept.sort(key=lambda r: (r.created_at or "", r.run_id))
    kept = kept[:MAX_VERSIONS]
    by_id = {r.run_id: r for r in kept}
    versions = []
    for number, run in enumerate(kept, start=1):
        parent = by_id.get(run.parent_run_id or "") if run.run_id != root.run_id else None
        kind, change = _kind_and_change(run, parent)
        versions.append(Version(number, run, kind, change, parent.run_id if parent else None))
    return Thread(tuple(versions))


def thread_of(result: RunResult) -> Thread:
    """`build_thread` on the app's history."""
    from .. import runs

    history = runs.store()  # one store for every read (each new one re-checks the schema)

    def load(run_id: str) -> RunResult | None:
        try:
            return history.get(run_id)
        except ValueError:
            return None

    return build_thread(result, load, history.children)


# -- facts side by side --------------------------------------------------------------------------
@dataclass(frozen=True)
class FactRow:
    fact: str
    left: str
    right: str

    @property
    def differs(self) -> bool:
        return self.left != self.right


def facts_of(run: RunResult, unit: str = "mm") -> dict[str, str]:
    """A version's measured facts and parameter values, as the page words them.

    `unit` ("mm" or "in") is the one the page shows: the size and every length parameter are
    written in it, as the facts beside the viewer are (volumes stay in mm³, as there)."""
    from .downloads import length, size_text

    facts = {"Part": fmt.part_name(run), "Size": size_text(run, unit)}
    label, text = fmt.volume_label_and_text(run)
    facts[label] = text
    for metric in fmt.count_metrics(run):
        facts[metric.label] = metric.value
    facts["Check"] = fmt.validity_text(run)
    from ..params import read_params

    try:
        comments = {p.name: p.comment for p in read_params(run.code or "")}
    except Exception:  # a script without a readable parameter block has no parameters to show
        comments = {}
    for name, value in (run.params or {}).items():
        param, param_unit = fmt.param_label(name, comments.get(name, ""))
        if isinstance(value, bool):
            facts[param] = "on" if value else "off"
        elif isinstance(value, (int, float)) and param_unit == "mm" and unit == "in":
            facts[param] = length(float(value), unit)
        else:
            shown = fmt.number(value, 2) if isinstance(value, (int, float)) else str(value)
            facts[param] = f"{shown} {param_unit}".strip() if param_unit else shown
    return facts


def compare(left: RunResult, right: RunResult, unit: str = "mm") -> list[FactRow]:
    """Both versions' facts, row by row, in the unit shown (a fact one of them lacks shows as '–')."""
    a, b = facts_of(left, unit), facts_of(right, unit)
    names = list(a) + [name for name in b if name not in a]
    return [FactRow(name, a.get(name, "–"), b.get(name, "–")) for name in names]
