"""Sentence-scope context filters: each says whether a matched phrase is NOT a claim.

All functions look at normalised text: `head` is the sentence before the match and
`tail` the sentence after it."""

from __future__ import annotations

import re
from functools import cache

from checker.match import linear_re
from checker.match.patterns import lexicon


@cache
def words(name: str) -> str:
    """The word class `name` of rules/lexicon.yml as an RE2 alternation (longest first).
    Context vocabulary is data (issue 14): the patterns below only arrange the classes."""
    terms = lexicon().get(name)
    if not terms:
        raise KeyError(f"rules/lexicon.yml has no word class {name!r}")
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))

_CLOSE = r"[」』\"'”’)）]*\s*"
# the ending a match leaves behind before the quote closes (「厚労省が認め|た」), then the quote
# (「肌が再生|する！」: the rest of the quoted verb, an exclamation, the close)
_INFL_CLOSE = rf"(?:(?:た|だ|る|する|した|される|された|させる|できる|ます|ました|です|ない|ません|済み)?[!！]*[」』\"”])?{_CLOSE}"


class _Tempered:
    """A pattern whose group `gap` may not contain the start of a `forbidden` word: the
    tempered gap `(?:(?!が|ので)[^、。]){0,20}?` of a backtracking engine, in RE2.

    RE2 returns the shortest gap with which the rest matches (the gap is lazy), and a gap
    free of forbidden starts stays free when shortened, so the pattern holds exactly when
    that shortest gap is free. Patterns are anchored, so only one match is looked at."""

    def __init__(self, pattern: str, forbidden: str, forbidden2: str = ""):
        self.regex = linear_re.compile(pattern)
        self.forbidden = linear_re.compile(forbidden)
        self.forbidden2 = linear_re.compile(forbidden2) if forbidden2 else None

    @staticmethod
    def _free(text: str, span: tuple[int, int], forbidden: linear_re.Regex) -> bool:
        """No forbidden word starts inside the span (one may run past its end)."""
        start, end = span
        m = forbidden.search(text[start:end + 4])  # leftmost start; words are short
        return m is None or m.start() >= end - start

    def search(self, text: str):
        m = self.regex.search(text)
        if m is None:
            return None
        index = self.regex.groupindex
        if not self._free(text, m.span(index["gap"]), self.forbidden):
            return None
        if self.forbidden2 is not None and not self._free(text, m.span(index["gap2"]), self.forbidden2):
            return None
        return m


class _AnyOf:
    """Several patterns tried in turn (the alternatives that need _Tempered, split out)."""

    def __init__(self, *patterns):
        self.patterns = patterns

    def search(self, text: str):
        return next((m for p in self.patterns if (m := p.search(text)) is not None), None)


# 副作用がないわけではない / とは言い切れない / 保証するものではない / 消えません /
# 確認されていません / 承認を受けていない / 治療を目的としたものではありません
_VERB = (
    r"(?:する|される|した|された|している|されている|できる|いたす|である|な|だ"
    # 保健所がこの内容を認め|たものではありません (the match ends on a verb stem)
    r"|た|ている|ていた|てる|てた"
    r"|(?:が|を)?(?:出る|現れる|あらわれる|得られる|感じられる|ある|実感できる|実感する|体感できる|期待できる)"
    # 1回で変化|を実感できることをお約束するものではありません (the promise of it is denied)
    r"|[^、。]{0,12}?こと(?:を|が)お?(?:保証|約束|確約)(?:する|した|される)?"
    r"|(?:を|が)?お?(?:保証|約束|確約|意味|示唆|目指)(?:する|した|される)?"
    # 肌が若返る|といった効果を示すものではありません (the effect, shown: denied)
    r"|(?:という|といった|などの|ような|の)?(?:効果|効能|作用|効き目|結果|変化|働き)(?:を|が)(?:示す|示した|持つ|もたらす|うたう|謳う|標榜する|表示する)"
    # 病気を予防|する効果があるとはご案内できかねます (the effect's existence: denied)
    r"|(?:する|させる|できる)?(?:という|といった|などの|ような|の)?(?:効果|効能|作用|効き目|結果|変化)(?:が|も)(?:ある|あります)"
    # 若返り|などの効果をお約束するものではありません (the effect, promised: denied)
    r"|(?:という|といった|などの|ような|の)?(?:効果|効能|作用|効き目|結果|変化)(?:を|が)お?(?:保証|約束|確約)(?:する|した|される)?"
    # 承認や認可を受けたものではありません (a status received, denied)
    r"|(?:を|が)?(?:受け|得)(?:る|た|ている|られる)"
    r"|[^、。]{0,12}?(?:確立|承認|認め|証明|保証)(?:した|された|られた|されている|している)"
    # 美白|や細胞の修復を標榜するものではありません (publishing it is denied)
    r"|(?:を|と)(?:うたう|謳う|うたった|謳った|標榜する|表示する|表記する|記載する|うたっている|謳っている))?"
)
_STRONG_NEGATION = (
    r"[」』]?[、,]?(?:という|といった|との|って)?(?:わけ|訳)(?:では|でも|じゃ|や)(?:な|あり|ござ)"
    # (…起こることはありません、とは言い切れません: the whole clause, then denied)
    r"|[、,]?とは(?:言|い)(?:え|い切れ|いきれ|い難|いがた)"
    r"|とは(?:限|かぎ)[らり]"
    r"|(?:[、,]?(?:という|といった|なんて|などという))?(?:もの|こと|わけ)(?:では|は|でも|じゃ)(?:な|あり|ござ)"
    # シワが消えるとかそんなものじゃない (the kind of thing, denied in speech)
    r"|(?:とか|なんて|みたいな)(?:そういう|そんな|ああいう)?(?:もの|の)(?:では|じゃ)(?:な|あり|ござ)"
    # 10歳若返る…なんてことはないけど (waved away in speech)
    r"|[…。、.]*(?:なんて|なんか)(?:こと|の)(?:は|も)?(?:ない|無い|ありません|ないです|ねえ)"
    # 痩せるとか肌が変わるとかは全然ないです (listed in speech, then denied)
    r"|(?:とか[^。、]{0,20}?)?(?:とか|なんて|なんか)(?:は|も)?[、,]?\s*(?:全然|全く|まったく|一切|別に)?(?:ない|無い|ありません|ないです)"
    # iPS細胞・ES細胞由来のものではありません (a listed item, then the kind denied)
    r"|(?:[・、][^。]{0,14}?)?の(?:もの|製品|成分|原料)(?:では|でも)(?:な|あり|ござ)"
    # 病気の予防を目的とした治療ではなく (the purpose is denied, whatever the noun)
    r"|(?:を|が)?目的と(?:した|する)(?:もの|こと|[^、。]{1,10}?)?(?:では|は)(?:な|あり|ござ)"
    # 病気を治すことや若返りを目的とした点滴ではない (one of a list of purposes, denied)
    r"|(?:こと|の)?(?:や|・)[^、。]{1,14}?を目的と(?:した|する)(?:もの|こと|[^、。]{1,10}?)?(?:では|は)(?:な|あり|ござ)"
    r"|とは断言でき"
    # 安全性が確立|した施術ではない (the kind of treatment it is, denied)
    # (a status verb first: 他院のような怪しい製剤ではなく is a comparison, not a denial)
    r"|(?:した|された|している|されている|を受けた|を得た)(?:施術|治療|療法|製品|商品|製剤|医薬品|方法|化粧品|美容液|コスメ|サプリメント|サプリ|食品|クリーム)(?:では|じゃ)(?:な|あり|ござ)"
    # 肌質改善をお約束する|商品ではありません (what the product is for, denied after a promise verb)
    r"|(?:する|した)(?:商品|製品|化粧品|美容液|サプリメント|サプリ|食品|施術|治療)(?:では|じゃ)(?:な|あり|ござ)"
    # 病気が治るとはお伝えしていません / 効果があるとはご案内できかねます (a seller's answer)
    r"|とは(?:お伝え|ご案内|ご説明|説明|申し上げ|お答え)(?:を)?(?:し|いたし)?(?:て(?:いません|おりません|いない)|ません|でき(?:ない|ません|かね)|いたしかね|しかね)"
    # 1回で効果が出ると断言することはできません / と約束するものではありません
    r"|と(?:断言|明言|約束|保証|言い切|いいき)(?:る|する)?(?:こと)?(?:は|が|も)?(?:でき(?:な|ません)|いたしかね|しかね)"
    # 効果を保証することはできません / できかねます (cannot promise it)
    r"|こと(?:は|が|も)?(?:でき(?:な|ませ|かね)|いたしかね|しかね)"
    # 優位性を謳うことはいたしません (we do not do it)
    r"|こと(?:は|も)(?:一切|決して)?(?:いたし|し)(?:ません|ない|ておりません|ていません)"
)
# the act of making a claim public, as a noun (体験談の掲載) or a verb (優位性を謳う)
_ACT_NOUN = r"(?:掲載|表示|表記|記載|宣伝|広告|標榜|紹介|公開|掲示|喧伝|強調|訴求|投稿)"
_ACT_VERB = r"(?:謳|うた|標榜|宣伝|広告|表示|表記|記載|掲載|紹介|公開|投稿)"
# 体験談やビフォーアフター写真の掲載を行っておりません / 優位性を謳うことはいたしません:
# the match is what the act is about (joined by の/を/は/も/に, no clause break in between),
# and the act is denied. After a clause break (業界No.1でも宣伝はしていません) the denied act
# is about something else and the claim stands.
# the words that end a clause: a denied act after them is about something else
_CLAUSE_BREAK = r"で|が|て|けど|のに|ので|から|ため|です|ます"
# a reason or a sequence: what follows is not the match's own verb
_CONNECTIVE = r"ので|から|ため|して"
_NEGATED_ACT = _AnyOf(
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^、。,]{{0,20}}?)(?:の|を|は|も|に)\s*(?:一切|決して)?(?:"
        rf"{_ACT_NOUN}(?:を|は|も)?(?:一切|決して)?(?:行っ|し|いたし)て(?:おりません|いません|いない|おらず|ないです)"
        rf"|{_ACT_NOUN}(?:を|は|も)?(?:一切|決して)?(?:行い|行わ|し|いたし)(?:ません|ない|ず[、。,])"
        rf"|{_ACT_VERB}(?:うこと|すること)(?:は|も)(?:一切|決して)?(?:いたし|し)(?:ません|ない|ておりません|ていません)"
        rf"|{_ACT_VERB}(?:っ|し)て(?:おりません|いません|いない|おらず)"
        # 写真の掲載を控えています / 公開は見合わせております: refraining from it is a denial too
        # (but 控えめ is "modest", not "refrain")
        rf"|(?:{_ACT_NOUN}|{_ACT_VERB}(?:うこと|すること))(?:を|は|も)?(?:一切)?(?:差し)?(?:控え(?:[^め]|$)|見合わせ)"
        r")",
        _CLAUSE_BREAK),
    # 刺激|に関する試験は実施していません (no study of it was done: no claim about it)
    linear_re.compile(r"^(?:について|に関して|についての|に関する)[^、。]{0,12}?(?:評価|試験|調査|検討|確認|検証)(?:は|を|も)[、,]?\s*"
                      r"(?:一切)?(?:行っ|実施し|し)て(?:いません|おりません|いない|おらず)"),
    # 他院との比較はいたしません: the match ends on the act itself
    # 他の医療機関との比較は行わず / はせず / を控え / についてもお答えしておりません
    linear_re.compile(
        rf"^{_CLOSE}(?:(?:の有無|の是非|の詳細)?(?:について|に関して|に関する(?:ご質問|お問い合わせ)(?:に)?)?(?:は|も)[、,]?\s*(?:一切|決して)?"
        r"(?:いたし(?:ません|ておりません)|行いません|行っ(?:ておりません|ていません|ておらず)"
        r"|行わず|いたさず|せず|しません|して(?:おりません|いません|おらず)"
        r"|お答え(?:し(?:ておりません|ていません|ません|かねます)|でき(?:ません|かねます))|回答し(?:ておりません|ていません|ません|かねます)"
        # 他院との比較については、お答えを差し控えさせていただきます
        r"|(?:お答え|ご?回答|ご?返答|言及)(?:を|は)?(?:差し)?控え)"
        r"|(?:を|は|も)(?:一切)?(?:差し)?(?:控え(?:[^め]|$)|見合わせ)"
        # 他の医療機関との比較を行わない(こと)
        r"|を(?:一切|決して)?(?:(?:行わ|し|いたさ)(?:ない|ず)|(?:行い|し|いたし)ません|(?:行っ|し)て(?:おりません|いません|いない)))"),
)
# The proof of a claim said not to exist or not to be found (確かなデータはありません, 根拠は
# 見当たりません, エビデンスも存在しない): one fragment for the negation, refutation and
# asked-then-denied filters.
_PROOF_ABSENT = (r"(?:公開|公的な|確かな|十分な|信頼できる)?(?:データ|エビデンス|根拠|証拠|裏付け|裏づけ)(?:は|が|も)[、,]?(?:まだ|いまだ|未だ|十分に?)?"
                 r"(?:ありません|ない|無い|なく|無く|ございません|(?:見当たり|見つかり|確認でき|存在し)(?:ません|ない|ず))")
