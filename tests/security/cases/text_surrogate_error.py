# tries: an exception message with a lone surrogate ('\ud800'), which UTF-8 cannot hold:
#   recording the run failed, the history row stayed `running`, the CLI printed a codec
#   error with no run id, and `.attempt-*` / `.in-progress` stayed behind.
# contained: the parent makes every string from a job valid UTF-8 where it enters
#   (sandbox/outcome.py), and recording never fails on content: the run is a recorded
#   failure (error_kind "exception") and nothing is left behind.
# mode: both
# expect: fail
# kinds: exception
from build123d import *
print("before \ud800 after \udfff")
raise ValueError("bad value \ud800 here")
