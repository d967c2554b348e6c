"""The eval's reports: `summary.json`, `report.md` and a self-contained `report.html`.

The Markdown links thumbnails relative to the eval folder (it renders in a repository or
a PR); the HTML embeds them, so the one file can be mailed or attached as it is.
"""

from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..artifacts import atomic_write_text
from .results import META_NAME, RESULTS_NAME, CaseResult, EvalMeta, check_sentence, read_meta, read_results
from .score import label
from .summary import ModelSummary, summarise
from .tolerance import PRESETS

SUMMARY_NAME = "summary.json"
MARKDOWN_NAME = "report.md"
HTML_NAME = "report.html"
BADGE = {"pass": "PASS", "fail": "FAIL", "error": "ERROR"}


@dataclass
class Report:
    """A finished (or interrupted) eval as read back from its folder."""

    directory: Path
    meta: EvalMeta
    results: list[CaseResult]
    summaries: list[ModelSummary]

    @property
    def models(self) -> list[str]:
        return [s.model for s in self.summaries]

    @property
    def set_name(self) -> str:
        """The prompt set as a person names it: `examples/prompts.jsonl`, `examples/folder`."""
        source = Path(self.meta.source_file)
        if not self.meta.source_file:
            return self.directory.name
        return f"{source.parent.name}/{source.name}" if source.parent.name else source.name

    @property
    def title(self) -> str:
        return f"{self.set_name} · {', '.join(self.models)} · {self.meta.tolerance}"


def list_reports(root: Path) -> list[Path]:
    """Eval folders under `root` (newest first), each holding eval.json or results.jsonl."""
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.is_dir() and ((p / META_NAME).is_file() or (p / RESULTS_NAME).is_file())]
    return sorted(found, key=lambda p: (p / META_NAME).stat().st_mtime if (p / META_NAME).is_file() else 0, reverse=True)


def load_report(directory: str | Path) -> Report:
    directory = Path(directory)
    results = read_results(directory)
    meta = read_meta(directory)
    if meta is None and not results:
        raise FileNotFoundError(f"{directory} holds no eval (no eval.json or results.jsonl).")
    models = (meta.models if meta else None) or list(dict.fromkeys(r.model for r in results))
    meta = meta or EvalMeta(source_file="", models=models, tolerance=results[0].tolerance, cases=len(results),
                            started_at="")
    order = {m: n for n, m in enumerate(models)}
    cases = {c: n for n, c in enumerate(meta.case_ids)}
    results.sort(key=lambda r: (cases.get(r.id, len(cases)), order.get(r.model, len(order))))
    return Report(directory, meta, results, summarise(results, [m for m in models if any(r.model == m for r in results)]))


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %"


def _money(value: float | None) -> str:
    return "—" if value is None else f"${value:.4f}"


def summary_rows(summaries: list[ModelSummary]) -> list[tuple[str, list[str]]]:
    """(label, one cell per model): the summary table both reports and the Eval page show."""
    names = sorted({name for s in summaries for name in s.check_rates})
    rows = [
        ("Pass rate", [f"{_pct(s.pass_rate)} ({s.passed}/{s.cases})" for s in summaries]),
        ("Valid solid", [_pct(s.valid_rate) for s in summaries]),
    ]
    for name in names:
        rows.append((f"· {label(name)}", [
            f"{_pct(s.check_rates[name]['rate'])} ({int(s.check_rates[name]['passed'])}/{int(s.check_rates[name]['total'])})"
            if name in s.check_rates else "—" for s in summaries]))
    rows += [
        ("Errors (no part)", [str(s.errors) for s in summaries]),
        ("Mean attempts", [f"{s.mean_attempts:.2f}" for s in summaries]),
        ("Latency p50 / p95", [f"{s.latency_p50:.2f} s / {s.latency_p95:.2f} s" for s in summaries]),
        ("Tokens in / out", [f"{s.prompt_tokens:,} / {s.completion_tokens:,}" for s in summaries]),
        ("Model requests", [str(s.requests) for s in summaries]),
        ("Cost", [_money(s.cost) + (f" ({s.cost_cases} cases)" if s.cost is not None and s.cost_cases < s.cases else "")
                  for s in summaries]),
    ]
    if any(s.chamfer_mean is not None for s in summaries):
        rows.append(("Chamfer / Hausdorff (mean)", [
            "—" if s.chamfer_mean is None else f"{s.chamfer_mean:.3f} / {s.hausdorff_mean or 0:.3f} mm" for s in summaries]))
    return rows


