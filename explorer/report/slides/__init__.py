"""Slide decks with python-pptx: `spec` says what each slide shows (released figures, no drawing),
`powerpoint` draws the slides as native, editable charts and tables, and `deck` makes the deck of a
whole selection (the `slides` command and the window's Export ▸ Slides)."""
