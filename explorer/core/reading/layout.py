"""Recognise the survey tool that wrote an export from its header rows.

Each tool has its own fingerprint: SurveyMonkey writes question text in row 1 and the option
in row 2, Qualtrics writes export tags, question text and an ImportId row, LimeSurvey codes
like `Q1[SQ001]`, Microsoft Forms starts with `Id, Start time, Completion time, Email, Name`,
Google Forms with `Timestamp`, Typeform with a `#` token column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SURVEYMONKEY_META = ("respondent id", "collector id", "start date", "end date", "ip address", "email address",
                     "first name", "last name", "custom data")
QUALTRICS_META = ("startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)", "finished",
                  "recordeddate", "responseid", "responseset", "recipientlastname", "recipientfirstname",
                  "recipientemail", "externalreference", "externaldatareference", "locationlatitude",
                  "locationlongitude", "locationaccuracy", "distributionchannel", "userlanguage", "q_recaptchascore",
                  "q_relevantidduplicate", "q_relevantidduplicatescore", "q_relevantidfraudscore",
                  "q_relevantidlaststartdate")
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
GENERIC_META = re.compile(
    r"^(ip[ -]?ad(d)?res(s)?|ipaddr|e-?mail(adres| address)?|start ?(date|time|datum|tijd)|end ?(date|time)|"
    r"eind(datum|tijd)|begin(datum|tijd)|submit(ted)? ?(date|at)|ingediend( op)?|duration|duur|user ?agent|"
    r"browser|referer|referrer|status|progress|voortgang|token|collector id|latitude|longitude)$",
    re.IGNORECASE,
)
LIMESURVEY_CODE = re.compile(r"^[A-Za-z][\w]*\[[\w]+\](\[[\w]+\])?$")
QUALTRICS_IMPORT = re.compile(r"^\{\s*['\"]ImportId['\"]\s*:")
SURVEYMONKEY_ROW2 = ("response", "open-ended response", "antwoord", "open antwoord", "reactie", "")


@dataclass(frozen=True)
class ColumnHeader:
    name: str
    question_text: str = ""
    option_label: str = ""
    export_tag: str = ""
    is_metadata: bool = False
    open_ended: bool = False


@dataclass(frozen=True)
class Layout:
    format: str
    header_rows: int
    columns: tuple[ColumnHeader, ...]
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
            columns.append(ColumnHeader(name=row1[i], question_text=row1[i], is_metadata=True))
        elif _norm(option) in SURVEYMONKEY_ROW2:
            open_ended = _norm(option) in ("open-ended response", "open antwoord")
            columns.append(ColumnHeader(name=question, question_text=question, open_ended=open_ended))
        else:
            columns.append(ColumnHeader(name=f"{question} - {option}" if question else option,
                                        question_text=question, option_label=option))
    return Layout("surveymonkey", 2, tuple(columns))


def _qualtrics(row1: list[str], row2: list[str], has_import_row: bool) -> Layout:
    meta_names = set(QUALTRICS_META)
    columns = []
    for tag, text in zip(row1, row2):
        is_meta = _norm(tag) in meta_names
        question, option = text, ""
        # Qualtrics writes "Question text - Option" for each column of a multi-column question.
        if not is_meta and " - " in text:
            question, option = (part.strip() for part in text.rsplit(" - ", 1))
        columns.append(ColumnHeader(name=tag, question_text=question, option_label=option, export_tag=tag,
                                    is_metadata=is_meta))
    return Layout("qualtrics", 3 if has_import_row else 2, tuple(columns))


def _single_row(fmt: str, row1: list[str], meta: set[str] | None, leading: int = 0) -> Layout:
    columns = []
    for i, name in enumerate(row1):
        lowered = _norm(name)
        is_meta = (i < leading) or (meta is not None and lowered in meta) or bool(GENERIC_META.match(lowered))
        columns.append(ColumnHeader(name=name, question_text=name, is_metadata=is_meta))
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
            columns[i] = ColumnHeader(name=name, question_text=name, option_label="")
    return Layout("typeform", 1, tuple(columns))


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
        return _qualtrics(row1, row2, has_import_row=True)
    qualtrics_meta = sum(1 for t in lowered if t in QUALTRICS_META)
    if qualtrics_meta >= 3 and ("responseid" in lowered or "responseid" in [_norm(t) for t in row1]):
        # Older exports without the ImportId row repeat the metadata names in row 2.
        repeated = sum(1 for a, b in zip(row1, row2) if a and _norm(a) == _norm(b))
        if repeated >= 2:
            return _qualtrics(row1, row2, has_import_row=False)
    if lowered and lowered[0] == "respondent id" or ("respondent id" in lowered and "collector id" in lowered):
        return _surveymonkey(row1, row2)
    if _looks_like_msforms(row1):
        return _single_row("msforms", row1, set(MSFORMS_META), leading=5)
    if lowered and lowered[0] in GOOGLE_FIRST:
        return _single_row("googleforms", row1, set(GOOGLE_META))
    if (lowered and lowered[0] == "#") or {"submit date (utc)", "network id"} <= set(lowered):
        return _typeform(row1)
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
            ColumnHeader(name=f"{g} - {o}" if o else r, question_text=g if o else r, option_label=o)
            for g, o, r in zip(groups, row2, row1)
        )
        return Layout("generic", 2, columns, title_rows=titles)
    layout = _single_row("generic", row1, None)
    return Layout("generic", 1, layout.columns, title_rows=titles)
