"""Run the test stack in its own process: `python -m tests.shared_history.serve_stack`.

Prints one JSON line (url, service_key, anon_key, database url) once everything is up, then
reads commands from stdin, one per line, answering `ok`: `stop-postgrest`, `start-postgrest`,
`sql <statement>` (answers the result), `bucket <name> public|private`. End of input stops it all.
For benchmarks, whose timings must not share a GIL with the servers, and for trying the app
against a local Supabase-shaped stack by hand.
"""

from __future__ import annotations

import json
import sys

from .stack import SupabaseStack


def main() -> int:
    stack = SupabaseStack.start()
    try:
        assert stack.postgres is not None and stack.postgrest is not None and stack.storage is not None
        print(json.dumps({"url": stack.url, "service_key": stack.service_key, "anon_key": stack.anon_key,
                          "database": stack.postgres.url()}), flush=True)
        for line in sys.stdin:
            command, _, rest = line.strip().partition(" ")
            if command == "stop-postgrest":
                stack.postgrest.stop()
                print("ok", flush=True)
            elif command == "start-postgrest":
                stack.postgrest.start()
                print("ok", flush=True)
            elif command == "sql":
                print(json.dumps(stack.postgres.psql(rest)), flush=True)
            elif command == "bucket":
                name, _, kind = rest.partition(" ")
                stack.storage.state.buckets[name] = kind == "public"
                print("ok", flush=True)
            elif command:
                print(f"unknown command {command!r}", flush=True)
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
