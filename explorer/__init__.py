"""Survey Explorer: manufacturing survey spreadsheets, understood and benchmarked."""

__version__ = "0.1.0"