def _cases(report: Report) -> list[tuple[str, str, dict[str, Any], dict[str, CaseResult]]]:
    """(id, prompt, expected, model -> result), in the order cases first appear."""
    rows: dict[str, tuple[str, str, dict[str, Any], dict[str, CaseResult]]] = {}
    for result in report.results:
        row = rows.setdefault(result.id, (result.id, result.prompt, result.expected, {}))
        row[3][result.model] = result
    return list(rows.values())


def _expected(expected: dict[str, Any]) -> str:
    parts = []
    for key, value in expected.items():
        shown = " × ".join(f"{v:g}" for v in value) if isinstance(value, list) else f"{value:g}"
        parts.append(f"{label(key)} {shown}")
    return ", ".join(parts) or "—"


def _tolerance_line(meta: EvalMeta) -> str:
    preset = PRESETS.get(meta.tolerance)
    return f"`{meta.tolerance}`: {preset.describe()}" if preset else f"`{meta.tolerance}`"


# -- Markdown -------------------------------------------------------------------------------------
def markdown(report: Report) -> str:
    meta, models = report.meta, report.models
    out = [f"# NaturalCAD eval: {report.set_name}", "",
           f"- Models: {', '.join(models)}", f"- Tolerance: {_tolerance_line(meta)}",
           f"- Cases: {meta.cases} · started {meta.started_at}" + (f" · finished {meta.finished_at}" if meta.finished_at
                                                                  else " · not finished"), "",
           "## Summary", "", "| | " + " | ".join(models) + " |", "|---" * (len(models) + 1) + "|"]
    out += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in summary_rows(report.summaries)]
    out += ["", "## Cases", "", "| Case | Prompt | Expected | " + " | ".join(models) + " |",
            "|---" * (len(models) + 3) + "|"]
    for case_id, prompt, expected, by_model in _cases(report):
        cells = []
        for model in models:
            result = by_model.get(model)
            if result is None:
                cells.append("not run")
                continue
            picture = f'<img src="{result.thumbnail}" alt="{case_id}" width="120"><br>' if result.thumbnail else ""
            cells.append(f"{picture}**{BADGE[result.verdict]}** {_md(result.why())} · {' · '.join(_facts(result))}")
        out.append(f"| {case_id} | {_md(prompt)} | {_expected(expected)} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# -- HTML -----------------------------------------------------------------------------------------
CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2633;margin:24px auto;max-width:1280px;padding:0 16px;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#5b6676;margin:0 0 16px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e3e8ef;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f4f6fa;font-weight:600;position:sticky;top:0}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;border-radius:4px;padding:1px 7px;font-weight:700;font-size:12px;letter-spacing:.03em}
.pass{background:#d9f2e1;color:#14532d}.fail{background:#fde2e1;color:#8a1c1c}.error{background:#fdebd3;color:#7a3e00}
.cell{display:flex;gap:10px;align-items:flex-start}.cell img{width:120px;height:90px;object-fit:contain;border:1px solid #e3e8ef;border-radius:4px;background:#f6f8fb}
.noimg{width:120px;height:90px;border:1px dashed #cfd6e0;border-radius:4px;display:flex;align-items:center;justify-content:center;color:#8a94a3;font-size:12px;flex:none}
.why{margin-top:4px}.bad{color:#a11a1a}.small{color:#5b6676;font-size:12px}.prompt{max-width:260px}
"""


def _img(directory: Path, result: CaseResult) -> str:
    if result.thumbnail:
        path = directory / result.thumbnail
        if path.is_file():
            data = base64.b64encode(path.read_bytes()).decode()
            return f'<img alt="{html.escape(result.id)}" src="data:image/png;base64,{data}">'
    return '<div class="noimg">no part</div>'


def _facts(result: CaseResult) -> list[str]:
    """Attempts, latency, tokens, cost and distance of one case, as short phrases."""
    tokens = result.tokens.get("prompt", 0) + result.tokens.get("completion", 0)
    facts = [f"{result.attempts} attempt{'s' if result.attempts != 1 else ''}", f"{result.latency:.1f} s"]
    if tokens:
        facts.append(f"{tokens:,} tokens")
    if result.cost is not None:
        facts.append(_money(result.cost))
    if result.distance:
        facts.append(f"Chamfer {result.distance['chamfer']:.2f} mm, Hausdorff {result.distance['hausdorff']:.2f} mm")
    return facts


def _result_cell(directory: Path, result: CaseResult | None) -> str:
    if result is None:
        return '<td class="small">not run</td>'
    facts = _facts(result)
    return (f'<td><div class="cell">{_img(directory, result)}<div><span class="badge {result.verdict}">'
            f'{BADGE[result.verdict]}</span> <span class="small">{html.escape(result.source or "")}'
            f'{" · " + html.escape(result.family) if result.family and result.family != "llm" else ""}</span>'
            f'<div class="why">{_why_html(result)}</div><div class="small">{" · ".join(facts)}</div>'
            '</div></div></td>')


def _why_html(result: CaseResult) -> str:
    """The checks, the failing ones in bold red; or the error."""
    if result.error or not result.checks:
        return f'<span class="bad">{html.escape(result.why())}</span>' if result.error else html.escape(result.why())
    return ", ".join(html.escape(check_sentence(c)) if c["ok"] else f'<b class="bad">{html.escape(check_sentence(c))}</b>'
                     for c in result.checks)


def html_report(report: Report) -> str:
    meta, models = report.meta, report.models
    esc = html.escape
    head = "".join(f"<th>{esc(m)}</th>" for m in models)
    summary = "".join(f"<tr><th>{esc(label)}</th>" + "".join(f'<td class="num">{esc(c)}</td>' for c in cells) + "</tr>"
                      for label, cells in summary_rows(report.summaries))
    rows = []
    for case_id, prompt, expected, by_model in _cases(report):
        cells = "".join(_result_cell(report.directory, by_model.get(m)) for m in models)
        rows.append(f'<tr><td><b>{esc(case_id)}</b></td><td class="prompt">{esc(prompt)}'
                    f'<div class="small">{esc(_expected(expected))}</div></td>{cells}</tr>')
    status = f"finished {meta.finished_at}" if meta.finished_at else "not finished"
    tolerance = _tolerance_line(meta).replace("`", "")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NaturalCAD eval · {esc(report.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>
<body><h1>NaturalCAD eval: {esc(report.set_name)}</h1>
<p class="meta">{len(_cases(report))} cases · models {esc(", ".join(models))} · tolerance {esc(tolerance)} ·
started {esc(meta.started_at)} · {esc(status)}</p>
<h2>Summary</h2><table><tr><th></th>{head}</tr>{summary}</table>
<h2>Cases</h2><table><tr><th>Case</th><th>Prompt · expected</th>{head}</tr>{"".join(rows)}</table>
</body></html>
"""


def write_reports(directory: str | Path) -> Report:
    """Read the eval folder back and (re)write summary.json, report.md and report.html."""
    report = load_report(directory)
    summary = {"source_file": report.meta.source_file, "tolerance": report.meta.tolerance,
               "cases": report.meta.cases, "finished_at": report.meta.finished_at,
               "models": [s.to_dict() for s in report.summaries]}
    atomic_write_text(report.directory / SUMMARY_NAME, json.dumps(summary, indent=2, allow_nan=False))
    atomic_write_text(report.directory / MARKDOWN_NAME, markdown(report))
    atomic_write_text(report.directory / HTML_NAME, html_report(report))
    return report
