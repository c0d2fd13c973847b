"""Everything that is not interaction: reading, the survey model, statistics. No Qt here."""
