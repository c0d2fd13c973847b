"""Peer benchmark briefings: content and PDF rendering. No Qt here.

`model` describes a finished briefing as frozen dataclasses; `render` turns one into an A4 PDF.
"""
