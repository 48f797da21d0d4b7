"""Stage 3, judge: whether a candidate is a claim in its context (negation, mention, hedge), what kind of page the text is, and which profile applies."""
