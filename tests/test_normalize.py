import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.text import normalize as nz
from checker.text.normalize import normalize


def test_width_and_map_back():
    src = "ＮＯ．１の美容液"
    n = normalize(src)
    assert n.text == "NO.1の美容液"
    assert n.span(0, 4) == (0, 4)


def test_halfwidth_kana_with_voice_mark_maps_to_both_chars():
    src = "ｶﾞﾝ予防"
    n = normalize(src)
    assert n.text == "ガン予防"
    assert n.span(0, 1) == (0, 2)  # ガ came from ｶ + ﾞ
    assert n.span(0, 4) == (0, len(src))


def test_zero_width_and_spaced_letters_removed():
    for src in ["副\u200b作\u200b用なし", "副 作 用 な し", "副・作・用ゼロ"]:
        n = normalize(src)
        assert "副作用" in n.text, src
        s, e = n.span(0, len(n.text))
        assert (s, e) == (0, len(src))


def test_words_separated_by_middle_dot_are_kept():
    assert normalize("シミ・そばかす").text == "シミ・そばかす"


def test_crlf_becomes_one_newline():
    n = normalize("一行目\r\n二行目")
    assert n.text == "一行目\n二行目"
    assert n.span(4, 7) == (5, 8)


# --- the fast, run-based path must agree with a plain character-by-character reference ---


def _reference(text: str) -> str:
    """Slow reference: NFKC per base+marks group, CR/invisible handling, then the two removals."""
    out, i = [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and (text[j] in "\uff9e\uff9f\u3099\u309a" or unicodedata.combining(text[j])):
            j += 1
        piece = text[i:j]
        if piece == "\r":
            out.append("" if text[j:j + 1] == "\n" else "\n")
        elif not nz._INVISIBLE.fullmatch(piece):
            out.append(unicodedata.normalize("NFKC", re.sub("[\ud800-\udfff]", "\ufffd", piece)))
        i = j
    folded = "".join(out)
    return "".join(folded[a:b] for a, b in _kept(folded, nz._removals(folded)))


def _kept(text, drops):
    pos = 0
    for s, e in drops:
        yield pos, s
        pos = e
    yield pos, len(text)


_PIECES = st.sampled_from(["副", "作", "用", "ゼ", "ロ", "か", "\u3099", "ｶ", "ﾞ", "Ａ", "１", " ", "\u3000", "・", "･",
                           "\u200b", "\ufeff", "\r", "\n", "\r\n", "e", "\u0301", "😀", "\ud800", "㍿", "ﬁ", "〜", "☆",
                           "ᄀ", "ᅡ", "é", "\u00a0", "。", "a"])


@settings(derandomize=True, deadline=None, database=None, max_examples=300)
@given(st.lists(st.one_of(_PIECES, st.characters()), max_size=40).map("".join))
def test_fast_path_matches_reference(text):
    n = normalize(text)
    assert n.text == _reference(text)
    for k in range(len(n.text)):
        s, e = n.span(k, k + 1)
        assert 0 <= s < e <= len(text)


def test_safe_class_is_stable_and_never_composes():
    ranges = re.findall(r"(.)(?:-(.))?", nz.SAFE_CLASS, re.DOTALL)
    safe = {c for a, b in ranges for c in map(chr, range(ord(a), ord(b or a) + 1))}
    assert all(unicodedata.normalize("NFKC", c) == c and not unicodedata.combining(c) for c in safe)
    seconds = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<") and len(d.split()) == 2:
            seconds.add(chr(int(d.split()[1], 16)))
    assert not safe & seconds


def test_unchanged_text_has_an_identity_map():
    n = normalize("副作用ゼロの美容液です。")
    assert n.starts is None and n.span(0, 3) == (0, 3)


def test_lone_surrogates_become_replacement_characters():
    n = normalize("副\ud800作用")
    assert n.text == "副\ufffd作用"
    assert n.span(1, 2) == (1, 2)


def test_voice_mark_after_a_plain_kana_composes_with_it():
    n = normalize("か\u3099ん")
    assert n.text == "がん"
    assert n.span(0, 1) == (0, 2)
