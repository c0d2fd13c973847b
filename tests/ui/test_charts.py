"""The charts plot what `summarize` says, mark small groups, and export only what may leave the app.

Values are read back from the pyqtgraph items themselves (BarGraphItem.opts, ErrorBarItem.opts),
never from what the chart was asked to draw.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import string

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication

from explorer.core.disclosure import Reason
from explorer.core.reading import read_table
from explorer.core.survey import FilterSpec, Mapping, build_survey, summarize
from explorer.core.survey.distribution import summary_histogram
from explorer.ui.charts import palette, texts
from explorer.ui.charts.bars import LABEL_ROOM, ChoiceChart, MultiChart
from explorer.ui.charts.export import build_export_chart, copy_to_clipboard, export_png, export_svg
from explorer.ui.charts.likert import LikertChart
from explorer.ui.charts.numeric import NumericChart
from explorer.ui.charts.stacked import stack_offsets
from explorer.ui.charts.view import ChartView

from chart_reading import (
    axis_range, hatched_series, legend_text, notes_text, plot_items, plotted_values, row_labels,
    series_items, stacked_bars, whisker_item)
from paths import SAMPLES

MONKEY = SAMPLES / "association_reshoring_survey_surveymonkey.csv"
EMS = SAMPLES / "ems_2015_extract.xlsx"
FLANDERS = SAMPLES / "flanders_make_industry40_2021.xlsx"


@pytest.fixture(scope="module")
def monkey():
    return build_survey(read_table(MONKEY))


@pytest.fixture(scope="module")
def ems():
    return build_survey(read_table(EMS))


@pytest.fixture(scope="module")
def flanders():
    return build_survey(read_table(FLANDERS))


def key_of(survey, kind: str, index: int = 0) -> str:
    return [q for q in survey.questions if q.kind == kind][index].key


@pytest.fixture
def make_chart(qtbot):
    def make(cls, **kwargs):
        chart = cls(**kwargs)
        qtbot.addWidget(chart)
        chart.resize(1000, 620)
        chart.show()
        qtbot.waitExposed(chart)
        return chart

    return make


def widths_of(item) -> np.ndarray:
    return np.atleast_1d(np.asarray(item.opts["width"], dtype=float))


def ys_of(item) -> np.ndarray:
    return np.atleast_1d(np.asarray(item.opts["y"], dtype=float))


def whiskers(chart) -> list[tuple[float, float, float]]:
    """(y, low, high) of every whisker, in percent, read back from the ErrorBarItem."""
    opts = whisker_item(chart).opts
    x, y = np.asarray(opts["x"], dtype=float), np.asarray(opts["y"], dtype=float)
    lows = x - np.asarray(opts["left"], dtype=float)
    highs = x + np.asarray(opts["right"], dtype=float)
    return sorted(zip(y.tolist(), lows.tolist(), highs.tolist()))


# ---- choice (single, yes/no) ------------------------------------------------------------------------

def test_single_choice_bars_equal_the_shares_for_the_same_filter(monkey, make_chart):
    chart = make_chart(ChoiceChart)
    spec = FilterSpec.parse(["size=small"])
    summary = summarize(monkey, key_of(monkey, "single"), filters=spec)
    chart.set_summary(summary, "nl")
    [item] = series_items(chart)
    expected = [summary.total.shares[o] * 100 for o in summary.options]
    assert widths_of(item) == pytest.approx(expected)
    # options top to bottom in question order
    assert list(np.argsort(ys_of(item))) == list(range(len(summary.options)))
    assert plotted_values(chart) == pytest.approx(
        {("total", o): summary.total.shares[o] * 100 for o in summary.options})


def test_whiskers_equal_the_wilson_intervals(monkey, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(monkey, key_of(monkey, "single"))
    chart.set_summary(summary, "en")
    [item] = series_items(chart)
    expected = sorted((y, summary.total.ci[o][0] * 100, summary.total.ci[o][1] * 100)
                      for y, o in zip(ys_of(item), summary.options))
    got = whiskers(chart)
    assert len(got) == len(expected)
    for (y1, lo1, hi1), (y2, lo2, hi2) in zip(got, expected):
        assert y1 == pytest.approx(y2) and lo1 == pytest.approx(lo2) and hi1 == pytest.approx(hi2)


def test_grouped_bars_one_series_per_group_with_n_in_the_legend(monkey, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(monkey, key_of(monkey, "single"), by="size")
    chart.set_summary(summary, "nl")
    items = series_items(chart)
    assert chart.mode() == "options"
    assert len(items) == len(summary.groups)
    for item, group in zip(items, summary.groups):
        assert widths_of(item) == pytest.approx([group.shares[o] * 100 for o in summary.options])
    legend = legend_text(chart)
    for group in summary.groups:
        assert f"n&nbsp;=&nbsp;{texts.format_count(group.n, 'nl')}" in legend
    # one whisker per bar
    assert len(whiskers(chart)) == len(summary.groups) * len(summary.options)


def test_yes_no_split_by_size_shows_yes_per_group_with_n(ems, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshoring", by="size", scheme="ems")
    chart.set_summary(summary, "en")
    assert chart.mode() == "rows"
    [item] = series_items(chart)
    rows = [summary.total, *summary.groups]
    yes = summary.options[0]
    assert widths_of(item) == pytest.approx([g.shares[yes] * 100 for g in rows])
    labels = row_labels(chart)
    assert labels[0].startswith("Total")
    for label, group in zip(labels, rows):
        assert f"n = {texts.format_count(group.n, 'en')}" in label
    # the reference figures of DESIGN.md: 4.3 % overall, 2.5 % to 7.1 % by size
    assert widths_of(item)[0] == pytest.approx(4.3, abs=0.05)
    assert widths_of(item)[1] == pytest.approx(2.5, abs=0.05)
    assert widths_of(item)[-1] == pytest.approx(7.1, abs=0.05)


def test_weighted_summaries_show_effective_n(ems, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshoring", by="tech", weighted=True)
    chart.set_summary(summary, "en")
    assert all("effective" in label for label in row_labels(chart))
    assert "effective" in notes_text(chart)


def test_many_groups_stack_instead_of_crowding(ems, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshored_from", by="sector")
    chart.set_summary(summary, "nl")
    assert chart.mode() == "stacked"
    y, x0, widths = stacked_bars(chart).segments()
    rows = [summary.total, *summary.groups]
    for r, group in enumerate(rows):
        if group.n:
            assert widths[r].sum() == pytest.approx(100)
            assert widths[r] == pytest.approx([group.shares[o] * 100 for o in summary.options])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sectors_are_named_by_their_short_names_not_cut(ems, make_chart, lang):
    """'25 Metaalproducten' beside a bar, not '25 Vervaardiging van producten van metaal, exclusief'."""
    from explorer.core.taxonomy.nace_short import SHORT_DIVISIONS

    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshored_from", by="sector")
    chart.set_summary(summary, lang)
    names = [label.split("\n")[0].split(" · ")[0] for label in row_labels(chart)]  # the name, not its n
    groups = [g.group for g in summary.groups]
    assert groups and set(groups) <= set(SHORT_DIVISIONS)
    expected = [f"{code} {SHORT_DIVISIONS[code][0 if lang == 'nl' else 1]}" for code in groups]
    assert names[1:] == expected


# ---- multi-select -----------------------------------------------------------------------------------

def test_multi_select_bars_sorted_by_share(monkey, make_chart):
    chart = make_chart(MultiChart)
    summary = summarize(monkey, key_of(monkey, "multi"))
    chart.set_summary(summary, "nl")
    [item] = series_items(chart)
    order = np.argsort(ys_of(item))  # top to bottom
    shown = widths_of(item)[order]
    assert list(shown) == sorted(shown, reverse=True)
    expected = sorted((summary.total.shares[o] * 100 for o in summary.options), reverse=True)
    assert list(shown) == pytest.approx(expected)
    labels = [text for text in row_labels(chart)]
    top = max(summary.options, key=lambda o: summary.total.shares[o])
    assert labels[0].replace("\n", " ").startswith(top[:15])


def test_multi_select_groups_follow_the_total_order(ems, make_chart):
    chart = make_chart(MultiChart)
    summary = summarize(ems, "motive", by="tech")
    chart.set_summary(summary, "en")
    order = sorted(summary.options, key=lambda o: -summary.total.shares[o])
    values = plotted_values(chart)
    for item, group in zip(series_items(chart), summary.groups):
        y = ys_of(item)
        by_row = [widths_of(item)[i] for i in np.argsort(y)]
        assert by_row == pytest.approx([group.shares[o] * 100 for o in order])
        for option in order:
            assert values[(group.group, option)] == pytest.approx(group.shares[option] * 100)


# ---- Likert -------------------------------------------------------------------------------------------

def test_likert_segments_sum_to_100_and_diverge_around_neutral(flanders, make_chart):
    chart = make_chart(LikertChart)
    summary = summarize(flanders, key_of(flanders, "likert"), by="size")
    chart.set_summary(summary, "nl")
    y, x0, widths = stacked_bars(chart).segments()
    rows = [summary.total, *summary.groups]
    assert widths.shape == (len(rows), len(summary.options))
    for r, group in enumerate(rows):
        assert widths[r].sum() == pytest.approx(100)
        assert widths[r] == pytest.approx([group.shares[o] * 100 for o in summary.options])
        neutral = widths[r, 2]
        assert x0[r, 2] == pytest.approx(-neutral / 2)                 # neutral centred on 0
        assert x0[r, 1] + widths[r, 1] == pytest.approx(-neutral / 2)  # disagree ends where neutral begins
        assert x0[r, 0] + widths[r, 0] == pytest.approx(x0[r, 1])
        assert x0[r, 3] == pytest.approx(neutral / 2)                  # agree starts right of neutral


def test_a_likert_grid_set_in_the_mapping(monkey, make_chart):
    """SurveyMonkey's grid ('Helemaal mee oneens' … 'Helemaal mee eens') made Likert by the user."""
    key = next(q.key for q in monkey.questions if "stellingen" in q.key)
    order = ("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens")
    survey = build_survey(read_table(MONKEY), Mapping(kinds={key: "likert"}, option_orders={key: order}))
    summary = summarize(survey, key, by="size")
    chart = make_chart(LikertChart)
    chart.set_summary(summary, "en")
    _, _, widths = stacked_bars(chart).segments()
    assert widths.sum(axis=1) == pytest.approx(np.full(widths.shape[0], 100.0))


