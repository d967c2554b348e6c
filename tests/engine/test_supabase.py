"""The optional Supabase sink against a scripted PostgREST/Storage server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from naturalcad import pipeline
from naturalcad.config import load_settings

KEY = "sb-service-role-test-93c1"


class _Recorder(BaseHTTPRequestHandler):
    calls: list = []
    status = 201

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).calls.append((self.path, dict(self.headers), body))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Recorder.calls, _Recorder.status = [], 201
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_finished_run_is_copied_with_its_files(server, tmp_path):
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path), "SUPABASE_URL": server,
                              "SUPABASE_SERVICE_ROLE_KEY": KEY, "SUPABASE_BUCKET": "parts"})
    result = pipeline.run_code("from build123d import *\nsize = 12.0  # mm\nresult = Box(size, size, size)\n",
                               settings=settings)
    assert result.success and result.warnings == []
    paths = [call[0] for call in _Recorder.calls]
    assert paths[0] == "/rest/v1/naturalcad_runs"
    assert sorted(paths[1:]) == sorted(f"/storage/v1/object/parts/{result.run_id}/model.{ext}" for ext in ("step", "stl", "glb"))
    row = json.loads(_Recorder.calls[0][2])
    assert row["run_id"] == result.run_id and row["success"] is True and row["geometry"]["volume"] == 1728.0
    assert "code" not in row
    assert _Recorder.calls[0][1]["apikey"] == KEY


def test_sink_failure_is_a_warning_not_a_failed_run(server, tmp_path):
    _Recorder.status = 500
    settings = load_settings({"NATURALCAD_DATA_DIR": str(tmp_path), "SUPABASE_URL": server,
                              "SUPABASE_SERVICE_ROLE_KEY": KEY})
    result = pipeline.run_code("from build123d import *\nresult = Box(1, 2, 3)\n", settings=settings)
    assert result.success
    assert result.warnings == ["Supabase did not store the run (HTTP 500)."]
    assert KEY not in json.dumps(result.to_dict())
