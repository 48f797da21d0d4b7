"""`exocheck check-feed` (issue 17): JSONL, CSV with a BOM and Parquet in; one record per
finding (JSONL or Parquet) out; bad records as error records; a streamed input; the same
output inline, in the process pool and on a Dask LocalCluster of 2 worker processes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from checker import check
from checker.cli import feed, feed_records
from checker.cli.feed import run_feed
from checker.cli.feed_records import FeedOptions, Item, check_partition, partitions, read_items
from checker.cli.main import main

TITLE = "幹細胞コスメ 美容液"
DESC = "肌なじみの良いテクスチャー。\n副作用のない安全な美容液です。シミが消える！"
TEMPLATES = ["副作用のない安全な美容液です。", "シミが消える！", "幹細胞培養上清液を配合。", "毎日の保湿に。",
             "飲むだけでがんが治る", "医師も推奨する", "今だけ半額", "エクソソーム1兆個配合"]


def _listing(i: int) -> dict:
    pick = [TEMPLATES[(i * k + 3) % len(TEMPLATES)] for k in range(1, 5)]
    return {"id": f"L{i:03d}", "title": f"商品{i} {pick[0][:6]}", "description": "".join(pick[1:]),
            **({"profile": "supplement"} if i % 5 == 0 else {})}


def _write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = main(["check-feed", "--no-progress", *args])
    out = capsys.readouterr()
    return code, [json.loads(line) for line in out.out.splitlines()], out.err


def test_findings_carry_id_field_and_spans_in_the_field(tmp_path, capsys):
    feed = _write_jsonl(tmp_path / "l.jsonl", [{"id": 7, "title": TITLE, "description": DESC}])
    code, records, err = _run(capsys, str(feed), "--jobs", "1")
    assert code == 1
    *findings, summary = records
    assert summary == {"type": "summary", "records": 1, "listings": 1, "errors": 0, "findings": len(findings),
                       "listings_with_findings": 1, "by_severity": summary["by_severity"]}
    hit = next(r for r in findings if r["rule_id"] == "YK-SAFETY-001")
    assert (hit["id"], hit["field"], hit["record"], hit["profile"]) == ("7", "description", 1, "cosmetic")
    assert DESC[hit["start"]:hit["end"]] == hit["matched_text"] == "副作用のない"
    assert (hit["line"], hit["column"]) == (2, 1)
    # the same findings as check() on the fields joined by a blank line
    joined = check(f"{TITLE}\n\n{DESC}", "auto")
    assert sorted(r["rule_id"] for r in findings) == sorted(f.rule_id for f in joined.findings)
    assert "1 listing(s) checked" in err


def test_bad_records_become_error_records_and_the_run_goes_on(tmp_path, capsys):
    feed = tmp_path / "bad.jsonl"
    lines = [
        json.dumps({"id": 1, "title": "保湿", "description": "毎日の保湿に。"}),
        "not json",
        "[1, 2]",
        json.dumps({"title": "x", "description": "y"}),
        json.dumps({"id": 5, "title": "x"}),
        json.dumps({"id": 6, "title": 3, "description": "y"}),
        json.dumps({"id": 7, "title": "x", "description": "y", "profile": "spa"}),
        json.dumps({"id": 8, "title": "x", "description": "あ" * 50}),
        json.dumps({"id": 9, "title": "x", "description": "\ud800"}),
        "",
        json.dumps({"id": 11, "title": "美容液", "description": "副作用のない美容液"}, ensure_ascii=False),
    ]
    data = "\n".join(lines).encode("utf-8") + b"\n" + b'{"id": 12, "title": "\xff\xfe", "description": ""}\n'
    feed.write_bytes(data)
    code, records, _ = _run(capsys, str(feed), "--max-chars", "40", "--jobs", "1")
    assert code == 2
    errors = {r["record"]: (r["id"], r["reason"]) for r in records if r["type"] == "error"}
    assert errors == {
        2: (None, "not JSON: Expecting value at column 1"),
        3: (None, "not a JSON object (list)"),
        4: (None, "id field 'id' missing"),
        5: ("5", "missing field 'description'"),
        6: ("6", "field 'title' is int, not text"),
        7: ("7", "unknown profile 'spa' in 'profile'; use auto, cosmetic, supplement, clinic"),
        8: ("8", "text fields longer than 40 characters together (--max-chars)"),
        9: ("9", "field 'description' holds undecodable bytes (not utf-8 text)"),
        12: (None, "not utf-8 text (invalid start byte at byte 21)"),
    }
    assert {r["record"] for r in records if r["type"] == "finding"} == {11}
    assert records[-1]["records"] == 11 and records[-1]["errors"] == 9 and records[-1]["listings"] == 2


def test_csv_with_bom_quoted_newlines_and_record_profile(tmp_path, capsys):
    feed = tmp_path / "l.csv"
    body = 'id,title,description,profile\r\n1,美容液,"肌なじみ。\n副作用のない安全な美容液です。",\r\n' \
           '2,サプリ,飲むだけでがんが治る,supplement\r\n3,x,"y",clinic,extra\r\n'
    feed.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    code, records, _ = _run(capsys, str(feed), "--profile", "cosmetic", "--jobs", "1")
    assert code == 2
    first = next(r for r in records if r.get("id") == "1" and r["type"] == "finding")
    assert first["profile"] == "cosmetic" and (first["line"], first["field"]) == (2, "description")
    assert {r["profile"] for r in records if r.get("id") == "2" and r["type"] == "finding"} == {"supplement"}
    assert [r["reason"] for r in records if r["type"] == "error"] == ["5 columns, the header has 4"]
    (tmp_path / "cols.csv").write_text("id,title\n1,x\n", encoding="utf-8")
    code, _, err = _run(capsys, str(tmp_path / "cols.csv"))
    assert code == 2 and "column(s) description not in the CSV header" in err


def test_cp932_csv_and_undecodable_row(tmp_path, capsys):
    feed = tmp_path / "sjis.csv"
    feed.write_bytes("id,title,description\n1,美容液,副作用のない美容液\n".encode("cp932") + b"2,x,\x82\n")
    code, records, _ = _run(capsys, str(feed), "--encoding", "cp932", "--jobs", "1")
    assert code == 2
    assert any(r["type"] == "finding" and r["matched_text"] == "副作用のない" for r in records)
    assert [r["reason"] for r in records if r["type"] == "error"] == [
        "field 'description' holds undecodable bytes (not cp932 text)"]


def test_parquet_in_and_out_matches_jsonl(tmp_path, capsys):
    rows = [_listing(i) for i in range(12)]
    for r in rows:
        r.setdefault("profile", None)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "l.parquet")
    _write_jsonl(tmp_path / "l.jsonl", rows)
    _, from_jsonl, _ = _run(capsys, str(tmp_path / "l.jsonl"), "--jobs", "1")
    out = tmp_path / "out" / "findings.parquet"
    code, _, err = _run(capsys, str(tmp_path / "l.parquet"), "--output", str(out), "--jobs", "1")
    assert code == 1 and out.is_file() and not (out.parent / "findings.parquet.partial").exists()
    table = pq.read_table(out)
    got = [{k: v for k, v in r.items() if v is not None} for r in table.to_pylist()]
    want = [{k: v for k, v in r.items() if v is not None} for r in from_jsonl[:-1]]
    assert got == want and want
    assert json.loads(pq.read_metadata(out).metadata[b"exocheck.summary"]) == from_jsonl[-1]


def test_streamed_input_memory_stays_flat():
    """An endless feed: the first partitions are checked and written before the input ends."""

    class Endless(io.RawIOBase):
        def __init__(self):
            self.i, self.buf = 0, b""

        def readable(self):
            return True

        def readinto(self, b):
            while len(self.buf) < len(b):
                self.i += 1
                self.buf += (json.dumps(_listing(self.i), ensure_ascii=False) + "\n").encode()
            n = len(b)
            b[:n], self.buf = self.buf[:n], self.buf[n:]
            return n

    stream = io.BufferedReader(Endless())
    written: list[list[dict]] = []

    class Enough(Exception):
        pass

    def write(records):
        written.append(records)
        if len(written) == 3:
            raise Enough

    with pytest.raises(Enough):
        run_feed("-", FeedOptions(partition_size=10), write, jobs=1, stdin=stream)
    assert stream.raw.i < 100  # read ahead by one buffer, not the whole (endless) feed


def _feed(tmp_path: Path, n: int = 40) -> Path:
    rows = [_listing(i) for i in range(n)]
    if n > 7:
        rows[7] = {"id": "bad", "title": None}
    return _write_jsonl(tmp_path / "feed.jsonl", rows)


def test_process_pool_gives_the_same_output(tmp_path, capsys):
    feed = _feed(tmp_path)
    _, inline, _ = _run(capsys, str(feed), "--jobs", "1", "--partition-size", "5")
    _, pooled, _ = _run(capsys, str(feed), "--jobs", "2", "--partition-size", "5")
    assert pooled == inline and len(inline) > 40


def test_dask_local_cluster_of_two_processes_gives_the_same_output(tmp_path, capsys):
    from distributed import LocalCluster

    feed = _feed(tmp_path)
    _, inline, _ = _run(capsys, str(feed), "--jobs", "1", "--partition-size", "5")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://") and len(cluster.workers) == 2
        code, on_dask, err = _run(capsys, str(feed), "--scheduler", address, "--partition-size", "5")
    assert on_dask == inline and code == 2  # the bad record is an error record on Dask too


def test_dask_unreachable_scheduler_is_a_usage_error(tmp_path, capsys):
    code, _, err = _run(capsys, str(_feed(tmp_path, 3)), "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err


def test_partition_function_is_pure():
    items = list(read_items("-", FeedOptions(), io.BytesIO(json.dumps(_listing(1)).encode())))
    assert isinstance(items[0], Item)
    assert check_partition(items) == check_partition(items)  # a retried task returns the same records
    assert [len(p) for p in partitions(iter(range(7)), 3)] == [3, 3, 1]


def test_scheduler_local_starts_its_own_cluster(tmp_path, capsys):
    feed = _feed(tmp_path, 12)
    _, inline, _ = _run(capsys, str(feed), "--jobs", "1", "--partition-size", "4")
    code, on_dask, _ = _run(capsys, str(feed), "--scheduler", "local", "--jobs", "2", "--partition-size", "4")
    assert on_dask == inline and code == 2


_PARENT = os.getpid()


def _crash_in_worker(part):
    """check_partition, except that a pool worker given listing 'boom' dies."""
    if os.getpid() != _PARENT and any(item.id == "boom" for item in part):
        os._exit(1)
    return _real_check_partition(part)


_real_check_partition = check_partition


def test_a_dead_pool_worker_does_not_lose_listings(tmp_path, monkeypatch):
    rows = [_listing(i) for i in range(12)]
    rows[5]["id"] = "boom"
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    inline: list = []
    run_feed("-", FeedOptions(partition_size=2), inline.extend, jobs=1, stdin=io.BytesIO(data))
    monkeypatch.setattr(feed, "check_partition", _crash_in_worker)
    pooled: list = []
    run_feed("-", FeedOptions(partition_size=2), pooled.extend, jobs=2, stdin=io.BytesIO(data))
    assert pooled == inline


def test_a_partition_that_fails_on_the_cluster_becomes_error_records():
    from checker.cli.cluster import _failed

    class Failed:
        def result(self):
            raise RuntimeError("KilledWorker")

    items = [Item(1, "a", "auto", (("title", "x"),)), Item(2, "b", "auto", (("title", "y"),))]
    out = list(feed_records.ordered(lambda part: Failed(), [items], 2, _failed))
    assert [(r["record"], r["id"], r["type"]) for r in out[0]] == [(1, "a", "error"), (2, "b", "error")]
    assert "RuntimeError: KilledWorker" in out[0][0]["reason"]