def test_stack_offsets_without_neutral():
    widths = np.array([[10.0, 20.0, 30.0, 40.0]])
    x0 = stack_offsets(widths, diverging=True)
    assert x0[0].tolist() == [-30.0, -20.0, 0.0, 30.0]
    assert stack_offsets(widths, diverging=False)[0].tolist() == [0.0, 10.0, 30.0, 60.0]


# ---- numeric -----------------------------------------------------------------------------------------

def test_numeric_histogram_and_boxes(monkey, make_chart):
    chart = make_chart(NumericChart)
    key = key_of(monkey, "numeric")
    summary = summarize(monkey, key, by="size", filters=FilterSpec.parse(["region=Limburg"])
                        if "Limburg" in set(monkey.dimension("region").cat.categories) else None)
    histogram = summary_histogram(monkey, summary)
    chart.set_summary(summary, "nl", histogram=histogram)
    values = plotted_values(chart)
    assert values["bins"] == pytest.approx(histogram.shares * 100)
    assert int(histogram.counts.sum()) == summary.total.n
    for group in [summary.total, *summary.groups]:
        if group.n:
            assert values[(group.group, "q1")] == pytest.approx(group.numeric.q1)
            assert values[(group.group, "median")] == pytest.approx(group.numeric.median)
            assert values[(group.group, "q3")] == pytest.approx(group.numeric.q3)
    assert "n = " in row_labels(chart)[0]


