# tries: a part whose exports are bigger than the per-file cap (here 0.05 MB).
# contained: RLIMIT_FSIZE stops the write: error_kind "output_too_large", no big file kept.
# expect: fail
# kinds: output_too_large
# max_file_mb: 0.05
from build123d import *
with BuildPart() as part:
    with GridLocations(5, 5, 12, 12):
        Sphere(2)
result = part
