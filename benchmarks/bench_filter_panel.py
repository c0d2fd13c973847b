"""Click → new spec → counts refreshed, on the 100,000-firm benchmark survey."""
import os, sys, time, statistics
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from explorer.core.reading import read_table
from explorer.core.survey import build_survey, filter_mask
from explorer.ui.panels.filter_panel import FilterPanel

app = QApplication([])
path = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/data/survey_100000.csv"
t = time.perf_counter(); survey = build_survey(read_table(path)); print(f"load+build {time.perf_counter()-t:.2f}s, {survey.size} firms")
panel = FilterPanel("nl"); panel.resize(320, 700); panel.show()
t = time.perf_counter(); panel.set_survey(survey, "eu", "nl"); app.processEvents()
print(f"set_survey {1000*(time.perf_counter()-t):.1f} ms")
for key in [q.key for q in panel._addable_questions()][:3]:
    t = time.perf_counter(); panel.add_question_filter(key); print(f"add filter {key!r}: {1000*(time.perf_counter()-t):.1f} ms")
app.processEvents()
specs = []
panel.sig_filter_changed.connect(specs.append)
model = panel.sector_group.model
clicks = []
for dim in ("size", "tech", "region", *panel.question_filters()):
    g = panel.group(dim)
    for v in g.values[:2]:
        clicks.append(lambda g=g, v=v: g.box(v).toggle())
for key in model.leaf_keys()[:4]:
    clicks.append(lambda key=key: model.toggle(model.index_of(key)))
clicks.append(lambda: model.toggle(model.index_of(model.section_keys()[0])))
def run(label):
    handler, paint = [], []
    for click in clicks:
        t = time.perf_counter(); click(); t1 = time.perf_counter(); app.processEvents(); t2 = time.perf_counter()
        handler.append(1000*(t1-t)); paint.append(1000*(t2-t))
    print(f"{label}: click→spec+counts median {statistics.median(handler):.2f} ms, max {max(handler):.2f} ms;"
          f" incl. repaint median {statistics.median(paint):.2f} ms, max {max(paint):.2f} ms ({len(clicks)} clicks)")
run("cold (new masks)")
panel.reset(); app.processEvents()
run("warm (cached masks)")
spec = panel.spec()
assert (filter_mask(survey, spec) == panel._counter.selection(spec)).all()
print("counting part only, last click:", f"{1000*panel.last_update_seconds:.2f} ms", "spec:", panel.describe()[:120])
