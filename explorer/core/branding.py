"""Who hands a briefing over: the organisation, its logo, the advisor and an optional note.

Set once in Preferences (and saved with a session, or given as `report` options); printed on the
briefing's cover and key-points page, and the organisation is the PDF's author. Plain values:
whether a logo can be drawn is decided when the briefing is rendered.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

LOGO_SUFFIXES = (".png", ".svg")
MAX_TEXT = 200
MAX_NOTE = 1200


@dataclass(frozen=True)
class Branding:
    organisation: str = ""
    logo: str = ""          # path of a PNG or SVG file
    advisor: str = ""
    contact: str = ""       # the advisor's e-mail address or phone number
    note: str = ""          # the advisor's note on the key-points page

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))

    def to_json(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value}

    @classmethod
    def from_json(cls, data: object) -> "Branding":
        """Branding from a stored dictionary; anything that is not text is left out."""
        if not isinstance(data, dict):
            return cls()
        values = {}
        for field in fields(cls):
            value = data.get(field.name)
            if isinstance(value, str):
                values[field.name] = value.strip()[: MAX_NOTE if field.name == "note" else MAX_TEXT]
        return cls(**values)

    def merged(self, **overrides: str | None) -> "Branding":
        """This branding with the given fields replaced (None keeps a field as it is)."""
        current = asdict(self)
        current.update({key: value for key, value in overrides.items() if value is not None})
        return Branding.from_json(current)
