"""Run the pipeline from a page, with a progress box that follows the pipeline's stages.

The pipeline reports each stage through `on_stage`; here that becomes the label of an
`st.status` box and a line inside it, so a person always sees what is happening (and, on
the first run, that the build123d worker is still starting). Every call returns a
`RunResult`: failures are sentences in the result, never exceptions on the page.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable

import streamlit as st

from .. import pipeline, preview
from ..artifacts import mark_open, run_path
from ..config import get_settings
from ..request import Request, RunResult
from . import format as fmt
from . import state

log = logging.getLogger("naturalcad.ui")

CLIENT = "streamlit"


class StageReporter:
    """`on_stage` for the pipeline: updates a status box, lists finished stages inside it."""

    def __init__(self, box: Any):
        self.box = box
        self.current: str | None = None
        self.started = time.perf_counter()

    def __call__(self, stage: str, detail: str) -> None:
        self._finish_current()
        self.current = detail
        self.box.update(label=f"{detail}…", state="running")

    def _finish_current(self) -> None:
        if self.current:
            self.box.markdown(f":material/check: {self.current}")

    def done(self, result: RunResult) -> None:
        self._finish_current()
        self.current = None
        seconds = time.perf_counter() - self.started
        if result.success:
            self.box.update(label=f"Done in {seconds:.1f} s", state="complete", expanded=False)
        else:
            self.box.update(label="The run did not produce a part", state="error", expanded=False)


def _generate(payload: dict[str, Any], on_stage: Callable[[str, str], None]) -> RunResult:
    request = Request(payload.get("prompt") or "", mode=payload.get("mode") or "part",
                      output_type=payload.get("output_type"), client=CLIENT)
    return pipeline.run(request, on_stage=on_stage)


def _rerun(previous: RunResult, on_stage: Callable[[str, str], None]) -> RunResult:
    """The same request again: the prompt for generated runs, the script for the others."""
    if fmt.made_from_prompt(previous):
        request = Request(previous.prompt, mode=previous.mode, output_type=previous.output_type, client=CLIENT,
                          parent_run_id=previous.parent_run_id)
        return pipeline.run(request, on_stage=on_stage)
    return pipeline.run_code(previous.code, previous.output_type, prompt=previous.prompt, source=previous.source,
                             family=previous.family, params=dict(previous.params),
                             parent_run_id=previous.parent_run_id, on_stage=on_stage, check_prompt=False)


def execute(action: state.PendingAction, current: RunResult | None, on_stage: Callable[[str, str], None]) -> RunResult:
    """Make the pipeline call an action asks for."""
    kind, payload = action.kind, action.payload
    if kind == "generate":
        return _generate(payload, on_stage)
    if kind == "rerun":
        previous = payload.get("result") or current
        return _rerun(previous, on_stage)
    if current is None:
        raise ValueError(f"{kind} needs a current run")
    if kind == "params":
        return pipeline.rerun_with_params(current, payload["values"], on_stage=on_stage)
    if kind == "code":
        return pipeline.run_code(payload["code"], current.output_type or "3d_solid", prompt=current.prompt,
                                 source="user", family=current.family, parent_run_id=current.run_id,
                                 on_stage=on_stage, check_prompt=False)
    if kind == "refine":
        return pipeline.refine(current, payload["follow_up"], on_stage=on_stage)
    raise ValueError(f"unknown action {kind!r}")


LABELS = {
    "generate": "Generating",
    "rerun": "Running again",
    "params": "Updating the parameters",
    "code": "Running your code",
    "refine": "Refining",
}


def run_with_progress(action: state.PendingAction, current: RunResult | None) -> RunResult:
    """Run an action inside a status box; prepare the preview as the last visible stage."""
    with st.status(LABELS.get(action.kind, "Working") + "…", expanded=False) as box:
        reporter = StageReporter(box)
        try:
            result = execute(action, current, reporter)
        except ValueError as err:  # a parameter value the script cannot take, say
            result = RunResult(run_id="-", success=False, error=_sentence(err), error_kind="input",
                               prompt=current.prompt if current else "")
        if result.success:
            reporter("preview", pipeline.STAGES["preview"])
            prepare_preview(result)
        reporter.done(result)
    return result


def _sentence(err: Exception) -> str:
    text = str(err).strip() or "That change could not be applied."
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def prepare_preview(result: RunResult) -> None:
    """Build the viewer page now (so the page draws at once), then the thumbnail in the background."""
    settings = get_settings()
    try:
        mark_open(settings, result.run_id)
        preview.viewer_page(result.artifacts)
    except Exception:  # noqa: BLE001 - the result panel reports a preview problem on its own
        log.warning("preview preparation failed for %s", result.run_id, exc_info=True)
    make_thumbnail_later(result)


THUMBNAIL_DELAY_SECONDS = 3.0  # let the page and the browser draw the preview first


def make_thumbnail_later(result: RunResult, delay: float = THUMBNAIL_DELAY_SECONDS) -> None:
    """Render the run's thumbnail in the background, after the page has had the CPU."""
    try:
        directory = run_path(get_settings(), result.run_id)
    except ValueError:
        return
    timer = threading.Timer(delay, preview.thumbnail, args=(directory, dict(result.artifacts)))
    timer.daemon = True
    timer.name = f"naturalcad-thumb-{result.run_id}"
    timer.start()
