"""Drawing a run: the panel Generate and History share.

A run is shown as its title and how the prompt was read, the notices a person needs
(offline fallback, prompt read safely, values assumed, sizes requested vs measured), the
interactive preview beside its measured facts and download buttons, and tabs below.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from .. import preview
from ..artifacts import mark_open
from ..config import get_settings
from ..request import RunResult
from . import downloads as dl
from . import format as fmt
from . import viewer

UNIT_KEY = dl.UNIT_KEY  # mm or in: what the facts show (files stay in mm)

INLINE_DOWNLOAD_BYTES = 25 * 1_048_576  # larger files are read only when the button is clicked
PREVIEW_HEIGHT = 420


_SCROLL = """<script>
(() => {
  // The page keeps settling for a moment (progress boxes fold up, the viewer mounts), so
  // bring the target up until it stays there (half a second unmoved), for at most six seconds.
  let tries = 0, settled = 0;
  const go = () => {
    const target = document.querySelector(".st-key-%s");
    if (target) {
      const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
      const delta = target.getBoundingClientRect().top - margin;
      if (Math.abs(delta) > 8) {
        // Scroll the nearest scrolling ancestor by exactly what is needed (scrollIntoView
        // overshoots the top bar's margin in Streamlit's nested scroll container).
        let box = target.parentElement;
        while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
          box = box.parentElement;
        }
        (box || document.scrollingElement).scrollBy(0, delta);
        settled = 0;
      } else { settled++; }
    }
    if (settled < 5 && tries++ < 60) { setTimeout(go, 100); }
  };
  setTimeout(go, 100);
})();
</script>"""


def scroll_to(key: str, nonce: str = "") -> None:
    """Bring the container with this key to the top of the screen (a laptop shows little at once).

    `nonce` (the run id) makes each request a different element: the browser only runs the
    script when the element changes, and a second Generate in a row would otherwise not scroll.
    """
    st.html(_SCROLL.replace("(() => {", f"(() => {{ /* {nonce} */", 1) % key, unsafe_allow_javascript=True)


_CTRL_ENTER = """<script>
(() => {
  // Ctrl+Enter (Cmd+Enter) in the field presses its button. Streamlit commits the text on the
  // same key press; the click goes a moment later, so the text travels with it.
  if (window.__naturalcadCtrlEnter) { return; }
  window.__naturalcadCtrlEnter = true;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) { return; }
    const field = event.target.closest && event.target.closest(".st-key-%s");
    const button = document.querySelector(".st-key-%s button");
    if (field && button && !button.disabled) { setTimeout(() => button.click(), 60); }
  }, true);
})();
</script>"""


def submit_on_ctrl_enter(field_key: str, button_key: str) -> None:
    """Make Ctrl+Enter in a text area press a button (what people expect of a prompt box)."""
    with st.container(key=f"{field_key}-keys"):  # hidden by the theme: it holds only the script
        st.html(_CTRL_ENTER % (field_key, button_key), unsafe_allow_javascript=True)


LINEAGE_DEPTH = 50  # how far up a chain of follow-ups and slider runs the title is looked for


def _load_run(run_id: str) -> RunResult | None:
    from .state import load_run

    return load_run(run_id)


def lineage(result: RunResult, load: Callable[[str], RunResult | None] = _load_run) -> tuple[RunResult | None, RunResult]:
    """(parent, root) of a run: the run it continues, and the first run of its chain (itself if none)."""
    parent = load(result.parent_run_id) if result.parent_run_id else None
    root, seen = (parent or result), {result.run_id}
    while root.parent_run_id and root.run_id not in seen and len(seen) < LINEAGE_DEPTH:
        seen.add(root.run_id)
        above = load(root.parent_run_id)
        if above is None:
            break
        root = above
    return parent, root


def run_header(result: RunResult) -> None:
    """The original prompt as the title; under it what this run changed (a follow-up, slider values)."""
    parent, root = lineage(result)
    st.subheader(fmt.untrusted(fmt.title_text(root)), anchor=False)
    change = fmt.change_text(result, parent)
    if change:
        kind, text = change
        st.markdown(f":blue-badge[{kind}] {fmt.untrusted(text)}")
    notes = fmt.sort_notices(result)
    bits = [fmt.source_text(result), fmt.part_name(result), fmt.runtime_text(result.runtime_seconds),
            f"run {result.run_id}"]
    if result.parent_run_id:
        bits.append(f"continues {result.parent_run_id}")
    st.caption(fmt.untrusted(" · ".join(bits)))
    interpretation = notes.interpretation
    if interpretation and result.reading:  # the reading box says what it was read as; keep the output type
        interpretation = next((part.strip() for part in interpretation.split(";") if "made as a" in part), None)
    if interpretation:
        st.caption(interpretation[0].upper() + interpretation[1:] + ".")


def notices(result: RunResult) -> None:
    """Offline fallback, safe reading of the prompt, assumed values, then warnings."""
    notes = fmt.sort_notices(result)
    lines = list(notes.info)
    if notes.assumed:
        lines.append("**Assumed** (not in the prompt): " + " · ".join(notes.assumed) + ".")
    if lines:
        st.info("  \n".join(lines), icon=":material/info:")
    if notes.warnings:
        st.warning("  \n".join(notes.warnings), icon=":material/warning:")


def failure(result: RunResult, retry: Callable[[], None] | None, key: str) -> None:
    """A failed run: one sentence, the rejected line if there is one, and a retry."""
    st.error(fmt.untrusted(result.error or "The run did not produce a part."), icon=":material/error:")
    line = code_line(result.code, result.error_line)
    if line:
        st.code(f"{result.error_line:>3}  {line}", language="python")
    if retry is not None:
        st.button("Try again", key=f"{key}-retry", on_click=retry, icon=":material/refresh:")


def code_line(code: str, line: int | None) -> str | None:
    """The text of a script line a failure names, to show it beside the reason."""
    if not code or not line:
        return None
    lines = code.splitlines()
    return lines[line - 1].rstrip() if 0 < line <= len(lines) else None


def preview_box(result: RunResult, key: str) -> None:
    try:
        with st.container(border=True, key=f"{key}-viewer"):
            theme = getattr(st.context.theme, "type", None) or "light"  # the viewer follows light / dark
            flat = fmt.is_flat(result)
            unit = st.session_state.get(UNIT_KEY) or "mm"
            with st.container(horizontal=True, vertical_alignment="center", key=f"{key}-viewer-tools"):
                viewer.view_buttons(flat)
                dimensions = viewer.dimensions_toggle()
            frame, below = st.container(), st.container(key=f"{key}-viewer-section")
            with below:  # drawn under the viewer, read before it is built
                section = None if flat else viewer.section_controls(result.artifacts, result.run_id, unit)
                st.caption(viewer.HINT)
            options = viewer.scene_options(theme, flat, unit, dimensions, section)
            with frame:
                preview.show(result.artifacts, key=viewer.mount_key(result.run_id, theme, flat, options),
                             height=PREVIEW_HEIGHT, options=options)
    except preview.PreviewError as err:
        st.info(fmt.untrusted(str(err)), icon=":material/visibility_off:")
    except Exception:
        st.info("The preview could not be drawn here; the files below are complete.", icon=":material/visibility_off:")


def facts(result: RunResult) -> None:
    """Measured size, volume (or area / length), the counts that fit the kind, validity and size checks."""
    geo = result.geometry or {}
    # A metric cuts a long value or label short ("8 287 …", "Throug…"), and the facts column is
    # narrow at 1024 px: the size, the measure and long-named counts take its whole width; short
    # counts sit in pairs. Validity leads the checks below, as the first of them.
    unit = st.session_state.get(UNIT_KEY) or "mm"
    st.metric("Size", dl.size_text(result, unit), help="Files are always in millimetres." if unit == "in" else None)
    measure, value = dl.measure_text(result, unit)
    st.metric(measure, value)
    counts = fmt.count_metrics(result)
    if len(counts) > 1 and all(len(metric.label) <= 6 for metric in counts):
        for column, metric in zip(st.columns(2), counts, strict=False):
            column.metric(metric.label, metric.value, help=metric.help)
    else:
        for metric in counts:
            st.metric(metric.label, metric.value, help=metric.help)
    checks = [(fmt.validity_text(result), bool(geo.get("valid")))] if geo else []
    checks += fmt.size_checks(result.prompt, geo, result.notices, fmt.reading_steps(result)) if fmt.made_from_prompt(result) else []
    if checks:
        st.caption("  \n".join(f"{':green[✓]' if ok else ':red[✗]'} {fmt.untrusted(text)}" for text, ok in checks))


def downloads(result: RunResult, key: str) -> None:
    """Download buttons for the files that exist, STEP first."""
    shown = 0
    for kind, label, _name, mime in fmt.DOWNLOADS:
        path = result.artifacts.get(kind)
        if not path or not Path(path).is_file():
            continue
        name = dl.file_name(result, kind)  # "plate-120x80x6-4xD8.step"
        data = _file_data(Path(path))
        st.download_button(label, data=data, file_name=name, mime=mime, key=f"{key}-dl-{kind}",
                           type="primary" if kind == "step" else "secondary", width="stretch",
                           icon=":material/download:", on_click="ignore")
        shown += 1
    if not shown:
        st.caption("No files were kept for this run (it failed or its files were pruned).")
        return
    st.download_button("All files (.zip)", data=lambda: dl.zip_bytes(result), file_name=dl.file_name(result, "zip"),
                       mime="application/zip", key=f"{key}-dl-zip", width="stretch", icon=":material/folder_zip:",
                       on_click="ignore", help="STEP, STL, GLB, DXF and the build123d script; all in millimetres.")


def _file_data(path: Path) -> bytes | Callable[[], bytes]:
    if path.stat().st_size <= INLINE_DOWNLOAD_BYTES:
        return path.read_bytes()
    return lambda: path.read_bytes()


def overview(result: RunResult, key: str) -> None:
    """Preview on the left; facts and downloads on the right."""
    mark_open(get_settings(), result.run_id)
    left, right = st.columns([2.1, 1], gap="medium")
    with left:
        preview_box(result, key)
    with right:
        st.segmented_control("Units", dl.UNITS, key=UNIT_KEY, default="mm", label_visibility="collapsed",
                             help="What the page shows; the files are always in millimetres.")
        facts(result)
        downloads(result, key)


def details(result: RunResult) -> None:
    """Operator facts: ids, lineage, source, timings, sandbox."""
    rows = {
        "Run": result.run_id,
        "Created": fmt.created_text(result.created_at),
        "Source": fmt.source_text(result),
        "Family": fmt.part_name(result),
        "Mode / output": f"{fmt.MODE_LABELS.get(result.mode, result.mode)} / "
                         f"{fmt.OUTPUT_LABELS.get(result.output_type, result.output_type)}",
        "Attempts": str(result.attempts),
        "Runtime": fmt.runtime_text(result.runtime_seconds),
    }
    if result.parent_run_id:
        rows["Continues"] = result.parent_run_id
    if result.sandbox:
        rows["Sandbox"] = result.sandbox.replace("+", " · ")
    # st.table renders its cells as markdown: the values are escaped.
    st.table({"field": list(rows.keys()), "value": [fmt.untrusted(v) for v in rows.values()]}, border="horizontal",
             hide_header=True, hide_index=True)
    stages = fmt.timings_text(result.timings)
    if stages:
        st.caption("Time per stage: " + fmt.untrusted(stages))
    if result.stdout.strip():
        st.caption("Script output")
        st.code(result.stdout[-4000:], language=None)


DRAWING_FILES = (("drawing_pdf", "Drawing PDF", "application/pdf"), ("drawing_svg", "Drawing SVG", "image/svg+xml"),
                 ("drawing_dxf", "Drawing DXF (layers)", "image/vnd.dxf"))
DRAWING_FAILED = "The drawing could not be made. It has been logged; please try again."


def drawing_tab(result: RunResult, key: str, on_made: Callable[[RunResult], None] | None = None) -> None:
    """The engineering drawing of a run: made on request (a second sandbox job), then shown with downloads."""
    import logging

    from ..drawing_job import draw_run

    if result.output_type not in ("3d_solid", "", None):
        st.caption("Drawings are made for 3D parts; this run is a "
                   f"{fmt.untrusted(result.output_type.replace('_', ' '))}.")
        return
    st.caption("A dimensioned sheet for the workshop: front, top and right views with hidden lines, an isometric "
               "view, overall sizes, hole callouts and a title block, as PDF, SVG and DXF.")
    with st.container(horizontal=True, vertical_alignment="bottom"):
        projection = st.segmented_control("Projection", ["third", "first"], default="third", key=f"{key}-projection",
                                          format_func=lambda p: f"{p.capitalize()} angle")
        made = result.artifacts.get("drawing_svg")
        pressed = st.button("Make the drawing again" if made else "Make drawing", key=f"{key}-make-drawing",
                            icon=":material/architecture:", type="secondary" if made else "primary")
    if pressed:
        with st.spinner("Drawing the part in the sandbox…"):
            try:
                outcome = draw_run(result, get_settings(), projection=projection or "third")
            except Exception:  # one sentence, never a traceback
                logging.getLogger("naturalcad.ui").exception("drawing of %s failed", result.run_id)
                st.warning(DRAWING_FAILED)
                return
        if outcome.error:
            st.warning(fmt.untrusted(outcome.error), icon=":material/warning:")
            return
        result = outcome.result
        if on_made is not None:
            on_made(result)
    svg = result.artifacts.get("drawing_svg")
    if not svg or not Path(svg).is_file():
        return
    st.image(Path(svg).read_text(encoding="utf-8"), width="stretch")
    with st.container(horizontal=True):
        for kind, label, mime in DRAWING_FILES:
            path = result.artifacts.get(kind)
            if path and Path(path).is_file():
                st.download_button(label, data=_file_data(Path(path)), file_name=f"naturalcad-{result.run_id}-{Path(path).name}",
                                   mime=mime, key=f"{key}-dl-{kind}", icon=":material/download:", on_click="ignore",
                                   type="primary" if kind == "drawing_pdf" else "secondary")
