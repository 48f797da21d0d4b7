"""Stage 1, text: bytes, files and web pages → the normalised, tokenised text the checker sees, with a map back to the user's characters."""
