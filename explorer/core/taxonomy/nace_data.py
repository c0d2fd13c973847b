"""NACE Rev. 2 reference data: sections, divisions and the valid class codes.

Dutch titles follow NACE-BEL 2008 (the Belgian edition, as published by Statbel / the KBO),
English titles are the official Eurostat short titles. Only data lives here; the logic that
reads codes is in `nace.py`.
"""

from __future__ import annotations

# Section letter -> (Dutch title, English title, first division, last division).
SECTIONS: dict[str, tuple[str, str, int, int]] = {
    "A": ("Landbouw, bosbouw en visserij", "Agriculture, forestry and fishing", 1, 3),
    "B": ("Winning van delfstoffen", "Mining and quarrying", 5, 9),
    "C": ("Industrie", "Manufacturing", 10, 33),
    "D": (
        "Productie en distributie van elektriciteit, gas, stoom en gekoelde lucht",
        "Electricity, gas, steam and air conditioning supply",
        35,
        35,
    ),
    "E": (
        "Distributie van water; afval- en afvalwaterbeheer en sanering",
        "Water supply; sewerage, waste management and remediation activities",
        36,
        39,
    ),
    "F": ("Bouwnijverheid", "Construction", 41, 43),
    "G": (
        "Groot- en detailhandel; reparatie van auto's en motorfietsen",
        "Wholesale and retail trade; repair of motor vehicles and motorcycles",
        45,
        47,
    ),
    "H": ("Vervoer en opslag", "Transportation and storage", 49, 53),
    "I": ("Verschaffen van accommodatie en maaltijden", "Accommodation and food service activities", 55, 56),
    "J": ("Informatie en communicatie", "Information and communication", 58, 63),
    "K": ("Financiële activiteiten en verzekeringen", "Financial and insurance activities", 64, 66),
    "L": ("Exploitatie van en handel in onroerend goed", "Real estate activities", 68, 68),
    "M": (
        "Vrije beroepen en wetenschappelijke en technische activiteiten",
        "Professional, scientific and technical activities",
        69,
        75,
    ),
    "N": ("Administratieve en ondersteunende diensten", "Administrative and support service activities", 77, 82),
    "O": (
        "Openbaar bestuur en defensie; verplichte sociale verzekeringen",
        "Public administration and defence; compulsory social security",
        84,
        84,
    ),
    "P": ("Onderwijs", "Education", 85, 85),
    "Q": (
        "Menselijke gezondheidszorg en maatschappelijke dienstverlening",
        "Human health and social work activities",
        86,
        88,
    ),
    "R": ("Kunst, amusement en recreatie", "Arts, entertainment and recreation", 90, 93),
    "S": ("Overige diensten", "Other service activities", 94, 96),
    "T": (
        "Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten "
        "door huishoudens voor eigen gebruik",
        "Activities of households as employers; undifferentiated goods- and services-producing "
        "activities of households for own use",
        97,
        98,
    ),
    "U": (
        "Extraterritoriale organisaties en lichamen",
        "Activities of extraterritorial organisations and bodies",
        99,
        99,
    ),
}