_NEGATION = _AnyOf(
    # 誰もが同じように変化を感じる|とは限りません (the claim said not to hold always)
    linear_re.compile(r"^[^。「」]{0,24}?とは限(?:りません|らない|らず)"),
    # 数日で劇的に変わる|タイプではない (the kind of product that does it, denied)
    linear_re.compile(r"^[^。、「」]{0,8}?(?:タイプ|類い|たぐい)(?:では|じゃ)(?:ない|ありません|ございません)"),
    # 速い実感|をお望みの方には不向き (those who want the effect told it is not for them)
    linear_re.compile(r"^[^。]{0,4}?(?:を求める|をお求めの|を期待する|をご期待の|をお望みの)(?:方|人)(?:に|には)(?:は)?[、,]?"
                      r"(?:向いていません|向いていない|向きません|おすすめしません|お勧めしません|おすすめできません|不向き)"),
    # 「塗る再生医療」|と言われがちですが、この製品に細胞は入っていません (a nickname, then corrected)
    linear_re.compile(r"^[^。、]{0,3}?と(?:呼ばれ|呼ぶ|言われ|いわれ|言う|いう)[^。]{0,12}?が[、,][^。]{0,30}?(?:含まれて|入って|配合して|使用して|使って)"
                      r"(?:いません|おりません|いない)"),
    # あらゆる肌質に|向くわけではありません (a verb, then "not always": the claim denied)
    linear_re.compile(r"^[^。、「」]{0,6}?(?:わけ|訳)(?:では|じゃ)(?:ない|ありません|ございません)"),
    # 誰でも毛穴が小さく|なる、といったわけではないのです (the whole clause, then "that is not so")
    linear_re.compile(r"^[^。「」]{0,14}?[、,]?\s*という(?:わけ|訳)(?:では|でも|じゃ)(?:ない|ありません|ございません)"),
    # 初回だけでは効き目|を感じられないこともございます (the effect said not to be felt, a disclaimer)
    linear_re.compile(r"^(?:を|が|は)?(?:実感|体感|感じ|得)(?:でき|られ|ら)?(?:ない|ません|ず)(?:場合|こと|方)(?:が|も)[^。]{0,4}?(?:あり|ござい|ある)"),
    # 臨床試験|を編集部は確認できなかった (a reporter could not find it)
    linear_re.compile(r"^[^。、「」]{0,14}?(?:確認|確かめ|見つけ|発見)(?:でき|られ)(?:なかった|ない|ません|ませんでした|ず)"),
    # ほかの療法より優れ|ていると示せるデータは、まだありません (the proof said not to exist)
    linear_re.compile(r"^[^。]{0,8}?(?:ことを|と)示(?:す|せる|した)[^。]{0,10}?(?:データ|根拠|証拠|研究|報告)(?:は|も)[、,]?[^。]{0,8}?(?:ありません|ない|ございません)"),
    # 膝の痛みへの効果|について、現時点で確かなデータはありません (the topic's proof said not to exist)
    linear_re.compile(r"^[^。]{0,4}?(?:について|に関して|には)[、,]?[^。]{0,12}?" + _PROOF_ABSENT),
    # 有効性を支える|データは見つかりませんでした (the proof looked for and not found)
    linear_re.compile(r"^[^。、「」]{0,6}?" + _PROOF_ABSENT),
    # 刺激がゼロ|とは言いません / 副作用がない|とまでは言い切れません (the claim said not to be made)
    linear_re.compile(r"^[^。、「」]{0,4}?と(?:まで)?は(?:言い切れ|いい切れ|言い|いい|申し|言え|いえ|断言し|断言でき)(?:ません|ない|ず)"),
    # 他社の美容液と比べてどうなの|、というご質問には (a customer's question, named as such)
    linear_re.compile(r"^[^。]{0,12}?(?:か|ですか|[?？])[、,]?\s*(?:という|との)(?:お問い合わせ|ご質問|質問|ご相談)"),
    # 腰痛を治す|ことが証明されたわけではない (a result said not to be established)
    linear_re.compile(r"^(?:こと|の)(?:が|は)[^。、]{0,8}?(?:確認|証明|実証|確立)され(?:た|ている)(?:もの|わけ)(?:では|でも)(?:ありません|ない|ございません)"),
    # ほてりへの有効|性は、いずれの試験でも確立されていません (the effect's
    # standing denied after a comma)
    linear_re.compile(r"^性?(?:は|も)[、,]?[^。]{0,20}?(?:確認|証明|実証|確立)され(?:た(?:もの|わけ)(?:では|でも)(?:ありません|ない|ございません)|て(?:い|お)?(?:ない|ません|らず))"),
    # その効果と安全性が確認され|、国に承認された製品は、現在ありません (a relative clause whose
    # head, a product or treatment, is said not to exist)
    linear_re.compile(r"^[^。]{0,80}?(?:た|れた|れている)[^。、]{0,16}?(?:製品|商品|もの|治療|治療法|薬|医薬品|製剤)(?:は|も)[、,]?\s*"
                      r"(?:現在|現時点で?|今のところ|国内に|日本に|まだ)?(?:は|も)?[、,]?\s*(?:ありません|存在しません|存在せず|ない|ございません|見当たりません)"),
    # 試験結果|は開示されていません (the basis named, and said never to have been shown)
    linear_re.compile(r"^(?:は|が|も)(?:一切|まったく|全く|何も)?(?:示|提示|開示|公表)されて(?:いません|いない|いなかった|おらず|いませんでした)"),
    # 人での有効性は明らか|になっていない (a result said not to be known yet)
    linear_re.compile(r"^に(?:は)?(?:なって|されて)(?:いません|いない|おらず|おりません|いませんでした|いなかった)"),
    # 細胞を活性化|させるものではない / 効き目は確認され|てへんよ (spoken)
    linear_re.compile(r"^(?:さ|し)?(?:せる|させる|する|できる)?(?:もの|わけ)(?:では|じゃ)(?:ありません|ない|ございません)"),
    linear_re.compile(r"^て(?:ない|へん|ねえ|ねぇ)(?:[でよわしね。、!！]|$)"),
    # 細胞は入っ|てません🙅 (spoken, before an emoji or a space; not 薄くなってません！？,
    # a question that affirms)
    linear_re.compile(r"^て(?:い)?ません[!！]*(?:[^ぁ-ゖ?？!！]|$)"),
    # 若返り効果|は認められてないで (the effect said not to be recognised, spoken)
    linear_re.compile(r"^(?:効果|作用|効能)?(?:は|が|も)[^。、]{0,6}?(?:認められ|確認され|証明され)(?:てい|て)(?:ない|ません)"),
    # シワを伸ばし|たりとかはできません / 一晩で変わる|とかはなかった (a spoken denial)
    linear_re.compile(r"^(?:たり)?(?:とか|なんて|など)(?:は|も)?(?:でき(?:ない|ません)|いたしかね|なかった|ありませんでした|ないです|ありません)"),
    # 「誰にでも効く」わけやない (a quoted claim, closed and denied)
    # 「ダウンタイムがないから気軽に」というものではありません (the quoted idea, denied)
    linear_re.compile(r"^[^「」『』。]{0,14}?[」』](?:という|って)?(?:わけ|訳|もの)(?:では|でも|じゃ|や)(?:な|あり|ござ)"),
    # ES細胞由来|でもiPS細胞由来でもない (a pair denied by 〜でも〜でもない; not 刺激もない, a claim)
    linear_re.compile(rf"^{_CLOSE}でも(?:[、,]?\s*[^。、]{{1,16}}?でも)?(?:な[いく]|ありません|ございません)"),
    # 上清液入り＝即効性あり|、ではありません (the equation stated, then denied)
    linear_re.compile(r"^[^。、「」]{0,8}?[、,]\s*(?:では|じゃ)(?:ありません|ない|ございません)"),
    # 持病の治療|のために服用するのはお控えください (a use for that purpose, forbidden to the reader)
    linear_re.compile(
        rf"^{_CLOSE}(?:を|の)(?:目的と(?:して|した)|ために|目的で|期待して)[^。]{{0,12}}?(?:こと|の)(?:は|を|も)?[、,]?\s*"
        r"(?:絶対に|決して)?(?:おやめ|お控え|控え|やめ|避け)(?:ください|ましょう|て(?:ください|いただ))"),
    # 先着|順の特典などもございません (a short noun phrase, denied; not 他にありません)
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^。]{{0,12}}?)(?:など|等)?(?:も|は)(?:一切|全く|まったく)?(?:ございません|ありません|なく[、,]|ない(?:[。、,]|$|です))",
        # not の心配もありません / 刺激もありません (a harm denied: a safety claim)
        rf"、|,|を|が|で(?:[^の]|$)|に|て|ので|から|ため|けど|[!！?？]|他|ほか|以外|しか|心配|不安|問題|{words('harm')}"),
    # 1回で実感できる方もいれば、… (some do, some do not: no promise)
    linear_re.compile(r"^[^。、]{0,12}?(?:方|人|患者様?|お客様|場合|ケース)(?:も)?(?:いれば|あれば|いる一方)"),
    # プラセボ群と比較して有意|な改善は認められなかった (the result was not found)
    _Tempered(
        r"^(?P<gap>[^、。「」]{0,10}?)(?:は|が|も)(?:統計的に|まったく|全く|まだ)?(?:認められ|見られ|確認され|示され|得られ|確かめられ|証明され)"
        # 真皮に達する|ことは確かめられていません / 確認されておりません
        r"(?:てい|てお)?(?:なかった|ず|ない|ません|ませんでした|らず|りません)",
        rf"心配|不安|問題|{words('harm')}"),
    linear_re.compile(
        # 「肌再生効果」|は科学的に確認されていない (a quoted claim, said not to be established)
        r"^[」』](?:は|が|も|について)(?:まだ|いまだ|未だ|十分に|科学的に|医学的に)?"
        r"(?:証明|確立|確認|実証|立証|承認|検証)(?:さ|ら)?れて(?:いない|いません|おらず|おりません)"
        # 幹細胞そのものを含ん|でいない (the match ends on a stem in ん: 含んで, 飲んで)
        r"|^で(?:いない|いません|おらず|おりません)"
        # 幹細胞そのもの|は含まれていなかった (a survey's finding)
        # iPS細胞やヒト胚に由来|するものは含まれていません (what it derives from, not contained)
        r"|^(?:する|した|の)?(?:もの|原料|成分|細胞)?(?:は|が|も)(?:一切|全く|まったく)?(?:含まれ|配合され|使用され|使われ|入っ)"
        r"(?:て(?:い(?:ない|なかった|ません|ませんでした)|おらず|おりません)|ない|なかった|ません|ず)"
        # 安全性の確立|した治療とは限らない (必ずしも…とは限らない: the kind of thing it is, denied)
        r"|^[」』]?(?:した|された|している|されている|の|な|である)?[^、。「」]{0,8}?"
        r"(?:とは(?:限|かぎ)[らり]|とは(?:言|い)(?:え|い切れ|いきれ)(?:ない|ません|ず)"
        # 痛みが改善する|とは結論できない / シミが消え|たとは思っていません
        r"|とは(?:結論|断定|判断|断言)(?:でき|し(?:かね|がた))(?:ない|ません|ず)"
        r"|とは(?:思|考え)(?:って|て)?(?:いない|いません|おりません|ない|ません))"),
    linear_re.compile(
        rf"^{_CLOSE}(?:"
        # たるみを引き上げ|る、若返らせるといった効果はうたっていません (a verb's ending, then the list)
        rf"(?:する|させる|せる|す|る)?(?:(?:[、・や「『]|および|及び|または|又は)\s*[^、。・]{{1,8}}?){{0,3}}{_VERB}(?:{_STRONG_NEGATION})"
        r"|(?:し|され|でき|いたし|させ|ら?れ)?て(?:いない|いなかった|いません|いませんでした|おらず|おりません|ないです"
        # 含まれてないよ / 入ってないし (the い dropped, in speech)
        r"|ない(?:よ|ね|し|わ|[。、,!！]|$))"
        # 届け出たことは国が効き目を認め|たことを意味しない (what a step means, denied)
        r"|(?:た|る|する|した)?こと(?:を|は)?(?:意味|示)(?:し|す)?(?:ません|ない|ず)"
        # がん治療の有効性は証明されていない (the evidence for it is denied)
        # 患者に対する有効|性は検証されていない (the match ends inside the noun)
        r"|(?:(?:の|は|が|に)?[^、。]{0,10}?(?:有効性|効果|効能|根拠|エビデンス|安全性)|性)[」』]?(?:は|が|も|について)?"
        r"(?:まだ|いまだ|未だ|十分に|科学的に|医学的に)?(?:証明|確立|確認|実証|立証|承認|検証)(?:さ|ら)?れて"
        r"(?:いない|いません|おらず|おりません)"
        # 疾病が治癒したり、より健康が増進するものではありません (a listed pair, denied together)
        rf"|(?:し|され|でき|させ|せ)?たり[、,]?[^。]{{0,24}}?(?:{_STRONG_NEGATION})"
        # 毛穴の引き締め|など薬のような働きを目的とした製品ではありません (the kind of purpose, denied)
        r"|(?:など|等|といった|のような)(?:の)?[^、。]{0,14}?を目的と(?:した|する)(?:もの|商品|製品|化粧品|施術|治療)?(?:では|は)(?:な|あり|ござ)"
        r"|(?:を|は|が)?(?:受け|取得し|得|行っ|確認し|実施し)て(?:いない|いません|おらず|おりません)"
        r"|(?:が|は|も)?(?:出|現れ|あらわれ|得られ|感じられ|見られ|実感でき)(?:ない|ません|にくい)"
        r"|(?:し|され|でき|いたし)?(?:ません|ない|かねま|ず[、。]|ぬ)"
        # 効果の発現を保証|してはいけない (a prohibition)
        r"|(?:し|させ|され)?て(?:は)(?:いけ|なら|なり)(?:ない|ません|ず)"
        # アトピーへの効果|はございません / 医師による推薦|はありません (the thing is denied)
        r"|(?:は|も)(?:一切|全く|まったく)?(?:ございません|ありません|ない(?:[。、,]|$|です))"
        # 生きた細胞は含ま|れず / 認め|られない: the match ends on a verb stem and the passive or
        # potential ending that follows carries the negation (but 悩まされずに済む is a claim)
        r"|ら?れ(?:ない|なかっ|ません|ず(?:[、。,]|$)|ぬ)"
        # 生きた幹細胞|そのものではありません (the thing itself, denied)
        # サプリメントは病気を治す|ためのものではありません (its purpose, denied)
        r"|(?:する|させる)?ため(?:の)?(?:もの|製品|商品|食品|化粧品|施術|点滴)では(?:な|あり|ござ)"
        # こうした効果を裏付ける|根拠は乏しい (the evidence for it is lacking)
        r"|(?:だけの|ような|ほどの)?(?:臨床|科学的|医学的|十分な)?(?:根拠|データ|エビデンス|証拠)(?:は|が|も)(?:まだ|いまだ|未だ)?(?:乏し|不十分|な[いく]|無[いく]|ありません|ございません|見当たら"
        r"|(?:示|確認|報告)されて(?:いない|いません|おらず|おりません)|得られて(?:いない|いません|おらず))"
        # 〜を防ぐという医学的根拠は、今のところ示されていない (the evidence is not shown)
        r"|(?:する|した|できる|させる|される)?[、,]?\s*(?:という|との)(?:科学的|医学的|十分な|確かな|明確な)?(?:根拠|データ|エビデンス|証拠)(?:は|が|も)[、,]?\s*"
        r"(?:現在のところ|現時点で(?:は)?|今のところ|まだ|いまだ|未だ|十分に)?[、,]?\s*(?:示され|確認され|得られ|報告され)(?:て(?:いません|いない|おらず|おりません)|ていない)"
        # 髪が増える、肌が若返る、などの効果は確かめられていません (a list of effects, not found)
        r"|(?:る|た|い)?[、,]?\s*(?:[^。]{1,24}?(?:[、,]\s*)?)?(?:といった|とかいった|などの|という|のような|なんて)(?:効果|効能|作用|効き目|働き)(?:は|も)[、,]?\s*(?:いずれも|まだ|いまだ|科学的に|医学的に|そもそも)?"
        r"(?:(?:確認|証明|実証|立証|報告)(?:されて(?:いません|いない|おらず|おりません)|できて(?:いません|いない))|期待でき(?:ません|ない)|ありません|ございません)"
        # 医療機関専売|品ではなく (the kind of product, denied)
        r"|(?:の|ん|そのもの|自体|品)?では(?:な|あり|ござ)"
        r"|ではない"
        # 医師にすすめ|られたとかではなく (not that it was so)
        r"|(?:ら?れ|さ|し)?(?:た|る)?(?:とか|なんか)では(?:な|あり|ござ)"
        # 国が承認した事実はない / 認可された記録はありません (the fact is denied)
        r"|(?:し|され|られ)?(?:た|ている)?[、,]?\s*(?:という)?(?:事実|記録|根拠)(?:は|も)(?:一切|どこにも)?"
        r"(?:な|無|ありません|ござい|存在し)"
        # はっきり若返る|と言えるデータはまだない (nothing yet shows it)
        # 「必ず効く」と言える施術は存在しません (nothing of which it can be said)
        r"|(?:[^「」『』。]{0,16}?[」』])?と(?:言|い)える[^、。「」]{1,10}?(?:は|も)[、,]?\s*(?:一つも|ひとつも|まだ|現在|今のところ)?(?:ありません|ございません|ない(?:[。、,]|$|です|のです)|存在し(?:ません|ない))"
        r"|(?:する|した|できる|させる|される)?と(?:言|い)える(?:だけの|ほどの|ような)?(?:データ|根拠|エビデンス|証拠|研究|報告)(?:は|も)"
        r"(?:まだ|いまだ|未だ|十分に?|現時点で(?:は)?|今のところ)?(?:な[くい]|無[くい]|ありません|ございません|存在し(?:ない|ません))"
        r"|(?:し|され|でき)?(?:た|ている)(?:という)?[^、。]{0,8}?(?:臨床試験|試験|研究|データ|報告|例|事例|前例|実績|根拠|エビデンス|論文)"
        r"(?:は|も)(?:まだ|いまだ|未だ|一つも|ひとつも|一切|これまで)?"
        r"(?:な[くいし]|無[くいし]|ありません|ございません|存在し(?:ない|ません)|確認されて(?:いない|いません|おらず|おりません)|見当たら)"
        r")"),
    # 〜が薄くなる、毛穴が締まる、などのデータは、今のところ見当たりません (the evidence for a list of
    # effects is denied)
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^。]{{0,40}}?)[、,]?\s*(?:という|といった|とする|などの)(?:科学的|医学的)?(?:な)?(?:根拠|データ|エビデンス|証拠)"
        r"(?:は|が|も)[、,]?\s*(?:まだ|いまだ|未だ|現時点で(?:は)?|現在|今のところ|いまのところ)?[、,]?\s*"
        r"(?:乏し|不十分|な[いく]|無[いく]|ありません|ございません|見当たら|示されて(?:いない|いません))",
        r"が[、,]|ので|のに|けど|ため[、,]|から[、,]|ば[、,]|ます[、,。]|です[、,。]|[!！?？]|\n"),
    # 一度で完治|すると保証できる施術はどこにもありません (no one can promise it)
    linear_re.compile(
        rf"^{_CLOSE}(?:[^、。「」『』]{{0,16}}?と(?:お)?(?:約束|保証|断言|確約))?でき(?:る)?(?:医療|治療|施術|{words('ctx_existing_thing')})"
        r"(?:は|も)(?:どこにも)?(?:ありません|ございません|ない(?:[。、,]|$|です)|存在し(?:ません|ない))"),
    # iPS細胞由来の原料は使用していません (not used at all)
    # iPS細胞由来の原料は、一切使用していません (the topic, a comma, then the denial)
    # iPS細胞由来の原料は含みません (含み / 含ま: the plain negative of 含む)
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^、。]{{0,10}}?)(?:(?:は|を|も)[、,]?\s*)?(?:一切)?"
        r"(?:使用|配合|使っ|含ん|含み|含ま|用い|含有|添加|取り?扱っ|扱っ|提供|導入)(?:し|され)?"
        r"(?:てい(?:ません|ない)|ておりません|ません|ない)",
        _CONNECTIVE),
    # iPS細胞由来の製剤は、当院では取り扱っておりません (the advertiser does not offer it)
    # 〜から得た成分を、弊社のクリームには配合しておりません (in what it sells: 当社の化粧品には)
    # (not 当社製品にしか: only ours)
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^、。]{{0,10}}?)(?:は|を|も)[、,]?\s*(?:{words('seller')})(?:の)?(?P<gap2>[^、。をが]{{0,8}}?)"
        r"(?:で|に)(?:は|も)[、,]?\s*(?:一切)?(?:使用し|配合し|使っ|取り?扱っ|扱っ|提供し|導入し|用い)"
        r"(?:ておりません|ていません|ていない|ておらず)",
        _CONNECTIVE, r"しか|他|ほか|以外|のみ|だけ"),
    # 副作用のない薬は存在しません (no such thing exists)
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^、。]{{1,8}}?)(?:は|など)(?:どこにも|一つも|ひとつも)?"
        r"(?:存在し(?:ません|ない)|存在せず|ありません|あり得ません)",
        _CONNECTIVE),
    # 有効性が証明された製剤は、現時点で国内に存在しない (but not 他に存在しない: "only ours")
    # 承認されたものは、国内にも海外にもない (nowhere: but not 他にない, "only ours")
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^、。]{{1,10}}?)は、?(?P<gap2>[^、。]{{0,16}}?)"
        r"(?:存在し(?:ません|ない)|存在せず|(?:に|で)も(?:ない|無い|ありません|存在し(?:ません|ない)|存在せず))",
        _CONNECTIVE, r"他|ほか|以外|しか"),
)

# 「副作用がない」は誤解です / 「真皮まで浸透」といった表現は認められていません /
# 体験談の掲載は禁止されています
_REPORTED = (r"(?:[」』\"”]|という|といった|との|などの|などと|なんて|って|かのよう|ような(?:広告|表現|宣伝|表示|説明)|(?:の|を)(?:掲載|表示|使用|記載|表記|表現)"
             # 病気が治る、と考えるのは誤り / 治ると断言する医師がいたら…根拠はない (a belief or a claim, named)
             r"|[、,]?\s*と(?:考え|思い込|信じ|断言|言い切|いい切|宣伝|うた|謳|説明す|勧め|すすめ)"
             # 幹細胞が入っている、と思われがちですが実際は (a common belief, then corrected)
             r"|[、,]?\s*と(?:思われ|考えられ|誤解され)がち)")
# words that call a claim false, shared by the quoted and the bare-topic refutations
_MYTH = (r"誤解|間違い|まちがい|誤り|あやまり|嘘|うそ|ウソ|デマ|俗説|神話|迷信|事実ではな|事実に反し|事実と異な|事実と違|不正確|正確では(?:な|あり)|正しくな|正しくあり"
         # 「…」は言いすぎ / 大げさ (an overstatement, called so)
         r"|言いすぎ|言い過ぎ|いいすぎ|大げさ|大袈裟|盛りすぎ|盛り過ぎ|誇張")
_VERDICT = (
    _MYTH +
    r"|根拠(?:は|が)?(?:な|乏し|不十分|薄|あり?ませ|示され|確認され)"
    r"|認められ(?:てい)?(?:な|ませ)|許可され(?:てい)?(?:な|ませ)"
    r"|不適切|違反|NG|禁止|できません|使えません|使用できません"
    # 「…」って表現、法律的にはアウトです (called out of bounds in speech)
    r"|(?:的に|的には)?(?:アウト|ダメ|だめ)(?:な(?:言い回し|表現|ワード|文言|言葉|例)|です|だよ|だから|[!！])"
    r"|(?:使え|使用でき|表示でき|表現でき|記載でき|言え|うたえ|謳え|広告でき)(?:ない|ません)"
    r"|注意(?:が必要|しましょう|しよう|してください|する|を|したい|すべき|して)|要注意|鵜呑み|うのみ|鵜のみ|疑わし|疑問|惑わされ|誇大|虚偽"
    # 「…」なんて宣伝してる店、あやしいよ / 書いたらあかん (doubt and a ban, in speech)
    r"|(?:あやしい|怪しい|うさんくさい|胡散臭い|うさん臭い)(?:と思|よ|です|でしょ|ね|[。!！]|$)|あかん"
    r"|気を(?:つけ|付け)(?:ましょう|てください|たい|る)"
    r"|避け(?:る|た|ましょう|てください|るべき)"
    # 「今だけ半額」などの表示は有利誤認のおそれ / 「No.1」には調査根拠が必要
    r"|有利誤認|優良誤認|不当表示|誤認(?:させ|を招|を与え)|(?:根拠|裏付け|証拠|データ)[^。]{0,4}?(?:が|を)?必要"
    # 「シワが消える」は効能の範囲を超える (outside what the law permits)
    r"|範囲を(?:超え|越え|逸脱)|範囲外"
    # 「肌の深部※」に注を添えても過度な表現とみなされる (judged an overstatement)
    r"|(?:表現|表示|広告)と(?:みなされ|見なされ|判断され)"
    # 「効果がなければ返金」は効能効果の保証に当たる (classed as a kind of improper wording)
    r"|(?:保証|誇大|虚偽|違反|不当表示|誤認|比較広告|最大級|体験談|推薦)[^。]{0,6}?(?:に(?:当た|あた)(?:る|り)|に該当)"
    # 「No.1」の根拠が「当社調べ」だけになっている (a red flag: the basis is only the seller's own)
    r"|(?:根拠|裏付け|出典)(?:は|が)[^。]{0,12}?(?:だけ|のみ)に(?:なって|な)"
    # 「…」といったSNSの声は本品の効き目を示すものでない / 確かなデータはない
    r"|(?:示す|裏付ける|意味する|証明する)もの(?:では|でも)(?:な|あり)"
    r"|" + _PROOF_ABSENT +
    # 実際に配合されているのは… (what is really so, after a common belief)
    r"|実際(?:に|は|には)[^。]{0,12}?(?:配合|含ま|入っ|使われ|使用され)[^。]{0,10}?(?:のは|は)"
    # 「治る」といったご案内は一切行っておりません (a claim the seller says it does not make)
    r"|(?:ご案内|案内|説明|宣伝|広告|表示|表現|お約束)(?:は|を|も)(?:一切|いっさい)?(?:行っ|し)て(?:おりません|いません|おらず)"
    # 「…」なんて話はない (the talk itself denied)
    # (not 副作用はありません: a safety claim of its own)
    r"|(?:話|事実|効果|効能|(?:^|[^副])作用)(?:は|も)(?:一切|全く|まったく)?(?:ない|無い|ありません|ございません)"
    # 「…」という噂もありますが、本品にそうした作用はありません (the claim taken up by an anaphor, denied)
    r"|(?:その|そのような|そうした|そんな|このような|こうした|同様の)(?:効果|効能|作用|効き目|結果|こと|事実|表現|根拠|速さ|スピード|即効性|変化)"
    r"(?:は|が|も|を)[^。]{0,16}?(?:認められ|確認され|確認し|証明され|実証され|示され|お約束|約束|保証|うた|謳|期待|ござい|あり|でき|言え)"
    r"(?:っ?て(?:い|お)?|いたし|し|でき|は|が)?(?:ません|ない|かね|り?ません)"
    # 「…」は弊社の見解ではない / 結果を保証できる施術ではない / 約束はできかねます
    r"|見解(?:では|じゃ)(?:な|あり|ござ)"
    r"|(?:保証|お約束|約束|確約)(?:でき|いたしかね|しかね)(?:る[^。]{0,10}?(?:では|じゃ)(?:な|あり|ござ)|ません|ない|ます)"
    r"|(?:保証|お約束|約束|確約)(?:は|を)?(?:でき|いたし)(?:ません|かね)"
    # 「一晩で別人」なんて申しません / 〜という説明は科学的に支持されていません /
    # 「1回で消える」って口コミを見たけど、そんなことはなかった (said not to be so)
    r"|(?:言い|いい|申し|うたい|謳い)ません|言わない|支持されて(?:い|お)?(?:ません|ない|らず)"
    r"|そんな(?:こと|事)(?:は|も)?(?:なかった|ありませんでした|ない|ありません)"
    # このセラムを「幹細胞の美容液」と名乗ってはいません (a name the seller does not give it)
    r"|(?:呼んで|名乗って|称して)(?:い|おり|お)?(?:ません|ない|らず)|(?:呼び|名乗り)ません|(?:呼ば|名乗ら)ない"
)
_REFUTED = linear_re.compile(rf"{_REPORTED}.*?(?:{_VERDICT})")
# このお茶で「3歳若く」とか「むくみゼロ」はないです: quoted claims, then "there is no such thing";
# 「一晩でシワが消える」化粧品なんてありません: a kind of product, named by its claim, said not to exist
_QUOTES_SAID_NOT_SO = linear_re.compile(
    r"^[^「」。]{0,4}[」』](?:(?:(?:とか|や|、)\s*[「『][^「」『』。]{1,30}[」』])*\s*(?:とか|なんて|って)?(?:は|も)\s*"
    r"(?:ない|無い|ありません|ございません|含まれ(?:ません|ない|ず))(?:です|よ|ね|から)?(?:[。!！、]|$)"
    r"|\s*[^「」『』。、]{0,10}?(?:なんて|なんか)(?:は|も)?\s*(?:ない|無い|ありません|ございません|存在し(?:ません|ない)))")
