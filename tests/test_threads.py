"""check() is safe to call from several threads (web servers run requests in a pool)."""

from concurrent.futures import ThreadPoolExecutor

from checker import check

TEXTS = [f"第{i}号: 副作用ゼロで、たった1回で肌が生まれ変わるフクサヨウゼロ美容液。" * 40 for i in range(16)]


def test_concurrent_checks_match_sequential_results():
    expected = [check(t, "cosmetic").model_dump() for t in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: check(t, "cosmetic").model_dump(), TEXTS))
    assert got == expected
