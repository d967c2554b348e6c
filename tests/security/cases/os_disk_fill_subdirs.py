# tries: filling the disk past the run dir's cap with files under the per-file cap hidden
#   where the end-of-run count did not look (subdirectories, past the first 1,000 entries),
#   and 100,000 empty files (inodes); then waiting, so the damage stays while it runs.
# contained: the worker watches the run dir's disk use and entry count (subdirectories too)
#   while the job runs and stops it when over: error_kind "output_too_large", well before
#   the 20 s time limit.
# mode: os
# expect: fail
# kinds: output_too_large
# max_file_mb: 1
# timeout: 20
import os, time
block = bytes(1024 * 1024 - 1)
for i in range(1001):
    open(f"empty{i:04d}", "w").close()
os.makedirs("a/b/c")
for i in range(200):
    with open(f"a/b/c/chunk{i}.bin", "wb") as handle:
        handle.write(block)
for i in range(100_000):
    open(f"a/b/n{i}", "w").close()
time.sleep(60)
