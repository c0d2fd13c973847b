"""Names in explorer/ui and explorer/app.py that vulture sees as unused but that are alive.

In vulture's whitelist form (read, never run): each name with who uses it. Qt and pyqtgraph call
overrides and read option fields, a module __getattr__ loads lazily, a reference keeps an object
alive, and the benchmarks and the disclosure tests (outside explorer/) drive the window through
a few methods.
"""

# Qt and pyqtgraph call these
dragEnterEvent  # MainWindow: a file dragged onto the window
dragMoveEvent
dropEvent
paintEvent  # ElidedCheckBox
hasHeightForWidth  # overview._ChartsLayout (QLayout)
hasChildren  # SectorTreeModel (QAbstractItemModel)
filterAcceptsRow  # QuestionFilterModel (QSortFilterProxyModel)
createEditor  # mapping.delegates.ChoiceDelegate (QStyledItemDelegate)
setEditorData
setModelData
updateEditorGeometry
textElideMode  # a field of QStyleOptionViewItem that ElidingDelegate sets and Qt reads when painting
isEmpty  # language._GapTranslator (QTranslator)
disambiguation  # a parameter of QTranslator.translate, kept for Qt's signature
viewTransformChanged  # charts.base.LabelLayer: pyqtgraph calls it when the view moves
tickStrings  # charts.numeric.ValueAxis (pyqtgraph AxisItem)

# Python calls these
__getattr__  # explorer/ui/charts/__init__.py (PEP 562): the chart classes are imported on first use
_proxy  # ChartBase: holds the pyqtgraph SignalProxy; without the reference it is collected and hover stops

# The benchmarks and the disclosure tests (outside explorer/) drive the window through these
graphics_view  # ChartBase: benchmarks/bench_filter_redraw.py times the chart's repaint
last_update_seconds  # FilterPanel: benchmarks/bench_filter_panel.py reports the count update's time
question_filters  # FilterPanel: benchmarks/bench_filter_panel.py adds question filters
describe  # FilterPanel: benchmarks/bench_filter_panel.py prints the filters it set
select_question  # QuestionExplorer: benchmarks/bench_window_filter.py, tests/disclosure/test_export_differencing_window.py
set_question  # CrosstabView, TrendView: benchmarks/bench_filter_redraw.py, tests/disclosure/test_export_differencing_window.py
set_peer_definition  # BenchmarkView: tests/disclosure/test_cross_release_window.py
option_column  # CrosstabModel: tests/disclosure/test_release_properties.py finds the released cells
stat_column
group_row
