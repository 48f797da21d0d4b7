"""Japanese wording for messages that come from elsewhere in English: file loading errors
(checker.text.load.LoadError) and the JSON API's validation errors (pydantic)."""

from __future__ import annotations

import re

_LOAD = [
    (re.compile(r"^binary file|^(\w+) file, not text"), "テキストではなくバイナリ（画像・PDF・Office 文書など）のファイルです。本文を .txt / .md / .html で保存してから選んでください。"),
    (re.compile(r"^unknown encoding '?([^']*)'?"), "文字コード「{0}」は扱えません。"),
    (re.compile(r"^cannot decode as (\S+)"), "文字コード {0} として読み込めませんでした。UTF-8 で保存し直してください。"),
    (re.compile(r"^broken (\S+) text after its byte-order mark"), "BOM（{0}）の後の文字が壊れています。UTF-8 で保存し直してください。"),
    (re.compile(r"^unknown text encoding"), "文字コードを判定できませんでした。UTF-8 で保存し直してください。"),
    (re.compile(r"^too large \(([\d,]+) bytes; limit ([\d,]+)\)"), "ファイルが大きすぎます（{0} バイト、上限 {1} バイト）。"),
    (re.compile(r"^too large \(more than ([\d,]+) bytes\)"), "ファイルが大きすぎます（上限 {0} バイト）。"),
    (re.compile(r"^is a folder"), "フォルダーはチェックできません。"),
    (re.compile(r"^permission denied"), "ファイルを読む権限がありません。"),
]


def load_error(reason: str) -> str:
    """A LoadError's reason in Japanese (unknown reasons get a generic sentence)."""
    for pattern, text in _LOAD:
        m = pattern.search(reason)
        if m:
            return text.format(*m.groups())
    return "ファイルを読み込めませんでした。.txt / .md / .html のテキストファイルか確認してください。"


_FIELDS = {"text": "text（チェックする文章）", "profile": "profile（プロファイル）", "format": "format（出力形式）"}


def validation_message(error: dict) -> str:
    """One pydantic error of the JSON API as a Japanese sentence."""
    loc = [str(x) for x in error.get("loc", ()) if x != "body"]
    name = _FIELDS.get(loc[0], loc[0]) if loc else "リクエスト"
    kind = error.get("type", "")
    if kind == "missing":
        return f"{name} がありません。"
    if kind == "extra_forbidden":
        return f"{name} という項目は使えません。使える項目は text・profile・format です。"
    if kind in ("literal_error", "enum"):
        expected = error.get("ctx", {}).get("expected", "")
        return f"{name} の値が正しくありません。次のいずれかを指定してください: {expected}。".replace("'", "")
    if kind == "string_type":
        return f"{name} は文字列で指定してください。"
    if kind.startswith("json_") or kind == "model_type" or kind == "model_attributes_type":
        return "リクエスト本文が正しい JSON オブジェクトではありません（例: {\"text\": \"…\", \"profile\": \"auto\"}）。"
    return f"{name} の値が正しくありません。"
