"""The outbox on its own (a real SQLite file): ordering, backoff, leases, re-queued runs."""

from __future__ import annotations

from naturalcad.outbox import THUMBNAIL, Delivery, FileUpload, Outbox, backoff_seconds


def _box(tmp_path) -> Outbox:
    box = Outbox(tmp_path / "history.sqlite")
    box.init()
    return box


def _delivery(run_id: str, prompt: str = "plate") -> Delivery:
    return Delivery(row={"run_id": run_id, "prompt": prompt},
                    files=[FileUpload("step", f"/data/runs/{run_id}/model.step", f"runs/{run_id}/model.step",
                                      "application/step")], run_dir=f"/data/runs/{run_id}")


def test_backoff_doubles_and_is_capped():
    assert [backoff_seconds(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert backoff_seconds(40) == 300.0


def test_items_come_out_oldest_first_and_survive_a_round_trip(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("b"), now=20.0)
    box.put(_delivery("a"), now=10.0)
    items = box.claim(now=30.0)
    assert [i.run_id for i in items] == [i.key for i in items] == ["a", "b"]
    assert items[0].delivery == _delivery("a")
    assert Outbox(tmp_path / "history.sqlite").depth() == 2  # another process sees them


def test_a_claimed_item_is_leased_to_one_drainer(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("a"), now=0.0)
    assert len(box.claim(now=1.0)) == 1
    assert box.claim(now=2.0) == []  # leased
    assert len(box.claim(now=2.0, due_only=False)) == 1  # `sync` takes it anyway (upserts are idempotent)
    assert len(box.claim(now=1.0 + 61)) == 1  # the lease ran out: its drainer died


def test_failure_backs_off_and_counts_attempts(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("a"), now=0.0)
    item = box.claim(now=0.0)[0]
    assert box.failed(item, "Supabase could not be reached.", now=100.0) == 101.0
    assert box.claim(now=100.5) == []
    again = box.claim(now=101.0)[0]
    assert again.attempts == 1 and again.last_error == "Supabase could not be reached."
    assert box.failed(again, "still down", now=101.0) == 103.0
    state = box.status()
    assert (state.depth, state.last_error, state.next_attempt_at) == (1, "still down", 103.0)


def test_delivery_removes_the_item_and_records_when(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("a"), now=0.0)
    box.delivered(box.claim(now=0.0)[0], now=50.0)
    state = box.status()
    assert (state.depth, state.last_delivery_at, state.last_delivered_run_id, state.delivered_total) == (0, 50.0, "a", 1)
    assert state.last_error is None


def test_a_run_queued_again_while_in_flight_is_sent_again(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("a", "first"), now=0.0)
    in_flight = box.claim(now=0.0)[0]
    box.put(_delivery("a", "second"), now=1.0)  # e.g. a newer record of the same run
    box.delivered(in_flight, now=2.0)
    left = box.claim(now=3.0)
    assert [i.delivery.row["prompt"] for i in left] == ["second"]


def test_release_gives_an_item_back_untried(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("a"), now=0.0)
    item = box.claim(now=0.0)[0]
    box.release(item)
    assert box.claim(now=0.5)[0].attempts == 0


def test_one_run_delivered_by_two_drainers_counts_once(tmp_path):
    box = _box(tmp_path)
    box.put(_delivery("a"), now=0.0)
    first = box.claim(now=0.0)[0]
    second = box.claim(now=0.0, due_only=False)[0]  # `sync` while the background drainer has it
    box.delivered(first, now=1.0)
    box.delivered(second, now=2.0)
    assert (box.depth(), box.status().delivered_total) == (0, 1)


def test_a_thumbnail_waits_apart_from_the_runs(tmp_path):
    box = _box(tmp_path)
    box.put(Delivery(row={"run_id": "a"}, run_dir="/data/runs/a", kind=THUMBNAIL), now=0.0)
    box.put(_delivery("a"), now=1.0)  # the same run's row: its own item
    assert (box.depth(), box.depth(kind=None), box.status().thumbnails_waiting) == (1, 2, 1)
    picture, run = box.claim(now=2.0)
    assert (picture.key, picture.run_id, run.key) == ("thumbnail:a", "a", "a")
    box.delivered(picture, now=3.0)
    assert box.status().delivered_total == 0  # a picture is not a run
