"""What a start no longer pays for (issue 16), without changing any result: regexes compiled
on first use, their loose forms, the memo of searches that found nothing, parsed YAML kept
between processes, and the garbage collector kept out of the rule cache's load."""

from __future__ import annotations

import gc
import random

import pytest

from checker.match import cache, fastyaml, linear_re

PATTERNS = [
    r"(?P<m>[^。]{0,12}?副作用)",
    r"^[」』]*\s*(?P<gap>[^。]{0,40}?)(?:ではない|ではありません)",
    r"「[^「」]{2,20}」\s*と",
    r"[\d０-９]{1,10}\s*(?:倍|%)",
    r"[{0,30}]x{0,9}",  # braces inside a class are literal
    r"\p{Han}{2,12}療法",
]


def test_compile_checks_now_and_compiles_on_first_use():
    rx = linear_re.compile(r"副作用\s*ゼロ")
    with pytest.raises(AttributeError):
        object.__getattribute__(rx, "_re")  # not compiled yet
    assert rx.search("副作用 ゼロです").span() == (0, 6)
    assert object.__getattribute__(rx, "_re") is not None
    for bad in (r"(a)\1", r"(?<!a)b", r"(unclosed", r"[\S、]"):
        with pytest.raises(linear_re.RegexError):
            linear_re.compile(bad)


@pytest.mark.parametrize(("source", "loose"), [
    (r"[^。]{0,160}?x", r"[^。]{0,}?x"),
    (r"a{2}b{1,5}c{0,8}", r"a{2}b{1,5}c{0,}"),
    (r"[{0,30}]a{1,30}", r"[{0,30}]a{1,}"),
    (r"\x{85}{2,40}\p{Nd}{3,30}", r"\x{85}{2,}\p{Nd}{3,}"),
    (r"[^\]{0,30}]x{0,30}", r"[^\]{0,30}]x{0,}"),
    (r"a{2}b{1,5}", None),
    (r"[[:alpha:]]{0,30}", None),
])
def test_loosened(source, loose):
    assert linear_re.loosened(source) == loose


@pytest.mark.parametrize("pattern", PATTERNS)
def test_loose_forms_and_the_miss_memo_change_no_result(pattern):
    rng = random.Random(pattern)
    alphabet = "副作用のあ。「」x{}0１2倍% ではないありません療法漢字"
    rx = linear_re.compile(pattern)
    exact = linear_re.compile(pattern)
    exact._loose = None  # the exact pattern alone
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 90))) for _ in range(400)]
    for text in texts + texts:  # the second pass is answered from the memo where it found nothing
        a, b = rx.search(text), exact.search(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in exact.finditer(text)]
        assert rx.findall(text) == exact.findall(text)


def test_a_loose_regex_set_names_every_pattern_that_matches():
    regexes = [linear_re.compile(p) for p in PATTERNS]
    exact, loose = linear_re.RegexSet(regexes), linear_re.RegexSet(regexes, loose=True)
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("副作用の。「」x倍 ではない療法漢字12") for _ in range(rng.randrange(0, 200)))
        assert set(exact.matching(text)) <= set(loose.matching(text))
        assert set(exact.matching(text)) == {n for n, rx in enumerate(regexes) if rx.search(text)}


