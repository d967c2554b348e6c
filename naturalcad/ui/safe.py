"""Keep a failure on a page to one sentence and a retry button, never a traceback."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

import streamlit as st

log = logging.getLogger("naturalcad.ui")

PAGE_ERROR = "Something went wrong while showing this page. It has been logged; please try again."


def page(body: Callable[[], None]) -> Callable[[], None]:
    """Decorator for a page's body: on an unexpected error, a short message and a retry."""

    @functools.wraps(body)
    def wrapped() -> None:
        try:
            body()
        # st.rerun / st.switch_page / st.stop unwind with BaseExceptions, which pass through.
        except Exception:  # the page, not the user, handles surprises
            log.exception("page %s failed", body.__name__)
            st.error(PAGE_ERROR)
            st.button("Retry", key=f"retry-page-{body.__name__}", type="primary")

    return wrapped