# 細胞治療並みに効く|とお考えにならないよう / と思わないでください: the reader asked
# not to believe the claim
_DO_NOT_BELIEVE = linear_re.compile(
    r"^[^。「」]{0,16}?(?:と|って)\s*(?:お考え|お思い|考え|思い|思わ|誤解|期待|受け取|受けと)(?:に|さ)?"
    r"(?:ならない|なさらない|しない|されない|ない|れない|なられない|なりません|なさいません|しません)(?:よう|で(?:ください|下さい|ほしい))")
# 〜浸透|は角層までです: the penetration is said to stop at the stratum corneum
_ONLY_TO_THE_SURFACE = linear_re.compile(
    rf"^{_CLOSE}(?:は|が|も)[、,]?\s*(?:角質?層|表皮|肌の表面|肌表面)まで(?:です|である|だ|にとどま|しか|で[、,。]|[。]|$)")
# 「肌の奥深くへ」――浸透は角層まで: a quoted phrase, a dash, and a comment that corrects it
_DASH_COMMENT = linear_re.compile(
    r"^[^「」『』。]{0,40}?[」』]\s*(?:――|——|―|—|─{1,2}|ーー|→|⇒)\s*[^。]{0,60}?"
    r"(?:ではな|ではあり|認められ(?:てい)?(?:な|ませ)|根拠(?:は|が)?(?:な|乏し|不十分|あり?ませ|示され)|誤り|誤解|間違い"
    r"|まで(?:で|だ|です|である|にとどま|しか)|にすぎ|に過ぎ|限られ|でき(?:ない|ません)|不可能|注意|疑わし|要注意|言えな|いえな)")
# 患者の声を広告に使うことは医療法で禁止されている (commentary on the law itself)
_LAW = linear_re.compile(r"薬機法|医薬品医療機器等法|医療法|医療広告ガイドライン|景品表示法|景表法|適正広告基準|広告規制|消費者庁|措置命令")
_LAW_VERDICT = linear_re.compile(r"禁止|禁じ|違反|規制|定め|認められ|抵触|該当|できない|できません|求め|措置命令|取り締ま|摘発|処分|対象"
                                 r"|解消され(?:ない|ません|ず)|誤認(?:され|させ|を招)|打ち消せ(?:ない|ません|ず)")
# 副作用ゼロは誤解です (a bare topic, then the verdict)
_REFUTED_TOPIC = linear_re.compile(
    rf"^{_CLOSE}(?:(?:は|も|とは|なんて)\s*(?:{_MYTH})"
    r"|を?\s*(?:鵜呑み|過信|信じすぎ|信じ込))"
)

# あたかも国のお墨付きがあるかのように記載する: the wording of misleading-ad findings
_AS_IF_HEAD = linear_re.compile(r"あたかも[^。]*$")
_AS_IF_TAIL = linear_re.compile(r"^[^。]{0,16}?かの(?:よう|如|ごと)")
_AS_IF_AHEAD = linear_re.compile(r"^[^。]{0,30}?あたかも[^。]{0,30}?かの(?:よう|如|ごと)")
# 厚労省承認の治療であるかのように表示していた (a report of a misleading display, without あたかも)
_AS_IF_SHOWN = linear_re.compile(
    r"^[^。]{0,20}?かの(?:よう|如|ごと)(?:に|な)\s*(?:表示|記載|表記|宣伝|広告|うた|謳|見せ|装|誤認|説明|書い|書か"
    rf"|{words('ctx_wording')})"
    # 医師や学会が推薦しているように見せる広告 (a display that makes it look so)
    r"|^[^。]{0,16}?ように(?:見せ|装|思わせ|誤認させ|演出)[^。]{0,6}?(?:広告|表示|宣伝|サイト|手口|ケース|もの)")

# 〜と宣伝する / 〜とうたう / 〜を標榜する: someone's advertising, reported (shared by the two
# attribution patterns below)
# 「今だけ半額」と繰り返し表示していた: an adverb between the quote and the report
# 「…」とチラシに記載していた: where it was displayed (ctx_ad_place), before the report
_THAT = (rf"(?:など|なんて)?(?:と|という|といった|などと|とか|って)(?:の)?\s*(?:(?:{words('ctx_report_adverb')})[、,]?\s*)?"
         rf"(?:(?:{words('ctx_ad_place')})(?:上)?(?:に|で)(?:も|は)?[、,]?\s*)?")
_ADVERTISE = (r"宣伝|謳|うた|称|主張|広告|喧伝|アピール|うそぶ|標榜|表記|記載|表示す|売り込|ご?案内して"
              r"|触れ込み|うたい文句|謳い文句|売り文句"
              # 「腰にも効く」と勧誘された / と勧められた / と説明された (a sales pitch, as its target reports it)
              r"|勧誘さ|勧められ|すすめられ|説明され|セールスされ"
              # 「痛みはゼロ」と言われたら、その日は決めない (what a seller may say, as a warning puts it)
              r"|(?:言|い)われ(?:ても|たら|た場合|たとき|た時)"
              # 「無痛の点滴」と紹介される場合も多いですが (said of it by others)
              r"|紹介されること|紹介されている(?:こと|場合|ケース)|紹介される(?:こと|場合|ケース)"
              # 「…」と紹介するサイトもありますが (someone else's page, introduced to be corrected)
              r"|(?:紹介|案内|説明)(?:する|している|していた)[^、。「」『』]{0,6}?(?:サイト|記事|広告|ページ|業者|事業者|クリニック|医療機関|施設|店|サロン|動画|投稿|SNS|もの|例|ケース)"
              # 「医師が推薦」とあっても / と書いてあったら (what a label says, weighed by the reader)
              r"|(?:書いて|記載されて|表示されて)?あ(?:っても|ったら)|書いてあ"
              # 「1回で実感」と書かれた広告 / とうたわれた商品 (someone else's wording)
              r"|書かれ|うたわれ|謳われ"
              # 「国が認めた」と書いているサイトもあります / 「…」というのを見たことがあります
              r"|書いて(?:いる|いた|る)|のを(?:見|目に|見かけ)"
              # 副作用がないと表示した事例 (a case reported)
              r"|表示し(?:た|てい)|表示され(?:た|てい)"
              # 「専門医も愛用」とされている美容液 (what is said of a product, reported)
              r"|され(?:ている|ていた|た)[^、。「」『』]{0,6}?(?:サプリ|商品|製品|化粧品|美容液|もの|クリニック|医療機関|施設|店)"
              # 「臨床試験で証明済み」とあるのに (what a label says, then what it lacks)
              r"|あ(?:るのに|るが|るけど|るけれど|るものの)"
              # 販売業者が「がん予防になる」と説明していた (a past statement, reported)
              r"|説明し(?:た|て(?:い|お)た)"
              # 「他院より…」と他の医療機関と比較している (what an ad does, described)
              r"|[^、。「」『』]{0,14}?(?:と|を)(?:比較|強調|断定)し(?:てい(?:る|た)|た)"
              # ・料金が「今だけ」と急がせる / あおる (what an ad does to the reader, described)
              r"|急がせ|せかし|せかす|あお(?:る|り|って)|煽"
              # 「痛みゼロ」とホームページに掲げていた / 「…」とした通販広告 / 広告には「…」とあったが
              r"|掲げ(?:て(?:い|お)た|た|ている)|(?:し|す)(?:た|る|ている)[^、。「」『』]{0,4}?(?:広告|表示|記載|宣伝|商品|製品)"
              r"|あった(?:が|けど|けれど|ものの|のに|[。、]|$)"
              # 「誰でも必ず効果が出る」と言い切っている (a red flag, described)
              r"|言い切っ(?:てい(?:る|た)|た)|断言し(?:てい(?:る|た)|た)|断定し(?:てい(?:る|た)|た)")
_AS_SLOGAN = r"うた|謳|標榜|宣伝|主張|売り文句|売りに|掲げ"

# more quoted claims after the first, joined by 、・ or や (「A」や「B」などとうたう)
_MORE_QUOTES = r"(?:\s*(?:[、・]|や|とか)?\s*[「『][^「」『』。]{1,40}[」』])*"

# 「刺激ゼロ」「全員に合う」とまでは断言できません / 「売上No.1」「医師推奨」、いずれも載せていません:
# a run of quoted claims, closed, then denied as a whole
_QUOTES_DENIED = linear_re.compile(
    rf"^(?:[^「」『』。]{{0,10}}[」』])?{_CLOSE}{_MORE_QUOTES}\s*(?:(?:と|とは|とも|って)(?:は)?(?:言い切れ|断言でき|言え|約束でき|保証でき)(?:ません|ない|ず)"
    r"|(?:[、,]\s*)?(?:どれも|いずれも|すべて|全て|全部|どちらも)[^。]{0,20}?"
    r"(?:書いて|書き|使って|使い|載せて|掲載して|表示して|うたって|謳って|言って)(?:いません|いない|ません|おりません|ない)"
    # 「若くなる」「持病も消える」などの効果を狙った品ではございません (the effects named, then disowned)
    r"|(?:という|といった|のような|などの)(?:効果|効能|作用|変化)(?:を|は)?[^。]{0,8}?(?:もの|わけ|品|商品|製品)では(?:ありません|ない|ございません))")


# 〜と宣伝する製品もある / 〜とうたうクリニック / 〜をうたう広告 (reported, not adopted)
_ATTRIBUTED = linear_re.compile(
    rf"^{_INFL_CLOSE}(?:"
    # 「医師推奨」「No.1」といった言葉だけで選ばず: the words are mentioned, not used
    # 「A」「B」などの断定的な言葉 / などの記載がある場合 (a modifier, a statement noun)
    r"(?:[、・]?\s*[「『][^「」『』。]{1,30}[」』]\s*)*(?:など|なんて)?(?:という|といった|などの|等の|のような|みたいな)\s*"
    r"(?:[^「」『』、。]{1,8}?(?:な|の))?"
    rf"(?:記載|記述|{words('ctx_wording')}|表示|広告|説明|宣伝|言い方|うたい方|謳い方|書き方)"
    # 「医師の9割が推奨」など、根拠のわからない数字が使われている (a checklist: the quotes, then
    # the kind of wording they are, in the same clause)
    # (the match may end inside the first quote: 「最高|濃度」や「No.1」など、…表現は)
    rf"|[^「」『』。]{{0,8}}?[」』]{_MORE_QUOTES}\s*(?:など|等)[、,]\s*[^。「」『』!！?？]{{0,16}}?"
    rf"(?:{words('ctx_wording')}|数字|数値|表示|記載)(?:が|も|を|は)"
    # 「たった1回で効果」など即効性を強調する (the quotes, the kind of claim, what the ad does)
    rf"|[」』]{_MORE_QUOTES}\s*(?:など|等|といった)[^、。「」『』]{{0,8}}?"
    rf"を(?:{_AS_SLOGAN}|強調|アピール|前面に)"
    # 1回で「10歳若返る|」、「…」などとうたう記載: the quote closes, more quotes, then the report
    rf"|[」』]{_MORE_QUOTES}\s*{_THAT}(?:{_ADVERTISE})"
    # 万人に効く、誰でも実感、といったものがある (a list of what ads say)
    # 細胞を活性化するといった表現を見かける / 肌が再生するなどの文言は使わない (an unquoted
    # claim named as a kind of wording)
    # (a list of them too: 肌が若返る、シワが消えるといった表現は)
    rf"|(?:[^「」『』、。]{{0,3}}?(?:[、・]\s*[^「」『』、。]{{1,20}}?)+|(?:する|した|される|させる|できる|る|た|です|ます))?"
    rf"(?:など|なんて)?(?:といった|などの|のような|みたいな)"
    rf"(?:{words('ctx_wording')}|表現|文言|言葉|うたい文句|謳い文句|言い回し)(?:を|が|は|も|に)"
    # 肌が再生する、細胞を活性化するといった表現を見かける (the list may run into といった)
    r"|[^「」『』、。]{0,12}?(?:(?:[、・]\s*[^「」『』、。]{1,20}?)*[、,]\s*|(?:[、・]\s*[^「」『』、。]{1,20}?)+)(?:など|なんて)?"
    r"(?:といった|などの|のような)(?:もの|文句|うたい文句|謳い文句|言葉|表現|文言)(?:が|も|を)\s*(?:よく|多く|しばしば)?"
    r"(?:ある|あります|多い|多く|目立|並ぶ|並び|並んで|見られ|見かけ|目にし|目にす|耳にし|使われ)"
    rf"|{_THAT}(?:{_ADVERTISE}|(?:言|い)われ(?:てい|てお|る|ます)|言い切|書か|紹介さ|説明す|説明さ|表示さ"
    r"|投稿|書き込み|噂|うわさ|言説|情報|説明して(?:い|お)た"
    # 〜と思われがちですが (a common belief, introduced to be corrected)
    r"|(?:思|考え|信じ|期待さ|イメージさ)(?:われ|られ|れ)?(?:がち|やすい)|誤解され"
    # 「…」と思われている方も少なくありませんが (a belief many hold, introduced to be corrected)
    r"|(?:思|考え|信じ)(?:われ|られ)て(?:いる|おられる|いらっしゃる)(?:方|人))"
    # 一度で10歳若く見えるようになると宣伝していた: the rest of the reported phrase, then the report
    rf"|[^、。「」『』!！?？]{{1,12}}?{_THAT}(?:{_ADVERTISE}|書か|説明して(?:い|お)た)"
    rf"|[^、。]{{0,3}}?を(?:{_AS_SLOGAN}|強調|アピール)"
    # 新しい|療法なら何でも試せる施設だと考えられがちですが (a belief, introduced to be corrected)
    r"|[^、。「」『』!！?？]{0,20}?(?:だ|である)?と(?:思|考え|信じ|イメージさ|誤解さ)(?:われ|られ|れ)"
    r"(?:がち|やすい|ることが(?:あ|多)|ることも(?:あ|多)|ている(?:方|人)が)"
    r")"
)

# 組織修復を促すことが報告されています / 治療への応用が研究されている (research reporting)
_HEDGED = linear_re.compile(
    r"^[^、。,]{0,30}?(?:こと|の|と|も|が|として)(?:が|も|は)?\s*"
    r"(?:報告|示唆|研究|検討|議論|指摘|期待|考え|知)(?:され|られ|が進|が行|が続|が活発|も進)"
    # 〜を抑える可能性を報告した (a study's report of a possibility, as news tells it)
    r"|^[^、。,]{0,30}?可能性(?:が|を)(?:示|報告|指摘|示唆)"
    # 改善効果がプラセボ効果|による可能性を否定できない (a study's limitation)
    r"|^[^、。,]{0,16}?可能性(?:を|は|も)(?:否定|排除)(?:でき|し(?:きれ|得))(?:ない|ません|ず)"
    # 治療に応用できるか、研究が続いている (an open research question)
    r"|^[^、。,]{0,20}?か(?:どうか)?[、,]?\s*(?:の)?(?:研究|検討|検証|調査|議論|臨床試験|治験)(?:が|は|も)?\s*(?:進|続|行|始|重ね|され)"
    # 最先端|の研究動向を紹介する講座 (the front of research, not a product)
    r"|^の(?:研究)?(?:動向|トピック)"
    # 最先端|の分野であるため未解明の点も多い (a field of research described, not a product)
    r"|^の(?:研究)?(?:分野|領域)(?:で(?:あ|す)|だ|として|であるが|なので|ゆえ)"
)
# 研究の最先端|で議論されているのは (where research stands)
_RESEARCH_FRONT_HEAD = linear_re.compile(r"(?:研究|科学|医学|学問)の\s*$")
_RESEARCH_FRONT_TAIL = linear_re.compile(r"^で(?:は)?(?:議論|検討|論じ|研究|注目)(?:され|られ)")

# 「厚労省承認のエクソソーム治療」と表記するクリニックもある: the match anywhere inside a
# quote that someone else is said to advertise. Only advertising verbs: a quote followed by
# と話す/と喜びの声 is a customer's words, which the testimonial rule reports.
_QUOTE_OPEN = linear_re.compile(r"[「『][^「」『』]*$")
_QUOTE_CLOSE = linear_re.compile(r"[」』]")
# 当院では「…」と表記しています: the advertiser's own wording is adopted, not reported
_FIRST_PERSON = linear_re.compile(rf"{words('seller')}|私たち|わたしたち|本品|本製品")
_ATTRIBUTED_QUOTE = linear_re.compile(
    rf"^[^「」『』。]{{0,60}}[」』]{_MORE_QUOTES}\s*(?:{_THAT}(?:{_ADVERTISE})|(?:など)?を(?:{_AS_SLOGAN})"
    # 「…飲めば若返ると聞いた」というお問い合わせ: what a customer asks about
    rf"|(?:など)?(?:という|との|といった)(?:{words('ctx_inquiry')})"
    # 「…の10倍」と比較をうたっている (the quote, then what the advertiser does with it)
    rf"|(?:など)?と[^、。「」]{{1,6}}?を(?:{_AS_SLOGAN}|強調|アピール)"
    # 「…も受けているの？」と聞かれても (what a customer asks, not what is claimed)
    r"|(?:など)?と\s*(?:よく|しばしば|時々|ときどき|たびたび)?(?:聞|訊|尋ね)(?:かれ|られ)(?:ても|たら|た場合|た時|たとき|ることも|ることが|ますが|るのですが)"
    # 「日本初」への指摘が増えている (the quote is what is criticised)
    r"|(?:など)?(?:へ|に対する|について)の?(?:指摘|批判|規制|懸念|注意喚起|行政指導|措置|苦情)"
    # 「国内最高峰の再生医療」という表現が使われていた (the quote named as wording)
    rf"|(?:など)?(?:という|といった|などの|等の|のような|みたいな)\s*(?:[^「」『』、。]{{1,8}}?(?:な|の))?"
    rf"(?:記載|記述|{words('ctx_wording')}|表示|広告|言い方|うたい方|謳い方|書き方|記事|論評|コラム|比較|数字|数値)"
    # 「…が消えた」という体験談より、成分を確かめる (advice on what to trust)
    r"|(?:という|といった|のような)(?:口コミ|クチコミ|体験談|評判|レビュー|宣伝|広告)(?:より(?:も)?|だけで|を(?:うのみ|鵜呑み|信じ|真に受け)))")
# 審査：〇〇大学臨床研究審査委員会(認定…)で|承認済み: the board approved the study plan
_BOARD_APPROVED = linear_re.compile(
    rf"(?:{words('ctx_review_board')})[^。、]{{0,24}}?(?:で|にて|において|により|による|の)\s*(?:審査(?:を経て|の上|のうえ)?[、,]?\s*)?$")
# 売上高は42億円で、前期から|8%増 / 4,018百万円(同|27.5%増): a business result, not product data
_BUSINESS_RESULT = linear_re.compile(
    rf"(?:{words('ctx_business_result')})[^。]{{0,160}}?(?:(?:前年同期|前年同月|前年度|前年|前期|昨年|前四半期)"
    # 営業利益率は前期の8.1%から|9.6%に改善 (the earlier figure, then the change)
    r"(?:の\s*[\d.,]+\s*(?:[%％]|ポイント|億円|百万円|千円|万円|円)\s*)?"
    r"(?:比|から|より|に比べて?|と比べて?|と比較して)?(?:で|は)?|[(（]\s*同(?:比)?)\s*[(（]?\s*$")

# A quote marked as a customer's or patient's voice (「…」（50代・女性）, 「…」と喜びの声,
# 患者様アンケートより：「…」, ★5「…」) is NOT attributed: in an ad the advertiser adopts those
# words as a testimonial, so the claims inside them count as the advertiser's (医療広告ガイドライン:
# 体験談; 医薬品等適正広告基準: 使用体験談 may not claim efficacy). In an article, quoted claims are
# dropped by document.soften instead. Only someone else's advertising (_ATTRIBUTED_QUOTE),
# a refutation or research reporting takes a claim out of the sentence.

