"""Around the check: files and folders, project configuration, suppressions, selectors, changed-only mode and baselines."""