def test_parsed_yaml_is_kept_and_read_back(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("EXOCHECK_NO_CACHE", raising=False)
    text = "a: [1, 2, {b: c}]\nd: 2026-12-03\ne: null\n"
    first = fastyaml.safe_load(text)
    [stored] = (tmp_path / "exocheck").glob("yaml-*.pickle")
    again = fastyaml.safe_load(text)
    assert again == first == fastyaml.parse(text) and again is not first
    stored.write_bytes(b"exocheck-yaml-1\ngarbage")  # a corrupt file is a miss
    assert fastyaml.safe_load(text) == first
    assert fastyaml.safe_load("null\n") is None
    with pytest.raises(fastyaml.YAMLError):
        fastyaml.safe_load("a: [unclosed\n")


def test_no_cache_setting_keeps_no_yaml(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("EXOCHECK_NO_CACHE", "1")
    assert fastyaml.safe_load("a: 1\n") == {"a": 1}
    assert not (tmp_path / "exocheck").exists()


def test_loading_the_rule_cache_leaves_the_collector_as_it_was(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("EXOCHECK_NO_CACHE", raising=False)
    cache.defaults.__wrapped__()  # compiled and stored
    assert gc.isenabled()
    assert cache.defaults.__wrapped__().rules  # read back
    assert gc.isenabled()
    gc.disable()
    try:
        assert cache.defaults.__wrapped__().rules
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("pattern", [*PATTERNS, r"a*", r"(?P<x>b)?", r"(a)|(b)", r"\b", r"", r"(x)?(y)?(z)?", r"。|$",
                                     r"(?P<m>[^。]{0,3})(副)?"])
def test_finditer_and_search_give_the_bindings_matches(pattern):
    """Regex reads RE2's byte spans itself (one pass over the text for every match and
    group): the same spans, groups and empty-match steps as the binding's own loop."""
    rng = random.Random(pattern)
    alphabet = [*"ab xyz副作用の。「」、！?\n0１2", "です", "エクソソーム", "😀", "é"]
    rx = linear_re.compile(pattern)

    def seen(m):
        return m and ([m.span(g) for g in range(m.re.groups + 1)], m.group(0), m.groups())

    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        assert [seen(m) for m in rx.finditer(text)] == [seen(m) for m in rx._re.finditer(text)], text
        linear_re._MISSES.clear()
        assert seen(rx.search(text)) == seen(rx._re.search(text)), text


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    ("副作用(?:ゼロ|なし)", 0, ({"副作用"}, False)),
    ("(?:シミ|シワ)が(?:消え|薄く)る", 0, ({"消え", "薄く"}, False)),  # longest shortest string
    ("(?P<m>[^。]{0,12}?(?:治っ|治り))", 0, ({"治"}, False)),  # Python's parser factors out 治
    ("(?:安全)?です", 0, ({"です"}, False)),
    ("a?b*", 0, None),
    ("(?i)no\\s+side\\s+effects?", 0, ({"effect"}, True)),
    ("副作用ゼロ", linear_re.IGNORECASE, None),  # folding non-ASCII: nothing said
    ("[[:alpha:]]x", 0, None),
    ("\\p{Han}+療法", 0, None),  # RE2 syntax Python does not read
    ("x(?i:abc)", 0, ({"x"}, False)),
])
def test_required_words(pattern, flags, words):
    found = linear_re.required_words(pattern, flags)
    assert (found and (set(found[0]), found[1])) == words


@pytest.mark.parametrize("pattern", PATTERNS[:3] + ["(?i)(?:^|[^a-z])(?P<m>no\\s*side\\s*effects?)", "「[^「」]{2,40}」(?:と|って)"])
def test_a_text_a_pattern_matches_holds_one_of_its_words(pattern):
    strings, fold = linear_re.required_words(pattern)
    rx = linear_re.compile(pattern)
    rng = random.Random(pattern)
    alphabet = [*"副作用の。「」、x倍% ", "ではない", "ありません", "No SIDE effect", "と", "って", "ſide"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        if rx.search(text):
            hay = text.casefold() if fold else text
            assert any(s in hay for s in strings), text


def test_the_word_screen_finds_what_the_regex_set_finds():
    """Until a process has read _WORD_SCAN_CHARS of text, the matcher runs only the `re:`
    patterns whose required words occur instead of building the RE2 set: same candidates."""
    from pathlib import Path

    from checker.match.ruleset import RuleSet, default_ruleset
    from checker.text.load import load_path
    from checker.text.normalize import normalize
    from checker.text.sentences import split_sentences
    from checker.text.tokens import iter_chunks

    rules = default_ruleset().rules
    screened, with_set = RuleSet(rules).matcher, RuleSet(rules).matcher
    screened._word_scan_left, with_set._word_scan_left = 10**12, 0
    pages = sorted(p for p in Path("examples").rglob("*") if p.suffix in (".txt", ".md", ".html"))
    texts = [load_path(p).text for p in pages] + ["No side effects! 副作用ゼロ「シミが消えた」と話題。"]
    assert len(texts) > 5
    for text in texts:
        ntext = normalize(text).text
        for chunk in iter_chunks(ntext, split_sentences(ntext)):
            assert (list(screened.find(ntext, chunk.tokens, chunk.sentences))
                    == list(with_set.find(ntext, chunk.tokens, chunk.sentences)))
    assert screened._regex_set is None and with_set._regex_set is not None
