"""Matching lemma patterns over tokens: inflection, width, kana, gaps in words."""

import pytest

from checker.engine import check
from checker.match.candidates import word_ids
from checker.match.rules import Rule
from checker.match.ruleset import RuleSet
from checker.text.normalize import normalize
from checker.text.sentences import split_sentences
from checker.text.tokens import tokenize


def _ruleset(*patterns: str) -> RuleSet:
    return RuleSet([Rule(id="T-TEST-001", category="superlative", severity="error", source="s",
                         message="m", suggestion="s", patterns=list(patterns), context=[])])


def _spans(text: str, *patterns: str) -> list[str]:
    return [f.matched_text for f in check(text, "cosmetic", _ruleset(*patterns)).findings]


@pytest.mark.parametrize("text", ["肌に届きます", "肌に届いた", "肌にとどく", "ハダにトドク"])
def test_inflection_and_kana_fold_to_one_lemma(text):
    assert _spans(text, "肌 に 届く")


def test_full_width_and_symbol_split_text():
    assert _spans("Ｎｏ．１の美容液", "ナンバー 1") == ["Ｎｏ．１"]
    assert _spans("副・作・用ゼロ", "副作用 ~2 ゼロ") == ["副・作・用ゼロ"]


def test_gap_counts_words_not_dictionary_pieces():
    # エクソソーム is four Sudachi units but one word
    text = "肌内部にエクソソームを送り込む"
    assert _spans(text, "内部 ~3 送り込む")
    assert not _spans(text, "内部 ~1 送り込む")


def test_word_ids_merge_adjacent_katakana_only():
    norm = normalize("エクソソームを配合").text
    toks = tokenize(norm, split_sentences(norm))
    ids = word_ids(toks)
    kata = [i for s, i in zip(toks.surface, ids, strict=True) if s in "エクソソーム"]
    assert len(set(kata)) == 1 and ids[-1] > ids[0]


def test_optional_element_and_alternatives():
    assert _spans("最高品質", "最高 の? 品質")
    assert _spans("最高の品質", "最高 の? 品質")
    assert _spans("最強の処方", "最高|最強 の? 品質|処方")


def test_number_wildcard():
    assert _spans("満足度98％", "満足 度 #num %")
    assert not _spans("満足度は高い", "満足 度 #num %")


def test_matches_stay_inside_one_sentence():
    assert not _spans("副作用について。ゼロから説明します。", "副作用 ~3 ゼロ")


def test_a_quote_taken_up_by_a_quoting_particle_stays_in_its_sentence():
    text = "友人も「3日で赤みが引いた！」と驚いていた。「最高！」とても軽い。"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "友人も「3日で赤みが引いた！」と驚いていた。", "「最高！」", "とても軽い。"]


def test_a_posts_tags_stay_in_its_last_sentence():
    # hashtags, mentions, a speaker's tag and emoji after the last ！ on the line belong to it
    text = "塗るのが楽しみ！ほうれい線が浅くなった！ 😳 #PR @brand\n次の行。"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "塗るのが楽しみ！", "ほうれい線が浅くなった！ 😳 #PR @brand\n", "次の行。"]
    # more words after the ！ start a new sentence as before
    text = "本日限り！ #PR 詳しくはプロフィールから。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["本日限り！", " #PR 詳しくはプロフィールから。"]


def test_lexicon_pattern_in_a_rule():
    assert _spans("関節痛がやわらぐ", "$disease ~3 $treat")
    assert not _spans("関節痛のある方はご相談ください", "$disease ~3 $treat")


def test_kana_reading_needs_a_plausible_word():
    # し/て/い reads シテイ (指定) but is a verb ending, not a kana spelling of 指定
    assert not _spans("医師の判断で購入しています", "医師 ~4 指定")
    assert _spans("ふくさようが無い", "副作用 ~2 無い")


def test_short_kana_reading_matches_a_whole_token_after_the_anchor():
    # ゼロ and 初 (ハツ) read too short to search alone; after the first element they match
    # one whole kana token (ぜろ, はつ), never part of one (つらい) or the pattern's start
    assert _spans("副作用ぜろです", "副作用 ~3 ゼロ") == ["副作用ぜろ"]
    assert _spans("せかいはつの技術", "世界 初") == ["せかいはつ"]
    assert not _spans("世界はつらいです", "世界 初")
    assert not _spans("日本はつねに新しい", "日本 初")
    assert not _spans("ぜろから始める", "ゼロ ~2 始める")


def test_inflected_kana_spelling_matches_the_kanji_term():
    # Sudachi lemmatises なおっ/なおり to kana なおる: the term 治る accepts its kana lemma
    assert _spans("湿疹がなおった", "湿疹 が 治る") == ["湿疹がなおっ"]
    assert _spans("湿疹がなおりました", "湿疹 が 治る") == ["湿疹がなおり"]
    assert _spans("くすみがきえた", "くすみ が 消える") == ["くすみがきえ"]
    assert not _spans("湿疹がなおらない", "湿疹 が 消える")


def test_context_free_regexes_are_searched_per_chunk_with_per_sentence_results():
    from checker.match.patterns import compile_pattern

    assert compile_pattern("re:「[^」]{2,40}」").context_free
    assert not compile_pattern("re:(?:^|[^a-z])(?P<m>no side effects)").context_free
    assert not compile_pattern("re:^安心").context_free
    assert compile_pattern("re:[^a]b").context_free  # [^…] is a class, not an anchor
    # a chunk-level match that crosses a line break must not hide the next sentence's match
    assert _spans("「あいう\nえお」と「かきく」", "re:「[^」]{2,40}」") == ["「かきく」"]
    assert _spans("一文目。\n二文目は「さしす」。", "re:「[^」]{2,40}」", "re:x*") == ["「さしす」"]
