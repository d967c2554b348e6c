# tries: a UDP datagram to the loopback listener and an abstract unix socket.
# contained: seccomp refuses socket() for every family; nothing is received.
# mode: os
# expect: contained
# require: BLOCKED
import socket
def udp():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto("leak".encode(), ("127.0.0.1", {{UDP_PORT}}))
attempt("udp-send", udp)
def abstract():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect("\0naturalcad-test")
attempt("abstract-unix", abstract)
attempt("socketpair", lambda: socket.socketpair())
