# tries: a report the worker chokes on: result.json nested 100,000 lists deep (json.loads
#   raises RecursionError, not ValueError), so the warm worker dies on every job and the app
#   retries into it; then exits before the sandbox writes the real report.
# contained: the worker treats an unreadable report as no report (error_kind "crashed") and
#   stays up; it also passes on only the report's known keys, each of its type and size.
# mode: os
# expect: fail
# kinds: crashed
import os
with open("result.json", "w") as handle:
    handle.write('{"ok": false, "error": "x", "geometry": ' + "[" * 100_000 + "]" * 100_000 + "}")
os._exit(0)
