# tries: `from urllib.request import urlopen` to fetch from the loopback listener.
# contained: the guard refuses the import and names the line.
# expect: guard
from build123d import *
from urllib.request import urlopen  # REFUSED
urlopen("http://127.0.0.1:{{PORT}}/")
result = Box(1, 1, 1)