# "!?" and "?!" are exclamations in ad copy (シワが消える!?), not questions.
_QUESTION = linear_re.compile(r"(?:^|[^!！])[?？][」』)）]*\s*$")
# 〜をサイトに載せてよいか。 / 〜と書くべきか。 (a plain-style question, as a training text asks it;
# tried only on a sentence that ends in か)
_PLAIN_QUESTION = linear_re.compile(
    r"(?:て|で)(?:も)?(?:よい|いい|良い|かまわない|構わない|問題ない|差し支えない)(?:の)?か[。．]?\s*$"
    r"|(?:べき|許される|許されるの|可能な?の)か[。．]?\s*$"
    r"|(?:問題|差し支え|支障)(?:が|は)?(?:ある|ない)(?:の)?か[。．]?\s*$"
    # ― 更年期にも使えるのでしょうか。 (an interviewer's line, marked by its leading dash)
    r"|^\s*[―—─]+\s*[^。]*か[。．]?\s*$")
# Q. 使い続ければシミは消えますか / Q：副作用はありませんか。 (a FAQ question line, whatever its
# ending; its answer is on the next line, so the sentence holds no A. marker)
_FAQ_Q_LINE = linear_re.compile(r"^\s*(?:【\s*(?:Q|Ｑ|質問)\s*\d{0,2}\s*】|(?:Q|Ｑ|質問|問)\s*\d{0,2}\s*[.．:：、)）\s])")
_FAQ_A_MARK = linear_re.compile(r"【\s*(?:A|Ａ|回答)\s*\d{0,2}\s*】|(?:^|[\s。？?])(?:A|Ａ|回答|答え?)\s*\d{0,2}\s*[.．:：、]")
# …ってすごくない？ / 知ってた？: an exclamation in question form (it asserts)
_RHETORICAL = linear_re.compile(
    r"(?:すご|凄|よ|良|やば|ヤバ|えぐ|エグ|うれし|嬉し|最高じゃ|神じゃ|天才じゃ|優秀じゃ)(?:く)?ない[?？!！]+\s*[」』)）]?\s*$"
    r"|(?:知って(?:た|る|ました|いました)|ご存[知じ](?:でした|です)?か?)[?？]+\s*[」』)）]?\s*$"
    # 20倍の吸収率ってマジ？ｴｸﾞ (hype in a post: amazement, not doubt)
    r"|(?:って|とか)(?:マジ|まじ|ガチ|がち)[?？!！]+")
# 認知症予防に、毎朝の習慣を始めませんか？: an invitation to buy, not a question about the claim
# (not ありませんか？ / 出ませんか？, which ask whether something happens)
_INVITATION = linear_re.compile(
    r"(?:はじめ|始め|試し|ためし|して?み|てみ|受け|使い|飲み|体験し|手に入れ|取り入れ|叶え|目指し|挑戦し|お?迎え"
    r"|スイッチを入れ|実感し|体感し|手にし|取り戻し|変え|磨き|選び|味わい|過ごし|楽しみ)"
    r"ませんか[?？!！]*\s*[」』)）]?\s*$|(?:いかが|どう)(?:ですか|でしょうか)[?？!！]*\s*$"
    # 再生ケア、はじめよ？ / 一緒に試そう？: the casual volitional invites too
    r"|(?:(?:はじめ|始め|受け|うけ|変え|かえ|叶え|かなえ|迎え|むかえ)よ|試そ|ためそ|使お|つかお|飲も|のも|塗ろ|ぬろ"
    r"|しよ|やろ|行こ|いこ|取り戻そ|とりもどそ|目指そ|めざそ|磨こ|みがこ)う?[?？!！]*\s*[」』)）]?\s*$")
# Q.「…」と聞きました: the asker reports what they heard
_HEARD_TAIL = linear_re.compile(r"^[^「」『』。]{0,40}?[」』]\s*(?:など|なんて)?(?:と|って)(?:聞|きき|耳にし|言われ|いわれ|書いて|書かれ|見)")
# Q4. 必ず若返ります。: a numbered line that states, with a full stop, is no question
_FAQ_STATEMENT = linear_re.compile(r"(?:ます|です|ました|でした|ません|ませんでした)\s*[。．!！]+\s*[」』)）]?\s*$")
# Q. 肌が若返りますか？ A. …: the match is in a FAQ question whose answer follows
_FAQ_QUESTION = linear_re.compile(r"^[^。？?]{0,60}?[^!！][?？]\s*(?:A|Ａ|答|回答)\s*[.．:：、]")
# 副作用がないか確認します / 効果があるかどうかを評価する (an indirect question)
_INDIRECT_QUESTION = linear_re.compile(
    rf"^{_CLOSE}(?:する|できる|される|させる)?(?:か|かどうか)(?:を|は|も)?[^、。]{{0,8}}?"
    r"(?:確認|チェック|調べ|検査|判断|診断|見極め|観察|相談|検討|評価|お尋ね|伺|決め|選|比べ|比較|迷|悩|お答え|回答"
    # 認知症を予防|するかどうかは分かっていない (an open question, as a study states it)
    r"|分かって(?:いない|いません|おらず)|わかって(?:いない|いません|おらず)|不明|明らかで(?:ない|はない|はありません))"
    # 「本当に副作用はない|のか」と尋ねる (a question quoted)
    r"|^(?:の|ん)?(?:です)?か[?？]?[」』]\s*(?:と|って)\s*(?:尋ね|たずね|質問|聞|問い|問う|訊)"
)


# --- text about claims (issue 18): mention, list-wide negation, hedges ----------------------
# Negation, prohibition and mention belong to the clause that governs the claim, which in
# Japanese comes after it, often after a list of further items: 若返りや細胞の活性化を
# うたうことはできません governs both items. So each pattern below reads from the end of the
# match across a gap (the rest of the list) to a governing predicate, and the gap may not
# cross a clause boundary: after が、/ので/ため、/ても the predicate governs another clause
# (副作用ゼロなので、添加物は使用しません keeps its claim). The words are rules/lexicon.yml
# ctx_* classes.

# where one clause ends and another begins; also an exclamation (a slogan, not a list)
# between a kind of wording and its verdict a reason may stand (〜させるため、使えません)
_VERDICT_BREAK = (r"が[、,]|ので|のに|けど|けれど|ば[、,]|たら|なら[、,]"
                  r"|ます[、,。]|ますが|です[、,。]|ですが|[!！?？]|\n")
_SCOPE_BREAK = _VERDICT_BREAK + r"|ため[、,]|から[、,]"
# a noun list joined by や・と・、 (no verb in it: を/が/で/に would start a clause of its own)
_LIST_BREAK = _SCOPE_BREAK + r"|を|が|で(?:[^の]|$)|に|、"
_GAP = r"(?P<gap>[^。]{0,160}?)"  # long enough for a list of quoted examples
_NOUN_GAP = r"(?P<gap>[^。]{0,40}?)"

_MENTION = _AnyOf(
    # 〜をうたうことはできません / 〜と示すことは認められていません / 〜だと説明するのは不正確です
    _Tempered(
        rf"^{_CLOSE}{_GAP}(?:を|と|とは|として|って|など(?:を|と)?|などと|といった(?:こと|内容)?を?)\s*"
        # 医師などの推薦を広告に用いることも…認められていない (where it would be used, between)
        r"(?:[^、。をが]{1,8}?(?:に|で)(?:は|も)?\s*)?"
        # 患者様の声を当院が載せることはできません (the seller as the one who may not)
        rf"(?:(?:{words('seller')})(?:が|では|で|も)\s*)?"
        rf"(?:{words('ctx_mention_verb')})(?:こと|の)(?:は|も|を)?[、,]?\s*(?:一切|決して|いずれも)?"
        rf"(?P<gap2>[^。]{{0,12}}?)(?:{words('ctx_prohibition')})",
        _SCOPE_BREAK, _SCOPE_BREAK),
    # 安全性を保証する表現は使いません / 最大級の表現は使用しません / 体験談の掲載は禁止されています /
    # 「A」「B」といった表現は、いずれも使用しません
    # (「…」のような言い方は、〜と誤解されるため、当社では使いません: a reason may come between)
    _Tempered(
        rf"^{_CLOSE}{_GAP}(?:{words('ctx_mention_noun')})(?:の例|例)?(?:は|を|も|の|が|に)?[、,]?\s*"
        rf"(?P<gap2>[^。]{{0,40}}?)(?:{words('ctx_prohibition')})",
        _SCOPE_BREAK, _VERDICT_BREAK),
    # (例：「A」「B」)も使用せず / 「A」「B」は使えません: a quoted list, then its prohibition
    linear_re.compile(
        rf"^{_INFL_CLOSE}(?:[、・]?\s*[「『][^「」『』]{{1,40}}[」』])*\s*[)）]?\s*(?:など|等)?(?:の|という|といった)?"
        rf"(?:{words('ctx_mention_noun')}|効果|効能|効き目)?(?:は|も|を)[、,]?\s*(?:一切|いずれも|決して)?(?:{words('ctx_prohibition')})"),
    # 「論文で実証」とは書けません: a quoted claim, then what may not be written
    linear_re.compile(rf"^{_INFL_CLOSE}(?:[、・]?\s*[「『][^「」『』]{{1,40}}[」』])*\s*(?:とは|とも)[、,]?\s*(?:{words('ctx_prohibition')})"),
    # 疾病予防や若返りはうたえない: a plain noun list (や・と), then its prohibition
    _Tempered(
        rf"^{_INFL_CLOSE}(?P<gap>(?:や|と|・|とか)[^。]{{1,30}}?)(?:など|等)?(?:は|も)[、,]?\s*(?:一切|いずれも|決して)?"
        rf"(?:{words('ctx_prohibition')})",
        _LIST_BREAK),
    # 「A」「B」は医薬品的な表現にあたるため: quoted wording, judged as a kind of wording
    linear_re.compile(
        rf"^{_INFL_CLOSE}(?:[、・や]?\s*[「『][^「」『』]{{1,40}}[」』])*\s*(?:など|等)?(?:は|も)[、,]?\s*[^。「」]{{0,12}}?"
        rf"(?:{words('ctx_wording')}|表示|広告)(?:に|と)(?:あた|当た|該当|みなされ)"),
    # 「A」「B」など病名を挙げる広告も同様です: the list shares the verdict just given
    linear_re.compile(
        rf"^{_INFL_CLOSE}(?:[、・]?\s*[「『][^「」『』]{{1,40}}[」』])*\s*(?:など|等|といった|のような)[^。「」]{{0,24}}?"
        rf"(?:{words('ctx_mention_noun')})(?:も|についても)[、,]?\s*同(?:様|じ)"),
    # 体験談や医師の推奨を載せた広告には問題がある: content named as what makes
    # an ad a problem (a regulator's or a reporter's warning)
    _Tempered(
        rf"^{_CLOSE}{_GAP}を(?:使った|用いた|使う|用いる|載せた|掲載した|強調した)[^、。]{{0,8}}?(?:広告|宣伝|表示|ページ|サイト|投稿|販売)"
        r"(?:に|で)?(?:は|も|が|について)[、,]?\s*[^。]{0,20}?(?:問題|違反|注意喚起|注意を|おそれ|恐れ|規制|指導|禁止|措置命令)",
        _SCOPE_BREAK),
    # シミが消える、と断言するような宣伝には注意 (a kind of ad the reader is warned about)
    linear_re.compile(
        rf"^{_INFL_CLOSE}[、,]?\s*と(?:断定|断言|約束|保証|うた|謳|宣伝|説明|強調)(?:する|した|している|う)(?:ような)?"
        r"(?:広告|表現|宣伝|表示|クリニック|医療機関|業者|サイト|商品|製品)(?:に|は|には|も)[^。]{0,10}?(?:注意|気をつけ|気を付け|警戒|疑)"),
    # 体験談の扱いや限定解除の要件を読み合わせる: a kind of content named as a topic of rules
    linear_re.compile(r"^(?:の|に関する)(?:扱い|取り?扱い|掲載ルール|ルール|規制|規定|要件|考え方|注意点)(?:や|と|を|は|が|について|に)"),
    # a heading or table cell naming a kind of wording: 保証・最大級などの表現 / お客様の声について
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^。]{{0,30}}?)(?:など|等|に関する|の|する|した|といった)?"
        rf"(?:(?:{words('ctx_mention_noun')})(?:について|に関して|の例|例)?"
        r"|の取り?扱い|に関する(?:方針|ルール|規定|留意点|考え方))[)）]?\s*$",
        # (not 国内では数院のみの取り扱い: where the treatment is offered, a clause with its own subject)
        _SCOPE_BREAK + r"|のみ|だけ|限定|では|には"),
    # 効果を保証するものと誤認される表示 / 治療を目的とするものと誤認させる
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^。]{{0,20}}?)(?:もの|こと|か)?と(?:の)?(?:誤認|誤解|混同)(?:され|させ|を与え|を招|を生|する|される|の(?:恐れ|おそれ))",
        _SCOPE_BREAK),
    # 「iPS由来」をうたう原料は取り扱っていません: the wording names what is not offered
    _Tempered(
        rf"^{_CLOSE}{_GAP}(?:を|と)(?:{words('ctx_mention_verb')})[^、。]{{0,12}}?(?:は|を|も)[、,]?\s*"
        rf"(?:(?:{words('seller')})(?:で|に)?(?:は|も)?[、,]?\s*)?(?:一切|決して)?"
        rf"(?:{words('ctx_act_verb')})(?:ていません|ておりません|ていない|ておらず|ません)",
        _SCOPE_BREAK),
    # 体験談やビフォーアフター写真ばかりが並んでいる: a red flag in a checklist (a noun list, then
    # ばかり/だらけ and what the page shows)
    _Tempered(
        rf"^{_CLOSE}{_NOUN_GAP}(?:(?:ばかり|だらけ)(?:が|で|を|の)?[^。]{{0,10}}?"
        r"(?:並|目立|使われ|使って|載|掲載|紹介|強調|押し出|多い|多く)"
        # □体験談が多すぎる
        r"|(?:が|も)(?:多すぎ|多過ぎ|やたらと?多|目立ちすぎ|目立ち過ぎ)"
        # 医師の推薦や芸能人の体験談を前面に出している (what the page does with the list, as the
        # clause's plain final verb)
        r"|を(?:前面に(?:押し)?出|多用|売りに|強調)(?:し)?(?:てい(?:る|た)|た|する)[。]?\s*$)",
        _LIST_BREAK),
    linear_re.compile(
        # □効果を保証|する言葉がある: wording that a checklist says is on the page
        rf"^{_CLOSE}(?:する|した|できる|させる|な)?(?:ような|といった|などの)?(?:{words('ctx_wording')}|記載|記述)"
        r"(?:が|も)(?:ある|あります|あれば|あったら|使われ|並|目立|多い|多く|見られ|書かれ)"
        # 〜は効能効果の保証|に当たるため: the match names the category something falls under
        r"|^に(?:当た|あた)(?:る|り|ります|ると)|^に該当(?:する|し|します)"
        # 肌が若返|ったとかそういう効果はよくわかりません (a user who does not claim it)
        r"|^[^。、「」]{0,6}?(?:とか|なんて|みたいな|ような|といった)\s*(?:そういう|そんな|ああいう|その)?(?:効果|変化|実感|効き目)"
        r"(?:は|も)(?:よく|特に|まったく|全然|正直)?(?:わかり|分かり|感じ)(?:ません|ない|られない|られません|ませんでした|なかった)"),
    # 体験談やビフォーアフター画像を広告に使用していません: a noun list used nowhere
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^。]{{0,40}}?)を[、,]?\s*(?:[^、。をが]{{1,12}}?(?:に|で)(?:は|も)?)?[、,]?\s*(?:一切|決して)?"
        rf"(?:{words('ctx_act_verb')})(?:ていません|ておりません|ていない|ておらず|ません)",
        _LIST_BREAK),
    # 体験談とビフォーアフター写真をサイトから削除した: wording taken down, as a report tells it
    # (not 修正: たるみを修正 is a clinic's claim)
    _Tempered(
        rf"^{_CLOSE}{_NOUN_GAP}(?:を|は)[、,]?\s*(?:[^、。をが]{{1,12}}?(?:から|より)(?:は|も)?[、,]?\s*)?(?:すべて|全て|一斉に|順次|直ちに|すぐに)?"
        r"(?:削除|撤回|撤去|取り下げ|取りやめ|取り止め|差し替え|掲載を(?:中止|取りやめ|やめ))",
        _LIST_BREAK),
    # 「A」「B」製品ではありません: a quoted list, then what it is denied to be
    linear_re.compile(
        r"^(?:た|だ|る|ます|ました|です|ない|ません)?[」』](?:[、・]?\s*[「『][^「」『』]{1,40}[」』])*\s*(?:の|な)?[^「」。、]{0,8}?"
        r"(?:では|じゃ)(?:ない|ありません|ございません|なく)"),
    # 深い部分への到達|を印象づける場合 / 〜と思わせる表現: what an ad suggests, discussed
    linear_re.compile(r"^[」』]?\s*(?:を|と)(?:強く)?(?:印象づけ|印象付け|連想させ|イメージさせ|思わせ)"),
    # 効果の発現を保証|するものとして問題になります / とされています
    linear_re.compile(rf"^(?:する|した|させる)?(?:もの|こと)(?:として[、,]?\s*(?:問題(?:に|と)(?:なり|なる|され)|(?:{words('ctx_prohibition')})(?:[^能わ]|$))"
                      r"|(?:は|も)[、,]?\s*問題(?:に|と)(?:なり|なる|され))"),
    # 「若返り」等の表現や、医師による推薦、…体験談を用いない方針 (a policy of not using them)
    _Tempered(
        rf"^{_CLOSE}{_GAP}(?:を|は)[、,]?\s*(?:一切|決して)?(?:{words('ctx_not_used')})(?:方針|ルール|ことと|こととし|ことに(?:し|する|決め)|よう(?:に|徹底)"
        # 〜の訴求を行わないことを、社内規程で定めております (a rule the company has set itself)
        r"|ことを[、,]?\s*[^。]{0,24}?(?:定め|規定し|決め|徹底し|明記し))",
        _SCOPE_BREAK),
    # 最大級|表現にあたる / No.1|表示には根拠が必要: the match joined to a wording noun names a
    # kind of wording (a compound), not a claim made
    linear_re.compile(rf"^[」』]?(?:{words('ctx_wording')}|表示|広告|訴求)(?:とは|には|として|[はがもをにとの、,)）や・]|$)"),
    # 効果を保証|する表現にあたるため使用しません: a kind of wording named with its verb, then judged
    linear_re.compile(rf"^(?:する|した|させる|できる)(?:{words('ctx_wording')}|表示|広告)(?:に|と)(?:あた|当た|該当|みなされ|なり|なる)"),
    # 最高、最上、世界一といった言葉を指す: a definition that lists examples of wording
    _Tempered(
        rf"^{_CLOSE}(?P<gap>[^。]{{0,40}}?)(?:といった|などの|のような|という)(?:{words('ctx_wording')})"
        r"(?:を|は|が)?(?:指す|指し|さす|いう|言う|と呼ぶ|と呼ばれ|の例|例)",
        _SCOPE_BREAK),
    # シミを消す|効果はございません: the effect itself is denied
    # シミを消す|効能は認められていない (the effect is not one the law allows)
    linear_re.compile(rf"^{_CLOSE}(?:し?たり[^。、]{{0,16}}?たり)?(?:する|させる|できる|せる)?(?:ような|といった|などの|の)?(?:効果|効能|作用|働き|効き目)(?:は|も)(?:一切)?"
                      # シミやシワを治す|効果はなく、うるおいを与える (denied, then what it does)
                      r"(?:ございません|ありません|ない|なく[、,]|無く[、,]|認められ(?:てい)?(?:ない|ません|ず))"),
    # 副作用の記載がない広告: a statement that is missing, not a promise
    linear_re.compile(rf"^{_CLOSE}(?:の|に関する|についての|への)(?:{words('ctx_mention_noun')}|記述|言及|明記|注意書き)"
                      r"(?:が|は|も)(?:一切|どこにも|まったく|全く)?(?:ない|無い|なく|なし|無し|ありません|見当たら|欠け)"),
    # 効果の証明|にはなりません (the match is the thing it is said not to be)
    linear_re.compile(rf"^{_CLOSE}(?:に|と)(?:は|も)(?:なりません|ならない|なり得ません|なりえません)"),
    # 口コミは効果の証明にはなりません / 体験談は根拠にならない
    _Tempered(
        rf"^{_CLOSE}{_GAP}(?:は|も|が|だけでは|だけで)[、,]?(?P<gap2>[^。]{{0,12}}?)"
        rf"(?:{words('ctx_not_proof')})(?:に|と)(?:は|も)?(?:なりません|ならない|なら|なり得ません|なりえません"
        r"|なる(?:わけ|訳|もの)では(?:な|あり|ござ)|なるとは(?:限|かぎ|言|い)[らりえ])",
        _SCOPE_BREAK, _SCOPE_BREAK),
    # 関節痛への効果は研究段階です / 有効性は確立していません / …というのは事実に反します
    _Tempered(
        rf"^{_CLOSE}{_GAP}(?:は|も|が|について(?:は)?|に関して(?:は)?|としては|というのは)[、,]?"
        rf"(?P<gap2>[^。]{{0,20}}?)(?:{words('ctx_status')})",
        _SCOPE_BREAK, _SCOPE_BREAK),
    # (2) 若返りをうたうもの (a heading of a list of wording kinds) / 効果の裏付けがあるように
    # 書くことはできません (the impression named as what may not be written)
    linear_re.compile(
        r"^[^。「」]{0,8}?(?:を|が)(?:うたう|謳う|保証する|暗示する|強調する|連想させる|思わせる|ほのめかす)(?:もの|表現)\s*$"
        r"|^[^。「」]{0,16}?(?:ように|かのように)(?:書|表示|記載|表現|見せ|宣伝|広告)[^。]{0,6}?(?:ことは|ことが|のは)[、,]?"
        r"(?:できません|できない|禁止|認められ(?:ません|ない)|不可)"),
)
# 美白、引き締め、抗老化…は、どれも認められた効能の外なので記載しない / 〜等の最大級表現は用いない /
# 効果の裏付けとして用いない: a list, then a plain rule that it is not used (a guideline's
# article), at the end of the sentence
_RULE_NOT_USED = _Tempered(
    rf"^{_CLOSE}{_GAP}(?:(?:は|を|も)[、,]\s*(?:いずれも|すべて|全て)|(?:{words('ctx_mention_noun')})(?:は|を|も)[、,]?|として(?:は|も)?[、,]?)"
    rf"(?P<gap2>[^。]{{0,40}}?)(?:{words('ctx_not_used')})\s*(?:[。．]|$)",
    _SCOPE_BREAK, _SCOPE_BREAK)
