# Prepended to every `mode: os` case by test_adversarial.py (not a case itself).
# It stands for "the guard AND the restricted builtins were bypassed": the script swaps the
# interpreter's real builtins into its namespace (unguarded, dunders work) and gets a helper
# that reports each attempt as BLOCKED (the OS layers refused) or ESCAPED (they did not).
print.__self__.globals()["__builtins__"].update(print.__self__.__dict__)


def attempt(label, action):
    try:
        outcome = action()
    except BaseException as err:  # noqa: BLE001 - any refusal counts; say which
        print(label, "BLOCKED", type(err).__name__, getattr(err, "errno", "") or "")
        return None
    print(label, "ESCAPED")
    return outcome


def must(ok, what="refused"):
    if not ok:
        raise OSError(what)
    return ok
