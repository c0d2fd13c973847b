"""Texts of the PDF briefing (merged into the one catalogue in i18n.py).

Trusted markup: a text may hold <b>; placeholders are filled with values the renderer has
already escaped. Numbers are filled in by explorer.core.formatting, never written here."""

BRIEFING_MESSAGES: dict[str, dict[str, str]] = {
    "briefing.title": {"nl": "Benchmarkbriefing", "en": "Benchmark briefing"},
    "briefing.subtitle": {
        "nl": "Uw bedrijf vergeleken met vergelijkbare bedrijven",
        "en": "Your firm compared with similar firms",
    },
    "briefing.firm_id": {"nl": "Bedrijfsnummer {firm_id}", "en": "Firm ID {firm_id}"},
    "briefing.advisor": {"nl": "Uw adviseur", "en": "Your advisor"},
    "briefing.note": {"nl": "Noot van uw adviseur", "en": "A note from your advisor"},
    "branding.logo.kind": {
        "nl": "Het logo {file} is geen PNG- of SVG-bestand.",
        "en": "The logo {file} is not a PNG or SVG file.",
    },
    "branding.logo.large": {
        "nl": "Het logo {file} is groter dan 5 MB; kies een kleiner bestand.",
        "en": "The logo {file} is larger than 5 MB; choose a smaller file.",
    },
    "branding.logo.unreadable": {
        "nl": "Het logo {file} kan niet worden gelezen.",
        "en": "The logo {file} cannot be read.",
    },
    "briefing.date": {"nl": "Datum", "en": "Date"},
    "briefing.source": {"nl": "Gegevensbron", "en": "Data source"},
    "briefing.peer_group": {"nl": "Vergelijkingsgroep", "en": "Peer group"},
    "briefing.peer_n": {"nl": "Vergelijkbare bedrijven", "en": "Peer firms"},
    "briefing.peer_n_value": {
        "nl": "{n} bedrijven (uw bedrijf niet meegeteld)",
        "en": "{n} firms (your firm not counted)",
    },
    "briefing.widened": {"nl": "Groep verruimd", "en": "Group widened"},
    "briefing.min_peers": {"nl": "Minimale groepsgrootte", "en": "Minimum group size"},
    "briefing.min_peers_value": {"nl": "{n} bedrijven naast uw bedrijf", "en": "{n} firms besides yours"},
    "briefing.how_to_read": {"nl": "Zo leest u deze briefing", "en": "How to read this briefing"},
    "briefing.legend_bar": {
        "nl": "Aandeel van de vergelijkbare bedrijven dat dit antwoord gaf",
        "en": "Share of peer firms that gave this answer",
    },
    "briefing.legend_firm_bar": {
        "nl": "Antwoorden die uw bedrijf ook gaf",
        "en": "Answers your firm gave as well",
    },
    "briefing.legend_whisker": {
        "nl": "95%-betrouwbaarheidsinterval: de marge door het kleine aantal bedrijven",
        "en": "95% confidence interval: the margin due to the small number of firms",
    },
    "briefing.legend_firm": {"nl": "Uw bedrijf", "en": "Your firm"},
    "briefing.legend_quartiles": {
        "nl": "Middelste helft van de vergelijkbare bedrijven, met de mediaan",
        "en": "Middle half of the peer firms, with the median",
    },
    "briefing.legend_c": {
        "nl": "Cijfer afgeschermd om andere bedrijven te beschermen; de reden staat in een voetnoot",
        "en": "Figure suppressed to protect other firms; the reason is given in a note",
    },
    "briefing.legend_n": {
        "nl": "n = aantal vergelijkbare bedrijven dat de vraag beantwoordde",
        "en": "n = number of peer firms that answered the question",
    },
    "briefing.privacy": {
        "nl": "Deze briefing bevat geen antwoorden of waarden van individuele andere bedrijven. Alle "
              "cijfers over vergelijkbare bedrijven zijn groepscijfers.",
        "en": "This briefing contains no answers or values of individual other firms. Every figure "
              "about peer firms is a group figure.",
    },
    "briefing.key_points": {"nl": "Belangrijkste bevindingen", "en": "Key points"},
    "briefing.no_key_points": {
        "nl": "Er zijn geen bevindingen die zonder afscherming getoond kunnen worden.",
        "en": "There are no findings that can be shown without suppression.",
    },
    "briefing.references": {"nl": "Gepubliceerde referentiecijfers", "en": "Published reference figures"},
    "briefing.references_intro": {
        "nl": "Ter vergelijking: cijfers uit openbare studies over de maakindustrie.",
        "en": "For comparison: figures from public studies of manufacturing.",
    },
    "briefing.ref_figure": {"nl": "Cijfer", "en": "Figure"},
    "briefing.ref_value": {"nl": "Waarde", "en": "Value"},
    "briefing.ref_source": {"nl": "Bron", "en": "Source"},
    "briefing.compared_with": {
        "nl": "Vergeleken met: {definition} (n = {n})",
        "en": "Compared with: {definition} (n = {n})",
    },
    "briefing.your_answer": {"nl": "Uw antwoord: <b>{answer}</b>.", "en": "Your answer: <b>{answer}</b>."},
    "briefing.no_answer": {
        "nl": "Uw bedrijf heeft deze vraag niet beantwoord.",
        "en": "Your firm did not answer this question.",
    },
    "briefing.share_sentence": {
        "nl": "{share} van de vergelijkbare bedrijven gaf hetzelfde antwoord (95%-interval {ci}).",
        "en": "{share} of the peer firms gave the same answer (95% interval {ci}).",
    },
    "briefing.share_sentence_no_ci": {
        "nl": "{share} van de vergelijkbare bedrijven gaf hetzelfde antwoord.",
        "en": "{share} of the peer firms gave the same answer.",
    },
    "briefing.share_suppressed": {
        "nl": "Aandeel van de vergelijkbare bedrijven: {c}.",
        "en": "Share of peer firms: {c}.",
    },
    "briefing.n_is": {"nl": "n = {n}", "en": "n = {n}"},
    "briefing.compared_with_round": {"nl": "Vergeleken met: {definition}, ronde {round} (n = {n})",
                                     "en": "Compared with: {definition}, round {round} (n = {n})"},
    "briefing.round": {"nl": "Ronde", "en": "Round"},
    "briefing.round_value": {"nl": "{round} (vergeleken met andere bedrijven in dezelfde ronde)",
                             "en": "{round} (compared with other firms in the same round)"},
    "briefing.trajectory": {"nl": "Uw antwoorden in eerdere rondes", "en": "Your answers in earlier rounds"},
    "briefing.trajectory_intro": {
        "nl": "Uw eigen antwoorden per ronde, en per ronde het aandeel van de vergelijkbare bedrijven (dezelfde "
              "groepsdefinitie, dezelfde ronde) dat hetzelfde antwoordde; bij getallen in welk kwart van hen uw "
              "bedrijf valt.",
        "en": "Your own answers per round and, per round, the share of peers (the same group definition, the same "
              "round) who gave the same answer; for numbers, which quarter of them your firm falls in.",
    },
    "briefing.trajectory_round": {"nl": "Ronde", "en": "Round"},
    "briefing.trajectory_answer": {"nl": "Uw antwoord", "en": "Your answer"},
    "briefing.trajectory_share": {"nl": "Vergelijkbare bedrijven in die ronde", "en": "Peers in that round"},
    "briefing.trajectory_median": {"nl": "mediaan {median}", "en": "median {median}"},
    "briefing.trajectory_current": {"nl": "{round} (deze briefing)", "en": "{round} (this briefing)"},
    "briefing.method.round": {
        "nl": "Ronde {round}: uw antwoord in deze ronde, vergeleken met de antwoorden van andere bedrijven in "
              "dezelfde ronde; uw antwoorden in andere rondes tellen nooit mee.",
        "en": "Round {round}: your answer in this round, compared with other firms' answers in the same round; "
              "your answers in other rounds never count.",
    },
    "briefing.multi_caption": {
        "nl": "Oranjerode balken: door uw bedrijf aangekruist. Percentage: aandeel van de vergelijkbare"
              " bedrijven dat de optie aankruiste, met 95%-interval.",
        "en": "Orange-red bars: ticked by your firm. Percentage: share of peer firms that ticked the "
              "option, with 95% interval.",
    },
    "briefing.share_no_answer": {
        "nl": "U beantwoordde deze vraag niet; de balken tonen hoe de vergelijkbare bedrijven antwoordden.",
        "en": "You did not answer this question; the bars show how the peer firms answered.",
    },
    "briefing.multi_no_answer": {
        "nl": "Uw bedrijf heeft deze vraag niet beantwoord; de balken tonen alleen de vergelijkbare bedrijven.",
        "en": "Your firm did not answer this question; the bars show the peer firms only.",
    },
    "briefing.ticked": {"nl": "aangekruist", "en": "ticked"},
    "briefing.likert_caption": {
        "nl": "Spreiding van de vergelijkbare bedrijven over de schaal.",
        "en": "How the peer firms spread over the scale.",
    },
    "briefing.likert_suppressed": {
        "nl": "Spreiding van de vergelijkbare bedrijven: {c}.",
        "en": "Spread of the peer firms: {c}.",
    },
    "briefing.your_firm": {"nl": "Uw bedrijf", "en": "Your firm"},
    "briefing.your_value": {"nl": "Uw waarde: <b>{value}</b>", "en": "Your value: <b>{value}</b>"},
    "briefing.band": {
        "nl": "Positie tussen de vergelijkbare bedrijven: {band}",
        "en": "Position among the peer firms: {band}",
    },
    "briefing.band_lowest": {"nl": "bij de laagste {high}", "en": "among the lowest {high}"},
    "briefing.band_middle": {"nl": "tussen {low} en {high}", "en": "between {low} and {high}"},
    "briefing.band_highest": {"nl": "bij de hoogste {width}", "en": "among the highest {width}"},
    "briefing.quartiles": {
        "nl": "Vergelijkbare bedrijven: mediaan {median}, middelste helft {q1} tot {q3}",
        "en": "Peer firms: median {median}, middle half {q1} to {q3}",
    },
    "briefing.quartiles_suppressed": {"nl": "Mediaan en kwartielen: {c}", "en": "Median and quartiles: {c}"},
    "briefing.numeric_suppressed": {
        "nl": "Vergelijking met de vergelijkbare bedrijven: {c}.",
        "en": "Comparison with the peer firms: {c}.",
    },
    "briefing.band_axis": {"nl": "positie (%)", "en": "position (%)"},
    "briefing.figure_quartiles": {"nl": "mediaan en kwartielen", "en": "median and quartiles"},
    "briefing.method": {"nl": "Methode en verantwoording", "en": "Method and sources"},
    "briefing.method_source": {"nl": "Gegevensbron", "en": "Data source"},
    "briefing.method_sha": {"nl": "SHA-256 van het bronbestand", "en": "SHA-256 of the source file"},
    "briefing.method_filters": {"nl": "Filters", "en": "Filters"},
    "briefing.method_no_filters": {"nl": "geen", "en": "none"},
    "briefing.method_peers": {"nl": "Vergelijkingsgroep", "en": "Peer group"},
    "briefing.method_widened": {"nl": "Verruiming", "en": "Widening"},
    "briefing.method_not_widened": {"nl": "niet nodig", "en": "not needed"},
    "briefing.method_base": {"nl": "Basis van aandelen", "en": "Base of shares"},
    "briefing.method_base_value": {
        "nl": "de vergelijkbare bedrijven die de vraag beantwoordden; uw bedrijf telt nooit mee. Bij "
              "meerkeuzevragen: het aandeel dat de optie aankruiste.",
        "en": "the peer firms that answered the question; your firm never counts. Multiple choice: the "
              "share that ticked the option.",
    },
    "briefing.method_intervals": {"nl": "Intervallen", "en": "Intervals"},
    "briefing.method_numbers": {"nl": "Getallen", "en": "Numbers"},
    "briefing.method_numbers_value": {
        "nl": "mediaan en kwartielen (lineaire interpolatie), afgerond op twee significante cijfers, "
              "grover waar een kwartiel gelijk zou zijn aan de waarde van een bedrijf; uw positie als "
              "kwart van de vergelijkbare bedrijven (laagste 25%, 25–50%, 50–75%, hoogste 25%).",
        "en": "median and quartiles (linear interpolation), rounded to two significant figures, coarser"
              " where a quartile would equal a firm's value; your position as a quarter of the peer "
              "firms (lowest 25%, 25–50%, 50–75%, highest 25%).",
    },
    "briefing.method_rounding": {"nl": "Afronding", "en": "Rounding"},
    "briefing.method_rounding_value": {
        "nl": "percentages op hele procenten, onder 10% op een tiende procent (half naar boven afgerond); "
              "daardoor tellen ze niet altijd op tot 100%.",
        "en": "percentages to whole per cent, below 10% to a tenth of a per cent (halves rounded up), so "
              "they do not always add up to 100%.",
    },
    "briefing.rules": {"nl": "Regels voor geheimhouding", "en": "Disclosure rules"},
    "briefing.rules_intro": {
        "nl": "Voor elk cijfer in deze briefing is gecontroleerd:",
        "en": "Every figure in this briefing was checked against:",
    },
    "briefing.rules_none": {"nl": "Geen regels opgegeven.", "en": "No rules given."},
    "briefing.suppressed": {"nl": "Afgeschermde cijfers", "en": "Suppressed figures"},
    "briefing.suppressed_none": {"nl": "Er is geen cijfer afgeschermd.", "en": "No figure was suppressed."},
    "briefing.suppressed_figure": {"nl": "Cijfer", "en": "Figure"},
    "briefing.suppressed_reason": {"nl": "Reden", "en": "Reason"},
    "briefing.page": {"nl": "pagina {page} van {total}", "en": "page {page} of {total}"},
    "briefing.R1": {
        "nl": "Elke vergelijkingsgroep telt minstens {min_peers} bedrijven naast uw bedrijf. Is de "
              "groep te klein, dan wordt ze stap voor stap verruimd (sector → sectie, grootteklasse "
              "weglaten, technologieklasse); volstaat dat niet, dan wordt het cijfer afgeschermd.",
        "en": "Every peer group has at least {min_peers} firms besides yours. A group that is too small"
              " is widened step by step (division → section, size class dropped, technology class); if "
              "that does not suffice, the figure is suppressed.",
    },
    "briefing.R2": {
        "nl": "Bedragen zoals omzet worden niet getoond als één bedrijf het bedrag van een ander tot op"
              " 10% zou kunnen schatten, of als twee bedrijven samen meer dan 85% van het totaal "
              "uitmaken.",
        "en": "Amounts such as turnover are not shown when one firm could estimate another's to within "
              "10%, or when two firms make up more than 85% of the total.",
    },
    "briefing.R3": {
        "nl": "Geen individuele waarden: geen minimum, maximum of losse punten; kwartielen pas vanaf 10"
              " bedrijven, afgerond op twee significante cijfers.",
        "en": "No individual values: no minimum, maximum or single points; quartiles only from 10 "
              "firms, rounded to two significant figures.",
    },
    "briefing.R4": {
        "nl": "Een aandeel wordt afgeschermd als alle vergelijkbare bedrijven, of alle op twee na, "
              "hetzelfde antwoord gaven: twee bedrijven die hun eigen antwoorden samenleggen, leren "
              "niets over een derde.",
        "en": "A share is suppressed when all peer firms, or all but two, gave the same answer: two "
              "firms that pool their own answers learn nothing about a third.",
    },
    "briefing.R5": {
        "nl": "Een afgeschermd cijfer staat als <b>c</b> met de reden in een noot; waar nodig wordt een"
              " tweede cijfer afgeschermd, zodat het eerste niet uit een totaal te berekenen is.",
        "en": "A suppressed figure shows as <b>c</b> with the reason in a note; where needed a second "
              "figure is suppressed so the first cannot be worked out from a total.",
    },
    "briefing.widening.division_to_section": {
        "nl": "NACE-afdeling verruimd tot NACE-sectie",
        "en": "NACE division widened to NACE section",
    },
    "briefing.widening.size_dropped": {"nl": "grootteklasse weggelaten", "en": "size class dropped"},
    "briefing.widening.section_dropped": {
        "nl": "sector weggelaten (alleen technologieklasse)",
        "en": "sector dropped (technology class only)",
    },
    "briefing.method.interval": {
        "nl": "Wilson-score, 95%, ongewogen (vergelijkingen tellen bedrijven)",
        "en": "Wilson score, 95%, unweighted (comparisons count firms)",
    },
    "briefing.method.no_filters": {
        "nl": "geen filters; de vergelijkingsgroep bepaalt welke bedrijven meetellen",
        "en": "no filters; the peer group decides which firms count",
    },
    "briefing.method.not_released": {
        "nl": "Vergelijkingsgroep verschilt te weinig van een eerder verstrekte groep",
        "en": "Peer group differs too little from one released earlier",
    },
    "briefing.method.n_rule": {
        "nl": "n telt per vraag de vergelijkbare bedrijven die de vraag beantwoordden; uw bedrijf telt "
              "nooit mee.",
        "en": "n counts, per question, the comparable firms that answered it; your firm never counts.",
    },
    "briefing.method.recorded": {
        "nl": "Deze vergelijkingsgroep staat in het register van verstrekte groepen, zodat geen latere "
              "briefing of export er op slechts enkele bedrijven na van kan verschillen.",
        "en": "This peer group is recorded in the register of released groups, so that no later "
              "briefing or export can differ from it by only a few firms.",
    },
    "briefing.method.passed_over": {
        "nl": "Een smallere vergelijkingsgroep is niet gebruikt: die verschilt in {differing} bedrijf "
              "of bedrijven van een groep die op {date} is verstrekt.",
        "en": "A narrower peer group was not used: it differs by {differing} firm(s) from a group "
              "released on {date}.",
    },
    "briefing.method.cleared": {
        "nl": "Het register van verstrekte groepen is op {date} bewust gewist ({count} groepen); reden:"
              " {reason}",
        "en": "The register of released groups was deliberately cleared on {date} ({count} groups); "
              "reason: {reason}",
    },
    "briefing.method.lowered": {
        "nl": "Minimale groepsgrootte verlaagd van {default} tot {n} bedrijven; reden: {reason}",
        "en": "Minimum group size lowered from {default} to {n} firms; reason: {reason}",
    },
    "briefing.point.intention": {
        "nl": "Uw bedrijf overweegt {kind}; {share} van de {n} vergelijkbare bedrijven ook.",
        "en": "Your firm is considering {kind}; so are {share} of the {n} comparable firms.",
    },
    "briefing.point.same_answer": {
        "nl": "Op ‘{question}’ antwoordde uw bedrijf ‘{answer}’; {share} van de {n} vergelijkbare "
              "bedrijven gaf hetzelfde antwoord.",
        "en": "To ‘{question}’ your firm answered ‘{answer}’; {share} of the {n} comparable firms gave "
              "the same answer.",
    },
    "briefing.point.top_option": {
        "nl": "Bij ‘{question}’ noemen vergelijkbare bedrijven ‘{option}’ het vaakst ({share} van {n});"
              " uw bedrijf {did}.",
        "en": "For ‘{question}’ comparable firms most often name ‘{option}’ ({share} of {n}); your firm {did}.",
    },
    "briefing.point.did": {"nl": "ook", "en": "does too"},
    "briefing.point.did_not": {"nl": "niet", "en": "does not"},
    "briefing.point.numeric": {
        "nl": "Op ‘{question}’ antwoordde uw bedrijf {value}; daarmee hoort het {band} van de {n} "
              "vergelijkbare bedrijven.",
        "en": "To ‘{question}’ your firm answered {value}, which places it {band} of the {n} comparable firms.",
    },
    "briefing.point.quarter_0": {"nl": "bij het kwart met de laagste waarden", "en": "among the quarter with the lowest values"},
    "briefing.point.quarter_25": {"nl": "net onder het midden", "en": "just below the middle"},
    "briefing.point.quarter_50": {"nl": "net boven het midden", "en": "just above the middle"},
    "briefing.point.quarter_75": {"nl": "bij het kwart met de hoogste waarden", "en": "among the quarter with the highest values"},
    "briefing.point.intention_none": {
        "nl": "Uw bedrijf overweegt {kind}; geen van de {n} vergelijkbare bedrijven doet dat.",
        "en": "Your firm is considering {kind}; none of the {n} comparable firms is.",
    },
    "briefing.point.same_answer_none": {
        "nl": "Op ‘{question}’ antwoordde uw bedrijf ‘{answer}’; geen van de {n} vergelijkbare bedrijven gaf "
              "dat antwoord.",
        "en": "To ‘{question}’ your firm answered ‘{answer}’; none of the {n} comparable firms gave that answer.",
    },
    "briefing.point.likert_none": {
        "nl": "Op ‘{question}’ koos uw bedrijf ‘{level}’; geen van de {n} vergelijkbare bedrijven koos dat.",
        "en": "To ‘{question}’ your firm chose ‘{level}’; none of the {n} comparable firms did.",
    },
    "briefing.point.likert": {
        "nl": "Op ‘{question}’ koos uw bedrijf ‘{level}’; {share} van de {n} vergelijkbare bedrijven "
              "koos hetzelfde.",
        "en": "To ‘{question}’ your firm chose ‘{level}’; {share} of the {n} comparable firms chose the same.",
    },
    "briefing.theme_relocation": {"nl": "Verplaatsing van productie", "en": "Relocating production"},
    "briefing.theme_motives": {"nl": "Motieven", "en": "Motives"},
    "briefing.theme_barriers": {"nl": "Drempels", "en": "Barriers"},
    "briefing.theme_supply": {"nl": "Toeleveringsketen en voorraad", "en": "Supply chain and stock"},
    "briefing.theme_other": {"nl": "Overige vragen", "en": "Other questions"},
}
