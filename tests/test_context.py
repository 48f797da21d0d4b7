import pytest

from checker import context


@pytest.mark.parametrize("tail", ["わけではありません。", "とは言い切れません。", "ものではありません", "しません。", "ではない"])
def test_negation(tail):
    assert context.negated(tail)


@pytest.mark.parametrize("tail", ["ので安心です。", "、毎日使えます。", "です。"])
def test_not_negation(tail):
    assert not context.negated(tail)


@pytest.mark.parametrize("tail", ["」というのは誤解です。", "」といった表現は認められていません。", "」という宣伝には注意しましょう。"])
def test_refutation(tail):
    assert context.refuted("「", tail)


def test_plain_claim_is_not_refuted():
    assert not context.refuted("", "ので毎日安心して使えます。")


def test_attribution():
    assert context.attributed("と宣伝する製品もあるが根拠は乏しい。")
    assert context.attributed("」とうたうクリニックもある。")
    assert not context.attributed("と評判です。")


def test_question():
    assert context.question("本当に副作用はないの？")
    assert not context.question("副作用はありません。")
