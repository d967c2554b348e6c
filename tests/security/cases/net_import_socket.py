# tries: `import socket` and a connection to the test's loopback listener.
# contained: the guard refuses the import and names the line.
# expect: guard
from build123d import *
import socket  # REFUSED
socket.create_connection(("127.0.0.1", {{PORT}})).sendall("hello".encode())
result = Box(1, 1, 1)
