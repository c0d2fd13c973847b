"""Dialogs: each one a small function or class the main window calls."""
