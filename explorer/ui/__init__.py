"""The desktop window (Qt). Only this package and explorer.app import PySide6."""
