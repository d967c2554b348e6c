"""The viewer page as sent (its vtk.js program linked as a file, the scene inline) and the frozen heap."""

from __future__ import annotations

import gc

from naturalcad import preview, viewer_assets
from naturalcad.ui import heap


def test_linked_page_keeps_the_scene_and_links_the_program_written_once(made_run, tmp_path, monkeypatch):
    monkeypatch.setenv("NATURALCAD_VIEWER_ASSETS", str(tmp_path / "assets"))
    page = preview.viewer_page(made_run.artifacts, 420)
    linked, bundle = viewer_assets.linked_page(page, lambda b: f"/component/viewer/{b.name}")
    assert len(page) > 1_000_000 and len(linked) < 200_000  # the program (about 1 MB) is no longer inline
    assert f'<script type="module" src="/component/viewer/{bundle.name}"></script>' in linked
    assert "OfflineLocalView.load(container, { base64Str })" in linked  # the part's scene stays in the page
    assert "nc-overlay" in linked  # and so do the triad and labels
    program = bundle.path.read_text(encoding="utf-8")
    assert "window.OfflineLocalView=" in program.replace(" ", "") and program in page
    assert linked.replace(f'<script type="module" src="/component/viewer/{bundle.name}"></script>',
                          f'<script type="module">{program}</script>') == page  # nothing else changed
    dark, same = viewer_assets.linked_page(preview.viewer_page(made_run.artifacts, 420, "dark"), lambda b: b.name)
    assert dark != linked and same.name == bundle.name and list(bundle.directory.iterdir()) == [bundle.path]  # one file, by its hash


def test_a_page_without_an_inline_program_is_sent_as_it_is():
    assert viewer_assets.linked_page("<html><body>no program</body></html>", lambda b: b.name) is None


def test_freezing_leaves_a_collection_less_to_walk_and_happens_once_per_moment():
    try:
        kept = [[i] for i in range(20_000)]  # long-lived objects, as modules are
        before = heap.unfrozen_objects()
        assert heap.freeze("test moment") > len(kept)
        assert heap.unfrozen_objects() < before - len(kept)
        assert heap.freeze("test moment") == 0  # never twice: later sessions' objects are not pinned
    finally:
        gc.unfreeze()