# シミが消えるとか若返るとかいった効果は言えない決まり: effects named as what may not be said
_EFFECT_NOT_SAYABLE = _Tempered(
    rf"^{_CLOSE}{_GAP}(?:(?:とか|と)?(?:いった|いう|言った)|などの|のような)\s*(?:効果|効能|効き目)(?:は|を|も)[、,]?\s*"
    r"(?P<gap2>[^。]{0,12}?)(?:言え|いえ|うたえ|謳え|表示でき|広告でき|書け)(?:ない|ません|ず)",
    _SCOPE_BREAK, _SCOPE_BREAK)
# 効果の発現を保証|することは、法律で認められていません (the act the match names is forbidden)
_ACT_FORBIDDEN = _Tempered(
    # 治療の体験談|を載せることや、他の医院より…と比較することは禁止 (a list of acts)
    rf"^{_CLOSE}(?:て(?:いる|いた)?と(?:比較|宣伝|表示|説明|記載|強調)|を(?:載せ|掲載す|使用す|用い|使)る?)?(?:する|させる|した)?(?:こと|の)(?:や[、,]?[^。]{{0,30}}?(?:こと|の))?(?:は|も|が)[、,]?\s*(?:一切|決して)?(?P<gap>[^。]{{0,16}}?)(?:{words('ctx_prohibition')})"
    r"(?:[^能わ]|$)",  # not 不可能ではない / できないわけではない (a double negation)
    _SCOPE_BREAK)
# 他の医療機関より優れているとお伝えすることはありません (we never say so)
_NEVER_SAID = _Tempered(
    # 大学名を効能を裏付けるものとして使用することはありません (a use that is never made)
    # 効能の裏付けとして広告に用いる予定はありません (a use that is not planned)
    rf"^{_CLOSE}{_GAP}(?:を|と|として)\s*(?:[^、。をが]{{1,10}}?(?:に|で)(?:は|も)?\s*)?(?:{words('ctx_mention_verb')})"
    r"(?:こと|予定|つもり|考え)(?:は|も)(?:一切|決して|今後も|今後とも)?(?:ありません|ございません|ない)",
    _SCOPE_BREAK)
# 「期間限定」のような値引きで予約を急かすことはいたしません: a kind of offer named as
# the means of a pressure the clinic says it never applies
_NO_PRESSURE = _Tempered(
    rf"^{_CLOSE}{_GAP}(?:で|によって|を使って|を用いて|を理由に|をちらつかせて)[、,]?\s*(?:[^。、]{{0,10}}?を)?"
    r"(?:急がせ|急かせ|急かし|急かす|せかせ|せかし|せかす|煽|あお|焦らせ|あせらせ|迫|押し付け|押しつけ)[^。、]{0,4}?"
    r"(?:こと|よう)(?:は|も)(?:一切|決して)?(?:ありません|ございません|いたしません|しません|ない)",
    _SCOPE_BREAK)
# 1回で変化を感じられるとはお約束できません (a result that is not promised)
_NOT_PROMISED = _Tempered(
    rf"^{_CLOSE}(?P<gap>[^。]{{0,24}}?)と(?:は|も)?[、,]?\s*(?:お|ご)?(?:約束|断言|保証|明言|確約)(?:は|も)?"
    r"(?:でき(?:ません|な)|いたしかね|しかね|いたしません|しません)",
    _SCOPE_BREAK)
# 今だけ割引や先着順のキャンペーンは実施していません: a negated act over a noun list
_LIST_NEGATION_PURPOSE = _Tempered(
    # 疾患の治療を目的とした点滴は行っておりません (the purpose names the service not offered)
    rf"^{_CLOSE}(?P<gap>[^。]{{0,30}}?)を目的と(?:した|する)[^、。]{{1,20}}?(?:は|を|も)[、,]?\s*"
    rf"(?:(?:{words('seller')})(?:で|に)?(?:は|も)?[、,]?\s*)?(?:一切)?"
    rf"(?:{words('ctx_act_verb')})(?:ていません|ておりません|ていない|ておらず|ません|ない)",
    _SCOPE_BREAK)
_LIST_NEGATION = _Tempered(
    rf"^{_CLOSE}{_NOUN_GAP}(?:は|を|も)[、,]?\s*(?:{words('seller')})?(?:で|に)?(?:は|も)?[、,]?\s*"
    rf"(?:一切|決して|いずれも)?(?:{words('ctx_act_verb')})"
    r"(?:ていません|ておりません|ていない|ておらず|ません|ない|ず[、。]|ず$)",
    _LIST_BREAK)
# ES細胞から作った製剤や、幹細胞自体を注入するメニューは行っておりません / 他院と比べての勧誘は
# 行っておりません: an item of a list whose last item is a service, a product or a way of selling
# (with a clause of its own), and that is not offered
_SERVICE_DENIED = _Tempered(
    rf"^{_CLOSE}(?P<gap>[^。]{{0,50}}?)(?:治療|療法|施術|製剤|製品|商品|説明|勧誘|広告|表示|表現|販売|投与|メニュー)"
    rf"(?:など|等)?(?:は|も)[、,]?\s*(?:一切|いずれも)?(?:{words('ctx_act_verb')}|し)"
    r"(?:ていません|ておりません|ていない|ておらず|ません)",
    _SCOPE_BREAK)
# 初回割引、回数券、友人紹介の特典などは用意しておりません: an enumerated list (items joined by
# 、, closed by など or not) and an offer denied. Only offer verbs (ctx_offer_verb): 副作用ゼロ、合成香料
# などは使用していません keeps its claim.
_LIST_NEGATION_ENUM = _Tempered(
    rf"^{_CLOSE}(?P<gap>[^。]{{0,60}}?)(?:(?:など|等)(?:[、,]\s*[^。、]{{1,16}}?)?)?(?:は|も)[、,]?\s*(?:{words('seller')})?(?:で|に)?(?:は|も)?[、,]?\s*"
    rf"(?:一切|いずれも)?(?:{words('ctx_offer_verb')})"
    r"(?:ていません|ておりません|ていない|ておらず|ません)",
    _SCOPE_BREAK + r"|を|が|で(?:[^の]|$)|に")
# 回数券やモニター価格|による割引は行っていません: a price named as the ground of a discount
# that is not offered
_OFFER_DENIED = linear_re.compile(
    rf"^{_CLOSE}(?:による|に関する|についての|を使った|での|の)[^。、]{{0,6}}?(?:割引|値引き|特典|優待|キャンペーン|サービス)"
    rf"(?:は|も|など(?:は|も)?)[、,]?\s*(?:一切|いずれも)?(?:{words('ctx_act_verb')}|{words('ctx_offer_verb')})"
    r"(?:ていません|ておりません|ていない|ておらず|ません)")
# NG：「…」 / 使用しない表現：… / ×最高品質: the sentence so far is an item under an NG marker
_NG_HEAD = linear_re.compile(
    rf"(?:(?:^|[^A-Za-z])(?:{words('ctx_ng_marker')})(?:の例)?\s*[:：「『]|^\s*(?:{words('ctx_ng_marker')}|[×✕✖])(?:\s|[:：「『]|$)"
    # 研修資料：×「…」 (a cross before a quote, after a label)
    r"|(?:^|[\s:：、。])[×✕✖]\s*[「『])[^。]*$"
    # 【NG例】1回で若返る →【修正例】…: the item after a bracketed marker, up to the arrow or
    # the next bracket (the rewrite after it is the permitted wording)
    rf"|(?:^|[\s:：、。→⇒➡])[【\[［]\s*[^】\]］。]{{0,6}}?(?:{words('ctx_ng_marker')})(?:の例|例)?\s*[】\]］][^。→⇒➡【\[［]*$")


# 〜をうたう表現(例：がん予防、血圧を下げる): examples of a kind of wording, in parentheses
_EXAMPLE_HEAD = linear_re.compile(
    rf"(?:{words('ctx_mention_noun')})(?:の例|例)?\s*[(（]\s*(?:例|例えば|たとえば|具体例)\s*[:：、,]?[^()（）]*$")
_EXAMPLE_TAIL = linear_re.compile(r"^[^()（）]*[)）]")


# 添削例：「臨床試験で証明された」→「…は実施していません」と修正: an NG/OK pair, the claim is
# the wording being rewritten (a rewrite word, ctx_rewrite, on either side)
_REWRITE_PAIR = linear_re.compile(r"^[^「」『』。]{0,40}?[」』]\s*(?:→|⇒|➡|➔|->|=>|⇨)\s*[「『]")
_REWRITE = linear_re.compile(words("ctx_rewrite"))


# 「…」といった言い回しは、小さな注記を添えても肌の奥まで効く|と受け取られるので避けるべきだ / 速く
# 効くと強く打ち出す文言は、承認の|内容から外れかねないので載せません: the sentence's
# topic is a kind of wording and its verdict forbids it, so a claim word in the clause between
# (the reason) describes that wording. No comma or clause break after the topic's comma.
_WORDING_TOPIC = linear_re.compile(
    rf"(?:{words('ctx_wording')}|書き方|言い方|うたい方|謳い方)(?:は|も)[、,]\s*[^。、,「」『』]*$")
# (…と受け取られるので、広告では避けます: the reason's comma, then where the verdict holds)
_TOPIC_VERDICT = _Tempered(
    rf"^(?P<gap>[^。、,]{{0,60}}?)(?:(?:ため|ので)[、,]\s*[^。、,「」]{{0,16}}?)?(?:{words('ctx_prohibition')}|{words('ctx_not_used')})[^。、,]{{0,16}}?[。．]?\s*$",
    rf"{_SCOPE_BREAK}|{words('seller')}")  # not 〜表現は、当院の実証された治療では使いません


def mentioned(head: str, tail: str) -> bool:
    """The phrase is named as wording that is not used, not allowed or not proof — text about
    a claim (a policy, a notice, a warning), not the claim itself."""
    return (_MENTION.search(tail) is not None or _NG_HEAD.search(head) is not None
            or _EFFECT_NOT_SAYABLE.search(tail) is not None or _RULE_NOT_USED.search(tail) is not None
            or (_WORDING_TOPIC.search(head) is not None and _TOPIC_VERDICT.search(tail) is not None)
            or (("(" in head or "（" in head) and _EXAMPLE_TAIL.search(tail) is not None
                and _EXAMPLE_HEAD.search(head) is not None)
            or (_REWRITE_PAIR.search(tail) is not None and _QUOTE_OPEN.search(head) is not None
                and (_REWRITE.search(head) is not None or _REWRITE.search(tail) is not None)))


# Existence denied: 国が承認|したものは現在ありません / 承認|された製品はなく / 効果を約束|できる
# 施術はありません / 重い副作用が出|た例はありません. The match describes a kind of thing, and
# the sentence says there is none. Not "only ours" (他に・ほかに・以外 — 他にない is a claim),
# and not after a degree word (こんなに若返る美容液はありません is a superlative).
_NONE_EXIST = _Tempered(
    rf"^{_CLOSE}(?:し|され|でき|を受け|をうけ|を得|させ)?(?:た|ている|る)?(?:という|ような|といった)?(?P<gap>[^、。]{{0,10}}?)"
    rf"(?:{words('ctx_existing_thing')})(?:は|も|が)[、,]?\s*"
    # (up to three of them: 国内にも海外にもまだありません)
    r"(?:(?:現在|現時点で(?:は)?|今のところ|いまのところ|まだ|いまだ|未だ|これまで|今まで|(?:国内外|国内|海外|世界)(?:に|で)?(?:は|も)?"
    r"|日本(?:に|で)?(?:は|も)?|世界的にも|どこにも|いずれの国にも)[、,]?\s*){0,3}(?:一つも|ひとつも|一切|1件も|一件も)?"
    r"(?:ありません|ございません|ない(?:[。、,]|$|です|のです)|なく|無い|無く|存在し(?:ません|ない|ておらず|ていません)|見当たりません|見当たらない"
    # 欧州で認可した国は知られていない (none is known to exist)
    r"|(?:確認|報告)されて(?:いません|いない|おりません|おらず)|知られて(?:いません|いない|おらず)"
    # 有効性を示す|データは公表されていなかった (a news report: the basis was never shown)
    r"|(?:示|提示|開示|公表)されて(?:いません|いない|いなかった|おらず|いませんでした)|なかった|ありませんでした)",
    r"他|ほか|以外|しか|を|が|ので|から|ため|[!！]")
_HARM = linear_re.compile(words("harm"))
_DEGREE_HEAD = linear_re.compile(r"(?:こんなに|これほど|ここまで|それほど|ほど|以上に|より|ような|みたいな)[^。、]{0,12}$")


# リスクはゼロ|になりません: a zero that is said not to be reached
_NOT_ZERO = linear_re.compile(r"^に(?:は|も)?(?:なりません|ならない|ならず|なり得ません|なりえません|できません|できない)")


def none_exist(head: str, tail: str, sentence: str = "") -> bool:
    """The match names a kind of thing that the sentence says does not exist (yet), or a
    zero that is said not to be reached."""
    if _NOT_ZERO.search(tail) is not None and matched(head, tail, sentence).endswith(("ゼロ", "0", "０", "0%", "０％", "0％")):
        return True
    # 重い副作用が出|た例はありません in an ad is a safety claim: a harm is not denied this way
    return (_NONE_EXIST.search(tail) is not None and _DEGREE_HEAD.search(head) is None
            and _HARM.search(matched(head, tail, sentence)) is None)


def negated(tail: str) -> bool:
    """The phrase is denied right after it (〜わけではない, 〜とは言えません, 〜しません),
    or the act of publishing it is (〜の掲載は行っておりません)."""
    if _NO_EXAGGERATION.search(tail) is not None:
        return False  # 〜と言っても嘘ではありません: not a denial of the claim but of its doubt
    return (_NEGATION.search(tail) is not None or _NEGATED_ACT.search(tail) is not None
            or _LIST_NEGATION.search(tail) is not None or _NOT_PROMISED.search(tail) is not None
            or _NEVER_SAID.search(tail) is not None or _ACT_FORBIDDEN.search(tail) is not None or _LIST_NEGATION_PURPOSE.search(tail) is not None
            or _LIST_NEGATION_ENUM.search(tail) is not None or _OFFER_DENIED.search(tail) is not None
            or _SERVICE_DENIED.search(tail) is not None
            or _NO_PRESSURE.search(tail) is not None or _QUOTES_DENIED.search(tail) is not None)


# 「がん細胞を消す」と表示していたとして指導 / と説明していた事例: a regulator's or a reporter's
# account of a past display (the case frame words are ctx_case_frame)
_CASE_FRAME = linear_re.compile(
    rf"^(?:[^「」『』。]{{0,60}}?[」』]{_MORE_QUOTES})?[^、。「」『』]{{0,12}}?"
    rf"{_THAT}(?:(?:表示|宣伝|広告|記載|表記|標榜|説明|掲載|強調|称|販売)して|(?:うた|謳)って)(?:い|お)た"
    rf"[、,]?\s*(?:{words('ctx_case_frame')})")


# 「…」という投稿を見かけますが、…: a quote seen elsewhere, introduced to be answered
_SEEN_ELSEWHERE = linear_re.compile(
    r"^[^「」『』。]{0,60}[」』]\s*(?:など)?(?:(?:(?:という|との|といった|って|と(?:書く|書いた|書かれた|書かれている|うたう|謳う|うたった|うたわれた|謳われた|宣伝する))"
    r"(?:口コミ|クチコミ|書き込み|投稿|噂|うわさ|評判|話|情報|記事|動画|広告|宣伝)"
    # 「一晩でシワが消えた」みたいな投稿を見かけますが
    r"|(?:みたいな|のような)(?:の|もの|口コミ|投稿|広告|話)?)"
    r"(?:を|は|も)[^。「」]{0,10}?(?:見かけ|目にし|目にす|耳にし|耳にす|見聞き|見る|聞く)"
    r"(?:ます|ることがあります|ることもあります|ることが(?:あります|多いです)|る|た)?(?:が|けど|けれど|ものの)"
    # 「一晩で毛穴ゼロ」系の投稿が増えてるけど (a kind of post, said to be common, then answered)
    r"|系の?(?:口コミ|クチコミ|書き込み|投稿|広告|宣伝|動画|記事)(?:が|も)(?:増え|多|目立|あふれ|溢れ)[^。「」]{0,8}?(?:けど|けれど|が|ものの)"
    # 「シワ消えた」って言うてる人いるけど / 「…」って信じてる人多いけど (people who say it)
    # 「点滴で持病が治る」と考えて相談に来られる方もいますが (a belief some visitors bring, then answered)
    r"|(?:って|と)(?:考え|思っ|信じ|期待し)て[^。「」]{0,10}?(?:方|人|患者様?|お客様)(?:が|も)(?:いらっしゃい|おられ|い)ますが"
    r"|(?:って|と)(?:書いて|言って|思って|信じて)(?:る|いる)(?:人|方|サイト|店|広告)(?:が|も)?"
    r"(?:いる|おる|ある|多い|おおい|いっぱい)(?:けど|けれど|が|ものの)"
    # 「塗るだけで10歳若く」ってよく見るけど (seen often, then answered)
    r"|(?:って|と)(?:よう|よく|けっこう|結構|たまに|めっちゃ)?(?:見る|見かける|見ます|聞く|聞きます)(?:けど|けれど|が)"
    # 「劇的に若返る！」と期待して買うたら、普通やった (what the buyer hoped, not what the seller says)
    r"|(?:って|と)(?:期待|思|信じ)(?:して|って|た|ながら)[^。]{0,8}?(?:買|こう|使|試|飲|受|申し込))")


# 「培養液＝再生」じゃないよ (a quoted claim denied in speech) /
# 「即効」「万人に効く」を並べた広告には注意 (ads carrying the quoted claims, warned about)
_QUOTE_DISMISSED = linear_re.compile(
    rf"^[^「」『』。]{{0,30}}?[」』]{_MORE_QUOTES}\s*(?:"
    r"(?:って|というのは|は)?\s*(?:じゃ|では)(?:ない|ありません|ねえ|ねぇ|ございません)(?:[よねし。!！、]|です|$)"
    r"|(?:など|とか)?(?:が|を|と)(?:並ぶ|並んだ|並べた|並べる|掲げる|掲げた|うたう|謳う|うたった|謳った|強調する|強調した)"
    r"(?:広告|商品|サイト|宣伝|クリニック|店|業者|ページ|製品|投稿)(?:は|には|に|を|も)[^。]{0,20}?"
    r"(?:疑|注意|気をつけ|気を付け|警戒|要注意|避け|怪し|あやし))")
# 食品で「血圧を下げる」と表示すれば医薬品とみなされる (what making the claim leads to)
_CLAIM_CONSEQUENCE = linear_re.compile(
    rf"^{_INFL_CLOSE}(?:[、・や]?\s*[「『][^「」『』。]{{1,40}}[」』])*\s*(?:など|等)?(?:を|と)(?:{words('ctx_mention_verb')})"
    r"(?:と|ば|場合(?:は|に|でも|も)?|ことは|のは)[、,]?[^。]{0,40}?(?:扱われ|みなされ|見なされ|違反|該当|対象|問題|処分|指導|罰|誤認|誤解)")
