"""Words that surveys use, in Dutch, English, French and German."""

from __future__ import annotations

import re

YES = {"ja", "yes", "oui", "y", "j", "true", "waar", "wahr", "1 - ja", "ja, zeker"}
NO = {"nee", "no", "non", "nein", "n", "false", "onwaar", "falsch", "neen", "0 - nee"}

# Likert scales from negative to positive. A column is Likert when all its answers fall in one
# scale (a "don't know" answer is allowed and kept apart, after the scale).
LIKERT_SCALES: tuple[tuple[str, ...], ...] = (
    ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"),
    ("helemaal niet mee eens", "niet mee eens", "neutraal", "mee eens", "helemaal mee eens"),
    ("helemaal mee oneens", "mee oneens", "neutraal", "mee eens", "helemaal mee eens"),
    ("zeer mee oneens", "mee oneens", "neutraal", "mee eens", "zeer mee eens"),
    ("totaal niet akkoord", "niet akkoord", "neutraal", "akkoord", "helemaal akkoord"),
    ("zeer oneens", "oneens", "neutraal", "eens", "zeer eens"),
    ("helemaal oneens", "oneens", "niet eens, niet oneens", "eens", "helemaal eens"),
    ("helemaal oneens", "oneens", "noch eens, noch oneens", "eens", "helemaal eens"),
    ("strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree"),
    ("strongly disagree", "disagree", "neutral", "agree", "strongly agree"),
    ("strongly disagree", "somewhat disagree", "neither agree nor disagree", "somewhat agree", "strongly agree"),
    ("pas du tout d'accord", "pas d'accord", "neutre", "d'accord", "tout a fait d'accord"),
    ("pas du tout d'accord", "plutot pas d'accord", "ni d'accord ni pas d'accord", "plutot d'accord",
     "tout a fait d'accord"),
    ("stimme gar nicht zu", "stimme nicht zu", "neutral", "stimme zu", "stimme voll zu"),
    ("stimme uberhaupt nicht zu", "stimme eher nicht zu", "teils/teils", "stimme eher zu", "stimme voll und ganz zu"),
    ("zeer onbelangrijk", "onbelangrijk", "neutraal", "belangrijk", "zeer belangrijk"),
    ("helemaal niet belangrijk", "niet belangrijk", "neutraal", "belangrijk", "zeer belangrijk"),
    ("not at all important", "slightly important", "moderately important", "very important", "extremely important"),
    ("not important", "slightly important", "moderately important", "important", "very important"),
    ("zeer ontevreden", "ontevreden", "neutraal", "tevreden", "zeer tevreden"),
    ("very dissatisfied", "dissatisfied", "neutral", "satisfied", "very satisfied"),
    ("nooit", "zelden", "soms", "vaak", "altijd"),
    ("never", "rarely", "sometimes", "often", "always"),
    ("zeer klein", "klein", "gemiddeld", "groot", "zeer groot"),
    ("not at all", "to a small extent", "to a moderate extent", "to a large extent", "to a very large extent"),
    ("helemaal niet", "in geringe mate", "in redelijke mate", "in grote mate", "in zeer grote mate"),
    ("geen", "beperkt", "gemiddeld", "groot", "zeer groot"),
    ("no knowledge", "minimal", "moderate", "good", "extensive"),
    ("not at all confident", "slightly confident", "somewhat confident", "very confident", "extremely confident"),
)
DONT_KNOW = {"weet niet", "weet ik niet", "geen mening", "n.v.t.", "nvt", "niet van toepassing", "don't know",
             "dont know", "do not know", "not applicable", "n/a", "no opinion", "ne sait pas", "sans avis",
             "weiss nicht", "keine angabe", "weet ik nog niet", "prefer not to say"}

OTHER_WORDS = re.compile(
    r"\b(other|others|anders|andere|overig|overige|autre|autres|sonstige?|andere?s?)\b|please specify|namelijk|"
    r"nl\.|specificeer|préciser|preciser|bitte angeben|_text$|\[other\]",
    re.IGNORECASE,
)

