"""Model-backed generation: any OpenAI-compatible server writes the build123d script.

`ModelClient` talks to the server (OpenRouter, OpenAI, Ollama, LM Studio, vLLM…) with the
`openai` package: streamed replies for progress, a timeout, and bounded retries with
backoff on 429/5xx/connection errors that honour Retry-After, never on auth errors.
`LLMSource` turns a request into messages (llm_prompt), a reply into a script (extract),
and answers the pipeline's generate / repair / refine. Guarding, running, measuring and
the repair loop itself live in the pipeline, as for every source.

Every failure becomes a SourceError with a sentence a person can act on; the API key never
appears in one.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import checks
from ..config import Settings
from ..errors import SourceError
from ..history import scrub
from ..request import ValidRequest
from . import Generated
from . import llm_prompt as prompts
from .extract import handle_reply

if TYPE_CHECKING:
    from tenacity import RetryCallState

log = logging.getLogger("naturalcad.llm")

TokenCallback = Callable[[int], None]

# Retry policy. Tests shrink BACKOFF_SECONDS; Retry-After from the server always wins.
MAX_RETRIES = 3               # retries after the first try
MAX_TIMEOUT_RETRIES = 1       # a server that timed out twice is not answering: do not make the person wait more
BACKOFF_SECONDS = 0.5         # first backoff; doubles each retry, with jitter
MAX_BACKOFF_SECONDS = 20.0
MAX_RETRY_AFTER_SECONDS = 30.0  # a server asking us to wait longer than this is answered with an error
MAX_REPLY_TOKENS = 4096
PROGRESS_EVERY_CHARS = 200
OPTIONAL_PARAMETERS = ("stream_options", "max_tokens", "temperature")  # dropped when a server refuses them

# OpenRouter attribution: the app's public address (`Settings.app_url`, NATURALCAD_APP_URL, set
# by the deployment: a Space or Community Cloud URL). Without it OpenRouter lists the app by its title.
APP_TITLE = "NaturalCAD"


@dataclass
class Completion:
    """One answered request."""

    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    finish_reason: str | None = None
    tries: int = 1
    estimated_tokens: bool = False
    cost: float | None = None  # USD, when the provider reports it (OpenRouter's usage.cost)


class _Retry(Exception):
    """An error worth another try, and how long the server asked us to wait (if it did)."""

    def __init__(self, error: Exception, wait: float | None = None):
        super().__init__(str(error))
        self.error = error
        self.wait = wait


def _worth_retrying(state: RetryCallState) -> bool:
    import openai

    error = state.outcome.exception() if state.outcome else None
    if not isinstance(error, _Retry):
        return False
    if (error.wait or 0) > MAX_RETRY_AFTER_SECONDS:
        return False  # a server asking for a longer pause than we will hold the person for
    if isinstance(error.error, openai.APITimeoutError):
        return state.attempt_number <= MAX_TIMEOUT_RETRIES
    return True


def _wait(state: RetryCallState) -> float:
    """Retry-After when the server gave one, else exponential backoff with jitter."""
    import random

    error = state.outcome.exception() if state.outcome else None
    if isinstance(error, _Retry) and error.wait is not None:
        return error.wait
    return min(BACKOFF_SECONDS * 2.0 ** (state.attempt_number - 1), MAX_BACKOFF_SECONDS) * (0.75 + random.random() / 2)


def _log_retry(state: RetryCallState) -> None:
    """Log the failure about to be retried (only `_Retry` errors are: see `_worth_retrying`)."""
    error = state.outcome.exception() if state.outcome else None
    failure = error.error if isinstance(error, _Retry) else error
    log.info("model request failed (%s); retry %d in %.2f s", type(failure).__name__,
             state.attempt_number, state.upcoming_sleep)


# -- the client ------------------------------------------------------------------------------------
class ModelClient:
    """Chat completions against one OpenAI-compatible server."""

    def __init__(self, settings: Settings, *, stream: bool = True):
        from openai import OpenAI

        if not settings.llm_base_url:
            raise SourceError("No model server is configured: set NATURALCAD_LLM_BASE_URL (or OPENROUTER_API_KEY).")
        self.settings = settings
        self.stream = stream
        self.model = settings.llm_model or "default"
        headers: dict[str, str] = {}
        if settings.llm_is_openrouter:
            headers["X-Title"] = APP_TITLE
            if settings.app_url:
                headers["HTTP-Referer"] = settings.app_url
        self._client = OpenAI(
            api_key=settings.llm_api_key or "not-needed",  # local servers (Ollama, LM Studio) want none
            base_url=settings.llm_base_url,
            timeout=settings.llm_timeout,
            max_retries=0,  # retries are ours: bounded, logged, honouring Retry-After
            default_headers=headers,
        )
        self._unsupported: set[str] = set()  # optional parameters this server refused

    # public ------------------------------------------------------------------------------------
    def complete(self, messages: list[dict[str, str]], on_token: TokenCallback | None = None) -> Completion:
        """The model's reply to `messages`. Raises SourceError with a sentence for a person."""
        from tenacity import Retrying, stop_after_attempt

        started = time.perf_counter()
        retrying = Retrying(
            stop=stop_after_attempt(MAX_RETRIES + 1),
            wait=_wait,
            retry=_worth_retrying,
            before_sleep=_log_retry,
            reraise=True,
        )
        tries = 0
        try:
            for attempt in retrying:
                with attempt:
                    tries += 1
                    completion = self._once(messages, on_token)
                    if not completion.text.strip() and self.stream:
                        # Some servers ignore `stream` or send nothing in it: ask once more, plainly.
                        completion = self._once(messages, on_token, stream=False)
        except _Retry as retry:
            if (retry.wait or 0) > MAX_RETRY_AFTER_SECONDS:
                raise SourceError(f"The model server is rate limiting requests and asked to wait {retry.wait:.0f} s; "
                                  "try again later.") from None
            raise self._sentence(retry.error, tries) from None
        completion.tries = tries
        completion.seconds = time.perf_counter() - started
        return completion

    # one request -------------------------------------------------------------------------------
    def _once(self, messages: list[dict[str, str]], on_token: TokenCallback | None,
              stream: bool | None = None) -> Completion:
        import openai

        stream = self.stream if stream is None else stream
        kwargs: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": 0.2,
                                  "max_tokens": MAX_REPLY_TOKENS}
        if stream:
            kwargs.update(stream=True, stream_options={"include_usage": True})
        for name in self._unsupported:
            kwargs.pop(name, None)
        try:
            while True:
                try:
                    response = self._client.chat.completions.create(**kwargs)
                    break
                except openai.BadRequestError as err:
                    # Reasoning models refuse max_tokens/temperature, older servers stream_options:
                    # drop what the server names and ask again (remembered for this client).
                    refused = next((n for n in OPTIONAL_PARAMETERS if n in kwargs and n in str(err)), None)
                    if refused is None:
                        raise
                    self._unsupported.add(refused)
                    kwargs.pop(refused)
            return self._streamed(response, on_token) if stream else self._plain(response)
        except (openai.RateLimitError, openai.InternalServerError) as err:
            raise _Retry(err, _retry_after(err)) from None
        except openai.APIStatusError as err:
            if err.status_code in (408, 409) or err.status_code >= 500:
                raise _Retry(err, _retry_after(err)) from None
            raise self._sentence(err, 1) from None
        except openai.APIConnectionError as err:  # includes timeouts
            raise _Retry(err) from None
        except openai.APIError as err:  # an error event inside the stream
            raise SourceError(self._clean(f"The model server reported an error while answering: {err.message}")) from None

    def _plain(self, reply: Any) -> Completion:
        choice = reply.choices[0] if getattr(reply, "choices", None) else None
        text = (choice.message.content or "") if choice is not None and choice.message is not None else ""
        usage = getattr(reply, "usage", None)
        return _with_usage(Completion(text, finish_reason=getattr(choice, "finish_reason", None)), usage, text)

    def _streamed(self, chunks: Any, on_token: TokenCallback | None) -> Completion:
        parts: list[str] = []
        size, reported, finish, usage = 0, 0, None, None
        with chunks:
            for chunk in chunks:
                if getattr(chunk, "usage", None):
                    usage = chunk.usage
                for choice in chunk.choices or []:
                    delta = choice.delta
                    piece = (delta.content or "") if delta is not None else ""
                    thought = _reasoning(delta)
                    if piece:
                        parts.append(piece)
                    size += len(piece) + len(thought)
                    if choice.finish_reason:
                        finish = choice.finish_reason
                if on_token is not None and size - reported >= PROGRESS_EVERY_CHARS:
                    reported = size
                    _safe_call(on_token, size)
        if on_token is not None and size != reported:
            _safe_call(on_token, size)
        text = "".join(parts)
        return _with_usage(Completion(text, finish_reason=finish), usage, text)

    # errors ------------------------------------------------------------------------------------
    def _where(self) -> str:
        parts = urlsplit(self.settings.llm_base_url or "")
        return f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}"

    def _clean(self, text: str) -> str:
        return scrub(text, self.settings.secret_values())

    def _sentence(self, err: Exception, tries: int) -> SourceError:
        """A SourceError a person can act on; never echoes headers or the key."""
        import openai

        key_var = "NATURALCAD_LLM_API_KEY (or OPENROUTER_API_KEY)" if self.settings.llm_is_openrouter else "NATURALCAD_LLM_API_KEY"
        after = f" after {tries} tries" if tries > 1 else ""
        if isinstance(err, openai.AuthenticationError):
            text = f"The model server rejected the API key (401): check {key_var}."
        elif isinstance(err, openai.PermissionDeniedError):
            text = f"The model server refused access (403): check that the key in {key_var} may use model {self.model!r}."
        elif isinstance(err, openai.NotFoundError):
            text = (f"The model server does not know model {self.model!r} or the address is wrong (404): "
                    "check NATURALCAD_LLM_MODEL and NATURALCAD_LLM_BASE_URL.")
        elif isinstance(err, openai.RateLimitError):
            text = f"The model server is rate limiting requests (429){after}; try again in a minute."
        elif isinstance(err, openai.APITimeoutError):
            text = (f"The model server at {self._where()} did not answer within {self.settings.llm_timeout:g} s{after} "
                    "(NATURALCAD_LLM_TIMEOUT).")
        elif isinstance(err, openai.APIConnectionError):
            text = f"Could not reach the model server at {self._where()}{after}: check NATURALCAD_LLM_BASE_URL and that it is running."
        elif isinstance(err, openai.APIStatusError):
            detail = _server_message(err)
            if err.status_code >= 500:
                text = f"The model server failed with HTTP {err.status_code}{after}" + (f": {detail}" if detail else ".")
            else:
                text = f"The model server refused the request (HTTP {err.status_code})" + (f": {detail}" if detail else ".")
        else:
            text = f"The model request failed: {type(err).__name__}."
        return SourceError(self._clean(text))


