"""The figures per model: pass rate, valid-solid rate, per-check rates, attempts, latency, tokens, cost."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .results import CaseResult


@dataclass
class ModelSummary:
    model: str
    cases: int
    passed: int
    failed: int
    errors: int
    pass_rate: float
    valid_rate: float  # produced a closed solid with volume (or a non-empty DXF profile)
    check_rates: dict[str, dict[str, float]] = field(default_factory=dict)  # name -> passed, total, rate
    mean_attempts: float = 0.0
    latency_p50: float = 0.0
    latency_p95: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cost: float | None = None  # USD, only when the provider reported it for every costed case
    cost_cases: int = 0
    chamfer_mean: float | None = None
    hausdorff_mean: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarise(results: list[CaseResult], models: list[str] | None = None) -> list[ModelSummary]:
    models = models or list(dict.fromkeys(r.model for r in results))
    summaries = []
    for model in models:
        mine = [r for r in results if r.model == model]
        n = len(mine)
        rates: dict[str, dict[str, float]] = {}
        for result in mine:
            for check in result.checks:
                entry = rates.setdefault(check["name"], {"passed": 0, "total": 0, "rate": 0.0})
                entry["total"] += 1
                entry["passed"] += bool(check["ok"])
        for entry in rates.values():
            entry["rate"] = round(entry["passed"] / entry["total"], 4) if entry["total"] else 0.0
        latencies = [r.latency for r in mine]
        costs = [r.cost for r in mine if r.cost is not None]
        chamfers = [r.distance["chamfer"] for r in mine if r.distance]
        hausdorffs = [r.distance["hausdorff"] for r in mine if r.distance]
        passed = sum(r.passed for r in mine)
        summaries.append(ModelSummary(
            model=model, cases=n, passed=passed, failed=sum(r.verdict == "fail" for r in mine),
            errors=sum(r.verdict == "error" for r in mine), pass_rate=round(passed / n, 4) if n else 0.0,
            valid_rate=round(sum(r.valid for r in mine) / n, 4) if n else 0.0, check_rates=rates,
            mean_attempts=round(sum(r.attempts for r in mine) / n, 3) if n else 0.0,
            latency_p50=round(percentile(latencies, 0.5), 3), latency_p95=round(percentile(latencies, 0.95), 3),
            prompt_tokens=sum(r.tokens.get("prompt", 0) for r in mine),
            completion_tokens=sum(r.tokens.get("completion", 0) for r in mine),
            requests=sum(r.tokens.get("requests", 0) for r in mine),
            cost=round(sum(costs), 6) if costs else None, cost_cases=len(costs),
            chamfer_mean=None if not chamfers else round(_mean(chamfers) or 0.0, 4),
            hausdorff_mean=None if not hausdorffs else round(_mean(hausdorffs) or 0.0, 4),
        ))
    return summaries