# Division -> (Dutch title, English title). The numbering has gaps (04, 34, 40, ...) on purpose.
DIVISIONS: dict[str, tuple[str, str]] = {
    "01": (
        "Teelt van gewassen, veeteelt, jacht en diensten in verband met deze activiteiten",
        "Crop and animal production, hunting and related service activities",
    ),
    "02": ("Bosbouw en de exploitatie van bossen", "Forestry and logging"),
    "03": ("Visserij en aquacultuur", "Fishing and aquaculture"),
    "05": ("Winning van steenkool en bruinkool", "Mining of coal and lignite"),
    "06": ("Winning van aardolie en aardgas", "Extraction of crude petroleum and natural gas"),
    "07": ("Winning van metaalertsen", "Mining of metal ores"),
    "08": ("Overige winning van delfstoffen", "Other mining and quarrying"),
    "09": ("Ondersteunende activiteiten in verband met de mijnbouw", "Mining support service activities"),
    "10": ("Vervaardiging van voedingsmiddelen", "Manufacture of food products"),
    "11": ("Vervaardiging van dranken", "Manufacture of beverages"),
    "12": ("Vervaardiging van tabaksproducten", "Manufacture of tobacco products"),
    "13": ("Vervaardiging van textiel", "Manufacture of textiles"),
    "14": ("Vervaardiging van kleding", "Manufacture of wearing apparel"),
    "15": ("Vervaardiging van leer en van producten van leer", "Manufacture of leather and related products"),
    "16": (
        "Houtindustrie en vervaardiging van artikelen van hout en van kurk, exclusief meubelen; "
        "vervaardiging van artikelen van riet en van vlechtwerk",
        "Manufacture of wood and of products of wood and cork, except furniture; "
        "manufacture of articles of straw and plaiting materials",
    ),
    "17": ("Vervaardiging van papier en papierwaren", "Manufacture of paper and paper products"),
    "18": ("Drukkerijen, reproductie van opgenomen media", "Printing and reproduction of recorded media"),
    "19": (
        "Vervaardiging van cokes en van geraffineerde aardolieproducten",
        "Manufacture of coke and refined petroleum products",
    ),
    "20": ("Vervaardiging van chemische producten", "Manufacture of chemicals and chemical products"),
    "21": (
        "Vervaardiging van farmaceutische grondstoffen en producten",
        "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
    ),
    "22": ("Vervaardiging van producten van rubber of kunststof", "Manufacture of rubber and plastic products"),
    "23": (
        "Vervaardiging van andere niet-metaalhoudende minerale producten",
        "Manufacture of other non-metallic mineral products",
    ),
    "24": ("Vervaardiging van metalen in primaire vorm", "Manufacture of basic metals"),
    "25": (
        "Vervaardiging van producten van metaal, exclusief machines en apparaten",
        "Manufacture of fabricated metal products, except machinery and equipment",
    ),
    "26": (
        "Vervaardiging van informaticaproducten en van elektronische en optische producten",
        "Manufacture of computer, electronic and optical products",
    ),
    "27": ("Vervaardiging van elektrische apparatuur", "Manufacture of electrical equipment"),
    "28": (
        "Vervaardiging van machines, apparaten en werktuigen, n.e.g.",
        "Manufacture of machinery and equipment n.e.c.",
    ),
    "29": (
        "Vervaardiging en assemblage van motorvoertuigen, aanhangwagens en opleggers",
        "Manufacture of motor vehicles, trailers and semi-trailers",
    ),
    "30": ("Vervaardiging van andere transportmiddelen", "Manufacture of other transport equipment"),
    "31": ("Vervaardiging van meubelen", "Manufacture of furniture"),
    "32": ("Overige industrie", "Other manufacturing"),
    "33": ("Reparatie en installatie van machines en apparaten", "Repair and installation of machinery and equipment"),
    "35": (
        "Productie en distributie van elektriciteit, gas, stoom en gekoelde lucht",
        "Electricity, gas, steam and air conditioning supply",
    ),
    "36": ("Winning, behandeling en distributie van water", "Water collection, treatment and supply"),
    "37": ("Afvalwaterafvoer", "Sewerage"),
    "38": (
        "Inzameling, verwerking en verwijdering van afval; terugwinning",
        "Waste collection, treatment and disposal activities; materials recovery",
    ),
    "39": ("Sanering en ander afvalbeheer", "Remediation activities and other waste management services"),
    "41": ("Bouw van gebouwen; ontwikkeling van bouwprojecten", "Construction of buildings"),
    "42": ("Burgerlijke bouwkunde", "Civil engineering"),
    "43": ("Gespecialiseerde bouwwerkzaamheden", "Specialised construction activities"),
    "45": (
        "Groot- en detailhandel in en onderhoud en reparatie van motorvoertuigen en motorfietsen",
        "Wholesale and retail trade and repair of motor vehicles and motorcycles",
    ),
    "46": (
        "Groothandel en handelsbemiddeling, met uitzondering van de handel in motorvoertuigen en motorfietsen",
        "Wholesale trade, except of motor vehicles and motorcycles",
    ),
    "47": (
        "Detailhandel, met uitzondering van de handel in auto's en motorfietsen",
        "Retail trade, except of motor vehicles and motorcycles",
    ),
    "49": ("Vervoer te land en vervoer via pijpleidingen", "Land transport and transport via pipelines"),
    "50": ("Vervoer over water", "Water transport"),
    "51": ("Luchtvaart", "Air transport"),
    "52": ("Opslag en vervoerondersteunende activiteiten", "Warehousing and support activities for transportation"),
    "53": ("Post- en koeriersactiviteiten", "Postal and courier activities"),
    "55": ("Verschaffen van accommodatie", "Accommodation"),
    "56": ("Eet- en drinkgelegenheden", "Food and beverage service activities"),
    "58": ("Uitgeverijen", "Publishing activities"),
    "59": (
        "Productie van films en video- en televisieprogramma's, maken van geluidsopnamen "
        "en uitgeverijen van muziekopnamen",
        "Motion picture, video and television programme production, sound recording "
        "and music publishing activities",
    ),
    "60": ("Programmeren en uitzenden van radio- en televisieprogramma's", "Programming and broadcasting activities"),
    "61": ("Telecommunicatie", "Telecommunications"),
    "62": (
        "Ontwerpen en programmeren van computerprogramma's, computerconsultancy-activiteiten "
        "en aanverwante activiteiten",
        "Computer programming, consultancy and related activities",
    ),
    "63": ("Dienstverlenende activiteiten op het gebied van informatie", "Information service activities"),
    "64": (
        "Financiële dienstverlening, exclusief verzekeringen en pensioenfondsen",
        "Financial service activities, except insurance and pension funding",
    ),
    "65": (
        "Verzekeringen, herverzekeringen en pensioenfondsen, exclusief verplichte sociale verzekeringen",
        "Insurance, reinsurance and pension funding, except compulsory social security",
    ),
    "66": (
        "Ondersteunende activiteiten in verband met financiële diensten en verzekeringen",
        "Activities auxiliary to financial services and insurance activities",
    ),
    "68": ("Exploitatie van en handel in onroerend goed", "Real estate activities"),
    "69": ("Rechtskundige en boekhoudkundige dienstverlening", "Legal and accounting activities"),
    "70": (
        "Activiteiten van hoofdkantoren; adviesbureaus op het gebied van bedrijfsbeheer",
        "Activities of head offices; management consultancy activities",
    ),
    "71": (
        "Architecten en ingenieurs; technische testen en toetsen",
        "Architectural and engineering activities; technical testing and analysis",
    ),
    "72": ("Speur- en ontwikkelingswerk op wetenschappelijk gebied", "Scientific research and development"),
    "73": ("Reclamewezen en marktonderzoek", "Advertising and market research"),
    "74": (
        "Overige gespecialiseerde wetenschappelijke en technische activiteiten",
        "Other professional, scientific and technical activities",
    ),
    "75": ("Veterinaire diensten", "Veterinary activities"),
    "77": ("Verhuur en lease", "Rental and leasing activities"),
    "78": ("Arbeidsbemiddeling, uitzendbureaus en personeelsbeheer", "Employment activities"),
    "79": (
        "Reisbureaus, reisorganisatoren, reserveringsbureaus en aanverwante activiteiten",
        "Travel agency, tour operator and other reservation service and related activities",
    ),
    "80": ("Beveiligings- en opsporingsdiensten", "Security and investigation activities"),
    "81": ("Diensten in verband met gebouwen; landschapsverzorging", "Services to buildings and landscape activities"),
    "82": (
        "Administratieve en ondersteunende activiteiten ten behoeve van kantoren "
        "en overige zakelijke activiteiten",
        "Office administrative, office support and other business support activities",
    ),
    "84": (
        "Openbaar bestuur en defensie; verplichte sociale verzekeringen",
        "Public administration and defence; compulsory social security",
    ),
    "85": ("Onderwijs", "Education"),
    "86": ("Menselijke gezondheidszorg", "Human health activities"),
    "87": ("Maatschappelijke dienstverlening met huisvesting", "Residential care activities"),
    "88": ("Maatschappelijke dienstverlening zonder huisvesting", "Social work activities without accommodation"),
    "90": ("Creatieve activiteiten, kunst en amusement", "Creative, arts and entertainment activities"),
    "91": (
        "Bibliotheken, archieven, musea en overige culturele activiteiten",
        "Libraries, archives, museums and other cultural activities",
    ),
    "92": ("Loterijen en kansspelen", "Gambling and betting activities"),
    "93": ("Sport, ontspanning en recreatie", "Sports activities and amusement and recreation activities"),
    "94": ("Verenigingen", "Activities of membership organisations"),
    "95": ("Reparatie van computers en consumentenartikelen", "Repair of computers and personal and household goods"),
    "96": ("Overige persoonlijke diensten", "Other personal service activities"),
    "97": (
        "Huishoudens als werkgever van huishoudelijk personeel",
        "Activities of households as employers of domestic personnel",
    ),
    "98": (
        "Niet-gedifferentieerde productie van goederen en diensten door particuliere huishoudens "
        "voor eigen gebruik",
        "Undifferentiated goods- and services-producing activities of private households for own use",
    ),
    "99": ("Extraterritoriale organisaties en lichamen", "Activities of extraterritorial organisations and bodies"),
}

