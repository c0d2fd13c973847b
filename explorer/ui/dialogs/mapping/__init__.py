"""Parts of the mapping dialog: the column table model, its combo delegate, the question panel and
the small prompts (plain functions, so tests can replace them)."""