def test_numeric_without_histogram_says_so(monkey, make_chart):
    chart = make_chart(NumericChart)
    chart.set_summary(summarize(monkey, key_of(monkey, "numeric")), "en")
    assert "No distribution" in notes_text(chart)


# ---- small groups, in place, hover, languages ---------------------------------------------------------

def test_small_groups_are_marked_not_hidden(monkey, make_chart):
    chart = make_chart(MultiChart)
    summary = summarize(monkey, key_of(monkey, "multi"), by="size")
    chart.set_summary(summary, "nl")
    marks = [chart._mark(g.n) for g in summary.groups]
    assert len(series_items(chart)) == len(summary.groups)  # every group drawn
    for hatched, group in zip(hatched_series(chart), summary.groups):
        assert hatched == (5 <= group.n < 30)
    assert ("small" in marks) == ("Gearceerd" in notes_text(chart))
    # raise the thresholds: every group is now under the minimum, shown grey and labelled
    chart.set_min_n(1000, 2000)
    legend = legend_text(chart)
    for group in summary.groups:
        assert "(&lt;&nbsp;1000)" in legend
    assert "Grijs" in notes_text(chart)
    fills = {item.opts["brush"].color().name().upper() for item in series_items(chart)}
    assert not fills & {c.upper() for c in palette.SERIES}  # no series colour left: all greyed


