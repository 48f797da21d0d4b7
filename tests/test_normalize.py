from checker.normalize import normalize


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
