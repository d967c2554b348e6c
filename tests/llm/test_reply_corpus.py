"""The reply corpus: what share of realistic model replies response handling fixes, and what needs repair.

`python -m pytest tests/llm/test_reply_corpus.py -s` (or `python tests/llm/reply_corpus.py`) prints the table.
"""

from __future__ import annotations

import pytest

from naturalcad import config

from . import reply_corpus


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    data = tmp_path_factory.mktemp("corpus-data")
    found = reply_corpus.run_corpus(lambda server: config.load_settings({
        "NATURALCAD_DATA_DIR": str(data), "NATURALCAD_LLM_BASE_URL": server.url,
        "NATURALCAD_LLM_MODEL": "corpus-replay", "NATURALCAD_LLM_MAX_ATTEMPTS": "2",
        "NATURALCAD_EXEC_TIMEOUT_SECONDS": "30"}))
    print("\n" + reply_corpus.report(found))
    return {o.id: o for o in found}


def test_corpus_is_big_enough():
    entries = reply_corpus.load_index()
    assert len(entries) >= 20
    assert len({e["id"] for e in entries}) == len(entries)
    for entry in entries:
        assert (reply_corpus.CORPUS / entry["reply"]).exists()
        if entry["repair"]:
            assert (reply_corpus.CORPUS / entry["repair"]).exists()


@pytest.mark.parametrize("entry", reply_corpus.load_index(), ids=lambda e: e["id"])
def test_reply_outcome(entry, outcomes):
    outcome = outcomes[entry["id"]]
    assert outcome.got == entry["expect"], f"{entry['mistake']}: {outcome}"
    if entry.get("feedback"):
        assert entry["feedback"] in outcome.feedback, outcome.feedback


def test_figures_add_up(outcomes):
    figures = reply_corpus.figures(list(outcomes.values()))
    assert sum(n for n, _ in figures.values()) == len(outcomes)
    # response handling must carry a real share of the load before any repair round is spent
    assert figures["handled"][0] >= 10