def test_tiny_groups_are_labelled_in_rows(ems, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshored_from", by="sector")
    chart.set_summary(summary, "en")
    tiny = [g for g in summary.groups if 0 < g.n < 5]
    assert tiny, "the EMS sample has sectors with fewer than 5 backshoring firms"
    labels = row_labels(chart)
    for group in tiny:
        assert any(f"n = {group.n} (< 5)" in label for label in labels)
    assert "fewer than 5" in notes_text(chart)


def test_items_are_updated_in_place(monkey, make_chart):
    chart = make_chart(ChoiceChart)
    key = key_of(monkey, "single")
    chart.set_summary(summarize(monkey, key, by="size"), "nl")
    before = list(series_items(chart))
    whisker = whisker_item(chart)
    count = len(plot_items(chart)[0].items)
    for spec in (["size=small"], ["size=medium"], [], ["size=large"]):
        chart.set_summary(summarize(monkey, key, by="size", filters=FilterSpec.parse(spec)), "nl")
    chart.set_summary(summarize(monkey, key, by="size"), "nl")
    assert series_items(chart) == before
    assert whisker_item(chart) is whisker
    assert len(plot_items(chart)[0].items) == count
    low, upper = axis_range(chart)  # set by the chart itself from the figures, never autoranged
    assert plot_items(chart)[0].getViewBox().viewRange()[0] == pytest.approx([-upper * 0.01,
                                                                               upper * (1 + LABEL_ROOM)])


def test_hover_text_has_value_n_and_interval(monkey, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(monkey, key_of(monkey, "single"))
    chart.set_summary(summary, "en")
    [item] = series_items(chart)
    option = summary.options[0]
    y = ys_of(item)[0]
    text = chart.tooltip_at(widths_of(item)[0] / 2, y)
    share = summary.total.shares[option]
    assert f": {texts.format_percent(share, 'en')}<br>" in text
    lo, hi = summary.total.ci[option]
    places = texts.percent_decimals(share)  # an interval in its share's precision
    assert f"{texts.format_percent(lo, 'en', places)} – {texts.format_percent(hi, 'en', places)}" in text
    assert f"n = {summary.total.n}" in text
    assert chart.tooltip_at(99, 1e6) is None


def test_mouse_moves_over_the_plot_do_not_fail(monkey, make_chart, qtbot):
    chart = make_chart(LikertChart)
    survey_key = key_of(monkey, "single")  # any summary; the Likert chart refuses it
    with pytest.raises(ValueError):
        chart.set_summary(summarize(monkey, survey_key), "nl")
    chart = make_chart(ChoiceChart)
    chart.set_summary(summarize(monkey, survey_key), "nl")
    box = plot_items(chart)[0].getViewBox()
    centre = box.sceneBoundingRect().center()
    chart._on_scene_mouse_moved((centre,))
    chart._on_scene_mouse_moved((QPointF(-50, -50),))


def test_labels_follow_the_language(ems, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshoring", by="tech")
    chart.set_summary(summary, "nl")
    assert row_labels(chart)[0].startswith("Totaal")
    assert any("Hoogtechnologisch" in label for label in row_labels(chart))
    assert any("," in text for _, _, text in chart.value_labels())
    chart.set_summary(summary, "en")
    assert row_labels(chart)[0].startswith("Total")
    assert any("High-tech" in label for label in row_labels(chart))
    assert not any("," in text for _, _, text in chart.value_labels())


def test_an_empty_selection_shows_a_message(ems, make_chart):
    chart = make_chart(ChoiceChart)
    summary = summarize(ems, "backshored_from", filters=FilterSpec.parse(["sector=19"]))
    assert summary.total.n == 0
    chart.set_summary(summary, "en")
    assert chart._empty_item is not None and chart._empty_item.isVisible()
    assert widths_of(series_items(chart)[0]) == pytest.approx([0, 0])


def test_chart_view_picks_the_chart_for_the_kind(monkey, ems, flanders, qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    cases = [(monkey, key_of(monkey, "single"), ChoiceChart), (ems, "backshoring", ChoiceChart),
             (monkey, key_of(monkey, "multi"), MultiChart), (flanders, key_of(flanders, "likert"), LikertChart),
             (monkey, key_of(monkey, "numeric"), NumericChart)]
    for survey, key, cls in cases:
        summary = summarize(survey, key)
        chart = view.show_summary(summary, "nl")
        assert isinstance(chart, cls) and view.current_chart() is chart and chart.summary is summary
    first = view.show_summary(summarize(monkey, key_of(monkey, "single")), "nl")
    assert view.show_summary(summarize(ems, "backshoring"), "nl") is first  # one widget per kind, reused
    text_question = next(q for q in build_survey(read_table(SAMPLES / "fedustria_quick_survey_2021.csv")).questions
                         if q.kind == "text")
    fake = dataclasses.replace(summarize(monkey, key_of(monkey, "single")), question=text_question)
    assert view.show_summary(fake, "en") is None and view.current_chart() is None


# ---- palette and texts ----------------------------------------------------------------------------------

def test_palette_is_readable():
    for colour in palette.SERIES[:6]:
        assert palette.contrast_ratio(colour, palette.BACKGROUND) >= 1.9  # a bar stands out from the paper
    for fill in (*palette.SERIES, *palette.likert_colours(5), palette.LIKERT_NEUTRAL):
        assert palette.contrast_ratio(fill, palette.text_on(fill)) >= 4.5  # WCAG AA for the labels on it
    assert palette.contrast_ratio(palette.MUTED_INK, palette.BACKGROUND) >= 4.5
    likert = palette.likert_colours(5)
    assert likert[2] == palette.LIKERT_NEUTRAL and len(set(likert)) == 5
    assert len(palette.likert_colours(4)) == 4 and palette.LIKERT_NEUTRAL not in palette.likert_colours(4)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(texts.MESSAGES))
def test_chart_texts_have_both_languages_with_the_same_placeholders(key):
    entry = texts.MESSAGES[key]
    assert set(entry) == {"nl", "en"} and all(entry[lang].strip() for lang in entry)
    assert placeholders(entry["nl"]) == placeholders(entry["en"])


def test_every_disclosure_reason_is_translated():
    for reason in Reason:
        assert texts.reason_text(reason, "nl") and texts.reason_text(reason, "en")


# ---- export ------------------------------------------------------------------------------------------

def test_export_png_and_svg_with_caption(ems, tmp_path, qtbot):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    summary = summarize(ems, "backshoring", by="sector", filters=FilterSpec.parse(["size=large"]))
    when = datetime.date(2025, 11, 22)
    png = export_png(summary, tmp_path / "chart.png", lang="nl", filter_text="Grootteklasse: groot", when=when)
    assert png.ok, png.reason
    data = (tmp_path / "chart.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert png.image.width() == 2 * 1000  # 2× scale
    for part in ("backshoring", "Grootteklasse: groot", "n = ", "2025-11-22"):
        assert part in png.caption
    svg = export_svg(summary, tmp_path / "chart.svg", lang="en", when=when)
    assert svg.ok, svg.reason
    text = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "2025-11-22" in text
    assert "<image" not in text  # vector, not a screenshot inside an SVG
    assert not list(tmp_path.glob("*.tmp")) and sorted(p.name for p in tmp_path.iterdir()) == ["chart.png",
                                                                                              "chart.svg"]


def test_exported_chart_shows_c_for_groups_that_may_not_leave(ems, qtbot):
    summary = summarize(ems, "backshoring", by="sector")
    chart, result = build_export_chart(summary, lang="en")
    try:
        assert result.ok
        assert any("(nearly) all firms gave the same answer" in note for note in result.notes)
        values = plotted_values(chart)
        rows = [summary.total, *summary.groups]
        hidden = [g for g in rows if math.isnan(values[(g.group, summary.options[0])])]
        assert hidden and all(g.n < 5 or min(g.counts.values()) <= 2 or g in summary.groups for g in hidden)
        c_labels = [text for _, _, text in chart.value_labels() if text == "c"]
        assert len(c_labels) == len(hidden)
        for group in rows:
            if group.n < 5:
                assert any("n < 5" in label for label in row_labels(chart))
    finally:
        chart.deleteLater()


def test_refused_export_writes_nothing(ems, tmp_path, qtbot):
    summary = summarize(ems, "backshoring", filters=FilterSpec.parse(["sector=14"]))
    result = export_png(summary, tmp_path / "no.png", lang="nl")
    assert not result.ok and result.reason
    assert not (tmp_path / "no.png").exists()


def test_unwritable_target_gives_a_reason(monkey, tmp_path, qtbot):
    summary = summarize(monkey, key_of(monkey, "single"))
    result = export_png(summary, tmp_path / "missing-folder" / "chart.png", lang="en")
    assert not result.ok and "could not be saved" in result.reason


def test_export_from_a_chart_widget_and_to_the_clipboard(flanders, make_chart):
    chart = make_chart(LikertChart)
    summary = summarize(flanders, key_of(flanders, "likert"), by="tech")
    chart.set_summary(summary, "nl")
    result = copy_to_clipboard(chart, filter_text="alle bedrijven")
    assert result.ok, result.reason
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= 1000
    assert "alle bedrijven" in QGuiApplication.clipboard().text()
    # the chart on screen is untouched
    assert chart.summary is summary and not chart.export_mode


def test_numeric_export_uses_rounded_quartiles(monkey, tmp_path, qtbot):
    summary = summarize(monkey, key_of(monkey, "numeric"), by="size")
    histogram = summary_histogram(monkey, summary)
    chart, result = build_export_chart(summary, lang="en", histogram=histogram)
    try:
        values = plotted_values(chart)
        median = values[("total", "median")]
        assert median == float(f"{median:.1e}")
    finally:
        chart.deleteLater()
    assert export_png(summary, tmp_path / "numeric.png", histogram=histogram).ok


def test_a_small_share_gets_an_axis_that_fits_and_the_whole_scale_is_one_click_away(ems, make_chart, qtbot):
    """EMS backshoring, 4.3 % of 2,450 firms (report 002): a bar on 0–6 %, not a sliver on 0–100 %."""
    from explorer.ui.charts.view import ChartView

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1000, 620)
    view.show()
    summary = summarize(ems, "backshoring", by="size")
    chart = view.show_summary(summary, "en")
    highest = max(max(g.shares["yes"], g.ci["yes"][1]) for g in summary.groups) * 100
    low, upper = axis_range(chart)
    assert highest <= upper <= 2 * highest + 2  # fits the figures, with the whiskers
    for x, _y, text in chart.value_labels():  # beyond the bar's end and its whisker: never on them
        if text.endswith("%"):
            assert any(x > max(g.shares[o], g.ci[o][1]) * 100 for g in (summary.total, *summary.groups)
                       for o in summary.options if texts.format_percent(g.shares[o], "en") == text), text
    assert view.full_scale_box.isVisible() and not view.full_scale
    view.full_scale_box.click()
    assert axis_range(chart) == (0.0, 100.0)
    view.full_scale_box.click()
    assert axis_range(chart) == (low, upper)


def test_svg_names_a_common_font_and_draws_whiskers_as_thin_lines_in_any_renderer(ems, tmp_path):
    """No 'Sans Serif' (a name only Qt knows), and no line drawn in a scaled group: renderers that
    ignore vector-effect (librsvg, Inkscape) would scale a 2-pixel whisker into a black block."""
    import re

    path = tmp_path / "chart.svg"
    assert export_svg(summarize(ems, "backshoring", by="size"), path, lang="nl").ok
    svg = path.read_text(encoding="utf-8")
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families and all(f.startswith("'DejaVu Sans'") and f.endswith("sans-serif") for f in families)
    for group in re.finditer(r'<g\b[^>]*transform="matrix\(([^)]*)\)"[^>]*>(.*?)</g>', svg, re.S):
        a, b, c, d, *_ = (float(v) for v in group.group(1).split(","))
        if re.search(r"<(path|polyline)\b", group.group(2)) and "<rect" not in group.group(2):
            assert (a, b, c, d) == (1, 0, 0, 1), "a line in a scaled group"


def test_svg_stacked_segments_are_not_covered_by_their_scaled_outline(flanders, tmp_path, qtbot):
    """A Likert chart's segments are outlined rectangles in a scaled group; a renderer that ignores
    vector-effect (librsvg) scaled the white outline over the whole segment and drew no bars."""
    import re

    key = key_of(flanders, "likert")
    path = tmp_path / "likert.svg"
    assert export_svg(summarize(flanders, key), path, lang="nl").ok
    svg = path.read_text(encoding="utf-8")
    outlined = 0
    for group in re.finditer(r'<g\b([^>]*)>(.*?)</g>', svg, re.S):
        if "<rect" in group.group(2) and re.search(r'stroke="#(?!none)', group.group(1)):
            matrix = re.search(r'transform="matrix\(([^)]*)\)"', group.group(1))
            a, _b, _c, d = (float(v) for v in matrix.group(1).split(",")[:4]) if matrix else (1, 0, 0, 1)
            assert (a, d) == (1, 1), "an outlined rectangle in a scaled group"
            outlined += 1
    assert outlined >= len(summarize(flanders, key).options), "the segments are there"
