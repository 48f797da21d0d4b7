"""Stage 2, match: the checks (phrase rules and disclosures from rules/*.yaml), their lexicon and patterns, and finding candidates in a token stream (all regexes linear-time, RE2)."""
