"""A realistic page mix for the speed benchmarks: the example pages plus generated landing
pages (LP), columns and FAQ pages, as .html, .md and .txt files.

Nothing is copied from real sites: the sentences are our own templates. Claim density
follows real copy rather than `bench.corpus.ad_copy` (a claim every ~70 characters):
an LP has a claim every 6-10 sentences, mostly in its headline, points and voices; a
column explains and hedges, with a claim every ~20 sentences; a FAQ answers plainly,
with a claim in about one answer in eight. Pages are 1.5-12 KB, most of them 3-6 KB.

    from bench.pages import page_mix
    pages = page_mix(350)  # [(name, suffix, bytes)], deterministic
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus import CLAIMS, FEELINGS, PRODUCTS, SEASONS, SOURCES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

BRANDS = ["ルミエクソ", "セルリーヴ", "エクシア", "ヴィタセル", "ミレニア", "アクアステム", "ノアール", "リベルタ"]
INGREDIENTS = ["ヒアルロン酸Na", "セラミドNP", "ナイアシンアミド", "グリセリン", "BG", "スクワラン", "トコフェロール",
               "パンテノール", "アラントイン", "加水分解コラーゲン", "ベタイン", "キサンタンガム"]
TOPICS = ["エクソソーム", "幹細胞培養上清液", "細胞外小胞", "ヒト幹細胞培養液", "再生医療"]

LP_NEUTRAL = [
    "{brand}の{prod}は、{src}幹細胞培養液を配合したスキンケアです。",
    "毎日のお手入れに取り入れやすい、軽いテクスチャーに仕上げました。",
    "{season}の乾燥が気になる時期にも、{feel}とした使い心地が続きます。",
    "香料・着色料・鉱物油は使用していません。",
    "容量は30mLで、朝晩のご使用で約1か月分です。",
    "洗顔後、化粧水の前に2〜3滴を手のひらに取り、顔全体になじませてください。",
    "乾燥が気になる目元や口元には、少量を重ねづけしてください。",
    "お肌に異常が生じていないかよく注意してご使用ください。",
    "傷やはれもの、湿しん等、異常のある部位にはお使いにならないでください。",
    "開封後は冷暗所で保管し、なるべく早くお使いください。",
    "定期便は2回目以降いつでも休止・解約できます。",
    "製造は国内の化粧品GMPに対応した工場で行っています。",
    "保湿成分として{src}エクソソーム（整肌成分）を含みます。",
    "使用感には個人差があります。",
    "ご注文から3営業日以内に発送いたします。",
    "送料は全国一律550円、5,000円以上のお買い上げで無料です。",
    "ギフト包装をご希望の方は、注文画面の備考欄にご記入ください。",
    "スポイト付きの遮光ボトルで、最後まで清潔にお使いいただけます。",
    "肌なじみのよい{feel}とした感触で、ベタつきが残りにくい処方です。",
    "パッチテストを実施していますが、すべての方に刺激が起こらないわけではありません。",
    "原料の{src}培養液は、ドナーの同意と検査を経たものを使用しています。",
    "エクソソームの粒子数は、ロットごとにナノ粒子解析で測定しています。",
    "キメを整え、肌にうるおいとハリを与えます。",
    "乾燥による小じわを目立たなくします（効能評価試験済み）。",
]
LP_CLAIMS = CLAIMS + [
    "細胞レベルで若返る、新発想の{prod}。",
    "たった3日でほうれい線が消えたと話題です。",
    "シワ・たるみを根本から改善します。",
    "医療機関でも使われている最高品質の{src}培養液。",
    "飲むだけで免疫力がアップし、病気に負けない体へ。",
]
COLUMN_NEUTRAL = [
    "{topic}は、細胞が分泌する直径50〜150nmほどの小さな小胞です。",
    "近年、{topic}を配合した化粧品や、施術として提供するクリニックが増えています。",
    "一方で、広告の表現には薬機法や医療広告ガイドラインの制約があります。",
    "化粧品で表示できる効能は、56項目の範囲に限られています。",
    "{topic}の働きについては、現在も基礎研究や臨床研究が続けられています。",
    "培養上清液には、成長因子やサイトカインなどさまざまな成分が含まれます。",
    "由来となる細胞の種類によって、含まれる成分の組成は異なります。",
    "製品を選ぶときは、原料の由来や品質管理の方法が開示されているかを確認しましょう。",
    "粒子数や濃度の表示は、測定方法によって数値が大きく変わることがあります。",
    "日本再生医療学会は、{topic}を用いた治療についての考え方を公表しています。",
    "施術を受ける場合は、費用やリスク、副作用の可能性について十分な説明を受けることが大切です。",
    "化粧品は、医薬品のように病気の治療を目的としたものではありません。",
    "効果の感じ方には個人差があり、誰にでも同じ結果が出るわけではありません。",
    "気になる症状がある場合は、まず皮膚科などの医療機関に相談してください。",
    "体験談だけで判断せず、成分や根拠を確かめることをおすすめします。",
    "{season}は肌の水分量が変化しやすく、保湿を見直すよい時期です。",
    "保湿の基本は、洗顔後すぐに水分と油分を補うことです。",
    "紫外線対策も、季節を問わず続けることが大切です。",
    "この記事では、{topic}の基礎知識と広告表示の注意点を整理します。",
    "細胞外小胞の研究は2000年代以降に急速に進みました。",
    "動物実験で組織修復を促すことが報告されていますが、ヒトでの検証はこれからです。",
    "広告で見かける「再生」「若返り」といった表現には注意が必要です。",
    "価格の安さだけでなく、製造所や問い合わせ窓口の情報も確認しましょう。",
    "なお、本記事は一般的な情報提供を目的としています。",
]
COLUMN_CLAIMS = [
    "{topic}で肌が再生し、シミもシワも消えます。",
    "エクソソーム点滴でがんが治ったという声もあります。",
    "当院の{topic}治療は副作用がなく安全です。",
    "業界No.1の実績を誇るクリニックです。",
]
FAQ = [
    ("{prod}はいつ使えばよいですか。", "朝晩の洗顔後、化粧水の前にお使いください。"),
    ("敏感肌でも使えますか。", "パッチテスト済みですが、すべての方に刺激が起こらないわけではありません。心配な方は腕の内側でお試しください。"),
    ("妊娠中でも使えますか。", "妊娠中・授乳中の方は、かかりつけの医師にご相談のうえお使いください。"),
    ("{src}の原料は安全ですか。", "ドナーの同意を得て、感染症検査を行った原料を使用しています。"),
    ("定期便の解約方法を教えてください。", "次回お届け日の10日前までに、マイページまたはお電話でお手続きください。"),
    ("返品はできますか。", "未開封の場合に限り、到着後8日以内であれば返品を承ります。"),
    ("生きた幹細胞は入っていますか。", "いいえ。幹細胞そのものは含まれておらず、培養液から細胞を取り除いた上清液を使用しています。"),
    ("施術の費用はいくらですか。", "1回33,000円（税込）です。診察料は別途かかります。"),
    ("施術にリスクはありますか。", "注射部位の内出血や腫れ、まれに発熱などが起こることがあります。詳しくは診察時にご説明します。"),
    ("どのくらいで効果を感じますか。", "感じ方には個人差があります。まずは1か月ほど続けてご様子をご覧ください。"),
    ("保存方法を教えてください。", "直射日光と高温多湿を避け、開封後は冷蔵庫での保管をおすすめします。"),
    ("ほかの化粧品と併用できますか。", "はい、普段お使いのスキンケアと併用いただけます。"),
    ("未承認の治療ですか。", "本施術に用いる製剤は国内で承認されたものではありません。入手経路や国内の承認状況は院内でご説明します。"),
    ("海外発送はしていますか。", "現在、国内のみの配送となっております。"),
    ("成分表はどこで確認できますか。", "商品ページの下部と外箱に全成分を記載しています。"),
]
FAQ_CLAIMS = [
    ("本当に効果がありますか。", "はい、誰でも必ず効果を実感できます。"),
    ("副作用はありますか。", "副作用は一切ありませんので、ご安心ください。"),
    ("ほかの製品との違いは何ですか。", "業界No.1の濃度で、他社製品より圧倒的に浸透します。"),
]


def _fill(rng: random.Random, template: str, brand: str) -> str:
    return template.format(prod=rng.choice(PRODUCTS), src=rng.choice(SOURCES), feel=rng.choice(FEELINGS),
                           season=rng.choice(SEASONS), topic=rng.choice(TOPICS), brand=brand)


def _sentences(rng: random.Random, neutral: list[str], claims: list[str], n: int, every: int, brand: str) -> str:
    """n sentences, about one claim per `every`."""
    return "".join(_fill(rng, rng.choice(claims if rng.random() < 1 / every else neutral), brand) for _ in range(n))


def _lp(rng: random.Random, brand: str, size: int) -> list[tuple[str, str]]:
    """(heading, paragraph) sections of a landing page."""
    sections = [("", _fill(rng, rng.choice(LP_CLAIMS), brand) + _sentences(rng, LP_NEUTRAL, LP_CLAIMS, 3, 8, brand))]
    headings = rng.sample(["ご使用方法", "こだわりの成分", "お客様の声", "安心の品質管理", "商品詳細", "お届けについて"], 6)
    n = 0
    while sum(len(h) + len(p) for h, p in sections) < size:
        n += 1
        heading = headings.pop() if headings and rng.random() < 0.5 else f"POINT {n}"
        body = _sentences(rng, LP_NEUTRAL, LP_CLAIMS, rng.randint(3, 7), rng.randint(6, 10), brand)
        if heading == "商品詳細":
            body += "全成分：" + "、".join(rng.sample(INGREDIENTS, 7)) + "。"
        sections.append((heading, body))
    return sections


def _column(rng: random.Random, brand: str, size: int) -> list[tuple[str, str]]:
    sections = []
    while sum(len(h) + len(p) for h, p in sections) < size:
        heading = rng.choice(["{topic}とは", "研究の現状", "広告表示の注意点", "製品の選び方", "施術を受ける前に", "まとめ"])
        sections.append((_fill(rng, heading, brand), _sentences(rng, COLUMN_NEUTRAL, COLUMN_CLAIMS, rng.randint(4, 9), 20, brand)))
    return sections


def _faq(rng: random.Random, brand: str, size: int) -> list[tuple[str, str]]:
    sections = []
    while sum(len(h) + len(p) for h, p in sections) < size:
        q, a = rng.choice(FAQ_CLAIMS if rng.random() < 1 / 8 else FAQ)
        sections.append(("Q. " + _fill(rng, q, brand), "A. " + _fill(rng, a, brand)))
    return sections


def _render(kind: str, suffix: str, title: str, sections: list[tuple[str, str]]) -> str:
    if suffix == ".html":
        body = "".join((f"<h2>{h}</h2>\n" if h else "") + f"<p>{p}</p>\n" for h, p in sections)
        return (f'<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><title>{title}</title></head>\n'
                f'<body><nav><a href="/">トップ</a> &gt; {kind}</nav>\n<main><h1>{title}</h1>\n{body}</main>\n'
                f"<footer><small>&copy; {title}</small></footer></body></html>\n")
    if suffix == ".md":
        return f"# {title}\n\n" + "".join((f"## {h}\n\n" if h else "") + f"{p}\n\n" for h, p in sections)
    return f"{title}\n\n" + "".join((f"{h}\n" if h else "") + f"{p}\n\n" for h, p in sections)


def generated_page(i: int, rng: random.Random) -> tuple[str, str, bytes]:
    """(name, suffix, content) of generated page i: 50 % LP, 25 % column, 25 % FAQ."""
    kind = ("lp", "lp", "column", "faq")[i % 4]
    suffix = (".html", ".md", ".txt")[rng.randrange(3)] if kind != "lp" else (".html", ".html", ".md", ".txt")[rng.randrange(4)]
    brand = rng.choice(BRANDS)
    size = int(min(12_000, max(1_500, rng.lognormvariate(8.2, 0.5))))  # characters; median ~3,600
    make = {"lp": _lp, "column": _column, "faq": _faq}[kind]
    title = {"lp": f"{brand} {rng.choice(PRODUCTS)}｜公式通販", "column": f"{rng.choice(TOPICS)}の基礎知識",
             "faq": f"{brand} よくあるご質問"}[kind]
    return f"{kind}-{i:04d}{suffix}", suffix, _render(kind, suffix, title, make(rng, brand, size)).encode()


def example_pages() -> list[tuple[str, str, bytes]]:
    return [(p.relative_to(EXAMPLES).as_posix(), p.suffix, p.read_bytes())
            for p in sorted(EXAMPLES.rglob("*")) if p.is_file() and p.suffix in (".html", ".md", ".txt")]


def page_mix(n: int = 350, seed: int = 16) -> list[tuple[str, str, bytes]]:
    """The example pages plus generated ones, n in all: (name, suffix, file bytes; the
    examples as stored, one of them Shift_JIS)."""
    rng = random.Random(seed)
    pages = example_pages()
    pages += [generated_page(i, rng) for i in range(max(0, n - len(pages)))]
    return pages


def write_pages(folder: Path, pages: list[tuple[str, str, bytes]]) -> list[Path]:
    paths = []
    for name, _, content in pages:
        path = folder / name.replace("/", "__")
        path.write_bytes(content)
        paths.append(path)
    return paths
