# tries: a forged failure report whose error_kind (the one field of a failure the parent
#   passed on unread) is 100,000 characters of terminal escapes, a lone surrogate and bidi
#   overrides; the CLI prints it and history and the log store it.
# contained: an error kind is one of a few short words the parent knows: anything else
#   becomes "crashed"; no control character reaches the result.
# mode: os
# expect: fail
# kinds: crashed
import json, os
kind = ("\x1b]0;pwned\x07\x1b[2J\u202e\ud800" * 10_000)[:100_000]
with open("result.json", "w", encoding="utf-8", errors="surrogatepass") as handle:
    handle.write(json.dumps({"ok": False, "error_kind": kind, "error": "x", "line": 1, "stdout": "", "timings": {}}))
os._exit(0)
