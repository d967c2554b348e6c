"""The app's own log lines (jobs started and superseded) on the server's standard error.

Streamlit configures only its own logger; without a handler NaturalCAD's INFO lines
would be dropped, and an operator could not tell from the server log which slider
values built and which a newer value replaced. Time stamps carry milliseconds.
"""

from __future__ import annotations

import logging
import sys

FORMAT = "%(asctime)s.%(msecs)03d %(levelname)s %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
_MARK = "_naturalcad_app_handler"


def configure() -> None:
    """Once per process: NaturalCAD's INFO and above to standard error."""
    logger = logging.getLogger("naturalcad")
    if any(getattr(handler, _MARK, False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT, DATE_FORMAT))
    setattr(handler, _MARK, True)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
