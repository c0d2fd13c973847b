"""Recognise the survey tool that wrote an export from its header rows.

Each tool has its own fingerprint: SurveyMonkey writes question text in row 1 and the option
in row 2, Qualtrics writes export tags, question text and an ImportId row, LimeSurvey codes
like `Q1[SQ001]`, Microsoft Forms starts with `Id, Start time, Completion time, Email, Name`,
Google Forms with `Timestamp`, Typeform with a `#` token column, KoboToolbox and ODK with their
submission metadata (`_uuid`, `instanceID`).

Older layouts are recognised too: SurveyMonkey's `RespondentID, CollectorID, StartDate, ...`
and Qualtrics' legacy export, whose row 1 names the metadata `V1` ... `V10`, whose row 2 holds
the metadata names and the question texts, and which has no ImportId row. Legacy Qualtrics
writes a multi-column question's option after a hyphen (`Which foods ...?-Kale`); the option is
found as what the columns of one question do not share (see `_split_options`).
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass

from explorer.core.reading.table import ColumnInfo

SURVEYMONKEY_META = ("respondent id", "collector id", "start date", "end date", "ip address", "email address",
                     "first name", "last name", "custom data",
                     # the older export's spellings
                     "respondentid", "collectorid", "startdate", "enddate", "lastname")
QUALTRICS_META = ("startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)", "finished",
                  "recordeddate", "responseid", "responseset", "recipientlastname", "recipientfirstname",
                  "recipientemail", "externalreference", "externaldatareference", "locationlatitude",
                  "locationlongitude", "locationaccuracy", "distributionchannel", "userlanguage", "q_recaptchascore",
                  "q_relevantidduplicate", "q_relevantidduplicatescore", "q_relevantidfraudscore",
                  "q_relevantidlaststartdate",
                  # the legacy export's metadata (row 2 of a `V1, V2, ...` header)
                  "name", "emailaddress")
LIMESURVEY_META = ("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr",
                   "refurl", "token")
MSFORMS_LEAD = (("id",), ("start time", "begintijd", "starttijd", "heure de début"),
                ("completion time", "tijd van voltooien", "voltooiingstijd", "eindtijd", "heure de fin"),
                ("email", "e-mail", "e-mailadres", "adresse de messagerie"), ("name", "naam", "nom"))
MSFORMS_META = ("id", "start time", "begintijd", "starttijd", "completion time", "tijd van voltooien",
                "voltooiingstijd", "eindtijd", "email", "e-mail", "e-mailadres", "name", "naam", "last modified time",
                "tijdstip van laatste wijziging")
GOOGLE_FIRST = ("timestamp", "tijdstempel", "horodateur", "zeitstempel", "marca temporal")
GOOGLE_META = GOOGLE_FIRST + ("email address", "e-mailadres", "score", "puntentotaal")
TYPEFORM_META = ("#", "start date (utc)", "submit date (utc)", "network id", "stage", "tags", "ending",
                 "response type")
KOBO_META = ("start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "audit",
             "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
             "__version__", "_tags", "_index", "meta/instanceid", "meta/rootuuid", "formhub/uuid", "_attachments",
             "_geolocation", "_xform_id_string")
ODK_META = ("submissiondate", "start", "end", "today", "deviceid", "key", "meta:instanceid", "meta-instanceid",
            "instanceid", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected", "status",
            "reviewstate", "edits", "formversion", "key_id")
GENERIC_META = re.compile(
    r"^(ip[ -]?ad(d)?res(s)?|ipaddr|e-?mail(adres| address)?|start ?(date|time|datum|tijd)|end ?(date|time)|"
    r"eind(datum|tijd)|begin(datum|tijd)|submit(ted)? ?(date|at)|ingediend( op)?|duration|duur|user ?agent|"
    r"browser|referer|referrer|status|progress|voortgang|token|collector id|latitude|longitude)$",
    re.IGNORECASE,
)
LIMESURVEY_CODE = re.compile(r"^[A-Za-z][\w]*\[[\w]+\](\[[\w]+\])?$")
QUALTRICS_IMPORT = re.compile(r"^\{\s*['\"]ImportId['\"]\s*:")
QUALTRICS_IMPORT_ID = re.compile(r"['\"]ImportId['\"]\s*:\s*['\"]([^'\"]*)['\"]")
QUALTRICS_LEGACY_TAG = re.compile(r"^V\d+$")
# A question id with a part for the option ("QID9-1", "QID29-1-2", "Q9_1"); "-TEXT" marks a write-in.
_PART = re.compile(r"^(.+?)[-_]([^-_]+)$")
_WRITE_IN = re.compile(r"[-_]TEXT$", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]{1,200}>")
SURVEYMONKEY_ROW2 = ("response", "open-ended response", "antwoord", "open antwoord", "reactie", "")


@dataclass(frozen=True)
class Layout:
    format: str
    header_rows: int
    columns: tuple[ColumnInfo, ...]
    title_rows: int = 0  # title lines above the header, not part of it

    @property
    def rows_before_data(self) -> int:
        return self.title_rows + self.header_rows


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\d+([.,]\d+)?", text))


def _row(head: list[list[object]], i: int, width: int) -> list[str]:
    if i >= len(head):
        return [""] * width
    cells = [cell_text(v) for v in head[i]]
    return cells + [""] * (width - len(cells))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _fill_right(texts: list[str], skip: set[int]) -> list[str]:
    """Question text written once over a block of columns applies to the whole block."""
    filled, current = [], ""
    for i, text in enumerate(texts):
        if i in skip:
            filled.append(text)
            current = ""
            continue
        current = text or current
        filled.append(current)
    return filled


def _surveymonkey(row1: list[str], row2: list[str]) -> Layout:
    meta = {i for i, t in enumerate(row1) if _norm(t).startswith(SURVEYMONKEY_META) and row2[i] in ("", "NA")}
    questions = _fill_right(row1, meta)
    columns = []
    for i, question in enumerate(questions):
        option = row2[i]
        if i in meta:
            columns.append(ColumnInfo(name=row1[i], question_text=row1[i], is_metadata=True))
        elif _norm(option) in SURVEYMONKEY_ROW2:
            open_ended = _norm(option) in ("open-ended response", "open antwoord")
            columns.append(ColumnInfo(name=question, question_text=question, open_ended=open_ended))
        else:
            columns.append(ColumnInfo(name=f"{question} - {option}" if question else option,
                                        question_text=question, option_label=option))
    return Layout("surveymonkey", 2, tuple(columns))


def _qualtrics(row1: list[str], row2: list[str], row3: list[str], has_import_row: bool) -> Layout:
    legacy_tags = sum(1 for t in row1 if QUALTRICS_LEGACY_TAG.match(t)) >= 3
    meta_names = set(QUALTRICS_META)
    # Legacy exports name the metadata V1 ... V10 in row 1 and spell it out in row 2.
    names = [row2[i] if legacy_tags and QUALTRICS_LEGACY_TAG.match(tag) else tag for i, tag in enumerate(row1)]
    is_meta = [_norm(name) in meta_names for name in names]
    import_ids = [_import_id(cell) for cell in row3] if has_import_row else [""] * len(row1)
    keys = [_question_id(import_ids[i] or row1[i]) for i in range(len(row1))]
    split = _split_options([_plain_text(t) for t in row2], keys, is_meta)
    repeated = {name for name in names if names.count(name) > 1}
    columns = []
    for i, name in enumerate(names):
        question, option = split[i]
        if name in repeated and option:
            # Side-by-side questions repeat one tag for every option: the tool's habit, not a fault.
            name = f"{name} - {option}"
        columns.append(ColumnInfo(name=name, question_text=question, option_label=option, export_tag=row1[i],
                                    is_metadata=is_meta[i]))
    return Layout("qualtrics", 3 if has_import_row else 2, tuple(columns))


def _plain_text(text: str) -> str:
    """Question text without the HTML that Qualtrics keeps in it (`&gt;80%`, `<b>...</b>`)."""
    if "<" in text or "&" in text:
        text = html.unescape(_HTML_TAG.sub(" ", text))
    return " ".join(text.split())


def _import_id(cell: str) -> str:
    """The id inside `{"ImportId":"QID9_1"}` (JSON) or `{'ImportId': 'QID9-1'}` (legacy, Python-dict text)."""
    found = QUALTRICS_IMPORT_ID.search(cell)
    return found.group(1) if found else ""


def _question_id(column_id: str) -> str | None:
    """The question a column belongs to: its id without the option part; None for a one-column id."""
    found = _PART.match(_WRITE_IN.sub("", column_id))
    return found.group(1) if found else None


def _split_options(texts: list[str], keys: list[str | None], is_meta: list[bool]) -> list[tuple[str, str]]:
    """(question text, option) per column.

    Columns of one question (the same question id, side by side) share the question text and
    differ in what follows the last hyphen they share: " - Option" in current exports, "-Option"
    after a question cut short with "..." in legacy ones. A lone column keeps the current export's
    "Question - Option" split.
    """
    result = [(text, "") for text in texts]
    start = 0
    while start < len(texts):
        end = start + 1
        grouped = keys[start] is not None and not is_meta[start]
        while grouped and end < len(texts) and keys[end] == keys[start] and not is_meta[end]:
            end += 1
        if end - start >= 2:
            cut = os.path.commonprefix(texts[start:end]).rfind("-")
            if cut > 0 and all(text[cut + 1:].strip() for text in texts[start:end]):
                for i in range(start, end):
                    result[i] = (texts[i][:cut].strip(), texts[i][cut + 1:].strip())
        elif not is_meta[start] and " - " in texts[start]:
            question, option = (part.strip() for part in texts[start].rsplit(" - ", 1))
            result[start] = (question, option)
        start = end
    return result


def _single_row(fmt: str, row1: list[str], meta: set[str] | None, leading: int = 0) -> Layout:
    columns = []
    for i, name in enumerate(row1):
        lowered = _norm(name)
        is_meta = (i < leading) or (meta is not None and lowered in meta) or bool(GENERIC_META.match(lowered))
        columns.append(ColumnInfo(name=name, question_text=name, is_metadata=is_meta))
    return Layout(fmt, 1, tuple(columns))


def _typeform(row1: list[str]) -> Layout:
    """Typeform follows each choice question that allows a write-in with a column named "Other"."""
    layout = _single_row("typeform", row1, set(TYPEFORM_META))
    columns = list(layout.columns)
    seen = 0
    for i, column in enumerate(columns):
        if _norm(column.name) == "other":
            seen += 1
            # Numbered here because the repetition is the tool's habit, not a fault of the file.
            name = "Other" if seen == 1 else f"Other ({seen})"
            columns[i] = ColumnInfo(name=name, question_text=name, option_label="")
    return Layout("typeform", 1, tuple(columns))


def _looks_like_legacy_qualtrics(row1: list[str], row2: list[str]) -> bool:
    """Two header rows, no ImportId row: row 1 `V1, V2, ...` or the metadata names repeated in row 2."""
    names = {_norm(t) for t in row2}
    if sum(1 for t in row1 if QUALTRICS_LEGACY_TAG.match(t)) >= 3 and "responseid" in names:
        return True
    lowered = [_norm(t) for t in row1]
    if sum(1 for t in lowered if t in QUALTRICS_META) >= 3 and "responseid" in lowered:
        return sum(1 for a, b in zip(row1, row2) if a and _norm(a) == _norm(b)) >= 2
    return False


def _looks_like_msforms(row1: list[str]) -> bool:
    lowered = [_norm(t) for t in row1[:5]]
    return len(lowered) == 5 and all(lowered[i] in options for i, options in enumerate(MSFORMS_LEAD))


def _title_rows(head: list[list[object]], width: int) -> int:
    """Rows above the header that hold only a title ("Enquête reshoring 2024") or nothing."""
    filled = [sum(1 for v in _row(head, i, width) if v) for i in range(len(head))]
    widest = max(filled, default=0)
    skipped = 0
    while skipped < len(filled) - 1 and filled[skipped] <= 1 and widest >= 3:
        skipped += 1
    return skipped


def _grouped_header(row1: list[str], row2: list[str], row3: list[str], width: int) -> bool:
    """Row 2 labels the columns under a merged group title of row 1 (the data starts in row 3)."""
    labelled = [i for i in range(width) if row2[i]]
    if len(labelled) < 2 or any(_is_number(row2[i]) for i in labelled):
        return False
    for i in labelled:
        starts_group = row1[i] and i + 1 < width and not row1[i + 1] and row2[i + 1]
        if row1[i] and not starts_group:
            return False
    return any(_is_number(row3[i]) for i in labelled) or all(row3[i] for i in labelled)


def detect_layout(head: list[list[object]], width: int, is_spss: bool = False) -> Layout:
    """The tool, the number of header rows and the meaning of each column."""
    row1, row2, row3 = (_row(head, i, width) for i in range(3))
    lowered = [_norm(t) for t in row1]
    if is_spss:
        return _single_row("spss", row1, None)
    if any(QUALTRICS_IMPORT.match(t) for t in row3 if t):
        return _qualtrics(row1, row2, row3, has_import_row=True)
    if _looks_like_legacy_qualtrics(row1, row2):
        return _qualtrics(row1, row2, row3, has_import_row=False)
    if lowered and lowered[0] in ("respondent id", "respondentid") or (
            {"respondent id", "collector id"} <= set(lowered) or {"respondentid", "collectorid"} <= set(lowered)):
        return _surveymonkey(row1, row2)
    if _looks_like_msforms(row1):
        return _single_row("msforms", row1, set(MSFORMS_META), leading=5)
    if lowered and lowered[0] in GOOGLE_FIRST:
        return _single_row("googleforms", row1, set(GOOGLE_META))
    if (lowered and lowered[0] == "#") or {"submit date (utc)", "network id"} <= set(lowered):
        return _typeform(row1)
    if "_uuid" in lowered and ({"_submission_time", "_id", "_index"} & set(lowered)):
        return _single_row("kobotoolbox", row1, set(KOBO_META))
    if {"meta:instanceid", "meta-instanceid", "instanceid"} & set(lowered) or {"submissiondate", "key"} <= set(lowered):
        return _single_row("odk", row1, set(ODK_META))
    system = sum(1 for t in lowered if t in LIMESURVEY_META)
    coded = sum(1 for t in row1 if LIMESURVEY_CODE.match(t))
    if system >= 3 or coded >= 2:
        return _single_row("limesurvey", row1, set(LIMESURVEY_META))
    titles = _title_rows(head, width)
    head = head[titles:]
    row1, row2, row3 = (_row(head, i, width) for i in range(3))
    if len(head) >= 3 and _grouped_header(row1, row2, row3, width):
        groups = _fill_right(row1, set())
        columns = tuple(
            ColumnInfo(name=f"{g} - {o}" if o else r, question_text=g if o else r, option_label=o)
            for g, o, r in zip(groups, row2, row1)
        )
        return Layout("generic", 2, columns, title_rows=titles)
    layout = _single_row("generic", row1, None)
    return Layout("generic", 1, layout.columns, title_rows=titles)
