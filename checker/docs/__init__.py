"""Documentation and measurement generated from the checks' own data: docs/rules.md, the guidance-coverage table and `make eval`."""
