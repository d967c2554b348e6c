# tries: a forged report that parses but carries what the app does not expect: geometry 900
#   lists deep (history and the UI serialise it again, with less stack to spare), timings as
#   strings, sandbox layers as numbers, a 1 MB traceback and extra keys.
# contained: the worker passes on only the report's known keys, each of its type and size:
#   this one is malformed (error_kind "crashed"), and the worker stays up.
# mode: os
# expect: fail
# kinds: crashed
import json, os
deep = "[" * 900 + "]" * 900
with open("result.json", "w") as handle:
    handle.write('{"ok": false, "error": "x", "geometry": {"volume": ' + deep + '}, "timings": {"build": "slow"},'
                 ' "sandbox": [1, 2], "traceback": "' + "T" * 1_000_000 + '", "extra": ' + deep + '}')
os._exit(0)
