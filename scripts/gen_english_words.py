#!/usr/bin/env python3
"""Write naturalcad/prompt/tables/english_words.txt: common English words of five letters or more.

The typo mender (prompt/lexicon.py) must not turn a real word into a known one two edits away
("resting" into "routing", which then asked for a route centreline). The list is the words of
`wordfreq` (Robyn Speer, CC BY-SA 4.0 data) with a Zipf frequency of at least 3.2 (about 1.6 per
million words): "resting" 3.9 is in, typos such as "lenght" 2.0 and "recieve" 2.8 are not.
wordfreq is needed only to regenerate the file (`pip install wordfreq`), never at run time.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "naturalcad" / "prompt" / "tables" / "english_words.txt"
MIN_ZIPF = 3.2


def main() -> None:
    words = sorted({w for w in top_n_list("en", 60000)
                    if len(w) >= 5 and w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= MIN_ZIPF})
    OUT.write_text("# common English words (wordfreq, Zipf >= 3.2); made by scripts/gen_english_words.py\n"
                   + "\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
