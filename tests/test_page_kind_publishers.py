"""Page kind by who publishes: a writer who sells nothing (a personal review bought with
their own money, a public body's warning, a consumer centre's case, a hospital that does not
offer the treatment, a job advertisement) writes an article even when the page names prices,
applications and treatments; a seller's own column stays an ad."""

import pytest

from checker import check
from checker.judge.document import classify
from checker.models import Severity
from checker.text.normalize import normalize


def _kind(text: str, profile: str = "clinic") -> str:
    return classify(normalize(text).text, profile, "").kind


PERSONAL_REVIEW = """美容液を使ってみた記録
こんにちは。30代の会社員です。今日はドラッグストアで自分で買った美容液（30mL、税込3,980円）の話です。
お断り：これは自腹で買ったもので、メーカーから商品やお金はもらっていません。PRではありません。
■ 使い方
化粧水のあとに2プッシュ。配合成分は箱に書いてあります。
■ 使用感
とろみがあって、香りは控えめ。ポンプが最後まで使えるのが良かったです。
価格は5,000円を切るので続けやすいと思います。
"""

HEALTH_CENTRE = """美容目的の点滴について（市保健所からのお知らせ）
市内の方から、エクソソーム点滴の勧誘についてのご相談が保健所と消費生活センターに寄せられています。
このページは特定の医療機関や施術を推奨するものではありません。
申し込む前に、次の点を確認してください。
・費用の総額（1回20万円を超える例もあります）と解約の条件
・無料カウンセリングの当日に契約を迫られても、その場で契約しないこと
・クーリング・オフの対象かどうか
困ったときは消費者ホットライン188にご相談ください。
"""

CONSUMER_CASE = """相談事例：お試しのつもりが定期コースに
【相談の内容】初回980円の広告を見て申し込んだところ、2回目以降は1回8,980円（税込・送料無料）の定期コースだった。
解約するなら通常価格との差額8,000円を支払うよう言われた。
【センターの対応】消費生活センターがあっせんに入り、販売会社は請求を取り下げた。
【消費者へのアドバイス】申し込む前に、定期コースの回数と総額を確かめましょう。
"""

HOSPITAL_GUIDE = """再生医療について患者さんへ
当院では、細胞外小胞や培養上清を使う自費の治療を提供していません。
他院でこうした施術を受けた方は、受診の際にお知らせください。外来はご予約のうえお越しください。
承認された再生医療等製品による治療については、担当医にご相談ください。申し込む前に、費用と危険性の説明を受けることが大切です。
"""

JOB_AD = """看護師募集｜皮膚科クリニック
当院の外来で、点滴や施術の介助をお願いします。
募集要項
雇用形態：正職員
給与：月給 28万〜35万円
勤務時間：9時〜18時
福利厚生：社会保険完備
応募方法：下記フォームからご応募ください。
"""

PHARMACY_GUIDE = """薬剤師が教える美容液の選び方
この記事では、個別の商品を紹介しておりません。当薬局の取り扱い製品とも関係ありません。
パッケージの全成分表示を見ると、何が配合されているかがわかります。
「ヒト幹細胞培養液」が配合されていても、濃度は書かれていないことがほとんどです。
値段は2,500円ほどから1万8千円台まで幅があります。
"""

STAFF_HANDOUT = """スタッフ研修資料（社外秘）
対象：全店スタッフ　作成：本部 教育担当
当店ではヒト幹細胞培養液配合の美容液を施術に使い、店頭でも1本8,800円（税込）で販売しています。
お客様への説明で使わない言葉：若返り、シミが消える、細胞の活性化。
言い換え：肌にうるおいを与え、キメを整える美容液です。
"""

SOCIETY_QA = """一般の方へ：エクソソーム化粧品についてのQ&A
本会広報委員会が、皮膚科医の立場から中立的にお答えします。
Q. 配合量が多いほど効きますか？
A. 配合量と効果の関係は示されていません。全成分表示を確かめ、赤みやかゆみが出たら使うのをやめてください。
"""

FORUM_THREAD = """健康Q&A ＞ 美容医療
【質問】幹細胞の上清液の点滴を勧められました。受けても大丈夫でしょうか？
投稿者：みかん　閲覧数：1,204　回答数：2
「初回3万円、今週中にお申し込みなら2万円」と言われ、申し込むか迷っています。
回答者：看護師A　参考になった：12
承認された治療ではありません。費用の総額と副作用の説明を書面で受けてから決めてください。
"""

