"""The filter panel, driven by clicks: the specs it emits, the counts it shows, reset, scheme, language."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStyleOptionViewItem, QVBoxLayout, QWidget

from explorer.core.reading import ColumnInfo, LoadedTable, read_table
from explorer.core.survey import FilterSpec, Mapping, build_survey, filter_mask
from explorer.core.taxonomy import SIZE_ORDER
from explorer.ui.panels.filter_panel import FilterPanel
from explorer.ui.panels.filters.widgets import CountFormat

from filter_reading import counts_shown
from filter_specs import filter_counts, filters
from paths import ROOT, SAMPLES


@pytest.fixture(scope="module")

def ems():
    return build_survey(read_table(SAMPLES / "ems_2015_extract.xlsx"), use_profiles=False)


def shown_check(model, key: str):
    """The check box the sector tree shows for `key` (a section or division)."""
    return model.index_of(key).data(Qt.ItemDataRole.CheckStateRole)


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(SAMPLES / "association_reshoring_survey_surveymonkey.csv"), use_profiles=False)


@pytest.fixture
def make_panel(qtbot):
    """A panel in a 320×700 host, as narrow as the dock on a laptop screen."""
    hosts = []

    def make(survey, lang: str = "nl", scheme: str = "eu") -> FilterPanel:
        host = QWidget()
        host.resize(320, 700)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        panel = FilterPanel(lang)
        layout.addWidget(panel)
        qtbot.addWidget(host)
        hosts.append(host)  # qtbot keeps no strong reference
        if survey is not None:
            panel.set_survey(survey, scheme, lang)
        host.show()
        qtbot.waitExposed(host)
        return panel

    yield make
    hosts.clear()


def click_row(qtbot, panel: FilterPanel, key: str) -> None:
    """Click the text of a row of the sector tree (scrolled into view first)."""
    view, model = panel.sector_group.view, panel.sector_group.model
    index = model.index_of(key)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def click_indicator(qtbot, panel: FilterPanel, key: str) -> None:
    """Click the check box itself of a row of the sector tree."""
    view, model = panel.sector_group.view, panel.sector_group.model
    index = model.index_of(key)
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tick(qtbot, panel: FilterPanel, dimension: str, value: str) -> None:
    box = panel.group(dimension).box(value)
    panel.scroll.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def division_by_hand(survey) -> pd.Series:
    return survey.frame[survey.roles["sector"]].astype(str).str[:2]


# ---- selections -----------------------------------------------------------------------------


def test_checking_a_division_emits_a_spec_whose_mask_is_the_pandas_selection(qtbot, make_panel, ems):
    panel = make_panel(ems)
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        click_row(qtbot, panel, "25")
    spec = blocker.args[0]
    assert spec == filters(("sector", ("25",)))
    expected = (division_by_hand(ems) == "25").to_numpy()
    assert np.array_equal(filter_mask(ems, spec), expected)
    assert panel.selected_count() == int(expected.sum())

    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        click_indicator(qtbot, panel, "28")
    spec = blocker.args[0]
    assert spec.filters[0].values == ("25", "28")
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        tick(qtbot, panel, "size", "medium")
    spec = blocker.args[0]
    employees = ems.frame["employees"].astype(float)
    expected = (division_by_hand(ems).isin(["25", "28"]) & (employees >= 50) & (employees < 250)).to_numpy()
    assert np.array_equal(filter_mask(ems, spec), expected)
    assert np.array_equal(panel.selected_positions(), np.flatnonzero(expected))


def test_a_section_is_tristate_and_ticks_all_its_divisions(qtbot, make_panel, monkey):
    panel = make_panel(monkey)
    model = panel.sector_group.model
    divisions = model.leaf_keys()
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        click_indicator(qtbot, panel, "C")
    assert blocker.args[0] == filters(("sector", ("C",)))
    assert all(shown_check(model, d) == Qt.CheckState.Checked for d in divisions)
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        click_row(qtbot, panel, divisions[0])
    assert shown_check(model, "C") == Qt.CheckState.PartiallyChecked
    spec = blocker.args[0]
    assert spec.filters[0].values == tuple(divisions[1:])
    expected = division_by_hand(monkey).isin(divisions[1:]).to_numpy()
    assert np.array_equal(filter_mask(monkey, spec), expected)
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:  # partial → all
        click_row(qtbot, panel, "C")
    assert blocker.args[0].filters[0].values == ("C",)


def test_shown_counts_equal_filter_counts(qtbot, make_panel, monkey):
    panel = make_panel(monkey)
    fmt = CountFormat("nl")
    click_row(qtbot, panel, "28")
    tick(qtbot, panel, "size", "small")
    tick(qtbot, panel, "region", panel.group("region").values[0])
    spec = panel.spec()
    assert [f.dimension for f in spec.filters] == ["sector", "size", "region"]
    for dimension in ("size", "tech", "region"):
        counts = filter_counts(monkey, spec, "eu", dimension)
        assert counts_shown(panel.group(dimension)) == {v: fmt(n) for v, n in counts.items()}
    sectors = filter_counts(monkey, spec, "eu", "sector")
    model = panel.sector_group.model
    assert {key: model.count_text(key) for key in model.leaf_keys()} == {k: fmt(n) for k, n in sectors.items()}
    assert model.count_text("C") == fmt(sum(sectors.values()))
    assert panel.selected_label.text() == f"{panel.selected_count()} van 417 bedrijven"
    assert panel.selected_count() == int(filter_mask(monkey, spec).sum())


def test_reset_clears_every_filter(qtbot, make_panel, ems):
    panel = make_panel(ems)
    click_row(qtbot, panel, "25")
    tick(qtbot, panel, "tech", "high")
    tick(qtbot, panel, "region", "Spain")
    assert panel.reset_button.isEnabled()
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == FilterSpec() and panel.spec().is_empty
    assert not any(panel.group(d).selected() for d in ("size", "tech", "region"))
    assert panel.sector_group.selected() == ()
    assert shown_check(panel.sector_group.model, "C") == Qt.CheckState.Unchecked
    assert not panel.reset_button.isEnabled()
    assert panel.selected_label.text() == "2.450 van 2.450 bedrijven"
    assert panel.describe() == "Alle bedrijven"


def test_scheme_switch_changes_the_size_choices(qtbot, make_panel, ems):
    panel = make_panel(ems)
    size = panel.group("size")
    assert size.values == SIZE_ORDER["eu"]
    assert size.labels() == ("Micro (<10)", "Klein (10–49)", "Middelgroot (50–249)", "Groot (250+)")
    assert size.header.title_label.text() == "Grootteklasse (EU)"
    tick(qtbot, panel, "size", "small")
    tick(qtbot, panel, "tech", "low")
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        panel.set_scheme("ems")
    assert blocker.args[0] == filters(("tech", ("low",)))  # the eu size codes do not apply
    size = panel.group("size")
    assert size.values == SIZE_ORDER["ems"]
    assert size.labels()[-1] == "1000+ werknemers"
    assert size.header.title_label.text() == "Grootteklasse (EMS)"
    fmt = CountFormat("nl")
    counts = filter_counts(ems, panel.spec(), "ems", "size")
    assert counts_shown(size) == {v: fmt(n) for v, n in counts.items()}
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        tick(qtbot, panel, "size", "1000+")
    employees = ems.frame["employees"].astype(float).to_numpy()
    assert np.array_equal(filter_mask(ems, blocker.args[0], "ems"),
                          filter_mask(ems, filters(("tech", ("low",))), "ems") & (employees >= 1000))


def test_retranslate_changes_the_texts(qtbot, make_panel, ems):
    panel = make_panel(ems)
    click_row(qtbot, panel, "25")
    texts_nl = (panel.reset_button.text(), panel.selected_label.text(), panel.group("tech").labels(),
                panel.add_combo.itemText(0), panel.describe())
    model = panel.sector_group.model
    assert model.data(model.index_of("C")) == "C  Industrie"
    panel.retranslate("en")
    assert panel.reset_button.text() == "Reset filters"
    assert panel.selected_label.text() == f"{panel.selected_count()} of 2,450 firms"
    assert panel.group("tech").labels() == ("Low-tech", "Medium-low-tech", "Medium-high-tech", "High-tech")
    assert panel.group("size").header.title_label.text() == "Size class (EU)"
    assert panel.add_combo.itemText(0) == "+ add filter…"
    assert model.data(model.index_of("C")) == "C  Manufacturing"
    assert model.data(model.index_of("10")) == "10  Food"  # the curated short name (nace_short)
    assert panel.describe().startswith("Sector: NACE 25 Fabricated metal products")  # in full where it is read
    texts_en = (panel.reset_button.text(), panel.selected_label.text(), panel.group("tech").labels(),
                panel.add_combo.itemText(0), panel.describe())
    assert all(nl != en for nl, en in zip(texts_nl, texts_en))
    assert panel.spec() == filters(("sector", ("25",)))  # the filter itself is unchanged


def test_a_survey_without_a_sector_role_hides_the_tree(qtbot, make_panel):
    table = read_table(SAMPLES / "ems_2015_extract.xlsx")
    survey = build_survey(table, Mapping(roles={"sector": None}), use_profiles=False)
    assert survey.roles["sector"] is None
    panel = make_panel(survey)
    assert panel.sector_group.isHidden()
    assert panel.group("tech").isHidden()  # derived from the sector, so gone with it
    assert not panel.group("size").isHidden() and not panel.group("region").isHidden()
    tick(qtbot, panel, "size", "large")
    assert [f.dimension for f in panel.spec().filters] == ["size"]


def test_plain_sector_labels_show_as_a_flat_list(qtbot, make_panel):
    frame = pd.DataFrame({
        "Bedrijf": [f"B{i}" for i in range(12)],
        "Branche": pd.Categorical(["Machinebouw", "Metaalbewerking", "Houtverwerking"] * 4),
        "Werknemers": [5, 5, 5, 5, 20, 80, 300, 300, 20, 5, 80, 300],
    })
    table = LoadedTable(path="memory", sheet=None, sheets=(), format="generic", header_rows=1, frame=frame,
                        columns=tuple(ColumnInfo(name=c, question_text=c) for c in frame.columns), warnings=(),
                        sha256="0" * 64)
    survey = build_survey(table, Mapping(roles={"sector": "Branche", "size": "Werknemers"}), use_profiles=False)
    panel = make_panel(survey)
    model = panel.sector_group.model
    assert not panel.sector_group.view.rootIsDecorated()  # a flat list: no sections to fold
    assert model.leaf_keys() == ["Houtverwerking", "Machinebouw", "Metaalbewerking"]
    assert panel.sector_group.header.title_label.text() == "Sector"
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        click_row(qtbot, panel, "Machinebouw")
    spec = blocker.args[0]
    assert np.array_equal(filter_mask(survey, spec), (frame["Branche"] == "Machinebouw").to_numpy())
    assert counts_shown(panel.group("size")) == {"micro": "3", "small": "0", "medium": "0", "large": "1"}


def test_add_a_question_as_a_filter_and_remove_it(qtbot, make_panel, monkey):
    panel = make_panel(monkey)
    combo = panel.add_combo
    assert not combo.isHidden() and combo.count() > 1
    listed = [combo.itemData(i) for i in range(1, combo.count())]
    kinds = {q.key: q.kind for q in monkey.questions}
    assert {kinds[key] for key in listed} == {"single", "likert", "multi", "numeric"}
    question = next(q for q in monkey.questions if q.kind == "single")
    combo.activated.emit(combo.findData(question.key))  # what choosing the item does
    group = panel.group(question.key)
    assert group is not None and not group.isHidden() and panel.question_filters() == (question.key,)
    assert combo.findData(question.key) == -1 and combo.currentIndex() == 0
    assert group.values[: len(question.options)] == tuple(o for o in question.options if o in group.values)
    option = question.options[0]
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        tick(qtbot, panel, question.key, option)
    spec = blocker.args[0]
    expected = (monkey.frame[question.columns[0]].astype(object) == option).to_numpy()
    assert np.array_equal(filter_mask(monkey, spec), expected)
    fmt = CountFormat("nl")
    assert counts_shown(group) == {v: fmt(n) for v, n in filter_counts(monkey, spec, "eu", question.key).items()}
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        qtbot.mouseClick(group.header.remove_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == FilterSpec()
    assert panel.question_filters() == () and combo.findData(question.key) > 0


def test_set_spec_shows_a_saved_filter(qtbot, make_panel, monkey):
    panel = make_panel(monkey)
    question = next(q for q in monkey.questions if q.kind == "single")
    spec = FilterSpec.parse(["sector=C25", "size=small", f"{question.key}={question.options[1]}"])
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        panel.set_spec(spec)
    shown = blocker.args[0]
    assert [(f.dimension, f.values) for f in shown.filters] == [
        ("sector", ("25",)), ("size", ("small",)), (question.key, (question.options[1],))]
    assert np.array_equal(filter_mask(monkey, shown), filter_mask(monkey, spec))
    panel.set_spec(filters(("sector", ("C",))))
    assert panel.spec() == filters(("sector", ("C",)))
    panel.set_spec(FilterSpec.parse(["Size=Klein (10–49)", "tech=medium-low"]))  # written the CLI way
    assert [(f.dimension, f.values) for f in panel.spec().filters] == [("size", ("small",)),
                                                                       ("tech", ("medium-low",))]


def test_a_new_survey_starts_unfiltered(qtbot, make_panel, ems, monkey):
    panel = make_panel(ems)
    click_row(qtbot, panel, "25")
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        panel.set_survey(monkey, "eu", "nl")
    assert blocker.args[0] == FilterSpec() and panel.selected_count() == 417
    with qtbot.waitSignal(panel.sig_filter_changed):
        panel.set_survey(None)
    assert panel.scroll.isHidden() and not panel.empty_label.isHidden() and panel.selected_count() is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nothing_is_wider_than_a_narrow_dock(qtbot, make_panel, monkey, lang):
    panel = make_panel(monkey, lang)
    question = max((q for q in monkey.questions if q.kind in ("single", "likert")), key=lambda q: len(q.label))
    panel.add_question_filter(question.key)
    assert panel.content.minimumSizeHint().width() <= 300
    assert panel.minimumSizeHint().width() <= 320
    group = panel.group(question.key)
    long_box = max((group.box(v) for v in group.values), key=lambda b: len(b.text()))
    panel.scroll.ensureWidgetVisible(long_box)
    qtbot.wait(1)
    if long_box.fontMetrics().horizontalAdvance(long_box.text()) > long_box.width():
        option = QStyleOptionButton()  # the label as painted at the box's width
        long_box.initStyleOption(option)
        room = long_box.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, long_box).width()
        assert long_box.fontMetrics().elidedText(long_box.text(), Qt.TextElideMode.ElideRight, max(room, 0)).endswith("…")
    assert long_box.toolTip().startswith(long_box.text())


def test_no_pandas_before_a_survey_arrives(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from explorer.ui.panels.filter_panel import FilterPanel
        panel = FilterPanel("nl")
        print(",".join(m for m in ("pandas", "numpy", "babel") if m in sys.modules) or "-")
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "-"


def test_the_branch_arrow_folds_without_ticking_and_space_ticks(qtbot, make_panel, ems):
    panel = make_panel(ems)
    view, model = panel.sector_group.view, panel.sector_group.model
    section = model.index_of("C")
    assert view.isExpanded(section)  # one section: shown open
    height = view.height()
    specs = []
    panel.sig_filter_changed.connect(specs.append)
    rect = view.visualRect(section)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() - view.indentation() // 2,
                                                                             rect.center().y()))
    assert not view.isExpanded(section) and view.height() < height  # the tree shrinks to its rows
    assert specs == [] and shown_check(model, "C") == Qt.CheckState.Unchecked
    view.setFocus()
    view.setCurrentIndex(section)
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert blocker.args[0] == filters(("sector", ("C",)))


def test_a_multi_select_question_filters_by_the_options_ticked(qtbot, make_panel, monkey):
    question = next(q for q in monkey.questions if q.kind == "multi" and q.other_column is None)
    panel = make_panel(monkey)
    assert panel.add_question_filter(question.key)
    group = panel.group(question.key)
    assert group.values == question.options
    ticked, answered = monkey.ticks(question)
    shown = {o: int(c.replace(".", "")) for o, c in counts_shown(group).items()}
    assert shown == {o: int(ticked[:, i].sum()) for i, o in enumerate(question.options)}
    with qtbot.waitSignal(panel.sig_filter_changed) as blocker:
        tick(qtbot, panel, question.key, question.options[1])
    assert np.array_equal(filter_mask(monkey, blocker.args[0]), ticked[:, 1])
