"""Status page: a configured backend's health and its circuit breaker, before and after a failure."""

from __future__ import annotations

import socket

from naturalcad import config, pipeline
from naturalcad.request import Request
from naturalcad.sources.breaker import reset_all

from .conftest import no_exceptions, texts

STATUS = "pages/status.py"


def test_status_shows_the_circuit_breaker_opening_when_the_backend_is_down(settings, open_app):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    reset_all()
    config.set_settings(config.load_settings({"NATURALCAD_DATA_DIR": str(settings.data_dir),
                                              "NATURALCAD_BACKEND_URL": f"http://127.0.0.1:{port}",
                                              "NATURALCAD_BACKEND_TIMEOUT": "2"}))
    try:
        at = open_app(STATUS)
        no_exceptions(at)
        assert any("Circuit closed" in t for t in texts(at.markdown))
        result = pipeline.run(Request("box 60 x 40 x 20 mm"), settings=config.get_settings())
        assert result.success and result.source == "template" and result.backend_available is False
        at = open_app(STATUS)
        no_exceptions(at)
        shown = " ".join(texts(at.markdown))
        assert "Circuit open after 1 failure" in shown and "local fallback" in shown
        assert any("Backend health check" in t for t in texts(at.get("alert")) + [str(e.value) for e in at.warning])
    finally:
        reset_all()