ROLE_HEADERS: dict[str, re.Pattern] = {
    "id": re.compile(
        r"^(#|id|nr|no\.?|volgnr|volgnummer|respid|resp_?id|response ?id|responseid|respondent ?id|record ?id|"
        r"(firm|company|bedrijfs?|onderneming|organisatie|organisation|organization|entreprise|unternehmens?)"
        r"[-_ ]?(id|nr|nummer|number|code|identifier)|ondernemingsnummer|kbo-?nummer|kvk-?nummer|kvk|"
        r"identifiant|firmen-?id)$",
        re.IGNORECASE),
    "name": re.compile(
        r"^(bedrijfsnaam|naam (van )?(het |uw )?bedrijf|naam onderneming|bedrijf|onderneming|organisatie|"
        r"firm ?name|company( name)?|name of (the |your )?(company|firm)|organi[sz]ation( name)?|"
        r"raison sociale|nom de l'entreprise|entreprise|firmenname|unternehmen|firma|"
        r"what is the name of your (company|firm|organi[sz]ation)\??|wat is de naam van uw (bedrijf|onderneming)\??)$",
        re.IGNORECASE),
    "sector": re.compile(
        r"nace|\bsbi\b|sector|branche|bedrijfstak|industry|industrie|activiteit|activity|secteur|"
        r"wirtschaftszweig|branch|hoofdactiviteit|main activity",
        re.IGNORECASE),
    "size": re.compile(
        r"werknemers|medewerkers|employees|employ|\bfte\b|personeel|headcount|\bsize\b|grootte|omvang|"
        r"effectif|salari[eé]s|besch[aä]ftigte|mitarbeiter|werkzame personen|aantal (werk|mede)|"
        r"grootteklasse|size class|company size|bedrijfsgrootte|\bstaff\b|persons employed|"
        # the short names of statistical offices and research data sets (Eurostat V16110 = persons employed)
        r"^(emp|empl|emps|nemp|n emp|num emp|nr emp|no emp|emp tot|tot emp|emptot|empl tot|n employees|"
        r"nr employees|wp|aant wp|gk|gkl|gk sbi|sizeclass|size cl|sizecl|v16110|l emp|emp fte)$",
        re.IGNORECASE),
    "tech": re.compile(r"tech|technolog|kennisintensi|intensit[eé] technolog", re.IGNORECASE),
    "region": re.compile(
        r"^(regio|region|r[eé]gion|provincie|province|land|country|pays|gemeente|municipality|landsdeel|"
        r"bundesland|kanton|canton|vestigingsplaats|location|locatie|rom-regio|arbeidsmarktregio|"
        r"corop)$|province|provincie|regio\b|region\b|country",
        re.IGNORECASE),
    "wave": re.compile(
        r"^(wave|golf|ronde|round|bevraging|meting|jaar|year|editie|edition|periode|period|peiling|"
        r"survey (year|round|wave)|meetmoment|vague|welle|erhebungswelle|kwartaal|quarter|trimestre|quartal)$",
        re.IGNORECASE),
    "weight": re.compile(
        r"^(w|wt|wgt|wght|weights?|weging|gewicht(en)?|weegfactor|wfactor|poids|gewichtung|pweight|aweight|"
        r"fweight|iweight|w \w+|wgt \w+|\w+ wgt|w factor)$|weight|gewicht|weging",
        re.IGNORECASE),
}

# Header words that say a column is something else, whatever its values look like.
ROLE_AGAINST: dict[str, re.Pattern] = {
    "size": re.compile(
        r"\bage(d|s|gp|group|groups|gr|cat|class|band|range)?\d*\b|how old|old are you|leeftijd|\balter\b|"
        r"\byears?\b|\bjaar|\bjaren\b|\bstud(y|ies|ie)\b|experience|ervaring|participant|deelnemer|"
        r"\brespondent|self-? ?employed|zelfstandig|how long|hoe lang|percent|procent|%|turnover|omzet|"
        r"revenue|salary|salaris|income|inkomen",
        re.IGNORECASE),
    "weight": re.compile(r"\bkg\b|\blbs?\b|pounds|gram|kilo|body|lichaam|your weight|uw gewicht", re.IGNORECASE),
}

# Labels that SPSS files and some tools give to the two states of a checkbox.
TICKED = {"aangeduid", "aangevinkt", "geselecteerd", "gekozen", "selected", "checked", "ticked", "yes", "ja", "1",
          "x", "y", "mentioned", "genoemd", "coche", "ausgewahlt", "true", "waar"}
UNTICKED = {"niet aangeduid", "niet aangevinkt", "niet geselecteerd", "niet gekozen", "not selected", "not checked",
            "unchecked", "not ticked", "no", "nee", "0", "not mentioned", "niet genoemd", "non coche",
            "nicht ausgewahlt", "false", "onwaar"}
