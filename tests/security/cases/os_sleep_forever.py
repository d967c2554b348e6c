# tries: sleeping forever with SIGTERM/SIGALRM ignored (no CPU used, so RLIMIT_CPU never fires).
# contained: the worker's wall-clock deadline sends SIGKILL: error_kind "timeout".
# mode: os
# expect: fail
# kinds: timeout
# timeout: 5
import signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGALRM, signal.SIG_IGN)
time.sleep(10 ** 6)
