"""Charts of survey summaries (pyqtgraph), their palette and their export.

    ChartView.show_summary(summary, lang, histogram=None)   # picks the chart for the question kind
    ChoiceChart / MultiChart / LikertChart / NumericChart .set_summary(summary, lang)
    export_png / export_svg / copy_to_clipboard (explorer.ui.charts.export)

Importing this package is cheap: pyqtgraph (and the modules that need it) load on first use of
a name below, so the window's start-up path does not pay for them (STYLE.md).
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "ChartBase": "explorer.ui.charts.base",
    "ChoiceChart": "explorer.ui.charts.bars",
    "MultiChart": "explorer.ui.charts.bars",
    "LikertChart": "explorer.ui.charts.likert",
    "NumericChart": "explorer.ui.charts.numeric",
    "ChartView": "explorer.ui.charts.view",
    "chart_class_for": "explorer.ui.charts.view",
    "ExportResult": "explorer.ui.charts.export",
    "export_png": "explorer.ui.charts.export",
    "export_svg": "explorer.ui.charts.export",
    "copy_to_clipboard": "explorer.ui.charts.export",
    "render_image": "explorer.ui.charts.export",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
