"""The `exocheck` command line (`main.main` is the entry point): `check`, `check-feed`, `rules`, `explain`, `serve`, `eval`."""
