"""The Code tab's editor: the build123d script with syntax highlighting and line numbers, run
with its Run button (or Ctrl+Enter), and the changes against the generated script as a diff.

The editor is streamlit-code-editor (react-ace): its JavaScript ships inside the wheel and
Streamlit serves it from this server, so it works with no network at all. It sends its text
only when Run (or Ctrl+Enter) is pressed, so typing never reruns the page. Its own
"streamlit" themes pull a font from Google Fonts, so Ace's bundled github / tomorrow_night
themes are set instead: nothing leaves the machine (checked in tests/e2e with the network blocked).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..request import RunResult

EDITOR_KEY = "code-ace"
RUN_LABEL = "Run edited code"
MAX_LINES_SHOWN = 28  # the editor grows with the script up to this many lines, then scrolls

Loader = Callable[[str], RunResult | None]


@dataclass(frozen=True)
class ScriptDiff:
    """How the shown script differs from the script NaturalCAD generated for this part."""

    base_run_id: str | None  # the run whose script was generated (None: no generated script found)
    unified: str  # unified diff text, "" when there is no difference
    added: int
    removed: int

    @property
    def changed(self) -> bool:
        return bool(self.unified)


def generated_base(result: RunResult, load: Loader, depth: int = 50) -> RunResult | None:
    """The nearest run up the thread whose script NaturalCAD wrote (not a person's edit)."""
    run: RunResult | None = result
    seen: set[str] = set()
    while run is not None and run.run_id not in seen and len(seen) < depth:
        if run.source != "user" and run.code:
            return run
        seen.add(run.run_id)
        run = load(run.parent_run_id) if run.parent_run_id else None
    return None


def script_diff(result: RunResult, load: Loader) -> ScriptDiff:
    """The shown script against the generated one, as a unified diff with its line counts."""
    base = generated_base(result, load)
    if base is None or base.run_id == result.run_id:
        return ScriptDiff(base.run_id if base else None, "", 0, 0)
    before, after = base.code.splitlines(keepends=True), result.code.splitlines(keepends=True)
    lines = list(difflib.unified_diff(before, after, fromfile=f"generated (run {base.run_id})",
                                      tofile=f"this version (run {result.run_id})", n=2))
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    added = sum(1 for line in lines if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in lines if line.startswith("-") and not line.startswith("---"))
    return ScriptDiff(base.run_id, text, added, removed)


def editor_height(code: str) -> list[int]:
    """[min, max] lines for the editor: the whole script when short, scrolling when long."""
    lines = max(code.count("\n") + 1, 8)
    return [min(lines, MAX_LINES_SHOWN), MAX_LINES_SHOWN]


def submitted_text(value: Any) -> str | None:
    """The text of a Run (or Ctrl+Enter) press, from the editor's value; None for anything else."""
    if isinstance(value, dict) and value.get("type") == "submit" and isinstance(value.get("text"), str):
        return str(value["text"])
    return None


def code_box(result: RunResult, on_run: Callable[[str], None], dark: bool = False) -> None:
    """The editor for `result`'s script.

    One editor for the whole session (a stable key), told to take the new script when the shown
    run changes (`allow_reset`): a fresh editor per run would load its 4 MB bundle again on every
    Generate, in the same seconds the 3D viewer is drawing its first frame.
    """
    import streamlit as st
    from code_editor import _component_func  # the package's wrapper has no on_change; this is what it calls

    key = f"{EDITOR_KEY}-widget"

    def changed() -> None:
        text = submitted_text(st.session_state.get(key))
        if text is not None:
            on_run(text)

    buttons = [{"name": RUN_LABEL, "feather": "Play", "primary": True, "hasText": True, "showWithIcon": True,
                "alwaysOn": True, "commands": ["submit"], "style": {"bottom": "0.44rem", "right": "0.4rem"}}]
    with st.container(key=EDITOR_KEY):
        _component_func(code=result.code, lang="python", theme="contrast" if dark else "default", key=key,
                        height=editor_height(result.code), focus=False, shortcuts="vscode",
                        snippets=["", ""], completions=[], keybindings={}, buttons=buttons, options={
                            "showLineNumbers": True, "wrap": False, "tabSize": 4, "useSoftTabs": True},
                        props={"theme": "tomorrow_night" if dark else "github"}, editor_props={}, component_props={}, menu={}, info={}, allow_reset=True,
                        replace_completer=False, response_mode="default", ghost_text="",
                        default={"id": "", "type": "", "lang": "", "text": "", "selected": "", "cursor": ""},
                        on_change=changed)


def diff_box(result: RunResult, load: Loader) -> None:
    """The changes against the generated script, under the editor."""
    import streamlit as st

    diff = script_diff(result, load)
    with st.container(key="code-diff"):
        if diff.base_run_id is None:
            st.caption("A script of your own: there is no generated script to compare it with.")
        elif not diff.changed:
            st.caption(":material/check: This is the generated script, unchanged.")
        else:
            st.markdown(f"**Changes against the generated script** · :green[+{diff.added}] :red[−{diff.removed}] "
                        f"lines (run {diff.base_run_id})")
            st.code(diff.unified, language="diff", line_numbers=False)
