"""Client for a hosted NaturalCAD backend (`NATURALCAD_BACKEND_URL`).

The backend answers with a script; this app still runs that script through its own guard
and sandbox (remote code is untrusted like any other), so the result is measured here.
"""

from __future__ import annotations

import httpx

from ..config import Settings
from ..errors import SourceError
from ..request import ValidRequest
from . import Generated


def health(settings: Settings, timeout: float = 3.0) -> tuple[bool, str]:
    """(answers, detail) for the Status page and sidebar."""
    if not settings.backend_url:
        return False, "not configured"
    try:
        response = httpx.get(f"{settings.backend_url}/health", timeout=timeout)
    except httpx.HTTPError as err:
        return False, f"no answer ({type(err).__name__})"
    if response.status_code != 200:
        return False, f"HTTP {response.status_code}"
    return True, f"ok, version {response.json().get('version', '?')}"


class BackendSource:
    name = "backend"

    def __init__(self, settings: Settings):
        self.settings = settings

    def _headers(self) -> dict[str, str]:
        key = self.settings.backend_api_key
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _post(self, payload: dict) -> Generated:
        try:
            response = httpx.post(f"{self.settings.backend_url}/v1/generate", json=payload, headers=self._headers(),
                                  timeout=self.settings.backend_timeout)
        except httpx.TimeoutException:
            raise SourceError(f"the backend did not answer within {self.settings.backend_timeout:g} s") from None
        except httpx.HTTPError as err:
            raise SourceError(f"the backend could not be reached ({type(err).__name__})") from None
        if response.status_code == 401:
            raise SourceError("the backend rejected the API key (401): check NATURALCAD_API_KEY")
        try:
            data = response.json()
        except ValueError:
            raise SourceError(f"the backend answered HTTP {response.status_code} without JSON") from None
        code = data.get("code") or ""
        if not code.strip():
            raise SourceError(data.get("error") or f"the backend answered HTTP {response.status_code} without a script")
        return Generated(code=code, source="backend", family=data.get("family"), params=data.get("params") or {},
                         notices=list(data.get("notices") or []), output_type=data.get("output_type"),
                         model=data.get("model"))

    def generate(self, request: ValidRequest) -> Generated:
        return self._post({"prompt": request.safe_prompt, "mode": request.mode, "output_type": request.output_type})

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        return None  # the backend runs its own repair loop before answering

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        raise SourceError("the backend does not refine scripts; the follow-up is handled locally")
