"""One request cannot take the server down (issue 13, point 2): checks run in worker processes
with a time budget; past it the worker is replaced and the client gets 503, while /healthz and
other requests are answered. A stuck check does not hold a SIGTERM shutdown."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from api.app import create_app
from api.pool import CheckPool, CheckTimeout, PoolClosed, WorkerDied
from api.settings import ServerSettings
from bench.load import descendants

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "当院のエクソソーム点滴は副作用ゼロで、シミが消える美容液です。今だけ半額！"  # 37 characters
SLOW = SENTENCE * 7_800  # 288,600 characters: ~2.9 s to check on the 2-core dev machine, far past a 0.5 s budget


# -- the pool itself ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pool():
    p = CheckPool(workers=1, timeout=0.5, warm_up=False)
    p.start(wait=True)
    yield p
    p.close()


def test_a_task_past_its_budget_is_stopped_and_its_worker_replaced(pool):
    (before,) = pool.pids()
    t0 = time.monotonic()
    with pytest.raises(CheckTimeout) as exc:
        pool.submit(time.sleep, 30).result(timeout=10)
    assert time.monotonic() - t0 < 3 and "制限時間（0.5 秒）" in str(exc.value)
    assert pool.submit(os.getpid).result(timeout=30) not in (before, os.getpid())  # a fresh process
    assert pool.replaced >= 1


def test_errors_come_back_and_a_dead_worker_is_replaced(pool):
    with pytest.raises(ZeroDivisionError) as exc:
        pool.submit(divmod, 1, 0).result(timeout=10)
    assert "Traceback" in "".join(getattr(exc.value, "__notes__", []))  # the worker's traceback, for the log
    with pytest.raises(WorkerDied):
        pool.submit(os._exit, 3).result(timeout=10)
    assert pool.submit(divmod, 7, 2).result(timeout=30) == (3, 1)


def test_the_pool_serves_any_event_loop(pool):
    async def one():
        return await pool.run(divmod, 9, 4)

    assert asyncio.run(one()) == asyncio.run(one()) == (2, 1)  # each asyncio.run is a new loop


def test_a_closed_pool_refuses_and_kills_its_workers():
    p = CheckPool(workers=2, timeout=5, warm_up=False)
    p.start(wait=True)
    pids = p.pids()
    running = p.submit(time.sleep, 30)
    time.sleep(0.3)
    p.close()
    with pytest.raises(PoolClosed):
        running.result(timeout=5)
    with pytest.raises(PoolClosed):
        p.submit(divmod, 1, 1).result(timeout=5)  # no silent restart once closed
    assert not any(_alive(pid) for pid in pids)


# -- through the app ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(ServerSettings(max_chars=300_000, workers=2, timeout=0.5))) as c:
        yield c


def test_slow_check_gets_503_healthz_answers_meanwhile_and_the_next_request_works(client):
    pool = client.app.state.pool
    replaced = pool.replaced
    done: dict[str, object] = {}

    def slow():
        done["response"] = client.post("/api/v1/check", json={"text": SLOW})
        done["at"] = time.monotonic()

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.1)  # the slow check is running now
    t0 = time.monotonic()
    health = client.get("/healthz")
    healthz_at = time.monotonic()
    thread.join(timeout=30)
    r = done["response"]
    assert r.status_code == 503 and "制限時間（0.5 秒）内に終わらなかった" in r.json()["detail"]
    assert health.status_code == 200 and healthz_at - t0 < 0.35 and healthz_at < done["at"]
    ok = client.post("/api/v1/check", json={"text": "副作用ゼロの美容液"})
    assert ok.status_code == 200 and ok.json()["summary"]["findings"] >= 1
    assert pool.replaced == replaced + 1


def test_slow_check_on_the_form_page_is_503_and_keeps_the_text(client):
    r = client.post("/", data={"text": SLOW, "profile": "auto"})
    assert r.status_code == 503
    tree = HTMLParser(r.text)
    assert "制限時間" in tree.css_first("#form-error").text()
    assert tree.css_first("textarea#copy-text").text().strip() == SLOW  # nothing lost
    assert client.post("/", data={"text": "副作用ゼロの美容液"}).status_code == 200


def test_checks_run_in_the_workers_not_in_the_server(client):
    pids = set(client.app.state.pool.pids())
    assert len(pids) == 2 and os.getpid() not in pids
    seen = {client.app.state.pool.submit(os.getpid).result(timeout=30) for _ in range(6)}
    assert seen <= pids


# -- a real server: SIGTERM while a check is stuck ------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_sigterm_does_not_wait_for_a_stuck_check():
    port = _free_port()
    env = {**os.environ, "EXOCHECK_MAX_CHARS": "2000000", "EXOCHECK_TIMEOUT": "120", "EXOCHECK_WORKERS": "1",
           "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:app", "--host", "127.0.0.1", "--port",
                               str(port), "--log-level", "warning"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        workers = descendants(server.pid)
        answer: dict[str, object] = {}

        def stuck():  # ~1.5 M characters: a check of 15 s or more
            try:
                answer["status"] = httpx.post(f"{base}/api/v1/check", json={"text": SENTENCE * 40_000},
                                              timeout=60).status_code
            except httpx.TransportError as exc:
                answer["status"] = type(exc).__name__

        thread = threading.Thread(target=stuck)
        thread.start()
        time.sleep(2.0)
        assert httpx.get(f"{base}/healthz", timeout=2).status_code == 200  # the check runs elsewhere
        t0 = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        stopped = time.monotonic() - t0
        thread.join(timeout=10)
        assert stopped < 8, f"shutdown took {stopped:.1f} s"
        assert answer["status"] in (503, "RemoteProtocolError", "ReadError")
        time.sleep(1.5)  # workers leave with the server
        assert workers and not any(_alive(pid) for pid in workers)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
