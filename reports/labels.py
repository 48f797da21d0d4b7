"""Japanese labels for the human-facing reports (the JSON keeps the contract's codes)."""

from __future__ import annotations

CATEGORY_LABELS = {
    "safety-guarantee": "安全性の保証",
    "efficacy-guarantee": "効果の保証",
    "superlative": "最大級・No.1表現",
    "comparative": "比較優良",
    "penetration-overclaim": "浸透の過大表現",
    "medical-efficacy": "効能範囲の逸脱",
    "disease-treatment": "疾病の治療・予防",
    "immediacy": "速効性",
    "universality": "万人への効果",
    "stem-cell-misrepresentation": "幹細胞の誤認表示",
    "evidence-claim": "根拠のない実証表現",
    "endorsement": "医師等の推薦",
    "approval-misrepresentation": "認可・公認の誤認",
    "testimonial": "体験談",
    "price-inducement": "価格・限定の訴求",
    "ips-derived": "iPS/ES由来の訴求",
    "disclosure-source": "由来（細胞の種類・起源）",
    "disclosure-particle-count": "粒子数・濃度と測定法",
    "disclosure-purity": "純度・マーカー",
    "disclosure-function": "機能評価の内容と方法",
    "disclosure-manufacturing": "製造・安全管理",
    "disclosure-unapproved": "未承認医薬品等である旨",
    "disclosure-acquisition-route": "入手経路",
    "disclosure-domestic-approved": "国内承認品の有無",
    "disclosure-foreign-safety": "諸外国の安全性情報",
    "disclosure-relief-system": "救済制度の対象外である旨",
    "disclosure-cost": "費用",
    "disclosure-risks": "主なリスク・副作用",
    "disclosure-treatment-content": "通常必要な治療内容",
    "disclosure-contact": "問い合わせ先",
    "disclosure-ingredient-purpose": "成分の配合目的",
}
SEVERITY_LABELS = {"error": "違反の可能性大", "warning": "要確認", "info": "助言"}
PROFILE_LABELS = {"cosmetic": "化粧品", "supplement": "健康食品", "clinic": "クリニック（自由診療）"}
KIND_LABELS = {"ad": "広告", "article": "記事"}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)
