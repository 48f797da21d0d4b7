"""Category names from shared/taxonomy.md: a contract, never renamed."""

CLAIM_CATEGORIES = (
    "safety-guarantee",
    "efficacy-guarantee",
    "superlative",
    "comparative",
    "penetration-overclaim",
    "medical-efficacy",
    "disease-treatment",
    "immediacy",
    "universality",
    "stem-cell-misrepresentation",
    "evidence-claim",
    "endorsement",
    "approval-misrepresentation",
    "testimonial",
    "price-inducement",
    "ips-derived",
)

DISCLOSURE_CATEGORIES = (
    "disclosure-source",
    "disclosure-particle-count",
    "disclosure-purity",
    "disclosure-function",
    "disclosure-manufacturing",
    "disclosure-unapproved",
    "disclosure-acquisition-route",
    "disclosure-domestic-approved",
    "disclosure-foreign-safety",
    "disclosure-relief-system",
    "disclosure-cost",
    "disclosure-risks",
    "disclosure-treatment-content",
    "disclosure-contact",
    "disclosure-ingredient-purpose",
)

# One line per claim category (what it flags), for the rule catalogue and the reports.
CATEGORY_TITLES = {
    "safety-guarantee": "安全性の保証（副作用なし・リスクなし・安全性が高い）",
    "efficacy-guarantee": "効果の保証（必ず・確実・100%・効果を保証）",
    "superlative": "最大級・No.1・初・唯一の表現",
    "comparative": "他社・他院・他の治療との比較優良・誹謗",
    "penetration-overclaim": "角質層を超える浸透・到達、注記のない「浸透」",
    "medical-efficacy": "化粧品・健康食品の効能の範囲を超える表現（細胞・再生・若返り・シミ・発毛・身体機能）",
    "disease-treatment": "病名・症状を挙げた治療・予防・改善の表現",
    "immediacy": "速効性（即効・すぐに・1回で・数日で）",
    "universality": "誰にでも・どんな状態にも効く",
    "stem-cell-misrepresentation": "幹細胞そのものを含む・幹細胞治療と同じとする誤認表示",
    "evidence-claim": "根拠のない証明・実証・データの表示",
    "endorsement": "医師・医療機関・著名人の推薦",
    "approval-misrepresentation": "国・厚労省・学会が承認・公認したかのような表示",
    "testimonial": "体験談・口コミ・ビフォーアフター",
    "price-inducement": "価格・期限・数量で急がせる表示",
    "ips-derived": "iPS/ES細胞・ヒト胚由来を売りにする表示",
}