# an association's column about what a label means: products described, nobody selling
ASSOCIATION_COLUMN = """連載コラム「成分表示の読み方」第3回
執筆：化粧品技術者の会 広報委員会
美容液の箱に「エクソソーム配合」とあっても、全成分表示には培養液エキスの名前で書かれていることがほとんどです。
配合されているのはヒトの細胞を培養した液から得た成分で、保湿成分として配合される例が多く見られます。
内容量や配合量の書き方は製品ごとに違い、全成分の順番も配合の多い順とは限りません。粒子の数え方が書かれていない数字は、比べようがありません。
使い方の欄に「使用方法を守って」とあるのは、配合成分によって刺激を感じる人がいるからです。サロンの施術メニューで使われる品も、配合の表示は同じ決まりです。
化粧品の働きは角質層までにとどまり、肌を整える、うるおいを与えるといった範囲で表示されます。
「配合」とあれば多く入っていると受け取られがちですが、それは誤解です。配合量の多さと働きの大きさは別の話である。
"""

OWN_COLUMN = """エクソソーム点滴とは
エクソソームとは、細胞が分泌する小さな小胞のことである。研究者によると、細胞間の情報伝達に関わるとされる。
当院では、医師の診察のうえでエクソソーム点滴を行っています。料金は1回55,000円（税込）です。
詳しくは無料カウンセリングで。ご予約はこちら。
"""


@pytest.mark.parametrize("text", [PERSONAL_REVIEW, HEALTH_CENTRE, CONSUMER_CASE, HOSPITAL_GUIDE, JOB_AD, PHARMACY_GUIDE,
                                  STAFF_HANDOUT, SOCIETY_QA, FORUM_THREAD, ASSOCIATION_COLUMN],
                         ids=["personal-review", "health-centre", "consumer-case", "hospital-guide", "job-ad",
                              "pharmacy-guide", "staff-handout", "society-qa", "forum-thread", "association-column"])
def test_non_seller_pages_are_articles(text: str) -> None:
    assert _kind(text) == "article"


def test_seller_column_with_booking_stays_an_ad() -> None:
    assert _kind(OWN_COLUMN) == "ad"


def test_advice_before_applying_is_not_a_call() -> None:
    # a seller's column that also advises readers stays an ad; the advice is not a call either
    assert _kind(OWN_COLUMN + "申し込む前に、費用とリスクをご確認ください。") == "ad"


# A consumer centre's case, told in the centre's words: the offer and the promise it reports
# are the clinic's, not the writer's.
CENTRE_CASE_WITH_CLAIMS = """相談事例：点滴のコース契約
消費生活センターに寄せられた相談です。
広告には1回で肌が生まれ変わると書かれていた。説明の場で、この場で決めれば半額にすると勧められ、コースを申し込んだ。（40代・女性）
【消費者へのアドバイス】契約の前に、費用の総額と解約の条件を書面で確かめましょう。困ったときは消費者ホットライン188へ。
"""

# The same sentences in a clinic's own column with a booking call: an ad, claims kept.
CLINIC_COLUMN_WITH_CLAIMS = """当院のエクソソーム点滴
当院の点滴は1回で肌が生まれ変わります。この場で決めれば半額にします。
ご予約はこちら。
"""


def test_a_neutral_writers_article_reports_claims_at_info_only() -> None:
    report = check(CENTRE_CASE_WITH_CLAIMS, "clinic")
    assert report.document.kind == "article"
    assert report.document.neutral_writer
    assert "参考情報" in report.document.reason
    claims = [f for f in report.findings if not f.category.startswith("disclosure-")]
    assert claims, "the reported claims are still shown"
    assert {f.severity for f in claims} == {Severity.info}


def test_a_sellers_column_keeps_its_claims_severe() -> None:
    report = check(CLINIC_COLUMN_WITH_CLAIMS, "clinic")
    assert report.document.kind == "ad"
    assert not report.document.neutral_writer
    assert any(f.severity is not Severity.info for f in report.findings if not f.category.startswith("disclosure-"))


def test_an_article_without_a_neutral_publisher_is_lowered_one_step_only() -> None:
    # a health column with no publisher label: a claim it states is lowered to warning, not info
    text = ("エクソソームとは、細胞が分泌する小さな小胞のことである。研究者によると、細胞間の情報伝達に関わるとされる。"
            "一方で、こうした点滴でシミが消えるという声もあると報じられている。\n"
            "専門家は、効果の裏付けは十分ではないと指摘している。\n")
    report = check(text, "clinic")
    assert report.document.kind == "article"
    assert not report.document.neutral_writer
