# tries: `import build123d` and then the module attributes `build123d.os.system`.
# contained: the guard refuses `import build123d` and names the line.
# expect: guard
import build123d  # REFUSED
build123d.os.system("touch /tmp/PWNED-build123d-os")
result = build123d.Box(1, 1, 1)
