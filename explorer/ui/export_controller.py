"""File ▸ Export: the chart, the table, slides and the filtered data of what the window shows.

Every export is admitted through the release register first (explorer.core.export.admission)
and written by core; this controller only asks where, and talks to the view on screen through
the `AnalysisView` Protocol. It reports by signal (a status message) and shows its own dialogs
on `parent`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.core.i18n import tr
from explorer.ui.dialogs import save_dialogs

if TYPE_CHECKING:
    from explorer.core.disclosure.ledger import ReleaseLedger
    from explorer.ui.views.analysis_view import AnalysisView
    from explorer.ui.views.state import AnalysisState


class ExportController(QObject):
    sig_status = Signal(str)

    def __init__(self, parent: QWidget, state: Callable[[], "AnalysisState | None"],
                 current_view: Callable[[], AnalysisView | None], ledger: Callable[[], "ReleaseLedger"],
                 language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._state = state
        self._current_view = current_view
        self._ledger = ledger
        self._language = language

    def admit_export(self, summary, histogram_shown: bool = False) -> None:
        """Record the groups an export of `summary` shows in the release register, or raise why it
        is withheld (the on-screen views are never recorded)."""
        from explorer.core.export.admission import admit_export

        state = self._state()
        admit_export(self._ledger(), state.survey, summary, state.min_peers, histogram_shown)

    def export_chart(self, kind: str) -> None:
        """Export ▸ Chart as PNG or SVG, or copy it ("png", "svg", "clipboard")."""
        from explorer.ui.charts import export as chart_export

        view, state, lang = self._current_view(), self._state(), self._language()
        source = view.export_source() if view is not None else None
        if source is None or state is None:
            self._nothing(lang)
            return
        options = dict(lang=lang, filter_text=state.filter_text, min_peers=state.min_peers, admit=self.admit_export)
        if kind == "clipboard":
            result = chart_export.copy_to_clipboard(source, **options)
            done = tr("export.copied", lang)
        else:
            title, filters = ("dialog.save.chart_svg", "dialog.filter.svg") if kind == "svg" else \
                ("dialog.save.chart_png", "dialog.filter.png")
            path = save_dialogs.ask_save_path(self._parent, lang, title, filters,
                                              self._suggested(f".{kind}", _summary_of(source)))
            if not path:
                return
            writer = chart_export.export_svg if kind == "svg" else chart_export.export_png
            result = writer(source, path, **options)
            done = tr("export.done", lang, path=path)
        if result.ok:
            self.sig_status.emit(done)
        elif result.withheld:
            save_dialogs.show_export_withheld(self._parent, lang, result.reason or "")
        else:
            save_dialogs.show_export_problem(self._parent, lang, result.reason or "")

    def export_table(self, form: str) -> None:
        """Export ▸ Table: the crosstab as on screen ("crosstab") or a row per group and answer ("long");
        Statements export their grid either way."""
        from explorer.core.export import export_table, write_crosstab
        from explorer.core.export.frame_file import require_table_suffix, write_table
        from explorer.core.export.long_form import summary_frame

        view, state, lang = self._current_view(), self._state(), self._language()
        source = view.export_source() if view is not None else None
        grid = source if _is_grid(source) else None
        summary = grid if grid is not None else _summary_of(source)
        if summary is None or state is None:
            self._nothing(lang)
            return
        path = self._ask_path(lang, "dialog.save.table", "dialog.filter.table", self._suggested(".xlsx", summary))

        def write() -> None:
            require_table_suffix(Path(path))
            if grid is not None:
                from explorer.core.export.admission import admit_grid_export
                from explorer.core.export.long_form import grid_frame

                frame = grid_frame(grid, state.min_peers, lang, **view.export_options())
                admit_grid_export(self._ledger(), state.survey, grid, state.min_peers)
                write_table(frame, Path(path), caption=f"{grid.grid.label} — {state.filter_text}", lang=lang)
            elif form == "long":
                frame = summary_frame(summary, state.min_peers, lang)
                self.admit_export(summary)
                write_table(frame, Path(path), caption=f"{summary.question.label} — {state.filter_text}", lang=lang)
            else:
                table = export_table(summary, lang, state.min_peers, state.filter_text)
                self.admit_export(summary)
                write_crosstab(table, Path(path), lang)

        if path:
            self._write(write, lang, tr("export.done", lang, path=path))

    def export_slides(self, scope: str) -> None:
        """Export ▸ Slides: the current chart, the current view or a whole deck, as editable PowerPoint charts."""
        from explorer.core.export.admission import admit_slides
        from explorer.report.slides.deck import require_deck, write_deck
        from explorer.ui.slides_export import slides_for

        view, state, lang = self._current_view(), self._state(), self._language()
        source = view.export_source() if view is not None else None
        if state is None or (scope != "deck" and source is None):
            self._nothing(lang)
            return
        suggested = self._suggested(".pptx", _summary_of(source)) if scope != "deck" else \
            self._suggested(".pptx", name=tr("slides.name.deck", lang))
        path = self._ask_path(lang, "dialog.save.slides", "dialog.filter.pptx", suggested)

        def write() -> None:
            slides = slides_for(scope, state, view, source)
            require_deck(Path(path), slides)
            admit_slides(self._ledger(), state.survey, slides, state.min_peers)
            write_deck(Path(path), slides, lang, state.min_peers, state.filter_text)

        if path:
            self._write(write, lang, tr("export.done", lang, path=path))

    def export_data(self) -> None:
        """Export ▸ Filtered data: the selected rows, identifying columns only when the user says so."""
        from explorer.core.errors import InputError
        from explorer.core.export.filtered_data import identifying_columns, write_filtered_data
        from explorer.core.formatting import format_count
        from explorer.core.survey import filter_mask

        state, lang = self._state(), self._language()
        if state is None:
            return
        mask = filter_mask(state.survey, state.filters, state.scheme)
        include = save_dialogs.confirm_data_export(self._parent, lang, int(mask.sum()),
                                                   list(identifying_columns(state.survey)))
        if include is None:
            return
        path = self._ask_path(lang, "dialog.save.data", "dialog.filter.table", self._suggested(".xlsx"))
        if not path:
            return
        try:
            rows = write_filtered_data(state.survey, mask, Path(path), lang, include_identifying=include)
        except InputError as exc:
            save_dialogs.show_export_problem(self._parent, lang, exc.text(lang))
            return
        self.sig_status.emit(tr("export.rows", lang, rows=format_count(rows, lang), path=path))

    # Helpers ------------------------------------------------------------------------------------

    def _nothing(self, lang: str) -> None:
        QMessageBox.information(self._parent, tr("export.title", lang), tr("export.nothing", lang))

    def _ask_path(self, lang: str, title: str, filters: str, suggested: str) -> str | None:
        return save_dialogs.ask_save_path(self._parent, lang, title, filters, suggested)

    def _write(self, write: Callable[[], None], lang: str, done: str) -> None:
        """Run `write`; a refusal of the release rules or a file that cannot be written is said in a dialog."""
        from explorer.core.errors import InputError, TranslatableError

        try:
            write()
        except TranslatableError as refusal:
            save_dialogs.show_export_withheld(self._parent, lang, refusal.text(lang))
            return
        except InputError as exc:
            save_dialogs.show_export_problem(self._parent, lang, exc.text(lang))
            return
        self.sig_status.emit(done)

    def _suggested(self, suffix: str, summary=None, name: str | None = None) -> str:
        """What is in the export (question, split, date), in the documents folder: never beside the data."""
        from explorer.core.export.names import suggested_path

        lang = self._language()
        if name is not None or summary is None:
            return str(suggested_path(name or tr("export.name.selection", lang), None, lang, suffix))
        if _is_grid(summary):  # a grid of statements is named by its grid; it has no split
            return str(suggested_path(summary.grid.label, None, lang, suffix))
        return str(suggested_path(summary.question.label, summary.by, lang, suffix))  # the short title, if given


def _summary_of(source):
    return source if _is_summary(source) else getattr(source, "summary", None)


def _is_grid(source) -> bool:
    if source is None:
        return False
    from explorer.core.survey.grid_summary import GridSummary

    return isinstance(source, GridSummary)


def _is_summary(source) -> bool:
    if source is None:
        return False
    from explorer.core.survey.summary import Summary  # only asked once a survey (and numpy) is loaded

    return isinstance(source, Summary)
