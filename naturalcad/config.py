"""Every setting NaturalCAD reads, in one typed place.

Settings come from the environment and, when running inside Streamlit, from `st.secrets`
(so a Community Cloud deployment can use its secrets UI). They are read once per process
through `get_settings()`; tests build their own `Settings` with `load_settings(env)`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

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
    history_dir: Path | None = None  # history and run log, when not in data_dir (Modal: per container)
    max_runs: int = 200
    min_keep_seconds: float = 0.0  # pruning spares runs younger than this (the backend: its links' lifetime)
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
    backend_timeout: float = 20.0  # the whole call, retries included
    backend_contract: str | None = None  # naturalcad | modal; None: learnt from the backend's answers
    llm_base_url: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    llm_model: str | None = None
    llm_is_openrouter: bool = False
    llm_timeout: float = 90.0
    llm_max_attempts: int = 3
    supabase_url: str | None = None
    supabase_key: str | None = field(default=None, repr=False)
    supabase_bucket: str | None = None
    # Sandbox and record caps (see README, configuration).
    sandbox_mode: str = "warm"  # "cold": a fresh process per job
    max_concurrent_jobs: int = 0  # 0: max(2, CPU count)
    sandbox_uid_range: tuple[int, int] = (64000, 64999)  # one uid per job when running as root
    max_history_rows: int = 5000
    max_log_mb: float = 20.0
    log_keep: int = 3
    app_url: str | None = None  # the app's public address (OpenRouter attribution)
    # The backend server (naturalcad/server): limits, proxies, public address.
    rate_limit_ip: str = "20/minute"
    rate_limit_key: str = "60/minute"
    trusted_proxies: tuple[str, ...] = ()
    public_url: str | None = None
    max_body_kb: int = 256
    server_concurrency: int = 2
    server_queue: int = 8
    url_ttl_seconds: int = 3600
    api_docs: bool = False
    deployment_name: str = ""  # names this deployment's runs in the shared history (default: host name)

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    @property
    def history_db(self) -> Path:
        return (self.history_dir or self.data_dir) / "history.sqlite"

    @property
    def run_log(self) -> Path:
        return (self.history_dir or self.data_dir) / "logs" / "runs.jsonl"

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

    def with_overrides(self, **changes: Any) -> Settings:
        # Any: dataclasses.replace checks the field names at run time; each field has its own type.
        return replace(self, **changes)


_N = TypeVar("_N", int, float)


def _number(env: Mapping[str, str], name: str, default: float, allow_zero: bool = False) -> float:
    return _checked(env, name, default, float, allow_zero)


def _count(env: Mapping[str, str], name: str, default: int, allow_zero: bool = False) -> int:
    return _checked(env, name, default, int, allow_zero)


def _checked(env: Mapping[str, str], name: str, default: _N, cast: Callable[[str], _N], allow_zero: bool) -> _N:
    """A positive number from `env` (or `default` when unset); a clear sentence when it is not one."""
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = cast(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None
    if value < 0 or (value == 0 and not allow_zero):
        raise ValueError(f"{name} must be positive, got {raw!r}")
    return value


BACKEND_CONTRACTS = ("naturalcad", "modal")


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str | None:
    raw = (env.get(name) or "").strip().lower()
    if raw and raw not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {raw!r}")
    return raw or None


def _rate(env: Mapping[str, str], name: str, default: str) -> str:
    """A rate limit such as `20/minute` (the `limits` notation), checked at start-up."""
    raw = (env.get(name) or "").strip() or default
    try:
        from limits import parse_many

        parse_many(raw)
    except ImportError:  # the app without the server's extras: nothing to check against
        return raw
    except ValueError:
        raise ValueError(f"{name} must be a rate such as '20/minute' or '5/second', got {raw!r}") from None
    return raw


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
    values: Mapping[str, str] = env  # a closure would see `env` as still possibly None

    def get(name: str) -> str | None:
        return (values.get(name) or "").strip() or None

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
        history_dir=Path(get("NATURALCAD_HISTORY_DIR") or "").expanduser().absolute() if get("NATURALCAD_HISTORY_DIR") else None,
        max_runs=_count(env, "NATURALCAD_MAX_RUNS", 200),
        max_artifact_mb=_number(env, "NATURALCAD_MAX_ARTIFACT_MB", 500.0),
        max_file_mb=_number(env, "NATURALCAD_MAX_FILE_MB", 100.0),
        exec_timeout_seconds=_number(env, "NATURALCAD_EXEC_TIMEOUT_SECONDS", 60.0),
        memory_limit_mb=_count(env, "NATURALCAD_MEMORY_LIMIT_MB", 2560),
        max_prompt_chars=_count(env, "NATURALCAD_MAX_PROMPT_CHARS", 1200),
        backend_url=(get("NATURALCAD_BACKEND_URL") or "").rstrip("/") or None,
        backend_api_key=get("NATURALCAD_API_KEY"),
        backend_timeout=_number(env, "NATURALCAD_BACKEND_TIMEOUT", 20.0),
        backend_contract=_choice(env, "NATURALCAD_BACKEND_CONTRACT", BACKEND_CONTRACTS),
        llm_base_url=llm_base_url,
        llm_api_key=llm_key,
        llm_model=llm_model,
        llm_is_openrouter=openrouter,
        llm_timeout=_number(env, "NATURALCAD_LLM_TIMEOUT", 90.0),
        llm_max_attempts=_count(env, "NATURALCAD_LLM_MAX_ATTEMPTS", 3),
        supabase_url=get("SUPABASE_URL"),
        supabase_key=get("SUPABASE_SERVICE_ROLE_KEY") or get("SUPABASE_ANON_KEY") or get("SUPABASE_KEY"),
        supabase_bucket=get("SUPABASE_BUCKET"),
        sandbox_mode="cold" if (get("NATURALCAD_SANDBOX_MODE") or "").lower() == "cold" else "warm",
        max_concurrent_jobs=_count(env, "NATURALCAD_MAX_CONCURRENT_JOBS", 0),
        sandbox_uid_range=_uid_range(get("NATURALCAD_SANDBOX_UIDS")),
        max_history_rows=_count(env, "NATURALCAD_MAX_HISTORY_ROWS", 5000),
        max_log_mb=_number(env, "NATURALCAD_MAX_LOG_MB", 20.0),
        log_keep=_count(env, "NATURALCAD_LOG_KEEP", 3),
        app_url=get("NATURALCAD_APP_URL"),
        rate_limit_ip=_rate(env, "NATURALCAD_RATE_LIMIT_IP", "20/minute"),
        rate_limit_key=_rate(env, "NATURALCAD_RATE_LIMIT_KEY", "60/minute"),
        trusted_proxies=tuple(p.strip() for p in (get("NATURALCAD_TRUSTED_PROXIES") or "").split(",") if p.strip()),
        public_url=(get("NATURALCAD_PUBLIC_URL") or "").rstrip("/") or None,
        max_body_kb=_count(env, "NATURALCAD_MAX_BODY_KB", 256),
        server_concurrency=_count(env, "NATURALCAD_SERVER_CONCURRENCY", 2),
        server_queue=_count(env, "NATURALCAD_SERVER_QUEUE", 8, allow_zero=True),
        url_ttl_seconds=_count(env, "NATURALCAD_URL_TTL_SECONDS", 3600),
        api_docs=(get("NATURALCAD_API_DOCS") or "").lower() in ("1", "true", "yes", "on"),
        deployment_name=get("NATURALCAD_DEPLOYMENT") or "",
    )


def _uid_range(raw: str | None) -> tuple[int, int]:
    """`NATURALCAD_SANDBOX_UIDS=64000-64999`: the uids jobs get when the app runs as root."""
    if not raw:
        return (64000, 64999)
    try:
        first, last = (int(part) for part in raw.split("-", 1))
    except ValueError:
        raise ValueError(f"NATURALCAD_SANDBOX_UIDS must be FIRST-LAST, got {raw!r}") from None
    if not 0 < first <= last < 2**31:
        raise ValueError(f"NATURALCAD_SANDBOX_UIDS must be FIRST-LAST with 0 < FIRST <= LAST, got {raw!r}")
    return (first, last)


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
