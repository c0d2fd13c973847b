"""What a briefing says: the firm's answers beside its released peer figures, the key points, the
themes and the firm's answers over rounds, as frozen dataclasses (`model`). Pure data: nothing here
imports reportlab, python-pptx or the drawing packages beside it."""
