"""Every setting NaturalCAD reads, in one typed place.

Settings come from the environment and, when running inside Streamlit, from `st.secrets`
(so a Community Cloud deployment can use its secrets UI). They are read once per process
through `get_settings()`; tests build their own `Settings` with `load_settings(env)`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
DEFAULT_OPENROUTER_MODEL = "anthropic/claude-sonnet-4.5"

# Names of every variable that may hold a secret. The sandbox never passes these on, and
# logs/history scrub their values.
SECRET_ENV_NAMES = (
    "NATURALCAD_API_KEY",
    "NATURALCAD_LLM_API_KEY",
    "OPENROUTER_API_KEY",
    "OPENAI_API_KEY",
    "SUPABASE_SERVICE_ROLE_KEY",
    "SUPABASE_ANON_KEY",
    "SUPABASE_KEY",
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("artifacts")
    max_runs: int = 200
    max_artifact_mb: float = 500.0
    max_file_mb: float = 100.0
    exec_timeout_seconds: float = 60.0
    memory_limit_mb: int = 2560
    max_prompt_chars: int = 1200
    max_prompt_lines: int = 20
    # A description written as modelling steps runs long ("1. Sketch ... 2. Drill ..."): its own caps.
    max_steps_prompt_chars: int = 4000
    max_steps_prompt_lines: int = 40
    backend_url: str | None = None
    backend_api_key: str | None = field(default=None, repr=False)
    backend_timeout: float = 60.0
    llm_base_url: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    llm_model: str | None = None
    llm_is_openrouter: bool = False
    llm_timeout: float = 90.0
    llm_max_attempts: int = 3
    supabase_url: str | None = None
    supabase_key: str | None = field(default=None, repr=False)
    supabase_bucket: str | None = None

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite"

    @property
    def run_log(self) -> Path:
        return self.data_dir / "logs" / "runs.jsonl"

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @property
    def backend_configured(self) -> bool:
        return bool(self.backend_url)

    def secret_values(self) -> list[str]:
        """The secret strings in force, so outputs can be scrubbed of them."""
        values = [self.backend_api_key, self.llm_api_key, self.supabase_key]
        values += [os.environ.get(name) for name in SECRET_ENV_NAMES]
        return sorted({v for v in values if v and len(v) >= 6}, key=len, reverse=True)

    def with_overrides(self, **changes: object) -> "Settings":
        return replace(self, **changes)


def _number(env: Mapping[str, str], name: str, default: float, cast=float):
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = cast(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {raw!r}")
    return value


def _streamlit_secrets() -> dict[str, str]:
    """Top-level string secrets from st.secrets, only when Streamlit is already loaded."""
    st = sys.modules.get("streamlit")
    if st is None:
        return {}
    try:
        return {k: str(v) for k, v in st.secrets.items() if isinstance(v, (str, int, float))}
    except Exception:  # no secrets.toml is the normal case
        return {}


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from an environment mapping (default: os.environ + st.secrets)."""
    if env is None:
        env = {**_streamlit_secrets(), **os.environ}
    get = lambda name: (env.get(name) or "").strip() or None  # noqa: E731

    llm_base_url, llm_key, llm_model, openrouter = get("NATURALCAD_LLM_BASE_URL"), get(
        "NATURALCAD_LLM_API_KEY"
    ), get("NATURALCAD_LLM_MODEL"), False
    if get("OPENROUTER_API_KEY") and not llm_base_url:
        llm_base_url, openrouter = OPENROUTER_BASE_URL, True
        llm_key = llm_key or get("OPENROUTER_API_KEY")
        llm_model = llm_model or get("OPENROUTER_MODEL") or DEFAULT_OPENROUTER_MODEL
    elif llm_base_url and "openrouter.ai" in llm_base_url:
        openrouter = True
        llm_key = llm_key or get("OPENROUTER_API_KEY")
        llm_model = llm_model or get("OPENROUTER_MODEL") or DEFAULT_OPENROUTER_MODEL
    if llm_base_url and not llm_model:
        llm_model = "default"

    return Settings(
        data_dir=Path(get("NATURALCAD_DATA_DIR") or "artifacts").expanduser().absolute(),
        max_runs=_number(env, "NATURALCAD_MAX_RUNS", 200, int),
        max_artifact_mb=_number(env, "NATURALCAD_MAX_ARTIFACT_MB", 500.0),
        max_file_mb=_number(env, "NATURALCAD_MAX_FILE_MB", 100.0),
        exec_timeout_seconds=_number(env, "NATURALCAD_EXEC_TIMEOUT_SECONDS", 60.0),
        memory_limit_mb=_number(env, "NATURALCAD_MEMORY_LIMIT_MB", 2560, int),
        max_prompt_chars=_number(env, "NATURALCAD_MAX_PROMPT_CHARS", 1200, int),
        backend_url=(get("NATURALCAD_BACKEND_URL") or "").rstrip("/") or None,
        backend_api_key=get("NATURALCAD_API_KEY"),
        backend_timeout=_number(env, "NATURALCAD_BACKEND_TIMEOUT", 60.0),
        llm_base_url=llm_base_url,
        llm_api_key=llm_key,
        llm_model=llm_model,
        llm_is_openrouter=openrouter,
        llm_timeout=_number(env, "NATURALCAD_LLM_TIMEOUT", 90.0),
        llm_max_attempts=_number(env, "NATURALCAD_LLM_MAX_ATTEMPTS", 3, int),
        supabase_url=get("SUPABASE_URL"),
        supabase_key=get("SUPABASE_SERVICE_ROLE_KEY") or get("SUPABASE_ANON_KEY") or get("SUPABASE_KEY"),
        supabase_bucket=get("SUPABASE_BUCKET"),
    )


_settings: Settings | None = None


def get_settings() -> Settings:
    """The process-wide settings, read on first use."""
    global _settings
    if _settings is None:
        _settings = load_settings()
    return _settings


def set_settings(settings: Settings | None) -> None:
    """Replace the process-wide settings (CLI --out, tests)."""
    global _settings
    _settings = settings