# Other Dutch wordings of manufacturing divisions met in Dutch files: the EU's own Dutch text
# of NACE Rev. 2, which Dutch (SBI) exports tend to copy. Used only to recognise labels.
DUTCH_ALIASES: dict[str, tuple[str, ...]] = {
    "15": ("Vervaardiging van leer, lederwaren en soortgelijke producten van andere materialen",),
    "16": (
        "Houtindustrie en vervaardiging van artikelen van hout en kurk, met uitzondering van meubelen; "
        "vervaardiging van artikelen van riet en van vlechtwerk",
    ),
    "18": ("Activiteiten op het gebied van drukwerk en reproductie van opgenomen media",),
    "20": ("Vervaardiging van chemicaliën en chemische producten",),
    "23": ("Vervaardiging van overige niet-metaalhoudende minerale producten",),
    "24": ("Vervaardiging van basismetalen",),
    "25": ("Vervaardiging van producten van metaal, met uitzondering van machines en apparatuur",),
    "26": ("Vervaardiging van computers en van elektronische en optische apparatuur",),
    "28": ("Vervaardiging van machines en apparaten, n.e.g.",),
    "29": ("Vervaardiging van motorvoertuigen, aanhangwagens en opleggers",),
    "30": ("Vervaardiging van overige vervoermiddelen",),
    "32": ("Vervaardiging van overige goederen",),
    "33": ("Reparatie, onderhoud en installatie van machines en apparaten",),
}

