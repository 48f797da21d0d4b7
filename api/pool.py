"""Checks run in a small pool of worker processes, so that one request cannot stall the server.

Each worker is a process of its own (forkserver on Linux, spawn elsewhere) that loads the
rules and the Sudachi dictionary once (warm-up) and then runs one check at a time. A check
has a time budget (`EXOCHECK_TIMEOUT`): past it the worker is killed, a fresh one takes its
place, and the caller gets `CheckTimeout`. A worker that dies (out of memory, a crash) is
replaced the same way.

`concurrent.futures.ProcessPoolExecutor` cannot do this: it cannot stop one running task,
and a killed worker breaks the whole executor. Here every worker has one thread in the
server process that hands it tasks from a shared queue and waits for its answer with a
deadline, so the event loop never waits on a worker (`/healthz` answers while checks run)
and the pool works from any event loop or thread (`CheckPool.run` / `CheckPool.submit`).

Only code named by reference crosses the process boundary (`api.service.check_text` …),
with its arguments and result pickled; submitted text is never logged here.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("exocheck.api")

START_TIMEOUT = 120.0  # seconds a new worker may take to load the rules and the dictionary


class PoolError(Exception):
    """The check did not run to completion; str(exc) is a message for the user (HTTP 503)."""


class CheckTimeout(PoolError):
    def __init__(self, seconds: float):
        super().__init__(f"チェックが制限時間（{seconds:g} 秒）内に終わらなかったため中断しました。"
                         "テキストを短く分けて、もう一度お試しください。")


class PoolBusy(PoolError):
    def __init__(self) -> None:
        super().__init__("サーバーが混み合っているため、チェックを開始できませんでした。しばらく待ってからもう一度お試しください。")


class WorkerDied(PoolError):
    def __init__(self) -> None:
        super().__init__("チェック中に処理が中断されました。時間をおいてもう一度お試しください。")


class PoolClosed(PoolError):
    def __init__(self) -> None:
        super().__init__("サーバーを停止中のため、チェックできませんでした。しばらく待ってからもう一度お試しください。")


def default_workers() -> int:
    """One worker per CPU this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: a fresh, single-threaded parent for the workers (forking
    the threaded server itself is unsafe), which has imported the checker once already."""
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["api.service"])
        return ctx
    return multiprocessing.get_context("spawn")


# -- the worker process -----------------------------------------------------------------------

def _exit_with_parent(parent: int) -> None:
    """A worker whose server is gone (even killed with SIGKILL mid-check) exits within a second."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


def _worker_main(conn, warm_up: bool) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the server decides, and kills us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if warm_up:
        from .service import warm_up as load_checker

        load_checker()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", fn(*args))
        except Exception as exc:
            exc.add_note(traceback.format_exc())  # for the server's log; the traceback does not pickle
            reply = ("error", exc)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # the answer does not pickle
            conn.send(("error", RuntimeError(f"unpicklable result: {type(exc).__name__}: {exc}")))


# -- the pool -----------------------------------------------------------------------------------

@dataclass
class _Task:
    fn: Callable[..., Any]
    args: tuple
    future: Future = field(default_factory=Future)
    queued: float = field(default_factory=time.monotonic)


@dataclass
class _Run:
    """One start of the pool: its queue, its threads, its processes, its closing flag. A pool
    started again after close() gets a new one, so nothing of the old run can mix in."""

    tasks: queue.SimpleQueue = field(default_factory=queue.SimpleQueue)
    closing: threading.Event = field(default_factory=threading.Event)
    ready: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    procs: dict[int, Any] = field(default_factory=dict)
    threads: list[threading.Thread] = field(default_factory=list)


