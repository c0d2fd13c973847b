"""Views of the loaded survey: tables now, charts later."""