# 「…が治った」という口コミ|よりも、原材料を確かめることが大切 (advice on what to trust instead)
_TRUST_INSTEAD = linear_re.compile(
    r"^(?:より(?:も)?|だけで(?:なく)?|をうのみにせず|を鵜呑みにせず|に頼らず|に惑わされず)[、,]?\s*[^。]{0,40}?"
    r"(?:確認|確か|大切|重要|見極め|注意|判断|調べ|比べ)")
# 「シワが消える」のどこが問題か (a quiz on wording)
_WHATS_WRONG = linear_re.compile(r"^[」』](?:の|は)(?:どこ|何|なに|どの点|どういう点)(?:が|を)(?:問題|いけない|NG|ダメ|だめ|違反|誤り)")


# words such as "cures acne" should not be used: English text about wording
_EN_MENTION = linear_re.compile(
    r"(?i)(?:^|[^a-z])(?:phrases?|words?|claims?|expressions?|wording|terms?)\s+(?:like|such\s+as)(?:[^a-z]|$)")
_EN_FORBID = linear_re.compile(
    r"(?i)(?:^|[^a-z])(?:must\s+not|cannot|can't|should\s+not|shouldn't|not\s+allowed|prohibited|banned|avoid|never\s+use|not\s+permitted)(?:[^a-z]|$)")


# 「このお茶で痛風が治る」というのは大げさではありません / 嘘ではありません: a denial that
# the claim overstates, which affirms it
_NO_EXAGGERATION = linear_re.compile(
    r"^[^。]{0,30}?(?:というのは|というのも|と言っても|といっても|は)[、,]?\s*(?:決して|けっして|あながち|まんざら)?\s*"
    r"(?:大げさ|大袈裟|おおげさ|誇張|嘘|うそ|ウソ|夢物語|過言|言い過ぎ|作り話|絵空事)(?:な|の)?(?:話|こと)?(?:で|じゃ)?(?:は)?(?:ない|ありません|ございません)")


def refuted(head: str, tail: str, sentence: str = "") -> bool:
    """The phrase is quoted or reported and then called a myth, error or banned wording, or
    it is mentioned as wording not to use (see `mentioned`), or it is what a reported case
    displayed (`_CASE_FRAME`). A phrase that takes a whole quote (「…」という口コミ) is judged
    by what follows the quote."""
    if _NO_EXAGGERATION.search(tail) is not None:
        return False  # 「…で痛風が治る」というのは大げさではない: the claim affirmed
    phrase = matched(head, tail, sentence) if sentence else ""
    opened = phrase[:1] in ("「", "『") or (phrase and _QUOTE_OPEN.search(head) is not None)
    if opened and (close := _QUOTE_CLOSE.search(phrase)) is not None:
        return refuted(head + phrase[:close.start()], phrase[close.start():] + tail)
    if mentioned(head, tail) or ("いた" in tail[:160] and _CASE_FRAME.search(tail) is not None):
        return True
    in_quote = _QUOTE_OPEN.search(head) is not None
    if in_quote and (_SEEN_ELSEWHERE.search(tail) is not None or _QUOTES_SAID_NOT_SO.search(tail) is not None
                     or _QUOTE_DISMISSED.search(tail) is not None):
        return True
    if (_CLAIM_CONSEQUENCE.search(tail) is not None or _WHATS_WRONG.search(tail) is not None
            or _TRUST_INSTEAD.search(tail) is not None or _DO_NOT_BELIEVE.search(tail) is not None):
        return True
    around = head + "\u3000" + tail
    if _EN_MENTION.search(around) is not None and _EN_FORBID.search(around) is not None:
        return True
    if (_REFUTED.search(tail) is not None or _REFUTED_TOPIC.search(tail) is not None
            or _DASH_COMMENT.search(tail) is not None or _ONLY_TO_THE_SURFACE.search(tail) is not None):
        return True
    if _AS_IF_AHEAD.search(tail) is not None or _AS_IF_SHOWN.search(tail) is not None or (
            _AS_IF_HEAD.search(head) is not None and _AS_IF_TAIL.search(tail) is not None):
        return True
    return _LAW.search(around) is not None and _LAW_VERDICT.search(around) is not None


# A customer's or patient's comment, tagged as such: ★★★★「…」, 「…」（40代）, …（30代女性）
_REVIEW_QUOTE = linear_re.compile(r"「([^「」]{2,160})」")
# （口コミ） / （お客様の声）: the words that label a comment as a review
_REVIEW_LABEL = r"(?:口コミ|クチコミ|レビュー|お客様の声|お客さまの声|利用者の声|ご利用者の声|患者様の声|患者さまの声|会員様の声|会員さまの声|愛用者の声|ご愛用者の声)"
# 通ってよかったです」（20代）: the quote opened in an earlier sentence (`_mark_tagged_comments`)
_QUOTE_TAIL_ONLY = linear_re.compile(r"^[^「『]*[」』]")
_OFFER_TAG = linear_re.compile(r"[(（][^()（）]{0,12}(?:先着|限定|抽選|[0-9０-９]+\s*(?:名|組)様?)[^()（）]{0,12}[)）]")
_REVIEW_TAG = linear_re.compile(
    # (ゆき さん（40代・女性）購入者: a review widget's reviewer line, a role word after the tag)
    r"[★☆]|[(（][^()（）]{0,16}(?:\d0代|\d{2}歳|女性|男性|さん|様)[^()（）]{0,16}[)）]\s*"
    r"(?:(?:購入者|ご購入者|購入済み|認証済み購入者|利用者|ご利用者|愛用者|レビュアー|投稿者)\s*)?[。!！]?\s*(?:※[^。※]{0,20}[。]?\s*)?$"
    # 「…」(口コミ) / （お客様の声）: a comment labelled as a review
    rf"|[(（]\s*{_REVIEW_LABEL}\s*[)）]\s*[。!！]?\s*$"
    # 60代・男性「…」: the speaker's tag before the comment
    r"|^\s*(?:\d0代|\d{2}\s?(?:歳|才|さい))[・\s]?(?:女性|男性|主婦|会社員)?[^「」。]{0,8}[:：]?\s*「[^「」]{2,160}」\s*$"
    # 患者様の声：「駅から近くて通いやすい」 (a comment labelled as a review before its quote)
    r"|^\s*【?(?:患者|お客|ご?利用者|ご?愛用者|モニター)(?:様|さま|さん)?の(?:声|お声|感想|ご感想|口コミ)】?\s*[:：]?\s*「[^「」]{2,160}」\s*$")
# （※20〜50代女性500名へのイメージ調査）: a survey's basis note, not a reviewer's tag
_SURVEY_NOTE = linear_re.compile(r"[(（]\s*※|調査\s*[)）]|アンケート|[0-9]+\s*(?:名|人)(?:へ|に|を対象|中|の)")
_AGE_TAG = linear_re.compile(r"[(（][^()（）]{0,16}(?:\d0代|\d{2}歳)[^()（）]{0,16}[)）]")
_FEEL = linear_re.compile(words("ctx_feel"))
_MOOD = linear_re.compile(words("ctx_mood"))
_TAG_AFTER_STOP = linear_re.compile(
    # 丁寧でした。（40代） / 「…丁寧でした。待ち時間も短かった」（40代）: a comment, or a quote of
    # several sentences, then its tag
    r"[。!！](?:[^「」『』]*[」』])?\s*[(（][^()（）]{0,16}(?:\d0代|\d{2}歳|女性|男性)[^()（）]{0,16}[)）]\s*$"
    # 「…便利。…助かります」(口コミ): a quote of several sentences labelled as a review
    rf"|[。!！][^「」『』]*[」』]\s*[(（]\s*{_REVIEW_LABEL}\s*[)）]\s*$")
# an effect, or a disease or concern named at all (膝の痛みがなくなり: a symptom, not comfort)
_REVIEW_EFFECT = linear_re.compile("|".join(words(w) for w in ("ctx_review_effect", "disease", "concern")))


_PROCEDURE = linear_re.compile(words("ctx_procedure"))
_NO_EFFECT_YET = linear_re.compile(
    # 何かが劇的に変わるわけではないけど (a change said not to happen)
    r"(?:変わる|効く|効いてる|効いている)(?:って)?(?:わけ|訳)(?:では|じゃ)(?:な|あり)|"
    r"(?:効果|効き目|実感|変化)(?:は|が|を|も)?(?:まだ|いまいち|正直|特に)?(?:よく)?"
    r"(?:わから|分から|感じ(?:られ)?(?:な|ませ)|実感(?:でき)?(?:な|ませ)|出て(?:い)?な|出ませ|な(?:い|し)(?:けど|です|が|、|。|$))")


# A consumer's complaint with an age tag (a consumer centre's case: 相談事例1 … 契約した（50代
# 女性）, 注射の翌日に熱が出た（40代）) reports harm or a contract, not an effect: no testimonial.
# A quote in it reported as what the seller said (「…」と勧められた) is not the consumer's words.
_CASE_MARK = linear_re.compile(
    r"^\s*[■●◆▼・【\[]?\s*(?:相談|被害|トラブル|苦情)?(?:事例|ケース|相談例)\s*(?:[0-9０-９]{1,3}|[①-⑳]|[A-ZＡ-Ｚ])")
_COMPLAINT = linear_re.compile(words("ctx_complaint"))
# how the procedure felt (a clinic testimonial's content), not the treatment named (注射の翌日)
_PROCEDURE_FEEL = linear_re.compile(r"痛く|痛かっ|痛みは|痛みも|ひんやり|チクッ|チクチク|麻酔|ダウンタイム")
_REPORTED_QUOTE = linear_re.compile(r"「[^「」]{1,80}」\s*(?:など)?(?:と|という|との|を見て|をうのみ|の(?:広告|チラシ|表示|文言))")


# 点滴のあと強いだるさが出た: a harm that appeared (the complaint), not an effect word
_HARM_STATED = linear_re.compile(
    r"(?:だるさ|倦怠感|痛み|腫れ|発熱|熱|かゆみ|赤み|発疹|湿疹|めまい|吐き気|頭痛|内出血|しびれ)(?:が|も)"
    r"(?:強く|ひどく)?(?:出|続|ひど|残|生じ|現れ|あらわれ)")


def complaint_report(sentence: str) -> bool:
    """A tagged account of a consumer's trouble (a contract, a charge, a harm) that reports
    no effect of the product or treatment."""
    if _AGE_TAG.search(sentence) is None and _REVIEW_TAG.search(sentence) is None:
        return False
    if _CASE_MARK.search(sentence) is None and _COMPLAINT.search(sentence) is None:
        return False
    own = _HARM_STATED.sub("", _AGE_TAG.sub("", _REPORTED_QUOTE.sub("", sentence)))
    return _REVIEW_EFFECT.search(own) is None and _PROCEDURE_FEEL.search(own) is None


# 口コミ評価|4.6 / レビュー|★4.2（215件）: a rating or a review count, stated as such
# レビュー平均は|★4.2（2025年5月時点・180件）です (the rating's date and count in brackets)
_RATING_WORDS = linear_re.compile(r"^(?:口コミ|クチコミ|レビュー|評価|総合|平均|星|[★☆])(?:口コミ|クチコミ|レビュー|評価|総合|平均|星|[★☆]|は|の|が)*$")
_RATING_TAIL = linear_re.compile(
    r"^\s*(?:は|が|の)?\s*(?:平均|星|[★☆]\s*)?[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:点|件|/\s*5|／\s*5)?\s*"
    r"(?:[(（][^()（）]{0,24}[)）])?\s*(?:です|でした|となっています)?\s*(?:[、,。]|$)")


def rating_only(head: str, tail: str, sentence: str) -> bool:
    """The match is only a rating or review-count word, followed by its figure."""
    return (_RATING_TAIL.search(tail) is not None
            and _RATING_WORDS.search(matched(head, tail, sentence).replace(" ", "")) is not None)


def usage_review(sentence: str, inside: bool = False) -> bool:
    """The sentence is a tagged customer or patient comment only about feel, scent, taste,
    packaging, staff or booking: allowed (taxonomy.md, usage-feel reviews), so not a
    testimonial. One about how the procedure felt (ほとんど痛くなかった) is still a clinic
    testimonial, but a phrase `inside` it is no safety promise."""
    if _REVIEW_TAG.search(sentence) is None or _SURVEY_NOTE.search(sentence) is not None:
        return False
    if _QUOTE_TAIL_ONLY.search(sentence) is not None:
        return False  # the last sentence of a longer quote: its line is judged whole
    if _OFFER_TAG.search(sentence) is not None and _AGE_TAG.search(sentence) is None and "「" not in sentence:
        return False  # （先着50名様）: an offer's terms, not a reviewer
    quoted = [m.group(1) for m in _REVIEW_QUOTE.finditer(sentence)]
    content = "".join(quoted) if quoted else _AGE_TAG.sub("", sentence)
    # 同僚に「何塗ってるの?」と聞かれた。ほんとに効いてる: the words around a quote speak too
    around = _AGE_TAG.sub("", _REVIEW_QUOTE.sub("", sentence)) if quoted else ""
    # お手入れの時間が楽しみに: a mood, not 肌が楽に (taken out before the effect words)
    # 効果はまだよくわからない: an effect said not to be felt (yet) is no effect
    if any(_REVIEW_EFFECT.search(_NO_EFFECT_YET.sub("", _MOOD.sub("", part))) is not None
           for part in (content, around)):
        return False
    if (_PROCEDURE.search(content) is None and len(content.strip(" \u3000。.!！?？()（）「」")) >= 4
            and (quoted or _AGE_TAG.search(sentence) is not None)):
        # no effect and nothing of how the treatment went: a comment on use, taste, packaging,
        # staff or booking, whatever words it uses (ゼリーだから出張先でも続けやすい); a tag
        # standing alone (its comment is the sentence before) is judged with its line. Only
        # a quote or an age tag marks a customer's comment (（先着10名様） is an offer's terms)
        return True
    if _PROCEDURE.search(content) is not None:
        return inside  # how the treatment went: a clinic testimonial, but no promise inside it
    return _FEEL.search(content) is not None or _MOOD.search(content) is not None


# 同社広報は「…」とコメントした / 取材に応じた院長は「…」と話した: the speaker is named as in a
# news report (同社, 取材に応じた …), and the quote is reported with a verb of saying
_PRESS_HEAD = linear_re.compile(
    rf"(?:{words('ctx_press_speaker')})[^。「」『』]{{0,24}}(?:[「『][^「」『』]*)?$")
_PRESS_VERB = linear_re.compile(rf"[」』]\s*(?:など)?と\s*(?:{words('ctx_press_verb')})")
# 「他院より効果が高い」と|他の医療機関と比較|している: the quote, then the act it is used for
_QUOTE_THEN = linear_re.compile(r"[」』]\s*(?:など)?と\s*$")
_ACT_DESCRIBED = linear_re.compile(r"^(?:し|さ)(?:てい(?:る|た)|た|れている|れていた)[。]?\s*$")
# 乾癬の治療|には外用療法、光線療法…があり / アトピー性皮膚炎の治療|では外用薬が基本: a disease's
# treatment as a topic, explained with the standard care (ctx_standard_care) and no EV product
# (円形脱毛症の治療|薬としては承認薬も: the disease's approved drugs, named)
# (乾癬の治療|は、皮膚科での標準治療が基本となります: the standard care named right after は)
_STANDARD_TOPIC = linear_re.compile(r"^(?:薬|剤)?(?:として(?:は)?|(?:に|で)(?:は|も)|は[^。]{0,16}?標準(?:的な)?治療)[、,]?")
# 国が承認|した再生医療等製品による治療 / 〜の治療には、…承認済み|の製品が使われることがある:
# an approval that exists (a legal product category, or a disease's usual treatment), in a
# sentence that names no product without approval (ctx_no_approval: EVs, supernatant, foods,
# cosmetics)
_APPROVED_CATEGORY = linear_re.compile(
    # 国の審査を経|て承認された再生医療等製品 (the review that led to the approval)
    r"^(?:て|た上で|たうえで)?(?:承認|認可)?(?:した|された|済み|を受けた|を得た)?の?[^。、]{0,4}?(?:再生医療等製品|医療用医薬品|医薬品|医療機器)")
# 承認された医薬品と同等の安全性: a comparison with an approved product is a claim
_APPROVED_LIKE = linear_re.compile(r"^[^。]{0,20}?(?:と同(?:等|じ|様|程度)|並み|に匹敵|レベル|以上|に劣らな|に負けな)")
_ACCOUNT_HEAD = linear_re.compile(r"の治療(?:には|では|に(?:は|も))[^。]*$")
_ACCOUNT_TAIL = linear_re.compile(r"^[^。]{0,30}?(?:が|も)(?:用いられ|使われ|行われ|選択され)")
_NO_APPROVAL = linear_re.compile(words("ctx_no_approval"))
# 本品は国が承認した医薬品です: a seller of a product calling it approved (a hospital naming the
# approved products it uses, 当院, is not this)
_PRODUCT_SELLER = linear_re.compile(words("product_seller"))
# ステロイド外用薬は|アトピー性皮膚炎の標準的な治療薬です (the standard care is the subject)
_STANDARD_SUBJECT = linear_re.compile(rf"(?:{words('ctx_standard_care')})(?:は|が|も)[^。]*$")
_STANDARD_CARE = linear_re.compile(
    words("ctx_standard_care")
    # 〜の硝子体注射や光線力学療法が用いられます / 抗リウマチ薬が中心となります (how it is done)
    + r"|(?:療法|薬|剤|注射|手術)[^。]{0,12}?(?:が|も)(?:用いられ|使われ|行われ|選択され|中心|基本|主体|第一選択|標準)")
_EV_PRODUCT = linear_re.compile(words("ctx_ev_product"))


# 相談件数は412件で、前年度|の約1.6倍でした: a statistic compared with an earlier period (a count
# of consultations, a market, results), not a product compared with another
_EARLIER_PERIOD = linear_re.compile(
    r"(?:前年|前年度|昨年|昨年度|前期|前年同期|前年同月|前月|前回調査|[0-9０-９]{1,2}年前|[0-9０-９]{4}年度?)(?:比|と比べ(?:て|ると)|に比べ(?:て|ると))?[、,]?\s*$")
_STATISTIC = linear_re.compile(words("ctx_statistic") + "|" + words("ctx_business_result"))
# 初回980円|のつもりで申し込んだ: what a consumer believed the offer was (a case report)
_BELIEVED = linear_re.compile(
    r"^[」』]?(?:の|だ)?(?:つもり(?:で|が|だった)|はず(?:が|だった)|と(?:思って|思い[、,]|思ったら|思ったのに|思ったが|考えて))")
_PRICE_WORD = linear_re.compile(r"[0-9０-９]\s*円|価格|料金|半額|無料|割引|オフ|OFF")
# 痛みに変化はなかった: the pain did not change (a result not obtained, no promise of no pain)
_NO_CHANGE = linear_re.compile(r"^痛み(?:に|は|の程度に)[、,]?\s*(?:特に|まったく|全く)?(?:変化|変わり)(?:は|が|も)?(?:なかっ|ない|ありません|見られ)")


# No.1|棟 / 駐車場|No.1〜No.4 / 第2工場: a number that labels a building, a lot or a line
# No.1さんの回答 / No.1の方 / No.1の薬剤師さん: a forum answer's number, naming its writer
_LABEL_TAIL = linear_re.compile(r"^(?:さん|様|の方(?:[にのがはへ。、]|$)|の回答|の[^。、\s]{1,6}さん)|^(?:号)?(?:棟|館|号館|号棟|号機|工場|ライン|倉庫|ゲート|出口|入口|番線|レーン)|^\s*[〜～~\-–ー]\s*(?:No|NO|no)[.．]?\s*\d")
_LABEL_HEAD = linear_re.compile(r"(?:回答|駐車場|駐輪場|ゲート|ライン|工場|倉庫|棟|会議室|ルーム|スタジオ|会場|出口|入口|ホール|レーン|バス停|のりば|乗り場)[(（]?\s*$")
_NUMBER_MATCH = linear_re.compile(r"^(?:No|NO|no|Ｎｏ)[.．]?\s*[0-9０-９]$")


def label_number(head: str, tail: str, sentence: str) -> bool:
    """The match is a number used as a label (No.1棟, 駐車場No.1), not a rank."""
    if _NUMBER_MATCH.search(matched(head, tail, sentence)) is None:
        return False
    return _LABEL_TAIL.search(tail) is not None or _LABEL_HEAD.search(head) is not None


# 支払額の平均はおよそ23万円で、最高は150万円にのぼった: the largest figure of a statistic, not a superlative
_MAX_FIGURE = linear_re.compile(r"^(?:は|が)?[、,]?\s*(?:約)?[0-9０-９][0-9０-９,，.．]*\s*(?:万|千|億)?[0-9０-９,，]*\s*(?:円|件|人|名|歳|[%％]|℃|度|°C|時間|分|日間|か月|ヶ月|回|mL|ml|g|kg)")
# 執筆：読者Kさん（63歳・パート）: an age in a byline, not a review's tag
_BYLINE_HEAD = linear_re.compile(r"(?:寄稿|執筆|取材|聞き手|インタビュー|語り手|話し手)\s*[:：][^。:：]{0,20}$")
# すべてのレビューを見る: a link to the reviews
_REVIEW_LINK = linear_re.compile(r"^(?:口コミ|クチコミ|レビュー)を(?:もっと)?(?:見る|読む)$")


