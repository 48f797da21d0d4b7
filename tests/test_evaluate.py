from pathlib import Path

from checker.docs.evaluate import evaluate, format_score, read_corpus

FIXTURE = Path(__file__).parent / "fixtures" / "mini_corpus.tsv"


def test_scores_on_fixture():
    score = evaluate(read_corpus(FIXTURE))
    assert score.tp["safety-guarantee"] == 2
    assert score.negatives == 2 and score.negatives_clean == 2
    assert score.precision() == 1.0 and score.recall() == 1.0
    assert "micro" in format_score(score)


def test_miss_is_listed(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_text("id\tprofile\texpect\ttext\nM1\tcosmetic\tsuperlative\t普通の文です。\n", encoding="utf-8")
    score = evaluate(read_corpus(p))
    assert score.recall() == 0.0 and score.misses == ["M1 -superlative: 普通の文です。"]


def test_misses_of_one_row_are_listed_in_a_stable_order(tmp_path):
    # categories are a set per row; the listing must not follow the hash order of a run
    p = tmp_path / "c.tsv"
    p.write_text("id\tprofile\texpect\ttext\nM1\tcosmetic\ttestimonial,ips-derived,comparative\t普通の文です。\n",
                 encoding="utf-8")
    score = evaluate(read_corpus(p))
    assert score.misses == [f"M1 -{c}: 普通の文です。" for c in ("comparative", "ips-derived", "testimonial")]
