"""Widgets and helpers the analysis views share: the split-by and question choosers, the header
above a figure, and the one call into core that turns a state, a question and a split into figures."""