class CheckPool:
    """`workers` processes, each running one check at a time for at most `timeout` seconds.

    A request waits at most `queue_timeout` seconds for a free worker (then `PoolBusy`).
    `start()` is called by the app's lifespan; a pool used without it starts on first use."""

    def __init__(self, workers: int, timeout: float, queue_timeout: float = 30.0, warm_up: bool = True):
        self.workers, self.timeout, self.queue_timeout, self.warm_up = max(1, workers), timeout, queue_timeout, warm_up
        self.replaced = 0  # workers killed and replaced (timeouts and crashes), for tests and logs
        self._lock = threading.Lock()
        self._run: _Run | None = None
        self._ever_started = False  # used once, then closed: no lazy restart while the server stops
        self._ctx = _context()

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self, wait: bool = False) -> None:
        """Start the workers (once); with `wait`, return when every one has warmed up."""
        with self._lock:
            if self._run is None:
                self._ever_started = True
                run = self._run = _Run()
                run.threads = [threading.Thread(target=self._serve, args=(run, i), name=f"exocheck-pool-{i}",
                                                daemon=True) for i in range(self.workers)]
                for t in run.threads:
                    t.start()
            run = self._run
        if wait:
            deadline = time.monotonic() + START_TIMEOUT
            for _ in range(self.workers):
                if not run.ready.acquire(timeout=max(0.0, deadline - time.monotonic())):
                    raise RuntimeError(f"the check workers did not start within {START_TIMEOUT:g} s")
            for _ in range(self.workers):
                run.ready.release()  # a later start(wait=True) returns at once

    def close(self) -> None:
        """Kill every worker at once (a running check is not waited for) and fail what is queued."""
        with self._lock:
            run, self._run = self._run, None
            if run is None:
                return
            run.closing.set()
            for _ in run.threads:
                run.tasks.put(None)
            procs = list(run.procs.values())
        for proc in procs:
            _kill(proc)
        for t in run.threads:
            t.join(timeout=5)
        while True:
            try:
                task = run.tasks.get_nowait()
            except queue.Empty:
                break
            if task is not None and task.future.set_running_or_notify_cancel():
                task.future.set_exception(PoolClosed())

    def pids(self) -> list[int]:
        with self._lock:
            procs = list(self._run.procs.values()) if self._run else []
        return [p.pid for p in procs if p.is_alive()]

    # -- running ----------------------------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run `fn(*args)` in a worker; the future holds its result, its exception, or a PoolError."""
        if not self._ever_started:
            self.start()
        task = _Task(fn, args)
        with self._lock:  # close() marks the run closing under the lock: nothing is queued after it
            if self._run is None:
                task.future.set_exception(PoolClosed())
            else:
                self._run.tasks.put(task)
        return task.future

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """`submit` for async code: waits without blocking the event loop."""
        future = self.submit(fn, *args)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.queue_timeout + self.timeout + 5)
        except TimeoutError:  # belt and braces: the worker threads answer before this
            raise PoolBusy() from None

    # -- one thread per worker ----------------------------------------------------------------------
    def _serve(self, run: _Run, index: int) -> None:
        proc = conn = None
        first = True
        try:
            while not run.closing.is_set():
                if proc is None:
                    proc, conn = self._spawn(run, index)
                    if proc is None:
                        if run.closing.wait(1.0):  # could not start one: try again shortly
                            break
                        continue
                    if first:
                        run.ready.release()
                        first = False
                task = run.tasks.get()
                if task is None or run.closing.is_set():
                    if task is not None and task.future.set_running_or_notify_cancel():
                        task.future.set_exception(PoolClosed())
                    break
                if not task.future.set_running_or_notify_cancel():
                    continue  # the caller gave up while it was queued
                if time.monotonic() - task.queued > self.queue_timeout:
                    task.future.set_exception(PoolBusy())
                    continue
                try:
                    usable = self._run_one(run, proc, conn, task)
                except Exception as exc:  # never lose the thread, and so the worker
                    log.exception("check pool error")
                    _kill(proc)
                    if not task.future.done():
                        task.future.set_exception(exc)
                    usable = False
                if not usable:
                    conn.close()
                    proc = conn = None
        finally:
            if proc is not None:
                _kill(proc)
                conn.close()
            with self._lock:
                run.procs.pop(index, None)

    def _spawn(self, run: _Run, index: int):
        """A new warmed-up worker (process, connection), or (None, None)."""
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.warm_up), name=f"exocheck-worker-{index}",
                                 daemon=True)
        try:
            proc.start()
        except Exception:
            log.exception("could not start a check worker")
            parent.close()
            return None, None
        finally:
            child.close()
        with self._lock:
            run.procs[index] = proc
        if run.closing.is_set():
            _kill(proc)
        try:
            if parent.poll(START_TIMEOUT):
                kind, _ = parent.recv()
                if kind == "ready":
                    return proc, parent
        except (EOFError, OSError):
            pass
        if not run.closing.is_set():
            log.error("a check worker failed to start (exit code %s)", proc.exitcode)
        _kill(proc)
        parent.close()
        return None, None

    def _fail(self, run: _Run, proc, task: _Task, error: PoolError) -> bool:
        """Kill the worker first (no CPU left burning), then answer: False (replace the worker)."""
        _kill(proc)
        if run.closing.is_set():
            error = PoolClosed()
        else:
            self.replaced += 1
        task.future.set_exception(error)
        return False

    def _run_one(self, run: _Run, proc, conn, task: _Task) -> bool:
        """Run one task on the worker `proc` behind `conn`; False when the worker is gone."""
        try:
            conn.send((task.fn, task.args))
        except (EOFError, OSError):
            return self._fail(run, proc, task, WorkerDied())
        except Exception as exc:  # the task does not pickle (a bug): the worker never saw it
            task.future.set_exception(exc)
            return True
        try:
            if not conn.poll(self.timeout):
                log.warning("a check ran past its %g s budget; its worker was replaced", self.timeout)
                return self._fail(run, proc, task, CheckTimeout(self.timeout))
            kind, value = conn.recv()
        except (EOFError, OSError):
            if not run.closing.is_set():
                log.error("a check worker died during a check; it was replaced")
            return self._fail(run, proc, task, WorkerDied())
        except Exception as exc:  # read whole, but does not unpickle here (a bug): the worker is fine
            task.future.set_exception(exc)
            return True
        if kind == "ok":
            task.future.set_result(value)
        else:
            task.future.set_exception(value)
        return True


def stop_checks_on_exit_signals(pool: CheckPool, grace: float) -> Callable[[], None]:
    """On SIGTERM/SIGINT, give running checks `grace` seconds, then close the pool, so that a
    stuck check does not hold the server's graceful shutdown (uvicorn waits for every open
    request before it runs the lifespan shutdown). Chains to the server's own handler;
    returns a function that puts that handler back. Does nothing outside the main thread."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    installed = {}

    def make(previous):
        def on_exit_signal(signum, frame):
            timer = threading.Timer(grace, pool.close)
            timer.daemon = True
            timer.start()
            previous(signum, frame)
        return on_exit_signal

    for sig in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(sig)
        if callable(previous):  # the server handles it (uvicorn does); with the default, the process just ends
            installed[sig] = (previous, make(previous))
            signal.signal(sig, installed[sig][1])

    def restore() -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig, (previous, ours) in installed.items():
            if signal.getsignal(sig) is ours:
                signal.signal(sig, previous)

    return restore


def _kill(proc) -> None:
    if proc.is_alive():
        proc.kill()
    proc.join(timeout=5)