def _retry_after(err: Any) -> float | None:
    """Seconds the server asked us to wait (Retry-After, retry-after-ms), if it said."""
    headers = getattr(getattr(err, "response", None), "headers", None) or {}
    try:
        ms = headers.get("retry-after-ms")
        if ms:
            return max(float(ms) / 1000.0, 0.0)
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            return max(float(value), 0.0)
        except ValueError:
            from email.utils import parsedate_to_datetime

            return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
    except (TypeError, ValueError):
        return None


def _server_message(err: Any) -> str:
    """The short message a server put in its error body (no headers, capped)."""
    body = getattr(err, "body", None)
    message = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner if isinstance(inner, str) else None
    message = str(message or "").strip().splitlines()[0] if message else ""
    return (message[:200] + "…") if len(message) > 200 else message


def _reasoning(delta: Any) -> str:
    if delta is None:
        return ""
    extra = getattr(delta, "model_extra", None) or {}
    value = extra.get("reasoning_content") or extra.get("reasoning") or ""
    return value if isinstance(value, str) else ""


def _with_usage(completion: Completion, usage: Any, text: str) -> Completion:
    if usage is not None and (getattr(usage, "prompt_tokens", None) or getattr(usage, "completion_tokens", None)):
        completion.prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion.completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        cost = getattr(usage, "cost", None)
        if isinstance(cost, (int, float)) and cost >= 0:
            completion.cost = float(cost)
    else:
        completion.completion_tokens = max(len(text) // 4, 1) if text else 0
        completion.estimated_tokens = True
    return completion


def _safe_call(callback: TokenCallback, size: int) -> None:
    try:
        callback(size)
    except Exception:
        log.debug("progress callback failed", exc_info=True)


# -- the source ------------------------------------------------------------------------------------
def infer_output_type(prompt: str, mode: str = "part") -> str:
    """What the person wants when they did not say: the one inference every source uses."""
    from ..prompt import infer_output_type as infer

    return infer(prompt, mode).kind


def read_params(code: str) -> dict[str, Any]:
    """The script's parameter block as name -> value (what the sliders edit)."""
    from ..params import read_params as read

    try:
        return {p.name: p.value for p in read(code)}
    except Exception:
        return {}


class LLMSource:
    """The model as a code source for the pipeline."""

    name = "llm"
    can_repair = True
    reports_progress = True  # streamed replies: characters received so far

    def __init__(self, settings: Settings, client: ModelClient | None = None):
        self.settings = settings
        self.client = client or ModelClient(settings)
        self.on_progress: TokenCallback | None = None  # set by the pipeline
        self.answered: bool | None = None

    @property
    def label(self) -> str:
        return f"the model {self.settings.llm_model}"

    def generate(self, request: ValidRequest) -> Generated:
        output_type = request.output_type or infer_output_type(request.safe_prompt, request.mode)
        message = prompts.generate_message(request.safe_prompt, output_type, request.mode, _sizes(request))
        return self._ask(self._conversation(message), output_type)

    def repair(self, request: ValidRequest, previous: Generated, failure: str) -> Generated | None:
        output_type = request.output_type or previous.output_type or infer_output_type(request.safe_prompt, request.mode)
        message = prompts.repair_message(request.safe_prompt, previous.code, explain_failure(failure, previous.code),
                                         output_type, _sizes(request))
        return self._ask(self._conversation(message), output_type)

    def refine(self, request: ValidRequest, previous_code: str) -> Generated:
        output_type = request.output_type or infer_output_type(request.safe_prompt, request.mode)
        message = prompts.refine_message(request.safe_prompt, previous_code, output_type, _sizes(request))
        generated = self._ask(self._conversation(message), output_type)
        lost = [name for name in read_params(previous_code) if name not in generated.params]
        if lost:
            generated.notices.append("The model dropped parameter" + ("s " if len(lost) > 1 else " ")
                                     + ", ".join(f"`{n}`" for n in lost) + " from the parameter block.")
        return generated

    # ------------------------------------------------------------------------------------------
    def _conversation(self, user_message: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": prompts.system_prompt()}, {"role": "user", "content": user_message}]

    def _complete(self, messages: list[dict[str, str]]) -> Completion:
        try:
            completion = self.client.complete(messages, self.on_progress)
        except SourceError:
            self.answered = False
            raise
        self.answered = True
        return completion

    def _ask(self, messages: list[dict[str, str]], output_type: str) -> Generated:
        completion = self._complete(messages)
        tokens = {"prompt": completion.prompt_tokens, "completion": completion.completion_tokens, "requests": 1}
        spent = [completion.cost]
        if not completion.text.strip():
            raise SourceError("The model returned an empty reply.")
        handled = handle_reply(completion.text, output_type)
        if handled.code is None:
            # One plain reminder: prose without code is usually a model that explained instead of answering.
            retry = [*messages, {"role": "assistant", "content": completion.text[:4000]},
                     {"role": "user", "content": prompts.no_code_message()}]
            completion = self._complete(retry)
            tokens = {"prompt": tokens["prompt"] + completion.prompt_tokens,
                      "completion": tokens["completion"] + completion.completion_tokens, "requests": 2}
            spent.append(completion.cost)
            handled = handle_reply(completion.text, output_type)
            if handled.code is None:
                raise SourceError("The model's reply contained no build123d script.")
        notices = []
        if handled.fixes:
            notices.append("Adjusted the model's script: " + "; ".join(handled.fixes) + ".")
        if handled.truncated or completion.finish_reason == "length":
            notices.append("The model's reply was cut off at its length limit.")
        if any(c is not None for c in spent):  # micro-dollars, so the run's integer token totals can add it up
            tokens["cost_microusd"] = round(sum(c or 0.0 for c in spent) * 1e6)
        code = scrub(handled.code, self.settings.secret_values())
        return Generated(code=code, source="llm", family="llm", params=read_params(code), notices=notices,
                         output_type=output_type, model=self.settings.llm_model, tokens=tokens)


def _sizes(request: ValidRequest) -> list[str]:
    try:
        return checks.describe_requested(request.safe_prompt)
    except Exception:
        return []


def explain_failure(failure: str, code: str) -> str:
    """The failure as the pipeline gave it, plus the source of the line it names."""
    text = failure.strip()
    match = re.search(r"\b[Ll]ine (\d+)\b", text)
    lines = code.splitlines()
    if match and "File \"script.py\"" not in text:
        number = int(match.group(1))
        if 1 <= number <= len(lines):
            text += f"\nLine {number} of the script is: `{lines[number - 1].strip()}`"
    return text
