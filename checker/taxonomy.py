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
