"""The model client against a real HTTP server: streaming, retries, timeouts and error sentences."""

from __future__ import annotations

import time

import pytest

from naturalcad.errors import SourceError
from naturalcad.request import Request, validate
from naturalcad.sources.llm import LLMSource, ModelClient, infer_output_type

from .conftest import API_KEY, make_settings

MESSAGES = [{"role": "system", "content": "system"}, {"role": "user", "content": "a box"}]
SCRIPT = "```python\nfrom build123d import *\nresult = Box(10, 20, 30)\n```"


def chat_requests(server):
    return [r for r in server.requests if r["path"].endswith("/chat/completions")]


def test_streamed_reply_reports_progress_and_usage(tmp_path, fake_llm):
    fake_llm.add("x" * 1000, usage=(321, 123))
    seen: list[int] = []
    reply = ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES, on_token=seen.append)
    assert reply.text == "x" * 1000
    assert (reply.prompt_tokens, reply.completion_tokens, reply.tries) == (321, 123, 1)
    assert seen and seen == sorted(seen) and seen[-1] == 1000 and len(seen) >= 2
    request = chat_requests(fake_llm)[0]
    assert request["body"]["stream"] is True and request["body"]["model"] == "fake-model"
    assert request["body"]["stream_options"] == {"include_usage": True}
    assert request["headers"]["authorization"] == f"Bearer {API_KEY}"


def test_plain_reply_without_streaming(tmp_path, fake_llm):
    fake_llm.add("hello", usage=(5, 1))
    reply = ModelClient(make_settings(tmp_path, fake_llm), stream=False).complete(MESSAGES)
    assert reply.text == "hello" and reply.completion_tokens == 1
    assert "stream" not in chat_requests(fake_llm)[0]["body"]


def test_missing_usage_is_estimated(tmp_path, fake_llm):
    fake_llm.add("y" * 400, usage=None)
    reply = ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert reply.estimated_tokens and reply.completion_tokens == 100


def test_401_is_a_clear_error_and_never_retried(tmp_path, fake_llm):
    fake_llm.add(status=401, error=f"Incorrect API key provided: {API_KEY}")
    fake_llm.add("should not be asked for")
    with pytest.raises(SourceError) as caught:
        ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    message = str(caught.value)
    assert "rejected the API key (401)" in message and "check NATURALCAD_LLM_API_KEY" in message
    assert API_KEY not in message and "Bearer" not in message
    assert len(chat_requests(fake_llm)) == 1


def test_openrouter_key_hint_and_attribution_headers(tmp_path, fake_llm):
    settings = make_settings(tmp_path, fake_llm, NATURALCAD_APP_URL="https://naturalcad.example.org").with_overrides(
        llm_is_openrouter=True)
    fake_llm.add("ok")
    ModelClient(settings).complete(MESSAGES)
    headers = chat_requests(fake_llm)[0]["headers"]
    assert headers["x-title"] == "NaturalCAD" and headers["http-referer"] == "https://naturalcad.example.org"
    fake_llm.add(status=401)
    with pytest.raises(SourceError, match="OPENROUTER_API_KEY"):
        ModelClient(settings).complete(MESSAGES)


def test_openrouter_variables_alone_select_openrouter(monkeypatch):
    from naturalcad import config

    monkeypatch.setenv("NATURALCAD_APP_URL", "https://ignored.example.org")  # settings are read once, not per call
    env = {"OPENROUTER_API_KEY": "sk-or-test-000000", "OPENROUTER_MODEL": "vendor/model"}
    settings = config.load_settings(env)
    client = ModelClient(settings)
    assert str(client._client.base_url).startswith("https://openrouter.ai/api/v1")
    assert client.model == "vendor/model"
    assert client._client.default_headers["X-Title"] == "NaturalCAD"
    assert "HTTP-Referer" not in client._client.default_headers
    settings = config.load_settings({**env, "NATURALCAD_APP_URL": "https://naturalcad.example.org"})
    assert ModelClient(settings)._client.default_headers["HTTP-Referer"] == "https://naturalcad.example.org"


def test_plain_servers_get_no_attribution_headers(tmp_path, fake_llm):
    fake_llm.add("ok")
    ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert "x-title" not in chat_requests(fake_llm)[0]["headers"]


def test_429_waits_for_retry_after_then_succeeds(tmp_path, fake_llm):
    fake_llm.add(status=429, headers={"Retry-After": "1"}, error="slow down")
    fake_llm.add("ok")
    started = time.monotonic()
    reply = ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert reply.text == "ok" and reply.tries == 2
    first, second = chat_requests(fake_llm)
    assert second["time"] - first["time"] >= 0.95, "Retry-After: 1 must be honoured"
    assert time.monotonic() - started < 5


def test_429_asking_for_a_long_wait_gives_up_at_once(tmp_path, fake_llm):
    fake_llm.add(status=429, headers={"Retry-After": "3600"})
    with pytest.raises(SourceError, match="asked to wait 3600 s"):
        ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert len(chat_requests(fake_llm)) == 1


def test_500_then_success(tmp_path, fake_llm):
    fake_llm.add(status=500, error="upstream exploded").add(status=503).add("ok")
    reply = ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert reply.text == "ok" and reply.tries == 3


def test_persistent_500_stops_after_bounded_retries(tmp_path, fake_llm):
    for _ in range(10):
        fake_llm.add(status=502, error="bad gateway")
    with pytest.raises(SourceError, match=r"failed with HTTP 502 after 4 tries: bad gateway"):
        ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert len(chat_requests(fake_llm)) == 4


