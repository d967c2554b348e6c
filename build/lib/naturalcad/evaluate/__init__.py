"""`naturalcad eval`: score a code source (a model, or the offline generator) on prompts with known geometry.

    cases.py      read a prompt set: JSONL (DESIGN.md's eval format) or a folder of tasks
    reference.py  measure a task's reference STEP/STL/DXF into expectations
    measure.py    measure what a run produced (its STL or DXF), independently of the pipeline
    tolerance.py  the `cadeval` and `loose` presets
    score.py      expectations vs measurements -> checks -> a verdict
    distance.py   Chamfer / Hausdorff distance against a reference mesh
    runner.py     run every case for every model (threads), resume, append results
    summary.py    pass rates, latency percentiles, tokens, cost per model
    report.py     Markdown and HTML reports with a thumbnail per case
    progress.py   the terminal progress bar
    cli.py        the `eval` subcommand

Scoring never trusts the pipeline's own geometry report: a generator that measures itself
wrongly must not grade itself.
"""

from .cases import Case, EvalInputError, Expect, load_cases
from .tolerance import PRESETS, Tolerance

__all__ = ["PRESETS", "Case", "EvalInputError", "Expect", "Tolerance", "load_cases"]
