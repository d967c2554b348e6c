"""What a page's buttons ask the pipeline for, run as a background job.

`run_job` is the body `naturalcad.runs.start` runs in its thread; the pipeline reports
each stage through `on_stage`, which `naturalcad.ui.progress` shows beside the control
used. Every call returns a `RunResult`: failures are sentences in the result, never
exceptions on the page.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from .. import pipeline, preview
from ..artifacts import mark_open, run_path
from ..config import get_settings
from ..request import Request, RunResult
from . import format as fmt
from . import state

log = logging.getLogger("naturalcad.ui")

CLIENT = "streamlit"


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
        previous: RunResult | None = payload.get("result") or current
        if previous is None:
            raise ValueError("rerun needs a run to repeat")
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
    if kind == "form":
        from .reading_form import run_form

        return run_form(current, payload["family"], payload["values"], payload.get("prompt") or current.prompt, on_stage)
    raise ValueError(f"unknown action {kind!r}")


def run_job(action: state.PendingAction, current: RunResult | None, on_stage: Callable[[str, str], None],
            theme: str = "light", view: str = "iso") -> RunResult:
    """The body of a background job (`naturalcad.runs.start`): the pipeline call, then the preview."""
    try:
        result = execute(action, current, on_stage)
    except ValueError as err:  # a parameter value the script cannot take, say
        return RunResult(run_id="-", success=False, error=_sentence(err), error_kind="input",
                         prompt=current.prompt if current else "")
    if result.success:
        on_stage("preview", pipeline.STAGES["preview"])
        prepare_preview(result, theme, view)
        from . import heap

        heap.freeze("first run")  # the modules a run imports on first use live as long as the process
    return result


def _sentence(err: Exception) -> str:
    text = str(err).strip() or "That change could not be applied."
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def prepare_preview(result: RunResult, theme: str = "light", view: str = "iso") -> None:
    """Build the viewer page now (so the page draws at once), then the thumbnail in the background."""
    settings = get_settings()
    try:
        mark_open(settings, result.run_id)
        from .components import PREVIEW_HEIGHT

        view = "top" if fmt.is_flat(result) else view
        preview.viewer_page(result.artifacts, PREVIEW_HEIGHT, theme, view)  # what the page will ask for
    except Exception:
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
