"""Run the reply corpus (tests/data/llm_replies/) through the real pipeline and count the outcomes.

Each reply is served by the fake OpenAI server as the model's answer (its `.repair.md` file,
if any, as the answer to the repair message), with one repair round allowed. Outcomes:

- as_sent:  the reply was a runnable script as it stood;
- handled:  response handling alone (extraction + deterministic fixes) made it work;
- repair:   it needed a second model round (repair, or a re-ask when the reply had no code);
- unfixed:  still no working part from the model: the offline generator answered.

    python tests/llm/reply_corpus.py        # prints the table and the figures
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "llm_replies"


@dataclass
class Outcome:
    id: str
    expect: str
    got: str
    attempts: int
    requests: int
    source: str
    fixes: str
    feedback: str  # the repair message, if one was sent
    error: str | None


def load_index() -> list[dict]:
    return json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))["replies"]


def classify(entry: dict, result, requests: int) -> str:
    if not (result.success and result.source == "llm"):
        return "unfixed"
    if requests > 1:
        return "repair"
    raw = (CORPUS / entry["reply"]).read_text(encoding="utf-8")
    return "as_sent" if raw.strip() == result.code.strip() else "handled"


def run_entry(entry: dict, server, settings) -> Outcome:
    from naturalcad import pipeline
    from naturalcad.request import Request

    server.replies.clear()
    server.requests.clear()
    server.add((CORPUS / entry["reply"]).read_text(encoding="utf-8"))
    if entry.get("repair"):
        server.add((CORPUS / entry["repair"]).read_text(encoding="utf-8"))
    result = pipeline.run(Request(entry["prompt"], output_type=entry.get("output_type")), settings=settings)
    messages = server.user_messages
    requests = len(messages)
    fixes = next((n for n in result.notices if n.startswith("Adjusted the model's script")), "")
    return Outcome(entry["id"], entry["expect"], classify(entry, result, requests), result.attempts, requests,
                   result.source, fixes, messages[1] if requests > 1 else "", result.error)


def run_corpus(settings_for) -> list[Outcome]:
    """`settings_for(server)` gives the Settings to run with (tests pass their temp dirs)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from fake_openai import FakeOpenAI

    server = FakeOpenAI().start()
    try:
        settings = settings_for(server)
        return [run_entry(entry, server, settings) for entry in load_index()]
    finally:
        server.stop()


def figures(outcomes: list[Outcome]) -> dict[str, tuple[int, float]]:
    total = len(outcomes)
    counts = {kind: sum(o.got == kind for o in outcomes) for kind in ("as_sent", "handled", "repair", "unfixed")}
    return {kind: (n, round(100.0 * n / total, 1)) for kind, n in counts.items()}


def report(outcomes: list[Outcome]) -> str:
    entries = {e["id"]: e for e in load_index()}
    lines = [f"{'id':<4} {'expect':<8} {'got':<8} {'att':>3} {'req':>3}  mistake"]
    for o in outcomes:
        lines.append(f"{o.id:<4} {o.expect:<8} {o.got:<8} {o.attempts:>3} {o.requests:>3}  {entries[o.id]['mistake']}")
    f = figures(outcomes)
    total = len(outcomes)
    lines.append("")
    fixed_code = sum(o.got == "handled" and bool(o.fixes) for o in outcomes)
    lines.append(f"{total} replies: {f['as_sent'][0]} worked as sent ({f['as_sent'][1]}%), "
                 f"{f['handled'][0]} fixed by response handling alone ({f['handled'][1]}%; "
                 f"{fixed_code} of them needed a code fix beyond extraction), "
                 f"{f['repair'][0]} needed a repair round ({f['repair'][1]}%), "
                 f"{f['unfixed'][0]} not fixed ({f['unfixed'][1]}%).")
    return "\n".join(lines)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from naturalcad import config
    from naturalcad.sandbox.runner import get_worker

    with tempfile.TemporaryDirectory() as data:
        outcomes = run_corpus(lambda server: config.load_settings({
            "NATURALCAD_DATA_DIR": data, "NATURALCAD_LLM_BASE_URL": server.url,
            "NATURALCAD_LLM_MODEL": "corpus-replay", "NATURALCAD_LLM_MAX_ATTEMPTS": "2"}))
        get_worker().stop()
    print(report(outcomes))


if __name__ == "__main__":
    main()