def test_timeout_is_retried_once_then_reported(tmp_path, fake_llm):
    for _ in range(4):
        fake_llm.add("late", delay=1.5)
    settings = make_settings(tmp_path, fake_llm, NATURALCAD_LLM_TIMEOUT="0.4")
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"did not answer within 0.4 s after 2 tries \(NATURALCAD_LLM_TIMEOUT\)"):
        ModelClient(settings).complete(MESSAGES)
    assert len(chat_requests(fake_llm)) == 2
    assert time.monotonic() - started < 3


def test_timeout_then_success(tmp_path, fake_llm):
    fake_llm.add("late", delay=1.5).add("on time")
    reply = ModelClient(make_settings(tmp_path, fake_llm, NATURALCAD_LLM_TIMEOUT="0.4")).complete(MESSAGES)
    assert reply.text == "on time" and reply.tries == 2


def test_unreachable_server(tmp_path, fake_llm):
    settings = make_settings(tmp_path, fake_llm).with_overrides(llm_base_url="http://user:pw@127.0.0.1:9/v1")
    with pytest.raises(SourceError) as caught:
        ModelClient(settings).complete(MESSAGES)
    assert "Could not reach the model server at http://127.0.0.1:9" in str(caught.value)
    assert "pw" not in str(caught.value)


def test_unknown_model_404(tmp_path, fake_llm):
    fake_llm.add(status=404, error="model not found")
    with pytest.raises(SourceError, match="does not know model 'fake-model'"):
        ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert len(chat_requests(fake_llm)) == 1


def test_bad_request_shows_the_server_message_without_the_key(tmp_path, fake_llm):
    fake_llm.add(status=400, error=f"context too long for key {API_KEY}")
    with pytest.raises(SourceError) as caught:
        ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert "HTTP 400" in str(caught.value) and "context too long" in str(caught.value)
    assert API_KEY not in str(caught.value)


def test_parameters_a_server_refuses_are_dropped(tmp_path, fake_llm):
    fake_llm.add(status=400, error="Unsupported parameter: 'max_tokens' is not supported with this model. "
                                   "Use 'max_completion_tokens' instead.")
    fake_llm.add(status=400, error="Unsupported value: 'temperature' does not support 0.2 with this model.")
    fake_llm.add("first").add("second")
    client = ModelClient(make_settings(tmp_path, fake_llm))
    assert client.complete(MESSAGES).text == "first"
    assert client.complete(MESSAGES).text == "second"
    bodies = [r["body"] for r in chat_requests(fake_llm)]
    assert "max_tokens" in bodies[0] and "max_tokens" not in bodies[1] and "temperature" not in bodies[2]
    assert "max_tokens" not in bodies[3] and "temperature" not in bodies[3], "remembered for the next request"


def test_other_bad_requests_are_not_resent(tmp_path, fake_llm):
    fake_llm.add(status=400, error="messages: too many tokens")
    with pytest.raises(SourceError, match="too many tokens"):
        ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert len(chat_requests(fake_llm)) == 1


def test_empty_streamed_content_is_asked_again_plainly(tmp_path, fake_llm):
    fake_llm.add("").add("now with content")
    reply = ModelClient(make_settings(tmp_path, fake_llm)).complete(MESSAGES)
    assert reply.text == "now with content"
    first, second = chat_requests(fake_llm)
    assert first["body"]["stream"] is True and "stream" not in second["body"]


def test_empty_content_becomes_a_source_error(tmp_path, fake_llm):
    fake_llm.add("").add(None)
    source = LLMSource(make_settings(tmp_path, fake_llm))
    with pytest.raises(SourceError, match="empty reply"):
        source.generate(validate(Request("a box 10 x 20 x 30 mm"), source.settings))


def test_reasoning_stream_counts_as_progress_not_code(tmp_path, fake_llm):
    fake_llm.add(SCRIPT, reasoning="thinking " * 100)
    seen: list[int] = []
    source = LLMSource(make_settings(tmp_path, fake_llm))
    source.on_progress = seen.append
    made = source.generate(validate(Request("a box 10 x 20 x 30 mm"), source.settings))
    assert "thinking" not in made.code and seen[-1] > 900


def test_prose_without_code_is_asked_once_more(tmp_path, fake_llm):
    fake_llm.add("To make a box you would use the Box class with three sizes.").add(SCRIPT)
    source = LLMSource(make_settings(tmp_path, fake_llm))
    made = source.generate(validate(Request("a box 10 x 20 x 30 mm"), source.settings))
    assert "Box(10, 20, 30)" in made.code and made.tokens["requests"] == 2
    assert "no Python code" in fake_llm.user_messages[1]


def test_generated_carries_model_tokens_and_params(tmp_path, fake_llm):
    fake_llm.add("```python\nfrom build123d import *\n\nsize = 12.0  # mm\nresult = Box(size, size, size)\n```", usage=(900, 60))
    source = LLMSource(make_settings(tmp_path, fake_llm))
    made = source.generate(validate(Request("a 12 mm cube"), source.settings))
    assert (made.source, made.family, made.model, made.output_type) == ("llm", "llm", "fake-model", "3d_solid")
    assert made.tokens == {"prompt": 900, "completion": 60, "requests": 1}
    assert made.params == {"size": 12.0}


@pytest.mark.parametrize("prompt, mode, expected", [
    ("a phone stand with a 70 degree back", "part", "3d_solid"),
    ("gasket outline for laser cutting, export DXF", "part", "2d_vector"),
    ("anything", "sketch", "2d_vector"),
    ("a wireframe path for a pipe route", "part", "1d_path"),
    ("a smooth canopy surface", "part", "surface"),
    ("a 3D printed profile clip", "part", "3d_solid"),
])
def test_output_type_inference(prompt, mode, expected):
    assert infer_output_type(prompt, mode) == expected
