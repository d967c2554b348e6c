"""Fixtures for model-backed generation: a fake OpenAI-compatible server and settings for it."""

from __future__ import annotations

import pytest

from naturalcad import config
from naturalcad.sources import llm

from .fake_openai import FakeOpenAI

API_KEY = "sk-naturalcad-test-0123456789"


@pytest.fixture
def fake_llm():
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _quick_backoff(monkeypatch):
    """Retries without the real backoff pauses (Retry-After from the server still applies)."""
    monkeypatch.setattr(llm, "BACKOFF_SECONDS", 0.01)


def make_settings(tmp_path, server: FakeOpenAI, **env: str) -> config.Settings:
    values = {
        "NATURALCAD_DATA_DIR": str(tmp_path / "data"),
        "NATURALCAD_EXEC_TIMEOUT_SECONDS": "30",
        "NATURALCAD_LLM_BASE_URL": server.url,
        "NATURALCAD_LLM_API_KEY": API_KEY,
        "NATURALCAD_LLM_MODEL": "fake-model",
        "NATURALCAD_LLM_TIMEOUT": "10",
    }
    values.update(env)
    return config.load_settings(values)


@pytest.fixture
def llm_settings(tmp_path, fake_llm):
    made = make_settings(tmp_path, fake_llm)
    config.set_settings(made)
    yield made
    config.set_settings(None)
