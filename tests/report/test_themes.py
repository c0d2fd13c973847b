"""Questions land in the theme their wording names."""

import pytest

from explorer.report.content.themes import theme_of


@pytest.mark.parametrize("label, theme", [
    ("Wat zijn de belangrijkste motieven?", "motives"),
    ("Which motives play a role?", "motives"),
    ("Welke drempels ervaart u bij het terughalen van productie?", "barriers"),
    ("Overweegt uw bedrijf de komende twee jaar productie te verplaatsen?", "relocation"),
    ("backshoring", "relocation"),
    ("Houdt u meer voorraad aan dan vóór corona?", "supply"),
    ("Omzetdaling (%)", "other"),
])
def test_theme_of(label, theme):
    assert theme_of(label) == theme
