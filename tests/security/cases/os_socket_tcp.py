# tries: a TCP connection to the test's loopback listener, via socket() and via ctypes.
# contained: seccomp refuses socket(); Landlock would refuse the TCP connect too; the
#   listener records nothing.
# mode: os
# expect: contained
# require: BLOCKED
import socket, ctypes
attempt("tcp-connect", lambda: socket.create_connection(("127.0.0.1", {{PORT}}), timeout=2))
libc = ctypes.CDLL(None, use_errno=True)
attempt("raw-socket", lambda: must(libc.socket(2, 1, 0) >= 0, f"errno {ctypes.get_errno()}"))