# Every NACE Rev. 2 class as four digits, one line per division. Groups are the first three
# digits of these; a code is valid only if it is listed (or is the prefix of one listed).
_CLASS_LINES = """
0111 0112 0113 0114 0115 0116 0119 0121 0122 0123 0124 0125 0126 0127 0128 0129 0130
0141 0142 0143 0144 0145 0146 0147 0149 0150 0161 0162 0163 0164 0170
0210 0220 0230 0240
0311 0312 0321 0322
0510 0520
0610 0620
0710 0721 0729
0811 0812 0891 0892 0893 0899
0910 0990
1011 1012 1013 1020 1031 1032 1039 1041 1042 1051 1052 1061 1062 1071 1072 1073
1081 1082 1083 1084 1085 1086 1089 1091 1092
1101 1102 1103 1104 1105 1106 1107
1200
1310 1320 1330 1391 1392 1393 1394 1395 1396 1399
1411 1412 1413 1414 1419 1420 1431 1439
1511 1512 1520
1610 1621 1622 1623 1624 1629
1711 1712 1721 1722 1723 1724 1729
1811 1812 1813 1814 1820
1910 1920
2011 2012 2013 2014 2015 2016 2017 2020 2030 2041 2042 2051 2052 2053 2059 2060
2110 2120
2211 2219 2221 2222 2223 2229
2311 2312 2313 2314 2319 2320 2331 2332 2341 2342 2343 2344 2349 2351 2352
2361 2362 2363 2364 2365 2369 2370 2391 2399
2410 2420 2431 2432 2433 2434 2441 2442 2443 2444 2445 2446 2451 2452 2453 2454
2511 2512 2521 2529 2530 2540 2550 2561 2562 2571 2572 2573 2591 2592 2593 2594 2599
2611 2612 2620 2630 2640 2651 2652 2660 2670 2680
2711 2712 2720 2731 2732 2733 2740 2751 2752 2790
2811 2812 2813 2814 2815 2821 2822 2823 2824 2825 2829 2830 2841 2849
2891 2892 2893 2894 2895 2896 2899
2910 2920 2931 2932
3011 3012 3020 3030 3040 3091 3092 3099
3101 3102 3103 3109
3211 3212 3213 3220 3230 3240 3250 3291 3299
3311 3312 3313 3314 3315 3316 3317 3319 3320
3511 3512 3513 3514 3521 3522 3523 3530
3600
3700
3811 3812 3821 3822 3831 3832
3900
4110 4120
4211 4212 4213 4221 4222 4291 4299
4311 4312 4313 4321 4322 4329 4331 4332 4333 4334 4339 4391 4399
4511 4519 4520 4531 4532 4540
4611 4612 4613 4614 4615 4616 4617 4618 4619 4621 4622 4623 4624
4631 4632 4633 4634 4635 4636 4637 4638 4639 4641 4642 4643 4644 4645 4646 4647 4648 4649
4651 4652 4661 4662 4663 4664 4665 4666 4669 4671 4672 4673 4674 4675 4676 4677 4690
4711 4719 4721 4722 4723 4724 4725 4726 4729 4730 4741 4742 4743
4751 4752 4753 4754 4759 4761 4762 4763 4764 4765
4771 4772 4773 4774 4775 4776 4777 4778 4779 4781 4782 4789 4791 4799
4910 4920 4931 4932 4939 4941 4942 4950
5010 5020 5030 5040
5110 5121 5122
5210 5221 5222 5223 5224 5229
5310 5320
5510 5520 5530 5590
5610 5621 5629 5630
5811 5812 5813 5814 5819 5821 5829
5911 5912 5913 5914 5920
6010 6020
6110 6120 6130 6190
6201 6202 6203 6209
6311 6312 6391 6399
6411 6419 6420 6430 6491 6492 6499
6511 6512 6520 6530
6611 6612 6619 6621 6622 6629 6630
6810 6820 6831 6832
6910 6920
7010 7021 7022
7111 7112 7120
7211 7219 7220
7311 7312 7320
7410 7420 7430 7490
7500
7711 7712 7721 7722 7729 7731 7732 7733 7734 7735 7739 7740
7810 7820 7830
7911 7912 7990
8010 8020 8030
8110 8121 8122 8129 8130
8211 8219 8220 8230 8291 8292 8299
8411 8412 8413 8421 8422 8423 8424 8425 8430
8510 8520 8531 8532 8541 8542 8551 8552 8553 8559 8560
8610 8621 8622 8623 8690
8710 8720 8730 8790
8810 8891 8899
9001 9002 9003 9004
9101 9102 9103 9104
9200
9311 9312 9313 9319 9321 9329
9411 9412 9420 9491 9492 9499
9511 9512 9521 9522 9523 9524 9525 9529
9601 9602 9603 9604 9609
9700
9810 9820
9900
"""

CLASSES: frozenset[str] = frozenset(_CLASS_LINES.split())
GROUPS: frozenset[str] = frozenset(code[:3] for code in CLASSES)
