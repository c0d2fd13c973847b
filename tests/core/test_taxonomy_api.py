"""The public face of `explorer.core.taxonomy`: what it exports and what it never imports."""

from __future__ import annotations

import subprocess
import sys

import explorer.core.taxonomy as taxonomy


def test_every_exported_name_exists():
    for name in taxonomy.__all__:
        assert hasattr(taxonomy, name), name


def test_the_brief_functions_are_exported():
    expected = {
        "NaceCode", "parse_nace", "section_of", "division_title", "section_title", "divisions_in_section",
        "is_manufacturing", "tech_class", "parse_tech_label", "tech_label", "TECH_ORDER",
        "size_class", "parse_size_band", "size_class_from_band", "size_label", "SIZE_ORDER",
    }
    assert expected <= set(taxonomy.__all__)


def test_importing_the_taxonomy_pulls_in_no_qt_and_no_pandas():
    # Only what the taxonomy itself loads counts: parent packages are other people's business.
    code = (
        "import sys, explorer.core\n"
        "before = set(sys.modules)\n"
        "import explorer.core.taxonomy\n"
        "new = set(sys.modules) - before\n"
        "bad = [m for m in new if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'pandas', 'numpy')"
        " or m.startswith(('explorer.ui', 'explorer.app'))]\n"
        "print(','.join(sorted(bad)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
