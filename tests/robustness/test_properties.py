"""Property tests: check() never raises on any text, spans always quote the input exactly,
line/column agree with the offsets, and the result is deterministic."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from checker import check
from checker.project.batch import check_loaded
from checker.text.load import LoadError, load_bytes
from checker.text.normalize import normalize
from checker.text.sourcemap import LineIndex

from .conftest import STABLE, assert_spans_point_into, line_column, stable
from .seeds import EXOTIC, SEEDS, WORDS

PROFILES = st.sampled_from(["auto", "cosmetic", "supplement", "clinic"])

# Arbitrary Unicode, weighted towards what ad copy and hostile pastes contain.
fragments = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(EXOTIC),
    st.sampled_from(SEEDS),
    st.characters(),  # any code point but lone surrogates
    st.text(max_size=8),
    st.builds(lambda ch, n: ch * n, st.sampled_from(["あ", "ー", "。", "\n", " ", "a", "副"]),
              st.integers(1, 2500)),  # long runs cross the 2,000-character sentence cut
)
any_text = st.lists(fragments, max_size=40).map("".join)

_WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
_HIRA_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)}
_KATA_TO_HIRA = {v: k for k, v in _HIRA_TO_KATA.items()}


@st.composite
def mutated_copy(draw) -> str:
    """A paragraph of seed sentences with a few hostile edits applied."""
    text = "".join(draw(st.lists(st.sampled_from(SEEDS), min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 12)))
        edit = draw(st.sampled_from(["insert", "delete", "wide", "kana", "newline", "spread", "repeat"]))
        if edit == "insert":
            text = text[:i] + draw(st.sampled_from(EXOTIC)) + text[i:]
        elif edit == "delete":
            text = text[:i] + text[j:]
        elif edit == "wide":
            text = text[:i] + text[i:j].translate(_WIDE) + text[j:]
        elif edit == "kana":
            table = draw(st.sampled_from([_HIRA_TO_KATA, _KATA_TO_HIRA]))
            text = text[:i] + text[i:j].translate(table) + text[j:]
        elif edit == "newline":
            text = text[:i] + draw(st.sampled_from(["\r\n", "\r", "\n", "\n\r"])) + text[i:]
        elif edit == "spread":
            filler = draw(st.sampled_from(["\u200b", " ", "・", "\u3000", "\u200d"]))
            text = text[:i] + filler.join(text[i:j]) + text[j:]
        else:
            text = text[:i] + text[i:j] * draw(st.integers(2, 5)) + text[j:]
    return text


def _assert_sound(text: str, profile: str) -> None:
    report = check(text, profile)
    assert_spans_point_into(text, report.findings)
    assert report.length == len(text)
    again = check(text, profile)
    assert again.model_dump() == report.model_dump()  # deterministic


@stable(300)
@given(any_text, PROFILES)
def test_arbitrary_unicode_never_breaks_check(text, profile):
    _assert_sound(text, profile)


@stable(300)
@given(mutated_copy(), PROFILES)
def test_mutated_ad_copy_keeps_exact_spans(text, profile):
    _assert_sound(text, profile)


_DECORATION = re.compile(r"[\s\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff"
                         r"・･\-_/.*,、~〜|+·•‧∙‐‑‒–—―−☆★♪♡♥]")


_SURROGATES = re.compile("[\ud800-\udfff]")


def _core(s: str) -> str:
    """What a span says once width and decoration are ignored."""
    return _DECORATION.sub("", unicodedata.normalize("NFKC", _SURROGATES.sub("\ufffd", s)))


def _signature(report) -> Counter:
    return Counter((f.rule_id, _core(f.matched_text)) for f in report.findings if f.matched_text)


@stable(200)
@given(st.one_of(mutated_copy(), any_text), PROFILES)
def test_spans_agree_with_a_run_on_the_normalised_text(text, profile):
    """The offset map is checked against a run whose map is the identity: the normalised
    text itself gives the same rules on the same words."""
    ntext = normalize(text).text
    assert normalize(ntext).text == ntext  # normalising twice changes nothing
    assert _signature(check(text, profile)) == _signature(check(ntext, profile))


@STABLE
@given(mutated_copy())
def test_report_serialises_to_json(text):
    """Text that came from bytes (no lone surrogates) always gives a JSON-able report."""
    report = check(text)
    json.loads(report.model_dump_json())


@STABLE
@given(any_text)
def test_normalised_text_maps_back_inside_the_input(text):
    norm = normalize(text)
    assert "\r" not in norm.text
    assert not any("\ud800" <= ch <= "\udfff" for ch in norm.text)
    previous = 0
    for k in range(len(norm.text)):
        s, e = norm.span(k, k + 1)
        assert 0 <= s < e <= len(text)
        assert s >= previous  # the map never goes backwards
        previous = s


@STABLE
@given(any_text)
def test_line_index_agrees_with_reference(text):
    index = LineIndex.of(text)
    for offset in range(0, len(text) + 1, max(1, len(text) // 50)):
        assert index(offset) == line_column(text, offset)


_MARKUP = st.sampled_from([
    "<p>", "</p>", "<ruby>副作用<rt>ふくさよう</rt></ruby>", "<script>x=1</script>", "<br>", "<b>",
    "</b>", "&nbsp;", "&#x526F;", "&bogus;", "<!-- c -->", "<", ">", "# ", "**", "[a](b)", "`", "\n\n",
])
documents = st.tuples(
    st.sampled_from(["page.html", "page.md", "page.txt", "-"]),
    st.lists(st.one_of(fragments, _MARKUP), max_size=30).map("".join),
    st.sampled_from(["utf-8", "utf-16", "cp932", "euc_jp"]),
)


@stable(200)
@given(documents, PROFILES)
def test_loaded_documents_map_findings_onto_the_file(doc, profile):
    """Any bytes through the loaders: a LoadError or findings that quote the decoded file."""
    name, text, encoding = doc
    data = text.encode(encoding, errors="replace")
    try:
        loaded = load_bytes(data, name)
    except LoadError as exc:
        assert str(exc)  # a reason for the user, never empty
        return
    result = check_loaded(name, loaded, profile)
    assert result.error is None
    assert_spans_point_into(loaded.original, result.findings)
