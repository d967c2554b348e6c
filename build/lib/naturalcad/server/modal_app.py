"""The backend on Modal: `modal deploy -m naturalcad.server.modal_app`.

`generate_cad_endpoint` serves the same FastAPI app as `python -m naturalcad serve`
(`POST /` in the seed deployment's contract, and `/v1/*`) on CPU containers. The image is
built from `packages.txt` and `requirements.txt` and runs `python -m naturalcad.smoke`
(build123d builds and exports a box) before it can be deployed.

Secrets come from one Modal secret (`naturalcad`, created with `modal secret create`) holding
the seed deployment's variables; only NATURALCAD_API_KEY is required (the app refuses to
serve without it). Nothing here needs Modal credentials to import: the app, image, volume
and secret are descriptions until `modal deploy` hydrates them, so tests check them as is.

Concurrency and scale-out, chosen for CAD work (CPU-bound, seconds per part):
- `cpu=2`, `memory=4096` per container: the sandbox runs two scripts at once
  (NATURALCAD_SERVER_CONCURRENCY=2), each under its 2.5 GB address-space cap.
- `@modal.concurrent(max_inputs=10, target_inputs=4)`: a container holds up to 10 requests
  (2 running, 8 queued: NATURALCAD_SERVER_QUEUE) so downloads and queued parts share a
  warm worker; Modal starts another container once 4 are in flight on each, before the
  queue fills and the gate has to answer 503.
- `max_containers=8`: the ceiling on spend and on what one API key can start; `min_containers=0`
  scales to nothing when idle (a cold start loads the image and starts the warm worker),
  `scaledown_window=300` keeps a container for 5 idle minutes so a session's next part is warm.
- Runs live on a shared Volume (`/data`), committed after each run and reloaded when a
  container is asked for a file another one wrote, so a signed link works whichever
  container answers it. History stays per container on local disk (SQLite must not be shared
  over a network volume); set SUPABASE_URL/SUPABASE_SERVICE_ROLE_KEY for one history of all.
- Rate limits are counted per container (in memory), so with N containers a client gets up
  to N times NATURALCAD_RATE_LIMIT_IP at most; max_containers bounds that too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import modal

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "naturalcad"
SECRET_NAME = "naturalcad"
# The variables the seed deployment's secret holds; the first is required.
SECRET_KEYS = ("NATURALCAD_API_KEY", "OPENROUTER_API_KEY", "OPENROUTER_MODEL", "SUPABASE_URL",
               "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_BUCKET")
REQUIRED_SECRET_KEYS = ["NATURALCAD_API_KEY"]
DATA_DIR = "/data"
REMOTE_ROOT = "/root/app"

CONTAINER_ENV = {
    "NATURALCAD_DATA_DIR": DATA_DIR,
    "NATURALCAD_HISTORY_DIR": "/tmp/naturalcad-history",
    "NATURALCAD_SERVER_CONCURRENCY": "2",
    "NATURALCAD_SERVER_QUEUE": "8",
    "NATURALCAD_TRUSTED_PROXIES": "*",  # only Modal's proxy can reach the container
    "PYTHONPATH": REMOTE_ROOT,
}
FUNCTION_OPTIONS: dict[str, Any] = {
    "cpu": 2.0,
    "memory": 4096,
    "timeout": 300,
    "min_containers": 0,
    "max_containers": 8,
    "scaledown_window": 300,
}
CONCURRENCY = {"max_inputs": 10, "target_inputs": 4}


def apt_packages(path: Path = ROOT / "packages.txt") -> list[str]:
    """packages.txt without comments (read where it exists: locally, when the image is built)."""
    if not path.is_file():
        return []
    return [line.split("#")[0].strip() for line in path.read_text().splitlines() if line.split("#")[0].strip()]


def build_image() -> modal.Image:
    return (
        modal.Image.debian_slim(python_version="3.11")
        .apt_install(*apt_packages())
        .pip_install_from_requirements(str(ROOT / "requirements.txt"))
        .env(CONTAINER_ENV)
        .add_local_dir(ROOT / "naturalcad", f"{REMOTE_ROOT}/naturalcad", copy=True, ignore=["**/__pycache__/**"])
        .run_commands(f"cd {REMOTE_ROOT} && python -m naturalcad.smoke")
    )


image = build_image()
secret = modal.Secret.from_name(SECRET_NAME, required_keys=REQUIRED_SECRET_KEYS)
volume = modal.Volume.from_name("naturalcad-data", create_if_missing=True)
app = modal.App(APP_NAME, image=image)


def web_app(data_volume: Any = None) -> Any:
    """The ASGI app a container serves: the backend behind its gate, with the volume hooks."""
    # Absolute imports: Modal imports this module in the container as `naturalcad.server.modal_app`.
    from naturalcad.config import load_settings
    from naturalcad.server.app import Hooks, create_app

    hooks = Hooks(after_run=(lambda _result: data_volume.commit()) if data_volume is not None else None,
                  refresh=data_volume.reload if data_volume is not None else None)
    return create_app(load_settings(dict(os.environ)), require_key=True, hooks=hooks)


@app.function(secrets=[secret], volumes={DATA_DIR: volume}, **FUNCTION_OPTIONS)
@modal.concurrent(**CONCURRENCY)
@modal.asgi_app(label="naturalcad-generate-cad-endpoint")
def generate_cad_endpoint() -> Any:
    return web_app(volume)
