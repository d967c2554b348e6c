"""Two eval reports side by side: which cases one model gets right and the other does not."""

from __future__ import annotations

from dataclasses import dataclass

from .report import Report
from .results import CaseResult
from .summary import ModelSummary


@dataclass(frozen=True)
class CaseChange:
    id: str
    prompt: str
    before: CaseResult | None
    after: CaseResult | None

    @property
    def change(self) -> str:
        """fixed | broken | same pass | same fail | only in A | only in B."""
        if self.before is None:
            return "only in B"
        if self.after is None:
            return "only in A"
        if self.before.passed != self.after.passed:
            return "fixed" if self.after.passed else "broken"
        return "same pass" if self.after.passed else "same fail"


@dataclass(frozen=True)
class Comparison:
    a: ModelSummary
    b: ModelSummary
    cases: list[CaseChange]

    def count(self, change: str) -> int:
        return sum(c.change == change for c in self.cases)

    @property
    def shared(self) -> list[CaseChange]:
        """Cases scored in both: the only fair ground for a pass-rate difference."""
        return [c for c in self.cases if c.before is not None and c.after is not None]

    def shared_pass_rates(self) -> tuple[float, float]:
        shared = self.shared
        if not shared:
            return 0.0, 0.0
        return (sum(bool(c.before and c.before.passed) for c in shared) / len(shared),
                sum(bool(c.after and c.after.passed) for c in shared) / len(shared))


def _pick(report: Report, model: str | None) -> tuple[ModelSummary, dict[str, CaseResult]]:
    summary = next((s for s in report.summaries if s.model == model), None) or report.summaries[0]
    return summary, {r.id: r for r in report.results if r.model == summary.model}


def compare(a: Report, b: Report, model_a: str | None = None, model_b: str | None = None) -> Comparison:
    """Case by case, in A's order then B's new cases; A is 'before', B 'after'."""
    summary_a, results_a = _pick(a, model_a)
    summary_b, results_b = _pick(b, model_b)
    ids = list(dict.fromkeys([*results_a, *results_b]))
    cases = [CaseChange(i, (results_a.get(i) or results_b[i]).prompt, results_a.get(i), results_b.get(i)) for i in ids]
    return Comparison(summary_a, summary_b, cases)
