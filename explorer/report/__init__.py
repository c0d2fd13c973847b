"""Peer benchmark briefings and slide decks: what they say and how they are drawn. No Qt here.

`content` decides what a briefing says (pure data: `content.model` describes a finished briefing as
frozen dataclasses, `content.briefing.build_briefing` makes one from a survey); `pdf` draws one as
an A4 PDF with reportlab; `slides` makes PowerPoint decks of a survey's charts with python-pptx;
`batch` writes the briefings of every firm of a survey. content imports neither pdf nor slides, and
pdf and slides do not import each other (import-linter contract in pyproject.toml).
"""
