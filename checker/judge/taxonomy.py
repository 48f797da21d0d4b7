"""Category names from shared/taxonomy.md (a contract, never renamed), with the short Japanese
label the human-facing reports show and, for claims, what the category flags (docs/rules.md)."""

# (code, label, what it flags)
_CLAIMS = (
    ("safety-guarantee", "安全性の保証", "安全性の保証（副作用なし・リスクなし・安全性が高い）"),
    ("efficacy-guarantee", "効果の保証", "効果の保証（必ず・確実・100%・効果を保証）"),
    ("superlative", "最大級・No.1表現", "最大級・No.1・初・唯一の表現"),
    ("comparative", "比較優良", "他社・他院・他の治療との比較優良・誹謗"),
    ("penetration-overclaim", "浸透の過大表現", "角質層を超える浸透・到達、注記のない「浸透」"),
    ("medical-efficacy", "効能範囲の逸脱", "化粧品・健康食品の効能の範囲を超える表現（細胞・再生・若返り・シミ・発毛・身体機能）"),
    ("disease-treatment", "疾病の治療・予防", "病名・症状を挙げた治療・予防・改善の表現"),
    ("immediacy", "速効性", "速効性（即効・すぐに・1回で・数日で）"),
    ("universality", "万人への効果", "誰にでも・どんな状態にも効く"),
    ("stem-cell-misrepresentation", "幹細胞の誤認表示", "幹細胞そのものを含む・幹細胞治療と同じとする誤認表示"),
    ("evidence-claim", "根拠のない実証表現", "根拠のない証明・実証・データの表示"),
    ("endorsement", "医師等の推薦", "医師・医療機関・著名人の推薦"),
    ("approval-misrepresentation", "認可・公認の誤認", "国・厚労省・学会が承認・公認したかのような表示"),
    ("testimonial", "体験談", "体験談・口コミ・ビフォーアフター"),
    ("price-inducement", "価格・限定の訴求", "価格・期限・数量で急がせる表示"),
    ("ips-derived", "iPS/ES由来の訴求", "iPS/ES細胞・ヒト胚由来を売りにする表示"),
)
# (code, label): the items an ad is expected to state
_DISCLOSURES = (
    ("disclosure-source", "由来（細胞の種類・起源）"),
    ("disclosure-particle-count", "粒子数・濃度と測定法"),
    ("disclosure-purity", "純度・マーカー"),
    ("disclosure-function", "機能評価の内容と方法"),
    ("disclosure-manufacturing", "製造・安全管理"),
    ("disclosure-unapproved", "未承認医薬品等である旨"),
    ("disclosure-acquisition-route", "入手経路"),
    ("disclosure-domestic-approved", "国内承認品の有無"),
    ("disclosure-foreign-safety", "諸外国の安全性情報"),
    ("disclosure-relief-system", "救済制度の対象外である旨"),
    ("disclosure-cost", "費用"),
    ("disclosure-risks", "主なリスク・副作用"),
    ("disclosure-treatment-content", "通常必要な治療内容"),
    ("disclosure-contact", "問い合わせ先"),
    ("disclosure-ingredient-purpose", "成分の配合目的"),
)

CLAIM_CATEGORIES = tuple(code for code, _, _ in _CLAIMS)
DISCLOSURE_CATEGORIES = tuple(code for code, _ in _DISCLOSURES)
CHECK_CATEGORIES = (*CLAIM_CATEGORIES, *DISCLOSURE_CATEGORIES)
CATEGORY_LABELS = {code: label for code, label, *_ in (*_CLAIMS, *_DISCLOSURES)}
CATEGORY_TITLES = {code: title for code, _, title in _CLAIMS}
