"""How a briefing is drawn as an A4 PDF with reportlab: `render` lays out the pages of one
`content.model.Briefing` (cover, key points, a section per theme, the rounds, the method page)."""
