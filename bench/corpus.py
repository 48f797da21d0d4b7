"""A realistic ad-copy corpus generated at run time from our own sentence templates.

Nothing here is copied from real ads or the dev corpus: the templates mix ordinary
product description with the kinds of claims exocheck flags, in the proportions a
long landing page has (mostly neutral text, a claim every few sentences)."""

from __future__ import annotations

import random

PRODUCTS = ["美容液", "クリーム", "化粧水", "サプリメント", "導入施術", "点滴", "マスク", "ジェル"]
SOURCES = ["ヒト脂肪由来", "臍帯由来", "歯髄由来", "植物由来", "ヒト骨髄由来"]
FEELINGS = ["しっとり", "さっぱり", "なめらか", "ふっくら", "みずみずしく"]
SEASONS = ["春", "夏", "秋", "冬", "季節の変わり目"]

NEUTRAL = [
    "{src}幹細胞培養液を配合した{prod}です。",
    "朝晩の洗顔後、適量を手に取り顔全体になじませてください。",
    "{season}の乾燥が気になる時期にも、{feel}とした使い心地です。",
    "香料・着色料は使用していません。",
    "容量は30mLで、約1か月分です。",
    "お肌に合わないときはご使用をおやめください。",
    "開封後はなるべく早くお使いください。",
    "当店では定期便もご用意しています。",
    "ご不明な点はお問い合わせ窓口までご連絡ください。",
    "角質層まで浸透し、{feel}と潤いを与えます。",
    "保湿成分として{src}エクソソームを含みます。",
    "製造は国内のGMP対応工場で行っています。",
    "使用感には個人差があります。",
    "スタッフが一人ひとりの肌状態を確認します。",
    "詳しくは下記の成分表をご覧ください。",
]
CLAIMS = [
    "副作用ゼロなので敏感肌でも安心です。",
    "細胞を活性化して肌を再生します。",
    "真皮まで浸透してシミが消える{prod}。",
    "業界No.1の実力を体感してください。",
    "たった1回で効果を実感できます。",
    "誰でも必ず10歳若返る{prod}です。",
    "医師も推薦する{src}エクソソーム。",
    "今だけ半額、先着10名様限定です。",
    "臨床試験で効果が証明されています。",
    "アトピーが治ると話題の{prod}です。",
    "刺激の心配は一切ありません。",
    "世界初の技術で作られた究極の{prod}。",
]


def sentence(rng: random.Random) -> str:
    pool = CLAIMS if rng.random() < 0.2 else NEUTRAL
    return rng.choice(pool).format(
        prod=rng.choice(PRODUCTS), src=rng.choice(SOURCES), feel=rng.choice(FEELINGS), season=rng.choice(SEASONS)
    )


def ad_copy(n_bytes: int, seed: int = 8) -> str:
    """About `n_bytes` of UTF-8 ad copy: paragraphs of 2-6 sentences, blank lines between."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n_bytes:
        para = "".join(sentence(rng) for _ in range(rng.randint(2, 6))) + "\n\n"
        parts.append(para)
        size += len(para.encode("utf-8"))
    return "".join(parts)


def unpunctuated_line(n_bytes: int) -> str:
    """One line with no sentence punctuation at all (the worst case for segmentation)."""
    unit = "幹細胞培養液配合美容液しっとりなめらか"
    return unit * (n_bytes // len(unit.encode("utf-8")) + 1)
