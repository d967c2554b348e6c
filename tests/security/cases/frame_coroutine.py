# tries: a coroutine's frame (`cr_frame`), the async twin of gi_frame.
# contained: the guard refuses `.cr_frame` and names the line.
# expect: guard
from build123d import *
async def task():
    return 1
coro = task()
frame = coro.cr_frame  # REFUSED
result = Box(1, 1, 1)
