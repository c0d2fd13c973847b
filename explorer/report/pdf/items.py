"""One block per question: the question, its chart and a caption that states the figures in words.

The caption repeats the chart's numbers as sentences so the page reads aloud well and a search in
the PDF finds them. Every peer figure comes as the release module allowed it (a withheld one is
not in the item at all); it becomes `c` with a numbered note.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Paragraph, Spacer

from explorer.core.formatting import (
    format_count,
    format_percent,
    format_percent_range,
    format_with_unit,
    percent_decimals,
)
from explorer.report.pdf.charts import BarRow, bar_charts, likert_chart
from explorer.report.content.i18n import band_text
from explorer.report.content.model import Item, LikertItem, MultiItem, NumericItem, ShareItem
from explorer.report.pdf.notes import Notes
from explorer.report.pdf.number_charts import band_chart, quartile_chart
from explorer.report.pdf.styles import Styles
from explorer.report.pdf.text import clean, escape, keep_units_together


@dataclass
class BlockContext:
    lang: str
    t: dict[str, str]
    styles: Styles
    min_peers: int
    notes: Notes
    gap: float = 14  # points between two questions; less when a briefing is laid out compactly

    def c_mark(self, number: int) -> str:
        """`c` with its raised note number, as paragraph markup."""
        return f"<b>c</b><super>{number}</super>"

    def n_text(self, n: int) -> str:
        return self.t["n_is"].format(n=format_count(n, self.lang))


def item_block(item: Item, ctx: BlockContext, statement: bool = False) -> list[list[Flowable]]:
    """The flowables of one question as groups, each to be kept on one page (`statement`: a grid item,
    headed by its statement under the grid title the caller set).

    Normally the whole block is one group, so the question never splits from its chart. A chart
    long enough to come in parts (very many options) keeps the question with its first part and
    the caption with its last. Groups rather than KeepTogether objects, because a KeepTogether
    nested in another one always claims more than a page and forces a needless page break.
    """
    builders = {ShareItem: _share, MultiItem: _multi, LikertItem: _likert, NumericItem: _numeric}
    question = Paragraph(escape(item.question), ctx.styles.statement if statement else ctx.styles.question)
    body = builders[type(item)](item, ctx)
    notes = [Paragraph(f"{ctx.c_mark(number)} {escape(note)}", ctx.styles.note)
             for number, note in ctx.notes.take()]
    charts = [i for i, part in enumerate(body) if isinstance(part, Drawing)]
    if len(charts) <= 1:
        return [[question, *body, *notes, Spacer(1, ctx.gap)]]
    first, last = charts[0], charts[-1]
    return [[question, *body[: first + 1]], *([part] for part in body[first + 1 : last]),
            [*body[last:], *notes, Spacer(1, ctx.gap)]]


def _caption(ctx: BlockContext, *sentences: str) -> Paragraph:
    return Paragraph(keep_units_together(" ".join(s for s in sentences if s)), ctx.styles.caption)


def _share(item: ShareItem, ctx: BlockContext) -> list[Flowable]:
    """Every answer with the peers' share, the firm's answer marked; a skipped question still shows the peers."""
    t, lang = ctx.t, ctx.lang
    if item.firm_answer is None:
        if not item.options:
            return [_caption(ctx, t["no_answer"], ctx.n_text(item.n) + ".")]
        return [*bar_charts(_option_rows(item, ctx), lang),
                _caption(ctx, t["share_no_answer"], ctx.n_text(item.n) + ".")]
    answer = clean(item.firm_answer)
    verdict = item.verdict
    if verdict.suppressed or item.share is None:
        note = ctx.notes.mark(verdict, f"{clean(item.question)} · {answer}")
        rows = [BarRow(answer, True, None, None, note)]
        figures = t["share_suppressed"].format(c=ctx.c_mark(note))
    else:
        rows = [BarRow(answer, True, item.share, item.ci)]
        share = format_percent(item.share, lang)
        if item.ci is None:
            figures = t["share_sentence_no_ci"].format(share=share)
        else:
            ci = format_percent_range(*item.ci, lang, percent_decimals(item.share))
            figures = t["share_sentence"].format(share=share, ci=ci)
    if item.options:
        rows = _option_rows(item, ctx)
    answer_text = t["your_answer"].format(answer=escape(answer))
    return [*bar_charts(rows, lang), _caption(ctx, answer_text, figures, ctx.n_text(item.n) + ".")]


def _option_rows(item: ShareItem | MultiItem, ctx: BlockContext, firm_answered: bool = True) -> list[BarRow]:
    """A bar per answer option, the firm's marked; a withheld share is `c` with its note (the
    question as a whole when every option is withheld for one reason)."""
    rows = []
    verdicts = {option.verdict for option in item.options}
    whole = len(verdicts) == 1 and next(iter(verdicts)).suppressed
    for option in item.options:
        label = clean(option.label)
        firm = option.ticked and firm_answered
        if option.verdict.suppressed or option.share is None:
            figure = clean(item.question) if whole else f"{clean(item.question)} · {label}"
            note = ctx.notes.mark(option.verdict, figure)
            rows.append(BarRow(label, firm, None, None, note))
        else:
            rows.append(BarRow(label, firm, option.share, option.ci))
    return rows


def _multi(item: MultiItem, ctx: BlockContext) -> list[Flowable]:
    rows = _option_rows(item, ctx, item.firm_answered)
    counts = sorted({option.n for option in item.options})
    if not counts:
        return [_caption(ctx, ctx.t["no_answer"])]
    n_text = ctx.n_text(counts[0]) if len(counts) == 1 else ctx.t["n_is"].format(
        n=f"{format_count(counts[0], ctx.lang)}–{format_count(counts[-1], ctx.lang)}")
    lead = ctx.t["multi_caption"] if item.firm_answered else ctx.t["multi_no_answer"]
    return [*bar_charts(rows, ctx.lang), _caption(ctx, lead, n_text + ".")]


def _likert(item: LikertItem, ctx: BlockContext) -> list[Flowable]:
    t = ctx.t
    levels = [clean(level) for level in item.levels]
    verdict = item.verdict
    note = None
    if verdict.suppressed or item.shares is None:
        note = ctx.notes.mark(verdict, clean(item.question))
    shares = list(item.shares) if verdict.shown else None
    chart = likert_chart(levels, shares, item.firm_level, note, t["your_firm"], ctx.lang)
    if item.firm_level is None:
        answer = t["no_answer"]
    else:
        answer = t["your_answer"].format(answer=escape(levels[item.firm_level]))
    spread = t["likert_caption"] if note is None else t["likert_suppressed"].format(c=ctx.c_mark(note))
    return [chart, _caption(ctx, answer, spread, ctx.n_text(item.n) + ".")]


def _numeric(item: NumericItem, ctx: BlockContext) -> list[Flowable]:
    t, lang = ctx.t, ctx.lang
    unit = clean(item.unit)
    value = format_with_unit(item.firm_value, unit, lang) if item.firm_value is not None else None
    own = t["your_value"].format(value=escape(value)) + "." if value else t["no_answer"]
    verdict = item.verdict
    n_text = ctx.n_text(item.n) + "."
    if verdict.suppressed:
        note = ctx.notes.mark(verdict, clean(item.question))
        return [_caption(ctx, own, t["numeric_suppressed"].format(c=ctx.c_mark(note)), n_text)]
    band = band_text(item.band, lang) if item.band is not None and item.firm_value is not None else ""
    band_sentence = t["band"].format(band=band) + "." if band else ""
    firm_label = f"{t['your_firm']}: {value}" if value else t["your_firm"]
    if item.has_quartiles:
        chart = quartile_chart(item.q1, item.median, item.q3, item.firm_value, firm_label, lang)
        spread = t["quartiles"].format(median=escape(format_with_unit(item.median, unit, lang)),
                                       q1=escape(format_with_unit(item.q1, unit, lang)),
                                       q3=escape(format_with_unit(item.q3, unit, lang))) + "."
        return [chart, _caption(ctx, own, band_sentence, spread, n_text)]
    note = ctx.notes.mark(item.quartiles_verdict, f"{clean(item.question)} · {t['figure_quartiles']}")
    spread = t["quartiles_suppressed"].format(c=ctx.c_mark(note)) + "."
    parts: list[Flowable] = []
    if band:
        parts.append(band_chart(item.band, f"{t['your_firm']}: {band}", t["band_axis"], lang))
    return parts + [_caption(ctx, own, band_sentence, spread, n_text)]
