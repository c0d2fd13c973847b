"""Short names of the manufacturing divisions (NACE 10–33), for charts and slides.

The official titles ("Vervaardiging van producten van metaal, exclusief machines en apparaten")
do not fit beside a bar; cut, they all start alike ("Vervaardiging van …"). These are the
names people in the sector use, in Dutch and English; exports and tables keep the official titles.
"""

from __future__ import annotations

# division: (Dutch, English)
SHORT_DIVISIONS: dict[str, tuple[str, str]] = {
    "10": ("Voeding", "Food"),
    "11": ("Dranken", "Beverages"),
    "12": ("Tabak", "Tobacco"),
    "13": ("Textiel", "Textiles"),
    "14": ("Kleding", "Clothing"),
    "15": ("Leer en schoenen", "Leather and footwear"),
    "16": ("Hout en kurk", "Wood and cork"),
    "17": ("Papier en karton", "Paper and board"),
    "18": ("Drukkerijen", "Printing"),
    "19": ("Cokes en aardolie", "Coke and refined petroleum"),
    "20": ("Chemie", "Chemicals"),
    "21": ("Farmacie", "Pharmaceuticals"),
    "22": ("Rubber en kunststof", "Rubber and plastics"),
    "23": ("Glas, keramiek en beton", "Glass, ceramics, concrete"),
    "24": ("Basismetaal", "Basic metals"),
    "25": ("Metaalproducten", "Metal products"),
    "26": ("Elektronica en optiek", "Electronics and optics"),
    "27": ("Elektrische apparatuur", "Electrical equipment"),
    "28": ("Machinebouw", "Machinery"),
    "29": ("Auto's en aanhangwagens", "Motor vehicles"),
    "30": ("Overige transportmiddelen", "Other transport equipment"),
    "31": ("Meubels", "Furniture"),
    "32": ("Overige industrie", "Other manufacturing"),
    "33": ("Reparatie en installatie", "Repair and installation"),
}


def division_short_title(division: object, lang: str = "nl") -> str | None:
    """The short name of a manufacturing division; None outside 10–33 (the official title serves)."""
    entry = SHORT_DIVISIONS.get(str(division).strip().zfill(2))
    return entry[0 if lang == "nl" else 1] if entry else None