_HEALING_PROCESS = linear_re.compile(r"^(?:る)?過程(?:では|において|で[、,])")
# 開封後でも全額返金します（お一人様1回限り: a condition of a refund
_ONCE_PER_PERSON = linear_re.compile(r"^お一人様\s*(?:1|１|一)\s*回(?:限り|のみ)$")
_REFUND = linear_re.compile(r"返金|返品")


# 最先端|の血液分析装置へ更新 / 最新|の測定機器: equipment described, not the product or treatment
_EQUIPMENT_TAIL = linear_re.compile(
    r"^(?:の|型の)[^。、]{0,8}?(?:装置|機器|機械|設備|測定器|分析装置|分析機器|検査機器|医療機器|顕微鏡|システム)(?:を|へ|に|が|は|で|も|と)")


def reported_figure(head: str, tail: str, sentence: str) -> bool:
    """A figure as a report states it: a statistic against an earlier period, a price a
    consumer believed, a pain that did not change."""
    if _EARLIER_PERIOD.search(head) is not None and _STATISTIC.search(sentence) is not None:
        return True
    phrase = matched(head, tail, sentence)
    if phrase in ("最先端", "最新") and _EQUIPMENT_TAIL.search(tail) is not None:
        return True  # equipment described (最先端の血液分析装置へ更新した)
    if phrase == "最高" and _MAX_FIGURE.search(tail) is not None:
        return True
    if _AGE_TAG.search(phrase) is not None and _BYLINE_HEAD.search(head) is not None:
        return True
    if _REVIEW_LINK.search(phrase) is not None and not tail.strip().strip(">＞»→ "):
        return True
    if _HEALING_PROCESS.search(tail) is not None:
        return True  # 皮膚の傷が治る|過程では (how healing works, explained)
    if _ONCE_PER_PERSON.search(phrase) is not None and _REFUND.search(sentence) is not None:
        return True  # 全額返金します（お一人様1回限り (a refund's condition, no scarcity)
    return ((_BELIEVED.search(tail) is not None and _PRICE_WORD.search(phrase) is not None)
            or _NO_CHANGE.search(phrase) is not None)


# 腫れが出る場合があり、数日で|引い|ていきます: how a stated side effect
# passes (a required risk disclosure, not a speed of effect)
_RISK_STATED_HEAD = linear_re.compile(
    rf"(?:{words('harm')}|内出血|腫れ|はれ|赤み|むくみ|痛み|発熱|熱|かゆみ|あざ)[^。]{{0,12}}?(?:が|は)(?:出|生じ|起こ|起き|現れ|あらわれ|見られ|みられ)る?"
    r"(?:ことが|場合が)(?:あり|ある|ございま)(?:ます|すが|ますが|が)?[、,]\s*[^。がはを]{0,20}$")
_SUBSIDES = linear_re.compile(r"消え|引き|引い|治ま|おさま|収ま|なくな|無くな|落ち着|和らぎ|やわらぎ|薄れ|回復")


def attributed(tail: str, head: str = "", sentence: str = "") -> bool:
    """The phrase is what someone else claims (〜と宣伝する製品もある), what research reports,
    or a customer's comment about use only (see `usage_review`)."""
    # inside the comment: the match does not start the quote or the tag (the whole review
    # is what the testimonial patterns match)
    inside = bool(head) and _QUOTE_OPEN.search(head) is not None and not head.rstrip().endswith(("「", "★", "☆"))
    if not inside and sentence and head.strip() and "「" not in sentence and "『" not in sentence:
        # 注入中も痛くなかった（40代）: an unquoted comment before its tag
        inside = not matched(head, tail, sentence).startswith(("(", "（", "★", "☆"))
    if sentence and usage_review(sentence, inside=inside):
        return True
    if sentence and (complaint_report(sentence) or rating_only(head, tail, sentence)
                     or reported_figure(head, tail, sentence) or label_number(head, tail, sentence)):
        return True  # a consumer's complaint (相談事例, 契約した（50代）); 口コミ評価4.6
    if _BUSINESS_RESULT.search(head) is not None or _BOARD_APPROVED.search(head) is not None:
        return True  # a company's results; a board's approval of a study (not of the product)
    if _RISK_STATED_HEAD.search(head) is not None and _SUBSIDES.search(matched(head, tail, sentence)) is not None:
        return True  # how a side effect stated just before passes (a risk disclosure)
    # (cheap tests first: these run for every candidate)
    if sentence and ("」" in sentence or "』" in sentence) and _PRESS_VERB.search(sentence) is not None \
            and _PRESS_HEAD.search(head) is not None:
        return True  # 同社広報は「…」とコメントした: a statement reported in the press
    if _ACT_DESCRIBED.search(tail) is not None and _QUOTE_THEN.search(head) is not None \
            and _FIRST_PERSON.search(head) is None:
        return True  # 「他院より…」と|他院と比較|している: what an ad does, described
    if sentence and "治療" in sentence \
            and (_STANDARD_TOPIC.search(tail) is not None or _STANDARD_SUBJECT.search(head) is not None) \
            and _STANDARD_CARE.search(sentence) is not None \
            and _EV_PRODUCT.search(sentence) is None and _FIRST_PERSON.search(sentence) is None:
        return True  # 乾癬の治療|には外用療法、光線療法…: how a disease is usually treated
    if sentence and "承認" in sentence and _NO_APPROVAL.search(sentence) is None and (
            (_APPROVED_CATEGORY.search(tail) is not None and _APPROVED_LIKE.search(tail) is None
             and _PRODUCT_SELLER.search(sentence) is None)
            or (_ACCOUNT_HEAD.search(head) is not None and _ACCOUNT_TAIL.search(tail) is not None
                and _FIRST_PERSON.search(sentence) is None)):
        return True  # approved therapies, named as such (国が承認した再生医療等製品)
    if _RESEARCH_FRONT_TAIL.search(tail) is not None and _RESEARCH_FRONT_HEAD.search(head) is not None:
        return True  # 研究の最先端で議論されている (the state of research)
    return ((_ATTRIBUTED.search(tail) is not None and _SAID_OF_OURS.search(tail) is None) or _hedged(tail, sentence)
            or (_QUOTE_OPEN.search(head) is not None and _ATTRIBUTED_QUOTE.search(tail) is not None
                and _FIRST_PERSON.search(head) is None))


# 〜の上位互換といわれる治療です: hearsay the seller puts on its own product, which the copy
# then names (a noun and a copula end the sentence); not 〜といわれる製品もありますが
_SAID_OF_OURS = linear_re.compile(r"^\s*(?:とも?|って)(?:言|い)われ(?:る|ている|ています)[^、。「」]{1,14}?(?:です|でした|だ)[。!！]*\s*$"
                                  # 女優も仕込むと噂のアンプル: a rumour the seller hangs on its product
                                  r"|^\s*(?:と|って)\s*(?:噂|うわさ|ウワサ)の")


# 本品の原料は、こわばりを和らげることが期待されています: the seller's own product, hedged, still claims
_EXPECTED = linear_re.compile(r"^[^、。,]{0,30}?(?:こと|の|と|も|が|として)(?:が|も|は)?\s*期待され")


# 難病にも効果が報告 / 不眠にも効き目が期待されている: the effect itself is the subject
# reported or expected (not 〜ことが報告されている, which reports a finding), and nothing in
# the sentence says it is unsettled
_EFFECT_REPORTED = linear_re.compile(r"^(?:が|も)\s*(?:多数|数多く|続々と?|次々と?|たくさん|大いに)?\s*(?:報告|期待)され(?:る|て|た|ま)")
_UNSETTLED = linear_re.compile(r"確立|未確認|不十分|十分で(?:は)?な|限られ|乏し|(?:わか|分か|解明され)(?:って)?(?:い)?(?:ない|ません)|明らかで(?:は)?な"
                               r"|動物|マウス|ラット|細胞実験|試験管|ただし|一方|しかし|慎重|副作用|リスク|感染|FDA|注意|段階|研究中|途上|今後")


# 美白作用が期待される成分を配合: the hedge names the product it sells
_EXPECTED_OF_PRODUCT = linear_re.compile(
    # (抗老化作用が確認された原料を凝縮: a reported effect made the product's selling point)
    r"^[^、。,]{0,30}?(?:が|も|の)?\s*(?:期待され(?:る|ている)|(?:報告|確認|発表|示唆)された)\s*[^、。「」]{0,10}?"
    r"(?:エクソソーム|成分|サプリ|サプリメント|ドリンク|飲料|美容液|クリーム|セラム|点滴|注射|上清液|培養液|素材|原料|食品)"
    r"(?:を|が|で|配合|入り|です|。|$)")


def _hedged(tail: str, sentence: str) -> bool:
    """Research reporting (〜ことが報告されている); an effect merely "expected" of the seller's own
    product (本品は…ことが期待されています, 〜が期待される成分を配合) is still its claim."""
    if _HEDGED.search(tail) is None:
        return False
    if _EXPECTED_OF_PRODUCT.search(tail) is not None:
        return False
    if _EFFECT_REPORTED.search(tail) is not None and _UNSETTLED.search(sentence) is None:
        return False  # 〜にも効果が報告されています: an effect said to be on record, as a selling point
    return not (_EXPECTED.search(tail) is not None and _FIRST_PERSON.search(sentence) is not None)


# 次の4点を必ず確認し、その結果を… / 必ず「PR」と明示: 必ず governs a procedure, not an effect
_INSTRUCTION = linear_re.compile(rf"^(?:必ず|かならず|常に)[、,]?\s*(?:ご|お)?(?:{words('ctx_instruction')})")


def matched(head: str, tail: str, sentence: str) -> str:
    """The matched phrase itself, when `sentence` holds all of head, match and tail (it is
    cut to the context window, so a long sentence may not); else ""."""
    if len(head) + len(tail) <= len(sentence) and sentence.startswith(head) and sentence.endswith(tail):
        return sentence[len(head):len(sentence) - len(tail)]
    return ""


# 事実を具体的に書く方が安全です / 飲んでいる薬はかかりつけ医に伝えるのが安全です: 安全 as advice about what
# to do, not a promise about a product
_ADVICE_HEAD = linear_re.compile(r"(?:[うくすつぬむるぐぶ]|ておく|でおく|ておいた|た)(?:方|ほう|の)が\s*$")


# ほかの商品と比べる|材料にはなりません / 他社の数値と比較|される際は: a comparison the reader
# might make, weighed or conditioned, not one the writer makes
_READER_COMPARES = linear_re.compile(
    r"^(?:する|できる)?(?:ための)?(?:判断)?(?:材料|目安)(?:に|と)(?:は|も)(?:なりません|ならない|なり得ません)"
    r"|^(?:さ|し)?れる(?:際|場合|とき|時)(?:に)?(?:は|も)[、,]")


# a past-tense report closed by an ellipsis or an exclamation, then a question about it
_TOLD_BEFORE_QUESTION = linear_re.compile(r"^[^。？?「」]{0,4}?(?:た|ました|でした|ちゃった)(?:…|‥|\.\.\.|！|!)")


def question(sentence: str, tail: str = "", head: str = "") -> bool:
    """A question is not an assertion (本当に副作用はないの？, 副作用がないか確認します), and
    neither is an instruction (必ず確認してください: the certainty is about a step)."""
    if _INSTRUCTION.search(matched(head, tail, sentence)) is not None:
        return True
    if _ADVICE_HEAD.search(head) is not None and matched(head, tail, sentence).startswith("安全"):
        return True  # advice (〜と書く方が安全です), not a safety promise
    if _READER_COMPARES.search(tail) is not None:
        return True  # the reader comparing (他社の数値と比較される際は…ご確認ください)
    if sentence.rstrip().rstrip("。．").endswith("か") and _PLAIN_QUESTION.search(sentence) is not None:
        return True
    if (_FAQ_Q_LINE.search(sentence) is not None and _QUOTE_OPEN.search(head) is not None
            and _HEARD_TAIL.search(tail) is not None):
        return True  # Q.「…」と聞きました: the asker reports what they heard
    if _RHETORICAL.search(sentence) is not None or _INVITATION.search(sentence) is not None:
        return False  # …ってすごくない？ / 知ってた？ / 〜を始めませんか？: asserts or invites, asks nothing
    if _TOLD_BEFORE_QUESTION.search(tail) is not None:
        return False  # 3日で肌が変わった…ここまでとは？: the report ends before the question
    return (_QUESTION.search(sentence) is not None or _INDIRECT_QUESTION.search(tail) is not None
            or _FAQ_QUESTION.search(tail) is not None
            or (_FAQ_Q_LINE.search(sentence) is not None and _FAQ_A_MARK.search(sentence) is None
                and _FAQ_STATEMENT.search(sentence) is None))


# 副作用の記載がない: the match itself ends on a missing statement (a warning sign that a
# statement is absent), not on a promise that something is absent
_MISSING_STATEMENT = linear_re.compile(
    rf"(?:の|に関する|についての|への)(?:{words('ctx_mention_noun')}|記述|言及|明記|注意書き)"
    # 施術前にリスクの説明はなかっ|たという (a news report: an explanation missing, no promise)
    r"(?:が|は|も)(?:一切|どこにも|まったく|全く|特に)?(?:ない|無い|なし|無し|ありません|なかった?|ありませんでした)$")


# 他の医療機関との比較について (a heading: comparison is the topic, not a comparison made)
_COMPARISON_TOPIC = linear_re.compile(r"比較$")
_TOPIC_TAIL = linear_re.compile(r"^(?:について|に関して|に関する(?:方針|考え方|お知らせ|ご案内|ご質問|お問い合わせ))\s*[)）]?\s*$")


def comparison_topic(tail: str, sentence: str) -> bool:
    """The match is a comparison named as a heading's topic (〜との比較について)."""
    return (_TOPIC_TAIL.search(tail) is not None and sentence.endswith(tail)
            and _COMPARISON_TOPIC.search(sentence[:len(sentence) - len(tail)]) is not None)


def missing_statement(tail: str, sentence: str) -> bool:
    """The match ends on 〜の記載がない: what the text says is missing is a statement."""
    if not sentence.endswith(tail):
        return False
    return _MISSING_STATEMENT.search(sentence[:len(sentence) - len(tail)]) is not None


# この注射ほど確実に若返る施術はほかにありません: "nothing is as good as this" (a superlative), not a denial
_AS_GOOD_HEAD = linear_re.compile(r"ほど[^。、]{0,8}$")
_NOTHING_ELSE = linear_re.compile(
    r"^[^。、]{0,12}?(?:治療|療法|方法|施術|もの|物|美容液|化粧品|コスメ|サプリ|クリーム|点滴|成分|商品|製品)"
    r"(?:は|も)(?:他に|ほかに)?(?:ありません|ない|ございません|存在しません|見当たりません)")


def nothing_as_good(head: str, tail: str) -> bool:
    """The match sits in 「Xほど…Yはありません」: nothing else does it as well."""
    return _AS_GOOD_HEAD.search(head) is not None and _NOTHING_ELSE.search(tail) is not None


FILTERS = {
    "negation": lambda head, tail, sentence: not nothing_as_good(head, tail) and (
        negated(tail) or none_exist(head, tail, sentence)),
    "refutation": lambda head, tail, sentence: (refuted(head, tail, sentence) or missing_statement(tail, sentence)
                                                 or comparison_topic(tail, sentence)),
    "attribution": lambda head, tail, sentence: attributed(tail, head, sentence),
    "question": lambda head, tail, sentence: question(sentence, tail, head),
}


def suppressed_by(enabled: list[str], head: str, tail: str, sentence: str) -> str | None:
    """Name of the first enabled filter that says this match is not a claim."""
    for name in enabled:
        if FILTERS[name](head, tail, sentence):
            return name
    return None


# --- lists and tables that a lead declares forbidden (document structure) -------------------
# A compliance policy, a regulator's notice or a society statement lists wording not to
# use in a table (a 使用不可 / NG column) or under a lead (以下の表現は使用しません：, a
# heading 用いるべきでない表現). Each item is a mention, quoted or not; the sentence filters
# cannot see the lead, which is on another line.
_NG_WORDS = words("ctx_ng_marker")
# a table cell or line that only says NG / 使用不可 (the row's other cells are before it)
# (使えない / 使用できない: the verdict column of a "can a cosmetic say this" table)
_MARKER_CELL = linear_re.compile(rf"^\s*(?:{_NG_WORDS}|[×✕✖]|不可|禁止|使用しない|使用しません|使えない|使用できない)\s*[:：]?\s*$")
# a line that starts its items with a marker: NG：「…」, ×「…」, 使用しない表現：…
_MARKED = linear_re.compile(rf"(?:^|[^A-Za-z])(?:{_NG_WORDS})(?:の例)?\s*[:：「『(（]|^\s*[×✕✖]")
# a lead: a heading or sentence naming forbidden wording, or pointing forward to a list
# (以下・次・下記) and saying it is not used / not allowed
_LEAD_MARKER = linear_re.compile(rf"(?:^|[^A-Za-z])(?:{_NG_WORDS})|{words('ctx_caution_marker')}")
_FORWARD = linear_re.compile(r"以下|次の|次に|下記|下の|下表|次表|このような|こうした|つぎの|こんな")
_FORBID = linear_re.compile(rf"{words('ctx_prohibition')}|{words('ctx_not_used')}")
# 次のような表現があったら要注意です / こんな言葉には気をつけましょう: a caution about wording
# (a wording noun on the line: 乾燥に注意したい季節に。こんな方に… is no such lead)
_CAUTION = linear_re.compile(words("ctx_caution"))
_WORDING = linear_re.compile(words("ctx_mention_noun"))
_ITEM = linear_re.compile(r"^(?:\s|[・\-\*●○■□◆◇▶►✕×※「『☑✔✓☐▪◎→]|\d{1,2}[.)．、]|[(（]\d{1,2}[)）]|[①-⑳])")
_MAX_CELL = 200  # a row cell before an NG cell is short; a paragraph is not a cell
# A lead that names wording (次の表に掲げる表現は使用しません, こんな言葉が並んでいたら…) also
# governs bare items: HTML lists and tables reach the checker as plain lines without bullets
# (each <li> and <td> is a line). A bare item is a line that does not end a sentence (a
# cell or a list item, not prose); prose ending in 。 ends the list, and so does a heading
# of permitted wording (言い換えの例) or a blank line after items.
_NAMES_WORDING = linear_re.compile(words("ctx_wording"))
_OK_HEADING = linear_re.compile(words("ctx_ok_marker"))
_PROSE_END = linear_re.compile(r"[。．]\s*[)）」』]?\s*$")
_MAX_BARE = 60  # bare lines one lead governs (a table of a dozen rows of three cells)
_HEADER_ROW = 4  # cells of a table's header row (an OK column there does not end the list)
_REASON_CELL = 80  # a reason cell of a rewrite table (a sentence, but short)
# a heading that is only a marker (<h3>NG</h3>, 【NG例】, ×): it names nothing else, so its
# list is wording
_MARKER_ONLY = linear_re.compile(
    rf"^\s*[【\[(（■●◆▼<]?\s*(?:{_NG_WORDS}|[×✕✖])(?:の例|例)?\s*[】\])）>]?\s*[:：]?\s*$")
# 表現例 | 理由 | 言い換え: a rewrite column next to a cell naming wording starts a table of it
_REWRITE_HEADER = linear_re.compile(rf"^\s*(?:{words('ctx_rewrite_header')})\s*$")
# 広告で使ってはいけない表現 / 避けたい言葉の例: a heading that ends on a wording noun the
# forbidding word modifies (not 言葉では言えない、うるおい体験)
_FORBIDDEN_WORDING = linear_re.compile(
    rf"(?:{words('ctx_prohibition')}|{words('ctx_not_used')})[^。]{{0,8}}?(?:{words('ctx_wording')})"
    # 使わない言葉（効果について）: the heading may name its topic in parentheses
    r"(?:の例|例|集|リスト|一覧)?\s*[)）」』】]?\s*(?:[(（][^()（）。]{1,20}[)）])?\s*[:：]?\s*$")
