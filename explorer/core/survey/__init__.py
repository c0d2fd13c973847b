"""The survey model: roles of columns, question kinds, multi-select blocks, firm characteristics."""

from explorer.core.survey.model import KINDS, ROLES, Mapping, Question
from explorer.core.survey.filters import Filter, FilterSpec, filter_mask
from explorer.core.survey.summary import GroupResult, Summary, summarize
from explorer.core.survey.survey import Survey, build_survey

__all__ = ["build_survey", "Survey", "Question", "Mapping", "ROLES", "KINDS", "Filter", "FilterSpec", "filter_mask",
           "summarize", "Summary", "GroupResult"]
