# tries: hiding data in 20,000 small files (the disk watch stopped counting at 1,000 entries)
#   and then waiting, so the inodes stay used while the job runs.
# contained: the watch counts every inode and stops the job: error_kind "output_too_large",
#   long before the 20 s limit; the parent removes the files.
# mode: os
# expect: fail
# kinds: output_too_large
# timeout: 20
import time
for i in range(20_000):
    with open(f"f{i:05d}", "w") as handle:
        handle.write("x" * 100)
time.sleep(60)