# ----- / ＝＝＝ / ─── : a rule line under a heading (no item of the list)
_RULE_LINE = linear_re.compile(r"^\s*[-=＝─━―‐_＿~〜*＊・]{3,}\s*$")
# | 細胞を活性化 | 使えない | 医薬品的な効能 |: a Markdown table row with a cell that only says
# the wording cannot be used (a word, not ×: an ad's comparison table marks rivals with ×)
_NG_ROW = linear_re.compile(r"^\s*\|.*\|\s*(?:使えない|使用できない|使用不可|表示不可|不可|NG|禁止|使用しない)\s*\|")
# 誤解1：「…」 / ■ 俗説「…」: a myth stated under its label (a clinic's own "myths" section
# may answer with its claims on the next line, so only the labelled line is a mention)
_MYTH_LABEL = linear_re.compile(r"^\s*(?:[■●◆▼・]\s*)?(?:よくある)?(?:誤解|俗説|迷信)\s*\d{0,2}\s*[:：「『]")
# 問題とされた主な表示 / 指摘された広告表現: wording a regulator flagged, as a heading
_FLAGGED_WORDING = linear_re.compile(rf"(?:{words('ctx_flagged')})[^。]{{0,10}}?(?:{words('ctx_wording')}|表示|記載|広告)")
# 次の表現は使用できません：若返る、シミが消える (the items on the lead's own line)
_INLINE_ITEMS = linear_re.compile(r"[:：]\s*\S{2,}")
# 疾病に関する表現：アトピーが治る、…: a label naming a kind of wording, then its examples
_WORDING_LABEL = linear_re.compile(
    rf"^\s*(?:[・\-\*●○■□◆◇▶►]\s*)?[^:：。「」]{{0,24}}?(?:{words('ctx_wording')})(?:の例|例)?\s*[:：]")


# A results table (決算短信, IR release): a header cell 前年同期比 / 増減率, then rows whose
# last cell is a bare change (12.4%増). Those cells are business figures, not product data.
_RESULT_HEADER = linear_re.compile(
    r"^\s*(?:前年同期比|前年同月比|前年度比|前期比|前年比|対前年比|対前期比|増減率|前年同期増減率|増減)\s*(?:\(%\)|\(％\))?\s*$")
_CHANGE_CELL = linear_re.compile(
    r"^\s*[+＋\-－−▲△]?\s*\d{1,4}(?:\.\d+)?\s*[%％]\s*(?:増|減|増加|減少|アップ|ダウン|改善|悪化|up|down)?\s*$")
_RESULT_ROWS = 80  # lines a results header governs


# A list first, its verdict after: これらは、…で問題とされる典型的な言い回しです / 上記のような
# 表現はいずれも認められていません. The sentence points back (これら・上記), names wording and
# gives a verdict; a disclaimer after testimonials (上記は個人の感想です) names no wording.
_BACKREF = linear_re.compile(r"^\s*(?:※\s*)?(?:これら|上記|以上|いずれ|どれ|こうした|このような|こういった)")
_BACK_VERDICT = linear_re.compile(
    r"違反|禁止|不適切|誇大|虚偽|要注意|注意|問題(?:と|に|が|視)|疑わし|根拠(?:が|は)(?:な|乏し|不十分|示され)"
    r"|認められ(?:てい)?(?:な|ませ|ず)|使用しません|使いません|用いません|できません|NG")


def _mark_referred_lists(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    run: list[int] = []
    blanks = 0
    for i, (s, e) in enumerate(lines):
        stripped = text[s:e].strip()
        if not stripped:
            blanks += 1
            if blanks > 1:
                run = []
            continue
        prose = _PROSE_END.search(stripped) is not None
        if (prose and 2 <= len(run) <= _MAX_BARE and _BACKREF.search(stripped) is not None
                and _BACK_VERDICT.search(stripped) is not None
                and (_NAMES_WORDING.search(stripped) is not None or "広告" in stripped or "表示" in stripped)):
            for j in run:
                marked[j] = True
        if prose or len(stripped) > _MAX_CELL or blanks:
            run = [] if prose or len(stripped) > _MAX_CELL else [i]
        else:
            run.append(i)
        blanks = 0


# Q4. これはどんな注射でしょうか。培養液には何が含まれますか。: a FAQ question line of several
# sentences; the sentence filters see only the last, without its Q marker
_QUESTION_END = linear_re.compile(r"(?:か|[?？])\s*[。．]?\s*[)）」』]?\s*$")


# 当該チラシの表示には以下の問題が認められました。 / 主な問題点: a regulator's list of problems found;
# its items (〜の印象を与えていること, 〜の強調があること) describe the ad.
_PROBLEM_LEAD = linear_re.compile(words("ctx_problem_lead"))
_PROBLEM_ITEM = linear_re.compile(r"こと(?:[(（][^()（）]{0,60}[)）])?\s*[。．]?\s*$")
# こんなお悩み、ありませんか？ then short lines: the reader's worries listed, not claims or accounts
_WORRY_LEAD = linear_re.compile(
    r"(?:こんな|このような|こういった|次のような|以下のような)(?:お?悩み|症状|お困りごと|不安|お肌の変化)[^。]{0,10}"
    r"(?:ありませんか|ございませんか|ないですか|いませんか|抱えていませんか|お持ちではありませんか|感じていませんか)")
_WORRY_ITEM_MAX = 40
# 配られたチラシに、次の文言が載っていました。 then 「…」 lines: what a leaflet said, quoted
_REPORTED_LEAD = linear_re.compile(
    r"(?:次の|以下の|こんな|このような|こういう)(?:こと|内容|文言|言葉|文句|説明)(?:が|も)\s*(?:書いて(?:あり|あっ)|書かれて(?:い|お)|載って(?:い|お)|記載されて(?:い|お))")
_QUOTED_ITEM = linear_re.compile(r"^\s*(?:[・\-\*●○■□◆◇▶►]\s*)?[「『][^「」『』]{1,80}[」』]\s*$")


def _mark_problem_lists(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    mode = ""
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if mode:
            if not line:
                continue
            item = _PROBLEM_ITEM if mode == "problem" else _QUOTED_ITEM
            if len(line) <= _MAX_CELL and item.search(line) is not None:
                marked[i] = True
                continue
            mode = ""
        if len(line) <= 80 and _PROBLEM_LEAD.search(line) is not None and (
                _FORWARD.search(line) is not None or "。" not in line):
            mode = "problem"
        elif len(line) <= 80 and _REPORTED_LEAD.search(line) is not None:
            mode = "reported"


def _mark_worry_lists(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    """The short lines under こんなお悩み…ありませんか？ up to a blank line or a sentence."""
    listing = False
    worries = 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if listing:
            if not line:
                listing = worries == 0  # blank lines before the first item (<ul>) do not end it
                continue
            if len(line) <= _WORRY_ITEM_MAX and "。" not in line[:-1]:
                marked[i] = True
                worries += 1
                continue
            listing = False
        if len(line) <= 80 and _WORRY_LEAD.search(line) is not None:
            listing, worries = True, 0


# □ 効き目を請け合ったり、専門医の推奨を掲げたりしていないか: a checklist item asking whether an ad
# does something (the claim words are what to look out for)
_CHECKLIST_ASKS = linear_re.compile(
    r"^\s*(?:[-*・]\s*)?[□☐☑✓✔]\s*[^\n]{0,160}(?:ていないか|ていませんか|てないか|てはいないか)[?？]?\s*$")


def _mark_faq_questions(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    for i, (s, e) in enumerate(lines):
        if marked[i] or e - s > _MAX_CELL:
            continue
        line = text[s:e]
        if (_FAQ_Q_LINE.search(line) is not None and _FAQ_A_MARK.search(line) is None
                and _QUESTION_END.search(line) is not None) or _CHECKLIST_ASKS.search(line) is not None:
            marked[i] = True


def _mark_tagged_comments(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    """受付の方が親切でした。（40代 女性）: a comment whose tag follows its last 。 is two
    sentences to the splitter, so the sentence filters see the tag alone; the whole line is
    judged here (a feel-only review or a consumer's complaint, see `usage_review`)."""
    for i, (s, e) in enumerate(lines):
        if marked[i] or e - s > _MAX_CELL:
            continue
        line = text[s:e].strip()
        if _TAG_AFTER_STOP.search(line) is not None and (usage_review(line) or complaint_report(line)):
            marked[i] = True


def _mark_result_cells(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    left = 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if _RESULT_HEADER.search(line) is not None:
            left = _RESULT_ROWS
        elif left > 0:
            left -= 1
            if _CHANGE_CELL.search(line) is not None:
                marked[i] = True


# 「これで若返る！」みたいな宣伝文句: a quote that ends in ！/？/。 is a sentence of its own to
# the sentence splitter, so the sentence filters never see the wording noun after it; the
# quote (and the words naming it) are marked here.
_WORDING_QUOTE = linear_re.compile(
    r"[「『][^「」『』\n]{1,60}?[!！?？。][」』](?:\s*(?:[、・]|や|とか)?\s*[「『][^「」『』\n]{1,60}[」』])*\s*(?:など|なんて)?"
    r"(?:という|といった|などの|のような|みたいな|などと|と)\s*(?:[^「」『』、。\n]{1,8}?(?:な|の))?"
    rf"(?:{words('ctx_wording')}|宣伝|広告|うた|謳)")


# 培養細胞の研究で、〜が減る傾向が示された。人での有効性はまだ示されていない: an animal or cell
# study, then a sentence saying the effect is not shown in people. The study's sentence
# reports research status, not a claim (group 1 is that sentence).
_ANIMAL_STUDY = linear_re.compile(
    # (or in one sentence: マウスでは〜を抑えたが、ヒトでの効果は確認されていない)
    rf"(?:^|[。！!\n])\s*([^。！!\n]*?(?:{words('ctx_preclinical')})[^。！!\n]*?"
    r"(?:[。！!]|(?:が|ものの|けれど|けれども|けど|一方(?:で)?)[、,]))\s*[^。！!\n]{0,40}?(?:"
    r"(?:ヒト|人間|人|患者|臨床)(?:で|に|へ|における|に対する|を対象と(?:した|する))(?:の)?(?:は|も)?[^。！!\n]{0,16}?"
    r"(?:(?:確認|証明|実証|検証|確立|示|確かめ)(?:さ|ら)?れて(?:いない|いません|おらず|おりません)|未確認|未検証"
    r"|確立して(?:いない|いません|おらず)"
    r"|(?:分|わ)かって(?:いない|いません|おらず)|明らかになって(?:いない|いません)|不明)"
    # 培養細胞を用いた試験（…）のデータは参考値です。化粧品の効能の根拠にはならない
    r"|(?:効能|効果|有効性)の(?:根拠|証明|裏付け)(?:に|と)(?:は|も)?(?:ならない|なりません|なり得ません|ならず))")
# 「肌が若くなりますか」という質問をよく受けますが、…と言えるデータはまだない / 司会「…若返るんです
# か？」担当「いえ、…お約束するものではありません」: a question someone asks, quoted, then
# denied on the same line. The quote (and the words reporting it) is a question, not a
# claim and not a customer's account (group 1).
_ASKED_DENIED = linear_re.compile(
    r"([「『][^「」『』\n]{1,60}?(?:か|の|[?？])[?？]?[」』](?:\s*(?:と|って)\s*(?:よく|たびたび|しばしば|時々|ときどき)?\s*"
    r"(?:聞かれ|訊かれ|尋ねられ|たずねられ|質問され|問われ)|\s*(?:という|との)\s*(?:ご質問|質問|お問い合わせ|問い合わせ|ご相談))?)"
    # (the denial in the same sentence: a disclaimer after a change told is no answer)
    r"[^\n。！!]{0,100}?(?:" + _PROOF_ABSENT +
    r"|(?:もの|わけ)では(?:ない|なく|ありません|ございません)|お?約束(?:は|でき|する|いたし)[^\n。]{0,8}?(?:ません|ない|かね)"
    r"|とは(?:言|い)え(?:ない|ません)|確認されて(?:いない|いません|おりません)"
    r"|(?:効果|効能|[^副]作用|働き|効き目)(?:は|も)(?:一切)?(?:ありません|ございません|ない|なく))")


# 原料を加えて48時間後のコラーゲン量を測った。これは培養した細胞で得た値で、化粧品の効能を示す
# ものではない: a lab measurement, then a sentence saying the data are from cells
# and show no effect of the product. The measurement's sentence reports a test (group 1).
_LAB_DATA_DISCLAIMED = linear_re.compile(
    r"(?:^|[。！!\n])\s*([^。！!\n]*?(?:添加|測定|定量|試験|培養)[^。！!\n]*?[。！!])\s*"
    r"(?:本|この|これらの|上記の?)?(?:データ|結果|試験)[^。！!\n]{0,30}?"
    rf"(?:{words('ctx_preclinical')})[^。！!\n]{{0,40}}?(?:効能|効果|有効性)[^。！!\n]{{0,10}}?"
    r"(?:を示す|を保証する|を意味する|の根拠と(?:なる|する))(?:もの|わけ)では(?:ありません|ない|なく|ございません)")


def _research_and_asked_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if any(w in text for w in ("ヒト", "人", "患者", "臨床", "根拠", "証明", "裏付け")):
        spans += [m.span(1) for m in _ANIMAL_STUDY.finditer(text)]
    if "ものでは" in text or "わけでは" in text:
        spans += [m.span(1) for m in _LAB_DATA_DISCLAIMED.finditer(text)]
    if "」" in text or "』" in text:
        spans += [m.span(1) for m in _ASKED_DENIED.finditer(text)]
    return spans


def mention_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of `text` that are items of a list or table declared forbidden
    (a claim there is mentioned, not made), the change cells of a business-results table,
    the reader's worries listed under a question (こんなお悩み…ありませんか？) and the
    questions of a checklist (□ …していないか). Sorted, non-overlapping."""
    lines, start = [], 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            lines.append((start, len(text)))
            break
        lines.append((start, end))
        start = end + 1
    marked = [False] * len(lines)
    in_block = False
    bare = False  # the lead names wording: its list may be bare lines
    seen_item = False
    ok_column = False  # the block is a table with a column of permitted wording
    bare_left = 0
    mark_next = False
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if mark_next and "。" not in line and len(line.strip()) <= _MAX_CELL:
            marked[i] = True  # the next cell of an NG row (its reason)
        mark_next = False
        if _MARKER_CELL.search(line) is not None:
            prev = text[lines[i - 1][0]:lines[i - 1][1]].strip() if i else ""
            if not prev or _PROSE_END.search(prev) is not None or _NAMES_WORDING.search(line) is not None:
                # a heading that is only the marker (<h3>NG</h3>) or names wording (NG表現): the
                # lines under it are its list
                marked[i] = in_block = bare = True
                seen_item, bare_left = False, _MAX_BARE
                continue
            for j in (i - 1, i - 2):  # the row's earlier cells
                if j >= 0 and lines[j][1] - lines[j][0] <= _MAX_CELL and text[lines[j][0]:lines[j][1]].strip():
                    marked[j] = True
            marked[i] = True
            continue
        if _MARKED.search(line) is not None:
            marked[i] = mark_next = True
            prev = lines[i - 1] if i else None
            if prev is not None and "。" not in text[prev[0]:prev[1]] and prev[1] - prev[0] <= _MAX_CELL:
                marked[i - 1] = True  # the row's label cell
        stripped = line.strip()
        if _NG_ROW.search(line) is not None and len(stripped) <= _MAX_CELL:
            marked[i] = True  # | 細胞を活性化 | 使えない | 理由 | (a Markdown row judged not usable)
        if _MYTH_LABEL.search(line) is not None and len(stripped) <= _MAX_CELL:
            marked[i] = True
        if _WORDING_LABEL.search(line) is not None and len(stripped) <= _MAX_CELL:
            marked[i] = True  # 疾病に関する表現：… (examples of a kind of wording)
        forward = _FORWARD.search(line) is not None and _FORBID.search(line) is not None
        if in_block and _RULE_LINE.search(line) is not None:
            continue  # the heading's underline
        if in_block:
            if not stripped:
                if seen_item:
                    in_block = False
                continue
            if forward and not seen_item:
                in_block = False  # the lead proper after its heading (次のような表現を用いない。)
            elif _OK_HEADING.search(line) is not None and _MAX_BARE - bare_left >= _HEADER_ROW:
                in_block = False  # permitted wording follows (not a header cell of the table)
            elif len(stripped) <= _MAX_CELL and (
                    _ITEM.search(line) is not None
                    or (bare and bare_left > 0 and _PROSE_END.search(stripped) is None)):
                if _OK_HEADING.search(line) is not None or _REWRITE_HEADER.search(line) is not None:
                    ok_column = True  # a header cell of permitted wording: a rewrite table
                marked[i] = seen_item = True
                bare_left -= 1
                continue
            elif not seen_item and _FORWARD.search(line) is not None:
                continue  # the lead's second sentence (以下は、…よく目にする表現です。)
            elif ok_column and bare_left > 0 and len(stripped) <= _REASON_CELL:
                bare_left -= 1  # a reason cell of a rewrite table: the rows go on
                continue
            else:
                in_block = False
        short = len(stripped) <= 40 and "。" not in stripped
        caution = _CAUTION.search(line) is not None and _WORDING.search(line) is not None and len(stripped) <= 60
        marker = _LEAD_MARKER.search(line) is not None and (short or _FORBID.search(line) is not None)
        header = _REWRITE_HEADER.search(line) is not None and any(
            _NAMES_WORDING.search(text[a:b]) is not None or _LEAD_MARKER.search(text[a:b]) is not None
            for a, b in lines[max(0, i - 3):i] if b - a <= 40)
        # 広告で使ってはいけない表現 / 避けたい言葉 (a heading that names wording and forbids it)
        named = short and (_FORBIDDEN_WORDING.search(line) is not None or _FLAGGED_WORDING.search(line) is not None)
        if marker or forward or caution or header or named:
            in_block, seen_item, ok_column = True, False, False
            bare = header or named or _MARKER_ONLY.search(line) is not None or (
                _NAMES_WORDING.search(line) is not None and _OK_HEADING.search(line) is None)
            bare_left = _MAX_BARE - (_HEADER_ROW if header else 0)
            if (marker or forward) and _INLINE_ITEMS.search(line) is not None:
                marked[i] = True  # the items follow the lead on its own line
    _mark_result_cells(text, lines, marked)
    _mark_referred_lists(text, lines, marked)
    _mark_tagged_comments(text, lines, marked)
    _mark_faq_questions(text, lines, marked)
    _mark_problem_lists(text, lines, marked)
    _mark_worry_lists(text, lines, marked)
    spans = [span for span, m in zip(lines, marked, strict=True) if m]
    quotes = [m.span() for m in _WORDING_QUOTE.finditer(text)] + _research_and_asked_spans(text)
    if quotes:
        spans = sorted(spans + quotes)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] + 1 >= s:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# --- a result stated as the advertiser's fact (a clinic's シミが消えます) --------------------------
# not hedged, researched or offered as one option; not a patient's account (a quote, an age or
# patient tag, a past or ongoing tense at the end); not a noun compound naming the treatment
# (若返り点滴, 育毛メニュー)
_RESULT_HEDGE = linear_re.compile(
    r"期待|目指|可能性|場合が|場合も|個人差|ことがあ|と言われ|といわれ|かもしれ|でしょう|報告|研究|目的|選択肢|症例|データ|論文|[?？]"
    # 薄毛を改善したい方に (the reader's wish, a list of who the treatment is for)
    r"|たい(?:方|人|[。、\n]|$)|方に|方へ|おすすめ"
    # やけどの跡が治る過程では、組織が作り直されます (how the body works, not the treatment's result)
    r"|過程|仕組み|しくみ|メカニズム|一般に|一般的に"
    # 注射部位の腫れや痛みは数日で治まることが多い (a side effect passing: a required disclosure)
    r"|ことが多|副作用|注射部位|施術部位|ダウンタイム|内出血"
    # シワを改善できる施術です (what a treatment is offered for, described)
    r"|(?:できる|られる|れる)(?:施術|治療|点滴|注射|メニュー|療法)")
_RESULT_ACCOUNT = linear_re.compile(r"[「『」』★☆]|\d0代|[(（][^()（）]{0,16}(?:\d{2}\s?(?:歳|才)|女性|男性|患者|様|さん)")
_RESULT_PAST = linear_re.compile(r"(?:た|ました|でした|だった|てた|てる|ている|ています)[^ぁ-ゖァ-ヺ一-龥A-Za-z0-9]*$")
_RESULT_NOUN = linear_re.compile(r"^\s*(?:因子|パワー|力|点滴|治療|効果|成分|作用|療法|注射|メニュー|コース|外来|導入|施術)")
# 若返り効果が現れます (the noun 効果, then a verb that states it appears: a predicate after all)
_RESULT_SHOWN = linear_re.compile(r"^\s*(?:効果|作用)(?:が|を|も)?(?:現れ|表れ|あらわれ|出|得られ|実感|発揮)")
_KANA = linear_re.compile(r"[ぁ-ゖ]")


def definite_result(matched: str, tail: str, sentence: str) -> bool:
    """The match is a predicate (it has kana: 消えます, not 若返り点滴) in a sentence that states
    it as a definite result: no hedge, no patient's account, no past or ongoing tense at its end."""
    return (_KANA.search(matched) is not None
            and (_RESULT_NOUN.search(tail) is None or _RESULT_SHOWN.search(tail) is not None)
            and _RESULT_HEDGE.search(sentence) is None and _RESULT_ACCOUNT.search(sentence) is None
            and _RESULT_PAST.search(sentence) is None)

