"""The gate's pure parts: who the client is behind proxies, what counts as a key, signed links,
and the circuit breaker's states on a controlled clock."""

from __future__ import annotations

import pytest

from naturalcad.server.gate import client_ip, given_key, key_matches
from naturalcad.server.signing import LinkError, Signer
from naturalcad.sources.breaker import CircuitBreaker


def test_forwarded_for_is_believed_only_from_trusted_proxies():
    trusted = ["127.0.0.1", "10.0.0.0/8"]
    assert client_ip("127.0.0.1", "198.51.100.7", trusted) == "198.51.100.7"
    assert client_ip("203.0.113.5", "198.51.100.7", trusted) == "203.0.113.5"  # an untrusted peer's claim
    # The client prepends a fake hop; the nearest untrusted hop is the real client.
    assert client_ip("127.0.0.1", "1.1.1.1, 198.51.100.7, 10.1.2.3", trusted) == "198.51.100.7"
    assert client_ip("127.0.0.1", None, trusted) == "127.0.0.1"
    assert client_ip("127.0.0.1", "198.51.100.7", []) == "127.0.0.1"
    assert client_ip("172.16.0.9", "198.51.100.7", ["*"]) == "198.51.100.7"


def test_keys_come_from_x_api_key_or_a_bearer_authorization_only():
    assert given_key({"x-api-key": " k1 "}) == "k1"
    assert given_key({"authorization": "Bearer k2"}) == "k2"
    assert given_key({"authorization": "bearer k3"}) == "k3"
    assert given_key({"authorization": "k4"}) is None
    assert given_key({"authorization": "Basic k5"}) is None
    assert given_key({"authorization": "Bearer "}) is None
    assert key_matches("secret", "secret") and not key_matches("secre", "secret")
    assert not key_matches(None, "secret") and not key_matches("", "secret")


def test_links_are_bound_to_run_format_and_expiry_and_to_the_key():
    signer = Signer("key-one")
    path = signer.path("20261201-100000-123abcd", "step", 2_000_000_000)
    query = dict(part.split("=") for part in path.split("?")[1].split("&"))
    signer.check("20261201-100000-123abcd", "step", query["expires"], query["sig"], now=1_900_000_000)
    with pytest.raises(LinkError) as other_file:
        signer.check("20261201-100000-123abcd", "stl", query["expires"], query["sig"], now=1_900_000_000)
    assert other_file.value.code == "bad_signature"
    with pytest.raises(LinkError):
        signer.check("20261201-100000-123abcd", "step", "2000000001", query["sig"], now=1_900_000_000)
    with pytest.raises(LinkError) as expired:
        signer.check("20261201-100000-123abcd", "step", query["expires"], query["sig"], now=2_000_000_001)
    assert expired.value.code == "link_expired"
    with pytest.raises(LinkError):  # another deployment (another key) cannot mint links for this one
        Signer("key-two").check("20261201-100000-123abcd", "step", query["expires"], query["sig"], now=1)
    assert Signer("key-one").path("r", "stl", 5) == Signer("key-one").path("r", "stl", 5)  # every container alike


def test_breaker_opens_on_failure_lets_one_trial_through_and_closes_on_success():
    now = [0.0]
    breaker = CircuitBreaker(cool_down=30, clock=lambda: now[0])
    assert breaker.allow() and breaker.state().state == "closed"
    breaker.failed("ConnectError")
    assert not breaker.allow() and breaker.state().state == "open"
    now[0] = 29.0
    assert not breaker.allow() and round(breaker.state().retry_in) == 1
    now[0] = 30.0
    assert breaker.allow()  # the one trial
    assert not breaker.allow() and breaker.state().state == "half-open"  # nobody else meanwhile
    breaker.failed("ReadTimeout")
    assert breaker.state().failures == 2 and not breaker.allow()
    now[0] = 61.0
    assert breaker.allow()
    breaker.succeeded()
    assert breaker.allow() and breaker.state().state == "closed" and breaker.state().failures == 0


@pytest.mark.parametrize(("expires", "sig"), [("\u00b2", "x"), ("9" * 5000, "x"), ("100", "\u00e9t\u00e9"),
                                            ("\u0661\u0662", "x"), ("100", "x" * 10_000)])
def test_a_hostile_link_is_a_bad_signature_not_a_server_error(expires, sig):
    """Issue 8 red team: a Unicode digit, 5,000 digits or a non-ASCII sig raised (HTTP 500)."""
    with pytest.raises(LinkError) as caught:
        Signer("key-one").check("20261201-100000-123abcd", "step", expires, sig, now=1)
    assert caught.value.code == "bad_signature"
