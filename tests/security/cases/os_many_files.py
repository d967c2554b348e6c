# tries: filling the disk with many files each under the per-file cap (here 1 MB).
# contained: the worker refuses a run dir holding more than a part's exports could:
#   error_kind "output_too_large" (and the pipeline removes the attempt's files).
# mode: os
# expect: fail
# kinds: output_too_large
# max_file_mb: 1
block = bytes(1024 * 1024 - 1)
for i in range(40):
    with open(f"chunk{i}.bin", "wb") as handle:
        handle.write(block)
from build123d import Box
result = Box(1, 1, 1)
