"""Names in explorer/report that are alive although vulture sees no use of them.

Attributes set on reportlab and python-pptx objects are read by those libraries when they lay out
or write the document; methods named by reportlab are called by it. This file is only parsed by
vulture, never imported.
"""

from pptx.chart.axis import ValueAxis
from pptx.chart.datalabel import DataLabels
from pptx.chart.legend import Legend
from pptx.chart.plot import BarPlot
from pptx.presentation import Presentation
from pptx.text.text import TextFrame
from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from explorer.report.pdf.pages import EndMark

# reportlab: a flowable's horizontal alignment, read when a frame places the chart
Drawing.hAlign
# reportlab: the document's creation date, read when the PDF's info dictionary is written
TimeStamp.YMDhms
Canvas._doc._timeStamp
# reportlab: process-wide settings read while drawing and compressing page streams
rl_config.shapeChecking
rl_config.useA85
# reportlab calls drawOn to place a flowable on the page (EndMark remembers where that was)
EndMark.drawOn
# python-pptx: property setters that write the deck's XML
Presentation.slide_width
Presentation.slide_height
TextFrame.word_wrap
Legend.include_in_layout
BarPlot.has_data_labels
BarPlot.gap_width
DataLabels.number_format_is_linked
ValueAxis.reverse_order
ValueAxis.minimum_scale
ValueAxis.maximum_scale
