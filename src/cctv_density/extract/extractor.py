"""Turn one document into claims (figures resolved to places) and figure-less mentions."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from cctv_density.extract.metrics import (
    AND_OR_JOIN_RE,
    CAMERA_NOUN_RE,
    CURRENCY_ISO_CODES,
    EARLIER_STATE_BEFORE_RE,
    LIST_JOIN_RE,
    MIN_CAMERA_COUNT,
    MIN_STATED_CAMERA_COUNT,
    OTHERS_WITH_CAMERAS_LABEL_RE,
    OUT_OF_BEFORE_RE,
    QUALIFIER_WORDS,
    RANKED_AGAINST,
    Figure,
    MetricPatterns,
    find_figures,
    metric_patterns,
    qualifier_of_words,
    word_start_alternatives,
)
from cctv_density.extract.numbers import (
    MAGNITUDE,
    MAGNITUDES,
    ROMANCE_MIL_RE,
    WHOLE_METRICS,
    YEAR_RE,
    parse_value,
    whole_value,
    year_value,
)
from cctv_density.extract.sentences import (
    SECTION_NUMBER,
    SECTION_NUMBER_MARK,
    Segment,
    split_segments,
)
from cctv_density.gazetteer import CITY_STATES, Gazetteer, NameMatch, Place, subdivision_names
from cctv_density.model import Claim, Document, Extraction, Mention
from cctv_density.reflow import RULE_LINE_RE

#: Cheap pre-filter on the lower-cased segment: a number (a digit or a number word), and a
#: word a figure needs nearby.
_DIGIT_RE = re.compile(r"\d")
_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
)
_NUMBER_WORD_RE = re.compile("(?:" + word_start_alternatives(*_NUMBER_WORDS) + r")\b")
_FIGURE_WORDS = (
    "camera",
    "cctv",
    "lens",
    "cams",
    "per",
    "every",
    "surveil",
    "total",
    "figure",
    "count",
    "them",
    "each",
    # FOREIGN_CAMERA_NOUNS: "caméras", "cámaras", "câmeras", "kameras"
    "camér",
    "cám",
    "câm",
    "kamer",
)
_ALPHA2_IN_ROW_RE = re.compile(r"([A-Z]{2})[ \u00a0\t]+[\d~<>]")
_NATIONWIDE_WORD_RE = re.compile(r"(?i:nationwide|nationally|countrywide|island-?wide)")
#: "… about 3,500 cameras nationwide": a country's figure.
_NATIONWIDE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:in[ \u00a0]+(?:the[ \u00a0]+)?)?(?:public|police|government)[ \u00a0]+)?"
    r"(?i:nationwide|countrywide|across[ \u00a0]+the[ \u00a0]+country)\b"
)
_QUALIFIER_GAP_RE = re.compile(
    # ("Liverpool in the UK", "Lagos, in Nigeria")
    r"(?:,?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?|[ \u00a0]*(?:,|\(|–|—|-|\||:|\t)?)[ \u00a0]*"
)
_DEMONYM_NOUN_RE = re.compile(
    r"[ \u00a0]+(?:government|authorities|police|officials|regime|capital|cities|city"
    # "Chinese state banks", "Russian state media": the state's, not a figure of the country
    r"|state(?![ \u00a0-]+(?:banks?|media|firms?|compan(?:y|ies)|owned|broadcasters?|television"
    r"|tv|news|lenders?|enterprises?|contractors?|suppliers?|vendors?))"
    r"|ministry|communist\s+party|people|population|citizens|public"
    # "a 2024 estimate by the Swiss security industry association": a national body's count
    r"|(?:[\w-]+[ \u00a0]+){0,2}(?:association|federation|statistics\s+office|statistical\s+office"
    r"|regulator|watchdog))\b",
    re.IGNORECASE,
)
_ANAPHOR_RE = re.compile(
    r"\b(?P<country>(?:the|this|that)\s+(?:whole\s+|entire\s+)?"
    r"(?:country|nation|kingdom|republic|sultanate|principality)"
    r"(?:[’']s)?"
    r"|nationwide|countrywide|island-?wide"
    r"|nationally|(?:the\s+)?national\s+(?:total|figure|count|tally|estimate)s?|at\s+the\s+national\s+level"
    # "the national video surveillance system integrates approximately 12,500 cameras"
    # (but "Izmir has about 2,000 cameras in the national KGYS system" is the city's share)
    r"|(?<!\bin\s)(?<!\bon\s)(?<!\binto\s)(?<!\bwithin\s)"
    r"the\s+national\s+(?:[a-z-]+\s+){0,2}(?:system|network)"
    # Quoted in Spanish, Portuguese or French: "en todo el país", "em todo o país"
    r"|en\s+todo\s+el\s+pa[íi]s|em\s+todo\s+o\s+pa[íi]s|a\s+nivel\s+nacional"
    r"|dans\s+tout\s+le\s+pays)\b"
    r"|\b(?P<city>(?:the|this|that)\s+(?:city|capital|metropolis|municipality|megacity)(?:[’']s)?"
    r"|citywide)\b"
    r"|\b(?P<any>its|it(?=\s+(?:has|had|have|now\s+has|boasts|operates|installed|is\s+home\s+to)\b))\b",
    re.IGNORECASE,
)
_ANY_ANAPHOR_RE = re.compile(r"its|it", re.IGNORECASE)
#: "Council's public safety CCTV network comprises 214 cameras" in a council's own papers.
_COUNCIL_ANAPHOR_RE = re.compile(
    r"C(?<![A-Za-z] C)(?<!\wC)ouncil(?:[’']s)?\b"
    # "The City's Safety Camera Network comprises 1,148 cameras": an Australian council's name
    # for itself (but "the City of Sydney" is another council).
    r"|(?<=\b[Tt]he[ \u00a0])City(?:[’']s)?\b(?![ \u00a0]+(?:of|Council)\b)"
)
#: A council named with a defined term: 'Leicester City Council ("the Council")', 'the City of
#: Stirling ("the City")'.
_DEFINED_COUNCIL_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+(?:City|Borough|District|Metropolitan|County|Town|Regional|Shire)"
    r"(?:[ \u00a0]+Borough)?)?(?:[ \u00a0]+Council)?[ \u00a0]*\([“\"'‘]the[ \u00a0]+(?:Council|City)[”\"'’]\)"
)
#: A council's letterhead or title: "TOWNSVILLE CITY COUNCIL", "Mackay Regional Council".
_OWN_COUNCIL_HEADING_RE = re.compile(
    # ("News from Councilor Teresa Montoya-Baca | Albuquerque City Council, District 6": a
    # councillor's newsletter's masthead)
    r"(?:[^|\n]{1,80}\|[ \u00a0]*)?"
    r"(?:[^\W\d_][\w '’.-]{1,40}?[ \u00a0]+(?:(?:city|regional|shire|borough|district|county"
    r"|municipal|town)[ \u00a0]+)?council(?:,[ \u00a0]*(?:district|ward|division)[ \u00a0]+\d{1,2})?"
    # "CITY OF BIRMINGHAM, ALABAMA" heading a city's agenda papers, "COUNCIL OF THE CITY OF
    # GOLD COAST"
    r"|(?:council[ \u00a0]+of[ \u00a0]+)?(?:the[ \u00a0]+)?(?:city|town|municipality|shire)"
    r"[ \u00a0]+of[ \u00a0]+[^\W\d_][\w '’.-]{1,40}?"
    r"(?:,[ \u00a0]*[^\W\d_][\w '’.-]{1,30})?)"
    # "City of Hobart – Annual Plan and Budget Estimates 2026–27": the title of its papers
    r"(?:[ \u00a0]+[–—-][ \u00a0]+[^\n]{1,100})?",
    re.IGNORECASE,
)
#: What may stand between an owner's "'s" and its figure ("London's estimated 942,562").
#: The match starts at the "'s" when the owner is a name, after it when it is "the city's".
_POSSESSIVE_GAP_RE = re.compile(
    r"(?:[’']s)?[ \u00a0]+(?:(?:an?|the|some|about|around|roughly|nearly|almost|over|just"
    r"|estimated|approximately|reported|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+){0,3}$",
    re.IGNORECASE,
)
_UNRESOLVED_POSSESSIVE_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:country|nation|kingdom|republic|sultanate|principality|city|capital"
    r"|metropolis|municipality|megacity)[’']s$",
    re.IGNORECASE,
)
#: A capitalised name in the possessive: "Tenby's", "Milford Haven's".
_CAPITALISED_POSSESSOR_RE = re.compile(
    r"(?<![\w-])([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*){0,3})[’']s$"
)
#: Words of a possessor that is an authority, a time or a place noun, not an unknown place:
#: "the Council's", "Northumbria Police's", "Monday's", "the City's".
_NOT_PLACE_POSSESSORS = (
    "Council Councils Police Government Ministry Department Authority Agency Service Services "
    "Office Commission Commissioner Corporation Company Board Force Trust Society Association "
    "Chamber Club University College School Hospital Airport Station Centre Center Network "
    "System Programme Program Project Scheme Partnership District County Borough City Town "
    "Village Region State Province Island Nation Country Kingdom Republic Capital Mayor "
    "Governor President Minister Chief Today Tonight Yesterday Year Week Month World Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Group Bank Ltd Inc Plc The This That Its "
    "Their Our Administration Directorate Bureau Institute Foundation Forum Index Report "
    "Survey Study Court Parliament Assembly Senate Congress Cabinet Army Navy Guard "
    # a contraction's "'s": "It's twelve thousand", "There's 37 Garda cameras"
    "It There Here What That Who Where How He She Let Everything Nothing Something"
)
_NOT_PLACE_POSSESSOR_WORDS = frozenset(_NOT_PLACE_POSSESSORS.split())
_YEAR_HEADER_RE = re.compile(
    # "Data as of", "Figure from", "Count date"
    r"\s*(?:(?:data|figures?|counts?|numbers?)\s+(?:as\s+(?:of|at)|from|date)"
    r"|year|as\s+of|as\s+at|date|data\s+year|survey\s+year|year\s+of\s+(?:data|figures?|count)"
    r"|(?:source|reference|report(?:ing)?|count)\s+year"
    r"|figures?\s+year|year\s+reported|reported|latest\s+year|updated|last\s+updated"
    # "Latest count", "Latest figure"
    r"|latest(?:\s+(?:counts?|figures?|data|estimates?))?"
    r"|year[\s-]end(?:ing)?)"
    # "Year (as of Dec. 31)"
    r"(?:\s*\([^()\n]{1,30}\))?\s*",
    re.IGNORECASE,
)
_SHARE_BEFORE_RE = re.compile(
    r"\b(?:half|third|quarter|fifth|tenth|share|per\s*cent|percent|bulk|most)\s+(?:of\s+)?"
    r"(?:the\s+)?$|%\s+of\s+(?:the\s+)?$"
)
_CITY_NOUN_AFTER_RE = re.compile(r"[ \u00a0]+[Cc]ity\b(?![ \u00a0]+[A-Z])")
#: "Serbia's capital", "the Kenyan capital" / "Brazil's largest city".
_CAPITAL_AFTER_RE = re.compile(r"(?:[’']s)?[ \u00a0]+capital(?:[ \u00a0]+city)?\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \u00a0]+$")
#: "the Indian city": a city of the country the adjective names.
_DEMONYM_CITY_AFTER_RE = re.compile(r"[ \u00a0]+city\b")
_LARGEST_CITY_AFTER_RE = re.compile(
    r"[’']s[ \u00a0]+(?:largest|biggest|most[ \u00a0]+populous)[ \u00a0]+city\b"
)
_ANAPHOR_DESCRIPTOR_RE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:city|capital|metropolis|cities|town|hub|port)\b"
)
_SPANISH_COMPOUND_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:de|del|da|do|dos|das|di|de la)[ \u00a0]+[A-Z]"
)
_HEADING_NAME_END_RE = re.compile(r"\s*(?::|[—–-]\s|$)")
_RELATIVE_CLAUSE_RE = re.compile(
    # "…, where the city's Operations Center (COR) receives images from more than 3.500"
    r",\s*(?:which|who|whose|where)\s+"
    # "…, whose C5 is the largest in Latin America, with more than 83,000 cameras"
    r"(?:[^,;()]|\([A-Z0-9&-]{1,10}\)|,\s(?=with\b)){0,100}$"
)
_POSSESSIVE_LINK_RE = re.compile(r"[’']s?[ \u00a0]+")
_TOKEN_RE = re.compile(r"\S+")
_RULE_CELL_RE = re.compile(r":?-+:?|")  # "|--:|:-:|": one dash is enough
_SPACE_CELL_RE = re.compile(r"\d[\d.,]{0,20}[*†‡]?|[—–-]|n/a")  # "1,100*": a footnote mark
_PROPER_NAME_GOES_ON_RE = re.compile(r"[ \u00a0]+[A-Z]")
_LOCATIVE_GAP_RE = re.compile(
    # Not across a dash or a comparison ("… 2 per 1,000 people – a fraction of the rate in London",
    # "… per 1,000 residents - modest by the standards of Moscow").
    r"(?!.*(?:\b(?:than|compared|unlike|versus|fraction|rate|standards?)\b|[ \u00a0]-[ \u00a0]))"
    # Not a new clause with its own subject: "… an estimated 940,000 and I never once felt
    # watched in Warsaw"
    r"(?!.*\b(?:and|but|while|whereas|though|although)[ \u00a0]+(?:I|we|you|he|she|they)\b)"
    # Not a second subject: "the City of Hobart has 84 cameras and the City of Launceston …"
    r"(?![ \u00a0]*(?:[a-z]+[ \u00a0]+)?(?:and|but|while|whereas)[ \u00a0]+the[ \u00a0]+(?:city|town"
    r"|municipality|council|county|district)[ \u00a0]+of\b)"
    # Not a parallel clause's place: "In Galle, 96 cameras were installed and in Jaffna 130"
    r"(?!.*\b(?:and|but|while|whereas)[ \u00a0]+(?:in|across|throughout|at|within)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$)"
    r"[^,;.()–—]{0,40}?\b(?:in|across|throughout|for|at|within|around|of|owned\s+by|belonging\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Run on windows lower-cased by _folded (IGNORECASE makes `re` several times slower).
_GLOBAL_RE = re.compile(
    "(?:"
    + word_start_alternatives(
        "worldwide",
        "globally",
        "global",
        "world[’']s",
        r"in\s+the\s+world",
        r"around\s+the\s+world",
        r"across\s+the\s+(?:globe|world)",
        r"on\s+the\s+planet",
        r"the\s+world",
    )
    + r")\b"
)
#: A sentence that opens on a made-up place: "Imagine a town …", "Suppose a city of …".
_HYPOTHETICAL_START_RE = re.compile(
    r"(?:(?:now|so|but|and|ok(?:ay)?|well)[, \u00a0]+)?(?:let['’]s[ \u00a0]+)?"
    r"(?:imagine|suppose|picture)[ \u00a0]+(?:that[ \u00a0]+)?(?:a|an|some)[ \u00a0]+"
    r"(?:[\w-]+[ \u00a0]+){0,2}?(?:city|town|village|country|place|municipality)\b",
    re.IGNORECASE,
)
#: "would be something like ": a rate that restates the count before it, right after "would".
_RESTATING_WOULD_RE = re.compile(r"would[ \u00a0]+be[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}")
_GENERIC_SUBJECT_RE = re.compile(
    r"\b(?:cities|countries|nations|places|towns|states|regions|worldwide|globally|world"
    r"|somewhere|elsewhere|would(?!\s+(?:reach|hit|top|rise|grow|exceed|double|pass))|hypothetical"
    r"|europe|the\s+eu|european\s+union|asia|africa"
    r"|(?:a|one)\s+(?:[a-z-]+\s+){1,2}(?:city|country|town)\s+(?:in|that|which|where)"
    r"|the\s+continent|the\s+bloc|province|prefecture|county|oblast|\w+shire|as\s+a\s+whole"
    # "The average city in our study had fewer than 10 cameras per 1,000 people"
    r"|the\s+(?:average|typical|median)\s+(?:city|country|town)"
    # "a city" is any city, but "a city of 3.6 million" describes the one under discussion.
    # ("a city of more than 20 million")
    r"|(?:a|any|one)\s+(?:city|country|town|place|nation)(?!\s+of\s+(?:[a-z]+\s+){0,2}\d)"
    # "In my commune (3 000 habitants) we have 12 cameras": the writer's own, unnamed place
    r"|(?:my|our)\s+(?:little\s+|own\s+|small\s+)?(?:commune|village|neighbou?rhood|suburb"
    r"|street|estate|municipality|hometown)"
    # "the eight networks together grew from 310 to 1,576": several networks' sum
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[a-z-]+\s+)?"
    r"(?:networks|systems|municipalities|councils|forces)\s+(?:together|combined))\b",
    re.IGNORECASE,
)
#: A word each match of _GENERIC_SUBJECT_RE contains (see _may_hold).
_GENERIC_SUBJECT_HINTS = (
    "together",
    "combined",
    "my ",
    "our ",
    "cit",
    "countr",
    "nation",
    "place",
    "town",
    "state",
    "region",
    "world",
    "glob",
    "where",
    "would",
    "hypothetical",
    "average",
    "typical",
    "median",
    "europ",
    "eu",
    "asia",
    "africa",
    "continent",
    "bloc",
    "provinc",
    "prefecture",
    "county",
    "oblast",
    "shire",
    "whole",
)
_RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.IGNORECASE)
#: "the most surveilled city in ", "one of the highest per-capita rates in the ": what follows
#: bounds a superlative. Run on windows lower-cased by _folded.
_SUPERLATIVES = (
    r"(?:most|least|highest|lowest|largest|biggest|densest|greatest|smallest|fewest|busiest"
    r"|safest|fastest|best|worst)"
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
)
_RANK_BEFORE_RE = re.compile(
    rf"\b(?:{_ORDINAL}"
    # "one of the safest countries in the world": a superlative's bound, not a world total
    rf"|top|ranked|ranks|{_SUPERLATIVES})\b[^,;.]{{0,30}}$",
    re.IGNORECASE,
)
_ONE_OF_SUPERLATIVE_BEFORE_RE = re.compile(
    rf"\bone\s+of\s+the\s+(?:[\w-]+\s+)?{_SUPERLATIVES}\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_SUPERLATIVE_SCOPE_BEFORE_RE = re.compile(
    # "one of the highest rates in mainland France", "the densest in all of Europe"
    # (not "at least 650 cameras in Managua": a qualifier)
    # (nor "the largest networks are in the cities of Salto": where they are)
    rf"(?<!\bat )(?<!\bat\u00a0)\b{_SUPERLATIVES}\b"
    r"(?:(?!\b(?:are|is|were|was)\b)[^,;.:()–—]){0,45}\b(?:in|of|among)\s+(?:the\s+)?"
    r"(?:(?:mainland|metropolitan|continental|all\s+of|the\s+whole\s+of|whole)\s+)?$"
)
#: "… is found in", "… was recorded in": a superlative predicated of the place named next.
_PREDICATED_RE = re.compile(r"\b(?:is|was|are|were|found|seen|recorded)\s+(?:in|of)\s+(?:the\s+)?$")
#: A place named only for comparison ("more than China", "ahead of Germany") owns no figure.
#: Run on windows lower-cased by _folded.
_COMPARISON_BEFORE_RE = re.compile(
    "(?:"
    + word_start_alternatives(
        "than",
        "behind",
        r"ahead\s+of",
        r"compared\s+(?:with|to)",
        "unlike",
        "like",
        "versus",
        r"vs\.?",
        "after",
        "outside",
        "trailing",
        # "Tshwane comes closest to Johannesburg and Cape Town, with about 1 200"
        r"trail(?:s|ed)",
        r"closest\s+to",
        "follows",
        "overtaking",
        r"fraction\s+of(?:\s+what)?",
        r"half\s+(?:of\s+)?what",
        "overtook",
        "overtakes",
        r"surpass(?:ed|es|ing)?",
        r"outpac(?:ed|es|ing)",
        r"outrank(?:ed|s|ing)?",
        "beyond",
        r"border\s+with",
        "bordering",
        r"next\s+to",
        r"by\s+the\s+standards\s+of",
        # "the toll motorway towards Diamniadio": a direction
        r"towards?",
        # "Asia & Oceania (excl. China) | 247.0": a place left out
        r"excl\.",
        "excluding",
        r"except(?:\s+for)?",
        r"to\s+the\s+standards\s+of",
        # "est. 3 crore cameras (2023) – 2nd only to China"
        r"only\s+to",
    )
    # ("… a modest figure compared with neighbouring Belgium")
    + r")\s+(?:the\s+)?(?:neighbou?ring\s+)?$"
)
#: An aside between commas ("Indore, which has been named India's cleanest city, …").
_ASIDE_RE = re.compile(
    r",\s*(?:which|who|where|whose|once|long|named|dubbed|the\s+(?:capital|largest|biggest)"
    r"|one\s+of|on|near|along|off|just|often|widely|sometimes|also|known|home\s+(?:to|of)"
    # "Zarqa, east of Amman, has …", "Sakhir, 30 km south of Manama, …"
    r"|(?:(?:some|about|around|roughly|\d+)[ \u00a0]*(?:km|kilomet(?:re|er)s|miles)[ \u00a0]+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?[ \u00a0]+of)\b"
    # (not across a colon: "…, on page 84: the number of cameras in Sri Lanka stood at …,"),
    # across a list of names: "…, which also includes the towns of Ikorodu, Epe and Badagry, …"
    r"(?:[^,;:]|,[ \u00a0]+(?=(?-i:[A-Z])[^,;:]{0,30}?(?:,|[ \u00a0](?:and|or)[ \u00a0]+(?-i:[A-Z]))))"
    r"{0,150},(?!\d)",
    re.IGNORECASE,
)
#: An aside between dashes ("Yogyakarta city - not to be confused with … - runs …").
_DASH_ASIDE_RE = re.compile(
    r"[ \u00a0][–—-][ \u00a0](?:not|unlike|including|excluding|like)\b[^–—\n]{1,150}?[ \u00a0][–—-][ \u00a0]"
)
_NETWORKS_RE = re.compile(r"\bnetworks?\b", re.IGNORECASE)
#: A heading over a comparison of what was just counted: "HOW YOUR CITY COMPARES".
_COMPARISON_HEADING_RE = re.compile(r"\bhow\b[^\n]{0,40}\bcompares?$", re.IGNORECASE)
#: A line introducing a breakdown of what was just counted: "the breakdown per town is as
#: follows -", "broken down by district:".
_BREAKDOWN_INTRO_RE = re.compile(
    r"\b(?:as[ \u00a0]+follows|breakdown|broken[ \u00a0]+down|distributed[ \u00a0]+as)\b[^\n]{0,12}[:\-–—]$",
    re.IGNORECASE,
)
#: "Estimated cameras", "(est.)", a forecast year's "2031F", "Forecast 2030".
_ESTIMATED_LABEL_RE = re.compile(
    # ("Est. cameras": a column of estimates)
    r"\bestimat|\(est\.?\)|\best\.[ \u00a0]|\b(?:19|20)\d\d[FE]\b|\bforecast|\bprojected",
    re.IGNORECASE,
)
#: "Toowoomba: 270", "Gladstone: 64 (2025)": a line that opens with a capitalised label and a
#: colon, then a figure.
_PLACE_COLON_ROW_RE = re.compile(
    r"[*_]{0,2}[A-Z][^\W\d_][^:\d\n]{0,40}[*_]{0,2}:[ \u00a0]+\D{0,20}\d.*"
)
_ENTRY_RE = re.compile(r"\d{1,3}[.)][ \u00a0]+\D{2,80}")
#: "Written by Amara Boateng", "By Daniel Whitaker | Updated …": a byline names a person.
_BYLINE_RE = re.compile(
    r"(?:(?:written|reported|posted|words|photos?)[ \u00a0]+)?by[ \u00a0]+[A-Z]", re.I
)
#: Labels of other pages' headlines: "Most read", "Related stories", "Read more".
_LINKS_LABEL = (
    r"(?:most[ \u00a0]+(?:read|popular|viewed|shared)|related(?:[ \u00a0]+\w+){0,2}|read[ \u00a0]+more"
    r"|read[ \u00a0]+also|also[ \u00a0]+read|see[ \u00a0]+also"
    r"|more[ \u00a0]+(?:stories|news|on[ \u00a0]+this|from[ \u00a0]+\w+)"
    r"|trending(?:[ \u00a0]+now)?|recommended(?:[ \u00a0]+for[ \u00a0]+you)?|you[ \u00a0]+may"
    r"[ \u00a0]+also[ \u00a0]+like|latest[ \u00a0]+news|top[ \u00a0]+stories|editor'?s[ \u00a0]+picks?"
    r"|popular[ \u00a0]+(?:now|stories)"
    # "Read next", "Watch next", "On demand" (a webinar page's past sessions), "More articles by
    # Henrik Lindqvist", "More videos"
    r"|(?:read|watch|up)[ \u00a0]+next|on[ \u00a0]+demand"
    r"|more[ \u00a0]+(?:articles|posts|videos|episodes|webinars)(?:[ \u00a0]+by(?:[ \u00a0]+[\w.'-]+){1,4})?"
    r"|you[ \u00a0]+might[ \u00a0]+also[ \u00a0]+like|other[ \u00a0]+discussions)"
)
#: A heading over a page's citations ("References[edit]", "## Bibliography", "Works cited").
_REFERENCES_HEADING_RE = re.compile(
    r"(?:#+[ \u00a0]*)?(?:\d+\.?[ \u00a0]+)?(?:our[ \u00a0]+)?(?:references|bibliography|works[ \u00a0]+cited"
    r"|citations|sources|further[ \u00a0]+reading|external[ \u00a0]+links|footnotes)"
    r"(?:[ \u00a0]*\[edit\])?[ \u00a0]*:?",
    re.IGNORECASE,
)
#: A reference's backlink mark opening its line: "^ ", "^ a b ", "↑ ".
_BACKLINK_RE = re.compile(r"(?:\^|↑)[ \u00a0]")
#: A heading over such links (the rows below it are link titles).
#: ("Leia também / Read next": a bilingual label, the page's language first.)
_LINKS_HEADING_RE = re.compile(
    rf"(?:[^/\n]{{1,30}}/[ \u00a0]*)?{_LINKS_LABEL}[ \u00a0]*:?", re.IGNORECASE
)
#: A line that opens with such a label: "Read more: Bogotá to add 3,000 cameras … | …".
#: Also another forum thread's title: "r/europe – Moscow now has 200k cameras (2.1k comments)".
_LINKS_LINE_RE = re.compile(
    rf"{_LINKS_LABEL}[ \u00a0]*:|r/\w+[ \u00a0]+[–—-][ \u00a0]", re.IGNORECASE
)
#: A count's unit in brackets: "(millions)", "(m units)", "('000)", "(lakh)", "(10,000 units)".
_COUNT_UNIT = (
    r"\((?:in[ \u00a0]+)?(millions?|mn|mln|m|thousands?|'?000s?|k|lakhs?|crores?|billions?|bn"
    r"|(?:m|mn|k|million|thousand)(?=[ \u00a0]+units\))"
    # "Cameras (10,000 units)", "(wan)": Chinese statistics count in ten thousands.
    r"|10[,\u00a0 ]?000(?:[ \u00a0]+units)?|10[,\u00a0 ]?000s|wan)(?:[ \u00a0]+units)?\)"
)
#: A count column's label with its unit: "Cameras (millions)", "Installed base (m units)".
_COUNT_UNIT_RE = re.compile(
    rf"\b(?:cameras?|cctvs?|installed[ \u00a0]+base)[ \u00a0]*{_COUNT_UNIT}", re.IGNORECASE
)
_BY_ASIDE_RE = re.compile(
    r",[ \u00a0]*(?:\w+[ \u00a0]+)?(?:funded|financed|built|supplied|donated|provided|paid[ \u00a0]+for"
    r"|run|operated|owned|managed|installed|designed|made)[ \u00a0]+by\b(?:[^,;.]|[.,]\d){0,100},(?!\d)"
)
#: A lower-case or possessive aside between a subject and its verb: "Phoenix, five times
#: Tucson's size, has", "Zhuhai, Macau's immediate neighbour, had".
_SUBJECT_ASIDE_RE = re.compile(
    r",[ \u00a0]*(?=[a-z0-9]|(?:[A-Z][\w-]*[ \u00a0]){0,2}[A-Z][\w-]*['’]s[ \u00a0]+[a-z])(?:[^,;.]|[.,]\d){3,100},[ \u00a0]*(?=(?:has|had|have|operates"
    r"|operated|runs|ran|counts|counted|boasts|is|was|says|said|reports|reported|now|also)\b)"
)
#: Nouns after a name that make it a facility's or a district's ("Incheon Airport", "Hoàn Kiếm
#: District"), not the city's, unless a council or police follows ("X District Council").
_FACILITY_NOUNS = (
    # "Surfers Paradise Police Station", "Colombo Fort Railway Station"
    r"(?:International[ \u00a0]+|(?:Police|Railway|Bus|Train|Fire|Central)[ \u00a0]+)?"
    r"(?:Airport|Station|Stadium|University|Mall|Harbou?r|Zoo"
    r"|Hospital|Prison|Subway|Underground|Railways?|CBD"
    r"|(?:[Dd]istrict|[Ww]ard)(?![ \u00a0]+(?:[Cc]ouncil|[Pp]olice|Municipal)))\b"
)
_FACILITY_RE = re.compile(
    r"\b[A-Z][\w'’.-]{0,30}(?:[ \u00a0]+[A-Z][\w'’.-]{0,30}){0,3}[ \u00a0]+"
    rf"(?:{_FACILITY_NOUNS}|(?:Metro|Transit)\b)"
)
_CLAIM_VERB_AFTER_RE = re.compile(
    r"(?:[’']s\b|[ \u00a0]+(?:has|had|have|now|operates|operated|runs|ran|boasts|counts"
    r"|installed|is|was|alone)\b)"
)
_AGENCY_TAIL_RE = re.compile(r"\)\s*(?:[—–-]{1,2}|/)")
_FACILITY_AFTER_RE = re.compile(
    rf"[ \u00a0]+{_FACILITY_NOUNS}"
    # "in the Gion and Higashiyama areas", "the Masfout and Manama areas": parts of a city
    r"|(?:[ \u00a0]+and[ \u00a0]+[A-Z][\w'’-]+)?[ \u00a0]+(?:areas|districts|wards|neighbou?rhoods"
    r"|quarters)\b"
)
#: Words that make a place name a state's, a province's or a region's ("the province of Buenos
#: Aires", "the Moscow Region", "Sarajevo Canton", "Lagos state"): a figure then belongs to the
#: region, which is neither the city nor (for a region of a country) the country.
_REGION_WORDS = (
    r"(?:province|provincial|state|region|county|prefecture|canton|oblast|krai|governorate"
    # "across the Territory" (but "Islamabad Capital Territory" is the capital's own)
    r"|(?<!capital )territory"
    r"|emirate|voivodeship|police[ \u00a0]+zone|(?:metropolitan|metro)[ \u00a0]+(?:area|region))"
)
#: The same words with a capital or not ("Lagos State", "Lagos state"), inside case-sensitive
#: patterns.
_REGION_NOUNS = rf"(?i:{_REGION_WORDS})"
_REGION_AFTER_RE = re.compile(rf"[ \u00a0]+{_REGION_NOUNS}\b(?![ \u00a0]+(?:of|capital)\b)")
_REGION_SPEAKS_FOR_CITY_RE = re.compile(
    r"[ \u00a0]+(?i:governorate)[ \u00a0]+(?:said|says|told|announced|reported)\b"
    r"[^.;]*\bthe[ \u00a0]+city(?:['’]s)?\b"
)
_REGION_BEFORE_RE = re.compile(
    rf"\b(?:the[ \u00a0]+)?{_REGION_NOUNS}[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE
)
#: "across the state", "throughout the whole province" (not "across the state capital").
_ACROSS_THE_REGION = (
    r"(?i:(?:across|throughout)[ \u00a0]+the[ \u00a0]+(?:whole[ \u00a0]+|entire[ \u00a0]+)?"
    rf"{_REGION_WORDS}\b(?![ \u00a0]+(?:capital|of)\b|['’]s\b))"
)
#: "statewide", "Territory-wide": a whole region's scope.
_REGION_WIDE = r"(?i:state|territory|province|county|region)-?wide\b"
#: "… 20,000 cameras across the state": the figure is a region's, whoever was named before.
_REGION_SCOPE_AFTER_RE = re.compile(
    rf"[^,;.:()–—]{{0,20}}?\b(?:{_ACROSS_THE_REGION}"
    # "… 12,000 cameras statewide"
    rf"|{_REGION_WIDE})"
    # "60,194 CCTV cameras have been installed under the Safe City Projects in the eight
    # cities": several places' total
    r"|[^,;.:()–—]{0,60}?[ \u00a0](?:in|across)[ \u00a0]+(?:the|these|those|all(?:[ \u00a0]+the)?)"
    r"[ \u00a0]+(?:\w+[ \u00a0]+)?(?:cities|towns|municipalities|countries)\b"
    # "… has funded 1,850 cameras for 44 police services across Ontario"
    r"|[^,;.:()–—]{0,20}?\bfor[ \u00a0]+\d+[ \u00a0]+(?:\w+[ \u00a0]+)?(?:services|forces"
    r"|municipalities|cities|towns|councils|communities)\b",
    re.IGNORECASE,
)
#: "Territory-wide, …", "the statewide register lists …": a region's figure follows.
_REGION_SCOPE_BEFORE_RE = re.compile(rf"\b{_REGION_WIDE}")
#: Another subject than the place talked of: a state, province or region, known to the
#: gazetteer or not ("Quảng Ninh Province has installed …", "the department of Antioquia has …",
#: "the republic as a whole has …", "Across the State, the Kerala Police …", "Across West Java,
#: officials …"), or a place the gazetteer cannot place (a council, a sentence's subject, a
#: gapped name). A figure after one, and not after a place named later, is that subject's.
_PROPER_NAME = (
    r"(?!(?:The|A|An|This|That|Its|Their|Our|Each|Every|It|We|He|She|They|You|I|There|Here"
    r"|Police|Officials|Authorities|Residents|Critics|Most|Some|All|Both|Many|One|None|Nobody"
    r"|Everyone|Everybody|Who|Which|What|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’.-]*(?:[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)?[A-Z][\w'’.-]*){0,3}"
)
_OTHER_SUBJECT_RE = re.compile(
    rf"\b(?P<name>{_PROPER_NAME})[ \u00a0]+{_REGION_NOUNS}\b"
    r"(?![ \u00a0]+(?:(?:of|capital)\b|[A-Z])|['’]s[ \u00a0]+capital)"
    rf"|\b[Tt]he[ \u00a0]+(?:{_REGION_WORDS}|department|[Ss]hire)[ \u00a0]+of[ \u00a0]+(?P<of>[A-Z][\w'’.-]*)"
    rf"|\b(?:(?P<whole>{_PROPER_NAME})|[Tt]he[ \u00a0]+(?:{_REGION_WORDS}|republic))"
    r"[ \u00a0]+as[ \u00a0]+a[ \u00a0]+whole\b"
    # "…, bringing the governorate's total to 2,100" ("the state's" may be the government's,
    # "the emirate's" Dubai's own).
    r"|\b[Tt]he[ \u00a0]+(?i:province|region|county|prefecture|canton|oblast|krai|governorate"
    r"|voivodeship)['’]s\b"
    rf"|\b{_ACROSS_THE_REGION}|\b(?i:across|throughout)[ \u00a0]+(?P<across>{_PROPER_NAME})"
    # A region's own body: "the state's own C5i system", "The province says its own network
    # …", "The Pima County Sheriff's Department" (a state's or a province's government or
    # police often runs its capital's cameras: not those).
    r"|\b[Tt]he[ \u00a0]+(?i:state|province|prefecture|region)(?:['’]s[ \u00a0]+own\b|[ \u00a0]+says\b)"
    r"|\bCounty[ \u00a0]+Sheriff\b"
    # "… while the regional government runs 120", "the Chihuahua state government's Centinela
    # tower": a region's government and its cameras
    # (not "Jakarta's provincial government runs …", nor "told the provincial government it had")
    r"|(?<!['’]s[ \u00a0])\b(?i:regional|provincial|departmental|prefectural|state)[ \u00a0]+"
    r"(?i:government)(?:['’]s\b|(?:[ \u00a0]+(?:separately|also|itself|now))?[ \u00a0]+"
    r"(?:runs|ran|operates|operated|has|had|manages|managed|maintains|owns|monitors)\b)"
    # A council the gazetteer cannot place ("Wodonga Council has 35 cameras"): a town of its own.
    rf"|\b(?P<council>{_PROPER_NAME})[ \u00a0]+(?:(?:Rural[ \u00a0]+)?City[ \u00a0]+|Borough[ \u00a0]+"
    r"|District[ \u00a0]+|Town[ \u00a0]+|Regional[ \u00a0]+|Shire[ \u00a0]+|Municipal[ \u00a0]+)?"
    r"(?:Council|Shire|Municipality)\b"
    # A place the gazetteer cannot place opening a sentence ("In Port Mathurin, 40 cameras …").
    rf"|\bIn[ \u00a0]+(?P<opening>{_PROPER_NAME}),"
    # A sentence's subject the gazetteer cannot place ("Penang has about 2,500 cameras").
    # ("Gelephu thromde has 46.")
    rf"|\b(?P<subject>{_PROPER_NAME})"
    r"(?:[ \u00a0]+(?:thromde|municipality|city|town|township|village|commune|dzongkhag))?"
    r"[ \u00a0]+(?:has|had|have|operates|operated|runs|ran|counts|boasts)\b"
    # … and a name the gazetteer cannot place before a gapped count ("… and Wangaratta 22").
    rf"|(?:[,;]|\band)[ \u00a0]+(?P<gapped>{_PROPER_NAME})[ \u00a0]+"
    rf"(?=(?:{QUALIFIER_WORDS}[ \u00a0]+){{0,2}}\d)"
)
#: What describes a place right after its name: an appositive, or "in Jiangsu Province".
_APPOSITIVE_AFTER_NAME_RE = re.compile(
    rf"[ \u00a0]*,[^,;]*,|(?:[ \u00a0]+City)?[ \u00a0]+in[ \u00a0]+[^,;]{{0,60}}?{_REGION_NOUNS}\b"
)
_APPOSITIVE_RE = re.compile(
    r",[ \u00a0]*(?:(?:the[ \u00a0]+)?(?:[^,;.]|\.\d){0,60}?\b(?:city|capital|town|hub|port"
    r"|metropolis|seat)|(?:with|home[ \u00a0]+to|(?:the[ \u00a0]+)?capital[ \u00a0]+of"
    # "Regina, a city a third the size of Winnipeg, has …", "Zapopan, the wealthy municipality
    # west of Guadalajara, said …"
    r"|(?:a|an|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:city|town|capital|port|hub|metropolis"
    r"|municipality|suburb))\b"
    # "… the industrial city of 620,000 people on Belo Horizonte's western edge, …"
    r"(?:[^,;.]|[.,]\d){0,100})[ \u00a0]*,(?!\d)"
)
_GLOBAL_CLAUSE_RE = re.compile(
    r"\b(?:worldwide|globally|around\s+the\s+world|across\s+the\s+(?:globe|world)"
    r"|in\s+the\s+world|on\s+the\s+planet|world[’']s\s+(?:total|cameras))\b",
    re.IGNORECASE,
)
#: A word each match of _GLOBAL_CLAUSE_RE contains (see _may_hold).
_GLOBAL_CLAUSE_HINTS = ("world", "glob", "planet")
#: IGNORECASE matches these as "i" or "s"; str.lower() leaves them as they are.
_CASE_FOLD_ODDITIES = ("ı", "İ", "ſ")
_CLAUSE_BREAK_RE = re.compile(
    r";|:|,\s*(?:while|whereas|but|compared|and|which|with|up|down|from)\b|\b(?:while|whereas)\b"
    r"|\s[–—]\s",
    re.IGNORECASE,
)
#: A gap without a comma or bracket that ends in "of" or "in": the owner is named next.
#: (An acronym in brackets may stand in the gap: "… of public security (RSMOB) were connected
#: in Minsk".)
_OWNER_OF_END_RE = re.compile(
    r"(?:[^,()]|\([A-Za-z]{2,10}\)){0,96}\b(?:of|in)[ \u00a0](?:the[ \u00a0])?"
)
_FORWARD_GAP_BLOCK_RE = re.compile(
    r"\b(?:than|ahead|behind|compared|which|that|while|whereas|puts|put|making|after|unlike"
    r"|according|said|says|reported|cited|by|below|above|versus|not)\b",
    re.IGNORECASE,
)
#: What a table cell or label row may write before its value ("more than 1 million").
_CELL_BEFORE = (
    r"(?:c\.|ca\.|~|approx\.|about|around|roughly|nearly|almost|approximately|some|over"
    r"|more[ \u00a0]+than|at[ \u00a0]+least|under|fewer[ \u00a0]+than|less[ \u00a0]+than"
    r"|an[ \u00a0]+estimated|estimated|>|<)"
)
#: A magnitude word after a cell's digits ("2.8 lakh", "1 million", "5.2 Mio.").
_CELL_MAGNITUDE = rf"(?:{MAGNITUDE})?"
#: A cell's digits, thousands grouped by commas, full stops or spaces ("14 236", "1 050").
_CELL_DIGITS = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,3})?|\d[\d.,]{0,20})"
_CELL_SPLIT_RE = re.compile(r"[ \t\u00a0]*(?:\||\t)[ \t\u00a0]*")
_LABEL_ROW_RE = re.compile(
    rf"(?P<label>[^:|\t]{{3,60}}):[ \t\u00a0]*(?P<before>{_CELL_BEFORE})?"
    rf"[ \t\u00a0]*(?P<value>{_CELL_DIGITS}{_CELL_MAGNITUDE})(?P<plus>\+)?[ \t\u00a0]*"
    # "14,000 (2023 est.)", "520 (2024)", "1,100 (est.)"
    r"(?:\((?=[^()\n]*\w)(?:(?P<year>(?:19|20)\d{2})[ \u00a0]*)?"
    r"(?P<after>estimated?|est\.?|approx\.?|projected)?\))?[ \t\u00a0]*$",
    re.IGNORECASE,
)
#: A year in a label row's label: "City-operated surveillance cameras in 2024: 1,150".
_LABEL_YEAR_RE = re.compile(
    # (or the year in brackets: "cameras in Madinah (2025)", "… (end of 2025)")
    r"(?:\b(?:in|as[ \u00a0]+of|for)[ \u00a0]+|\((?:[a-z]+[ \u00a0]+){0,3})((?:19|20)\d{2})\b"
)
#: A stat tile's line, a metric label then its value and year with no colon ("Public CCTV
#: cameras 1,850 2025", "Cameras per 1,000 residents 0.4"): read only when the label names a
#: metric.
_TILE_LABEL_WORD = r"[A-Za-z][A-Za-z.'’()/-]*[ \u00a0]+"
_TILE_ROW_RE = re.compile(
    # Words only, ending in what is counted: "Public CCTV cameras", "Total cameras", "Cameras
    # per 1,000 residents", "Cameras per km²" (not a headline: "… cameras pass 12,000").
    rf"(?P<label>(?:{_TILE_LABEL_WORD}){{0,5}}?(?:cameras?|cctvs?|units|devices|count|total)"
    rf"|(?:{_TILE_LABEL_WORD}){{1,4}}?per[ \u00a0]+(?:(?:1,000|1000|100|10,000)[ \u00a0]+)?"
    r"(?:residents|inhabitants|people|population|capita|km²|km2|sq\.?[ \u00a0]?km"
    r"|square[ \u00a0]+(?:kilomet(?:re|er)|mile)s?|miles?))"
    rf"[ \t\u00a0]+(?P<before>{_CELL_BEFORE}[ \t\u00a0]+)?"
    rf"(?P<value>{_CELL_DIGITS}{_CELL_MAGNITUDE})(?P<plus>\+)?"
    r"(?:[ \t\u00a0]+\(?(?P<year>(?:19|20)\d\d)\)?)?"
    r"(?:[ \t\u00a0]*\((?P<after>estimated?|est\.?)\))?[ \t\u00a0]*",
    re.IGNORECASE,
)
#: A cell that names its own place: "London: 942,000", "Washington, D.C.: 31,000".
_CELL_LABEL_RE = re.compile(r"(?P<label>[^:|\t]{2,40}):[ \u00a0]*(?P<value>[^:|\t]{1,40})")
#: A cell that names its place before a bracketed value: "Beijing (1.15 million)".
_CELL_PAREN_RE = re.compile(r"(?P<label>[^():|\t]{2,40}?)[ \u00a0]*\((?P<value>[^()|\t]{1,30})\)")
_VERSUS_RE = re.compile(r"[ \u00a0]+(?:vs\.?|versus|v\.)[ \u00a0]+", re.IGNORECASE)
_VERSUS_ROW_RE = re.compile(
    r"(?P<label>[^:|\t]{2,60}):[ \u00a0]*(?P<first>[^|\t]{1,60}?)[ \u00a0]+(?:vs\.?|versus)"
    r"[ \u00a0]+(?P<second>[^|\t]{1,60})",
    re.IGNORECASE,
)
_NUMERIC_CELL_RE = re.compile(
    rf"(?P<before>{_CELL_BEFORE}[ \u00a0]?)?"
    rf"(?P<value>{_CELL_DIGITS}{_CELL_MAGNITUDE})(?P<plus>\+)?"
    r"(?:[ \u00a0]?\((?P<after>estimated?|est\.?)\)"
    # "22,000 e", "22,000 est.": a statistical annex's mark of an estimate
    r"|[ \u00a0](?P<mark>e\b|est\.)(?![ \u00a0]*\w))?"
    # "1,100*", "62,000[a]", "7,500[12]", "780[^2]" (Markdown): a footnote's mark
    r"(?:[*†‡]|\[\^?(?:[a-z]|\d{1,3})\])?",
    re.IGNORECASE,
)
#: A measure in a cell: "1,569 km²", "12.5%", "302 sq mi" (a row of data, not a header).
_MEASURE_CELL_RE = re.compile(
    r"\d[\d,.]*[ \u00a0]?(?:km²|km2|mi²|sq\.?[ \u00a0]?(?:km|mi)|square[ \u00a0]+(?:km|miles?"
    r"|kilomet(?:re|er)s)|km|miles?|%|per[ \u00a0]?cent)",
    re.IGNORECASE,
)
#: A stat tile written value first, its label on the next line ("14 200+" above "video cameras
#: connected to the Situation Center", "6.1" above "cameras per 1 000 residents"): the two
#: lines are read as one row by _value_tiles.
_TILE_VALUE_ABOVE_RE = re.compile(
    rf"{_NUMERIC_CELL_RE.pattern}[ \t\u00a0]*(?:\n[ \t\u00a0]*){{1,3}}(?P<label>[^\n]{{3,80}})",
    re.IGNORECASE,
)
#: A stat tile on one line, value first: "2,870 CCTV Cameras", "14 200+ video cameras".
_TILE_VALUE_FIRST_RE = re.compile(
    rf"{_NUMERIC_CELL_RE.pattern}[ \t\u00a0]+(?P<label>(?:[A-Za-z][A-Za-z.'’-]*[ \u00a0]+){{0,3}}"
    r"(?:cameras?|cctvs?))",
    re.IGNORECASE,
)
#: A "by the numbers" row, its value first and a dash before what it counts ("1,450 — cameras
#: the real-time crime center can access", "about 10 — cameras for every 1,000 residents").
_VALUE_DASH_LABEL_RE = re.compile(
    rf"{_NUMERIC_CELL_RE.pattern}[ \t\u00a0]*[—–][ \t\u00a0]*(?P<label>(?:cameras?|cctvs?)\b[^|\t]{{0,80}})",
    re.IGNORECASE,
)
#: A tile's label: words, with no figure of its own but a rate's base ("per 1 000 residents").
_TILE_LABEL_BELOW_RE = re.compile(
    r"(?:[^\d\n]|(?<=per )(?:1|10|100)(?:[ ,.\u00a0]?000)?(?![\d,.]))+"
)
#: A figure no header label holds: thousands not after "per" ("Passes 5,000").
_HEADLINE_FIGURE_RE = re.compile(r"(?<!per )(?<!Per )\b\d{1,3}(?:,\d{3})+\b")
_OF_GAP_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+")
_IN_GAP_RE = re.compile(r",?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")
#: "Brazil's largest city", "the most surveilled U.S. city": the country only describes a city.
_DESCRIPTOR_AFTER_RE = re.compile(
    r"(?:[’']s\s+(?:[a-z-]+\s+){0,2}|\s+)(?:city|capital|metropolis|cities|town|hub|megacity"
    r"|municipality|port|centre|center)\b"
    # "Türkiye's city security camera network": "city" modifies another noun.
    r"(?![ \u00a0]+(?:security|surveillance|cameras?|cctvs?|police|networks?|councils?"
    r"|governments?|administrations?|authorit))"
)
_DATELINE_AFTER_RE = re.compile(
    r"\s*(?:,\s*[A-Za-z .]{2,20}?)?"
    # "SEOUL, Nov. 24 (Yonhap) --", "MOSCOW, November 24. /TASS/.", "DOHA, 24 November 2026 -"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?\.?)?"
    r"(?:\s*\([A-Za-z .]{2,20}\))?\s*(?:[—–-]{1,2}|/[A-Za-z]{2,10}/\.?)\s"
)
#: A dateline in title case has a date and an agency: "Taipei, Nov. 24 (CNA) Chiayi City …".
_AGENCY_DATELINE_AFTER_RE = re.compile(
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?"
    r"\s*\([A-Za-z .]{2,20}\)"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_SENTENCE_OPENERS_ALLOWED_BEFORE = frozenset(
    [
        "In",
        "At",
        "Of",
        "And",
        "From",
        "To",
        "Like",
        "Including",
        "As",
        "For",
        "With",
        "By",
        "Greater",
        "Neighbouring",
        "Neighboring",
        "Nearby",
        "Suburban",
        "Rural",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Downtown",
        "Metropolitan",
        "Inner",
        "Outer",
        "Metro",
        "The",
        "Both",
        "Cities",
        "Countries",
        "Towns",
        "Safe",  # "the Safe Ulaanbaatar network": the city's programme
        "Smart",  # "Smart Dubai"
    ]
)
#: Titles before a name make it a person's ("Mr. Lincoln", "Senator Jordan").
_HONORIFICS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Prof",
        "Professor",
        "Sir",
        "Lord",
        "Lady",
        "Dame",
        "Senator",
        "Sen",
        "Rep",
        "President",
        "Governor",
        "Gov",
        "Judge",
        "Justice",
        "Rev",
        "Father",
        "Sister",
        "Brother",
        "Minister",
        "Secretary",
        "Chancellor",
        "Officer",
        "Inspector",
        "Detective",
        "Chief",
        "Captain",
        "General",
        "Colonel",
        "Sergeant",
    ]
)
#: Capitalised words that may follow a place name without making it part of another name.
_PLACE_NOUNS_AFTER = frozenset(
    [
        "City",
        "Police",
        "Metropolitan",
        "Metro",
        "Olympics",
        "Council",
        "Regional",
        "Borough",
        "Mayor",
        "Municipal",
        "Government",
        "Transport",
        "Underground",
        "Airport",
        "Station",
        "Province",
        "State",
        "Region",
        "County",
        "Canton",
        "Oblast",
        "Krai",
        "Prefecture",
        "Governorate",
        "Emirate",
        # "the Macao SAR", "Hong Kong SAR": a special administrative region, the city itself
        "SAR",
        "District",
        "Subway",
        "Authority",
        "Authorities",
        "Administration",
        "Bureau",
        "Ministry",
        "Department",
        "Centre",
        "Center",
        "Town",
        "Shire",
        "Safe",  # "Lahore Safe City", "Nairobi Safe City": the city's programme
        "Smart",
        "Command",
        "Integrated",
        "Traffic",
        "CCTV",  # "Lagos CCTV network hits 2,300 cameras"
        "Municipality",  # "the Dammam Municipality said"
        "Corporation",  # "the Kochi Corporation", "Greater Chennai Corporation"
        "Assembly",  # "Kumasi Metropolitan Assembly"
        "Historic",  # "the Melaka Historic City Council"
        "Capital",  # "the Phnom Penh Capital Administration"
        "Operations",  # "the Astana Operations Centre"
        "Monitoring",
        "Situation",  # "the Almaty Situation Center"
        "Security",  # "the Tashkent Security Council"
        "Video",
        "Urban",
        "PD",  # "Seattle PD runs like 70 cams": the city's police department
    ]
)


#: Camera kit after a name that is also a word: "Mobile camera trailers", "Mobile CCTV units".
_KIT_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:camera|cctv)[ \u00a0]+)?(?:trailers?|vans?|units?|towers?|vehicles?|phones?)\b",
    re.IGNORECASE,
)


def _is_place_noun(word: str) -> bool:
    """Whether a capitalised word after a place name is one of _PLACE_NOUNS_AFTER ("City",
    also in capitals: "TOWNSVILLE CITY COUNCIL")."""
    return word in _PLACE_NOUNS_AFTER or (word.isupper() and word.title() in _PLACE_NOUNS_AFTER)


_AREA_HEADING_RE = re.compile(
    r"per\s+(?:1\s+|one\s+)?(?:square|sq\.?|km²|km2|sqkm)|km²|/\s*(?:km|sq\b|square|mi\b|mile)",
    re.IGNORECASE,
)
_OTHER_RATE_HEADING_RE = re.compile(
    # ("Rate in viral ranking (per 1,000)": a ranking's camera rate, not a rank)
    r"crime|homicide|murder|robber|burglar|theft|offen[cs]e|incident|arrest|gdp|income"
    r"|\brank(?:ed|s)?\b|index|score|deaths?|injur|accident|\barea\b|^\s*(?:population|pop\b)"
    # "Residents per km²": how crowded the place is
    r"|\b(?:residents|people|persons|inhabitants)\s+per\s+(?:square|sq\b|km)",
    re.IGNORECASE,
)
_SALES_HEADING_RE = re.compile(
    # ("Cameras procured 2017–25": bought, not in service)
    r"\b(?:shipments?|sales|sold|exports?|imports?|revenue|procured|procurement|purchased)\b",
    re.IGNORECASE,
)
#: A label of amounts of money: "Cameras and poles (SAR million)", "Total (US$ m)", "Cost (£000)":
#: brackets that hold a currency and at most a scale, nothing else.
_MONEY_LABEL_RE = re.compile(
    rf"\([ \u00a0]*(?:us\$|[$£€¥₹₦₩₺₫₽]|(?:{CURRENCY_ISO_CODES})\b)[ \u00a0]*"
    r"(?:million|mn|m|bn|billion|thousand|'?000s?|k|lakh|crore)?[ \u00a0]*\)",
    re.IGNORECASE,
)
_MILE_RE = re.compile(r"mile|mi²|sq\.?\s?mi\b", re.IGNORECASE)
_PER_PEOPLE_HEADING_RE = re.compile(
    # ("Cameras / 1,000 residents": a slash for "per")
    r"(?:per\s+|/\s*)(?P<base>1[,\u00a0\u202f ]000|1000|1k|thousand|100[,\u00a0\u202f ]000|100|capita|person"
    r"|head|10[,\u00a0\u202f ]?000|ten[ \u00a0]thousand|lakh)\b"
    # translated: "On 1000 inhabitants", "For 1,000 residents"
    r"|\b(?:on|for)\s+(?P<base2>1[,.\u00a0\u202f ]?000|thousand)\s+(?:inhabitants|people|residents"
    r"|population|citizens)\b"
    # Spanish, Portuguese, French and German heads: "Cámaras por cada 1.000 hab.", "Câmeras por
    # mil habitantes", "Kameras pro 1.000 Einwohner"
    r"|\b(?:por|pour|pro)\s+(?:cada\s+)?(?P<base3>1[,.\u00a0\u202f ]?000|mil)\s+(?:hab\b|habitantes"
    r"|habitants|einwohner|residentes)"
    # "cameras for every 1,000 Savannah residents"
    r"|\bfor\s+(?:every|each)\s+(?P<base4>1[,\u00a0\u202f ]000|1000|thousand|100)\b(?![,.]\d)",
    re.IGNORECASE,
)
#: A rate's base written right after a list row's value: "~1.8/1k", "0.39 per 1,000".
_OWN_BASE_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:/|per[ \u00a0]+)(?:1k|1,000|1000|thousand)\b", re.IGNORECASE
)
#: The bases of _PER_PEOPLE_HEADING_RE that mean one person.
_PER_ONE_WORDS = frozenset({"capita", "person", "head"})
_PART_OF_COLUMN_RE = re.compile(
    r"(?:\([a-z]\)[ \u00a0]*)?"
    r"(?:of[ \u00a0]+which|of[ \u00a0]+them|including|incl\.|thereof|among[ \u00a0]+them"
    # "| Public space cameras | Operational at 30 September 2026 |": the working part
    r"|operational|working|functional|functioning|in[ \u00a0]+(?:operation|use|service))\b",
    re.IGNORECASE,
)
#: How far into a document its title and deck may be (after a saved page's navigation).
_TITLE_REACH = 2000
_SURVEILLANCE_HEADING_RE = re.compile(r"\bvideo[- ]?surveillance\b|\bsafe[- ]city\b", re.IGNORECASE)
_PEOPLE_PER_HEADING_RE = re.compile(r"(?:people|persons|residents)\s+per\s+camera", re.IGNORECASE)
_COUNT_HEADING_RE = re.compile(
    r"\b(?:number|no\.|total|count)\s+of\s+(?:\w+\s+)?cameras|\bcameras\b|\bcctvs?\b"
    # "Camera counts by city"
    r"|\bcamera\s+(?:counts?|numbers|totals)\b"
    # "Cámaras públicas", "Câmeras", "Kameras"
    r"|\bc[áâ]m[ae]ras\b|\bkameras\b"
    # "Installed base (m units)": the cameras in service, in a market study's table
    r"|\binstalled\s+base\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A place named (or referred back to) in a segment."""

    place: Place
    start: int
    end: int
    as_written: str
    role: str  # "subject", "qualifier", "anaphor" or "region" (a name used as a region's)
    guessed: bool = False  # a city chosen among same-name cities without a qualifier


@dataclass
class _Context:
    """What earlier text lets later text refer back to."""

    heading: EntityRef | None = None
    own_council: EntityRef | None = None  # "TOWNSVILLE CITY COUNCIL" heading a council's papers
    topic: EntityRef | None = None
    topic_country: EntityRef | None = None
    topic_city: EntityRef | None = None
    list_metric: str | None = None
    list_scale: float = 1.0
    table_columns: list[tuple[str | None, float]] | None = None
    table_year_column: int | None = None  # "Year" / "As of": the year of every figure in a row
    #: "| Ward | Cameras |": a table whose rows are parts of a place, not places.
    table_of_parts: bool = False
    #: "Coverage is very uneven between sub-municipalities:": the bulleted rows below are parts.
    parts_list: bool = False
    #: "Measure | 2023 | 2024 | 2025": a year per column; a row's label names its metric.
    table_column_years: list[int | None] | None = None
    #: Years head the columns of a table below talk of cameras: a place's row counts cameras.
    table_years_count_cameras: bool = False
    #: The line before is a caption or heading about cameras ("Table 15.12: Number of CCTV
    #: cameras in Thromdes, 2023-2025"), not a sentence.
    camera_caption: bool = False
    #: A comparison table whose header names places ("| United Kingdom | United States"): the
    #: place of each column, its rows led by a metric label.
    column_places: list[EntityRef | None] | None = None
    #: The years of such a table's columns, from a "Data year | 2025 | 2024" row below it.
    column_years: list[int | None] | None = None
    table_estimated: frozenset[int] = frozenset()  # columns headed "Estimated cameras"
    #: columns headed "Department", "State", "Province": a place there locates the row's city
    table_region_columns: frozenset[int] = frozenset()
    #: A year in a metric column's label ("Installed base 2025"): that column's cells' year.
    table_label_years: list[int | None] | None = None
    #: The unit a caption gives a table's counts: "Surveillance cameras (million units)".
    caption_scale: float = 1.0
    in_links: bool = False  # rows under "Related stories" / "Most read" are link titles
    in_references: bool = False  # under a "References" heading: cited titles, not the page's
    #: The rows just above were parts of a place ("1. Central Zone  10  4,380"): a "Total" row
    #: under them is the whole place's.
    after_part_rows: bool = False
    #: "China vs US at a glance": the two places whose figures the rows below give in order.
    versus_places: list[EntityRef] | None = None
    follows_count: bool = False  # the previous segment stated a camera count
    #: The rate per 1,000 the previous segment stated, when it stated one and no count.
    follows_rate: float | None = None
    space_columns: int | None = None  # columns of a space-flattened table being read
    csv_columns: int | None = None  # fields of a comma-separated table being read
    #: Where each of its labels starts on the line, when runs of spaces set them apart.
    space_label_columns: list[int] | None = None
    space_word_columns: frozenset[int] | None = None
    row_metric_inferred: bool = False  # list_metric came from the list's first row
    # Segments left during which the talk is still of cameras (see _CAMERA_TALK_REACH).
    camera_talk: int = 0
    #: City names the document has qualified ("Birmingham, Ala."): later bare uses mean them.
    qualified_cities: dict[str, Place] = field(default_factory=dict)
    # Names seen as a person's surname ("the presenter, Andrés Molina"): alone later, still him.
    person_names: set[str] = field(default_factory=set)
    #: How often the document names each country, directly or through a big city ("Dublin"):
    #: it settles a small city's name that several countries share ("Dundalk" in an Irish story).
    document_countries: Counter[str] = field(default_factory=Counter)
    #: The same without the votes of names a town abroad shares (see _document_countries).
    firm_countries: Counter[str] = field(default_factory=Counter)
    #: The place a list row just gave a figure to: the rows of its fact card go on with it.
    card_owner: EntityRef | None = None
    card_block: int = -1  # the line of that row
    #: The claims the rows of the fact card being read gave, for a "Data year: 2024" row below.
    card_claims: list[int] = field(default_factory=list)
    #: The text is in (or translated from) Portuguese or Spanish: its "mil" is a thousand.
    romance_mil: bool = False
    #: A machine translation that calls cameras "chambers" (Spanish and Portuguese "câmaras").
    chambers_are_cameras: bool = False
    block: int = -1
    #: The previous segment asked how many cameras there are ("How many cameras does Tashkent
    #: have?"): the answer may open with its bare figure.
    follows_question: bool = False
    #: The places the previous sentence named, in order: "… Coventry …, Wolverhampton … and
    #: Walsall …. This equates to 0.9, 0.86 and 0.6 per 1,000 respectively."
    previous_subjects: list[EntityRef] = field(default_factory=list)

    def set_topic(self, ref: EntityRef) -> None:
        self.topic = ref
        if ref.place.kind == "country":
            self.topic_country = ref
        else:
            self.topic_city = ref
            if (
                self.topic_country is not None
                and self.topic_country.place.country_iso3 != ref.place.country_iso3
            ):
                self.topic_country = None  # "the country" now means the new city's country

    @property
    def follows_camera_word(self) -> bool:
        """Whether one of the last few segments spoke of cameras: in a transcript the question
        ("How many cameras does Casablanca have?") and the answer's bare figures ("Rabat has
        about 1,500.") are a few lines apart."""
        return self.camera_talk > 0

    def reset_to_heading(self) -> None:
        self.topic = self.heading
        self.topic_country = (
            self.heading if self.heading and self.heading.place.kind == "country" else None
        )
        self.topic_city = (
            self.heading if self.heading and self.heading.place.kind == "city" else None
        )


@dataclass
class _Found:
    claims: list[Claim] = field(default_factory=list)
    guessed: list[tuple[int, str]] = field(default_factory=list)  # (claim index, name written)
    #: Metrics of the figures the current segment attributed, repeats of earlier claims too.
    attributed: list[str] = field(default_factory=list)
    #: The values of the rates per 1,000 among them.
    attributed_rates: list[float] = field(default_factory=list)
    #: The place the current segment's last figure went to.
    last_owner: EntityRef | None = None
    first_refs: dict[tuple[str, str, str | None], tuple[EntityRef, Segment]] = field(
        default_factory=dict
    )

    @property
    def first_place(self) -> EntityRef | None:
        """The first place the page names."""
        return next(iter(self.first_refs.values()))[0] if self.first_refs else None

    @property
    def page_place(self) -> EntityRef | None:
        """The first place the page names, when at least _PAGE_PLACE_SHARE of the page's
        claims so far (two or more) are its."""
        first = self.first_place
        if first is None or len(self.claims) < 2:
            return None
        key = _place_key(first.place)
        own = sum(
            (claim.entity_kind, claim.country_iso3, claim.city_id) == key for claim in self.claims
        )
        return first if own >= _PAGE_PLACE_SHARE * len(self.claims) else None

    #: Claims read from a quote left in its own language ("plus de 300 caméras"): their
    #: indexes by place, metric and value.
    quoted_in_own_language: dict[tuple[object, ...], int] = field(default_factory=dict)
    #: The keys of the claims read from English statements.
    stated_in_english: set[tuple[object, ...]] = field(default_factory=set)


def _place_key(place: Place) -> tuple[str, str, str | None]:
    return (place.kind, place.country_iso3, place.city_id)


def _all_claims_for(claims: list[Claim], place: Place) -> bool:
    """Whether the page has claimed figures, and all of them for this place."""
    return bool(claims) and all(
        (claim.entity_kind, claim.country_iso3, claim.city_id) == _place_key(place)
        for claim in claims
    )


def _folded(window: str) -> str:
    """window.lower(), with the letters IGNORECASE treats as "i" or "s" turned into them."""
    if any(odd in window for odd in _CASE_FOLD_ODDITIES):
        window = window.replace("İ", "i").replace("ı", "i").replace("ſ", "s")
    return window.lower()


def _may_hold(text: str, start: int, end: int, hints: tuple[str, ...]) -> bool:
    """False when text[start:end] holds none of the lower-case `hints` in any case, so that a
    slower case-insensitive search for phrases containing them can be skipped."""
    window = text[start:end]
    lowered = window.lower()
    return any(hint in lowered for hint in hints) or any(
        odd in window for odd in _CASE_FOLD_ODDITIES
    )


def _is_sentence_initial(text: str, segment: Segment, position: int) -> bool:
    """Whether `position` opens the segment's sentence, or the words after a speaker's or a
    label's colon ("Amira Haddad: Across Australia …")."""
    before = text[segment.start : position].rstrip(" \"“‘'(")
    return before == "" or before.endswith(":")


def _previous_word(text: str, segment: Segment, position: int) -> str | None:
    window = text[max(segment.start, position - 30) : position]
    words = _WORD_RE.findall(window)
    tail = window.rstrip()
    # "Mr. Lincoln": an abbreviation's full stop still joins it to the name.
    if not words or not (tail.endswith(words[-1]) or tail.endswith(words[-1] + ".")):
        return None
    if "  " in window[len(tail) :] or "\t" in window[len(tail) :]:
        return None  # "Andhra Pradesh   Visakhapatnam    1,480": the cell before, not the name's
    if tail.endswith(".") and words[-1] not in _HONORIFICS:
        return None
    return words[-1]


def _next_is_capitalised(text: str, segment: Segment, position: int) -> bool:
    nxt = position
    while nxt < segment.end and text[nxt] in " \u00a0":
        nxt += 1
    return nxt > position and nxt < segment.end and text[nxt].isupper()


def _next_word_start(text: str, segment: Segment, position: int) -> int:
    while position < segment.end and text[position] in " \u00a0":
        position += 1
    return position


def _qualifier_country(
    text: str,
    segment: Segment,
    name_end: int,
    nxt: NameMatch | None,
    gazetteer: Gazetteer,
    cities: tuple[Place, ...] = (),
) -> tuple[str | None, int]:
    """Country that directly qualifies a city ("London, UK", "Wuxi (China)", "Atlanta, Georgia",
    "London, Ontario"), and where the qualifier ends."""
    gap = _QUALIFIER_GAP_RE.match(text, name_end, segment.end)
    gap_end = gap.end() if gap else name_end
    if nxt is not None and nxt.countries and nxt.start == gap_end and not nxt.is_people:
        iso3 = nxt.countries[0].country_iso3
        if not cities or any(city.country_iso3 == iso3 for city in cities):
            return iso3, nxt.end
    if gap_end > name_end and gap_end < segment.end and text[gap_end].isupper():
        word = _WORD_RE.match(text, gap_end, segment.end)
        if word is not None:
            region = gazetteer.region_qualifier_at(text, gap_end, segment.end)
            code = text[gap_end : region[1]] if region is not None else ""
            if (
                region is not None
                and cities
                and code in gazetteer.postal_qualifiers
                and (
                    not any(city.country_iso3 == region[0] for city in cities)
                    # "Hamburg | DE |": Germany's code, where Germany has the bigger namesake
                    or cities[0].country_iso3 == gazetteer.alpha2_countries.get(code)
                )
            ):
                region = None  # "Perth, WA": Western Australia, not the US state of Washington
            if (
                region is not None
                and code in gazetteer.postal_qualifiers
                and text[name_end - 2 : name_end].isupper()
                and not text[name_end:gap_end].strip(" \u00a0")
            ):
                region = None  # "THE CAPITAL CITY OF WARSAW IN 2025": a heading's "in"
            if region is not None and not _listed_city_not_state(
                text, segment, name_end, gap_end, region, gazetteer, cities
            ):
                return region
            # "Copenhagen DK 212 0.32 2.4": a flattened table row's two-letter country code
            code_row = _ALPHA2_IN_ROW_RE.match(text, gap_end, segment.end)
            code_iso3 = gazetteer.alpha2_countries.get(code_row.group(1)) if code_row else None
            if (
                region is None
                and segment.kind == "row"
                and code_iso3 is not None
                and any(city.country_iso3 == code_iso3 for city in cities)
            ):
                return code_iso3, gap_end + 2
    return None, name_end


def _listed_city_not_state(
    text: str,
    segment: Segment,
    name_end: int,
    start: int,
    region: tuple[str, int],
    gazetteer: Gazetteer,
    cities: tuple[Place, ...],
) -> bool:
    """ "bureaus in Beijing, Seoul, London, New York, New Delhi": in a list of places a state
    that is also a city's name is the next city, not a qualifier; so is it in "London, New York
    and Paris" when the state has no real city of the name (only London, Kentucky's 8,000).
    `region` is the state's (iso3, end), read at text[start]."""
    iso3, end = region
    listed_before = ", " in text[max(segment.start, name_end - 40) : name_end]
    listed_after = _LIST_GOES_ON_RE.match(text, end) is not None
    if not listed_after or not any(
        match.cities for match in gazetteer.find_names(text, start, end)
    ):
        return False
    if listed_before and text.startswith(", ", end):
        return True
    return (
        bool(cities)
        # (a world city abroad is meant: "Sequim, Washington and Poulsbo" keeps its state)
        and cities[0].country_iso3 != iso3
        and cities[0].wup_city_code is not None
        and not any(city.country_iso3 == iso3 and city.population >= 100_000 for city in cities)
    )


#: For how many segments after one that names cameras a bare figure may still be a count: a
#: debate or phone-in gets to its figures several speakers after the question.
_CAMERA_TALK_REACH = 16
#: Staff talked of without cameras: a bare figure after it counts them (see _CAMERA_TALK_REACH).
_STAFF_TALK_RE = re.compile(
    r"\b(?:officers|staff|employees|personnel|deputies|troopers|detectives|firefighters)\b",
    re.IGNORECASE,
)

#: A profile's field, a label and its value: "Supervisory authority: Office for …", "Municipal
#: camera systems: Warsaw 1,240 (2025); Kraków 680".
_FIELD_RE = re.compile(r"(?P<label>[^:;\d\n]{3,60}):[ \u00a0]*(?=\S)")


def _follows_field_line(text: str, segment: Segment) -> bool:
    """Whether the line above the segment's is a profile's field too ("Area: 78,867 sq km"),
    or the indented rest of one ("  on Personal Data Processing")."""
    line_start = text.rfind("\n", 0, segment.start) + 1
    for _ in range(_FIELD_WRAP_LINES):
        if line_start == 0:
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        if not above.startswith((" ", "\t")):
            return _FIELD_RE.match(above.strip(" \t\u00a0-*•")) is not None
        line_start = above_start
    return False


def _is_field_line(text: str, segment: Segment) -> bool:
    """A profile's field ("Supervisory authority: …") or the indented rest of one."""
    line_start = text.rfind("\n", 0, segment.start) + 1
    return _FIELD_RE.match(text, segment.start, segment.end) is not None or text.startswith(
        (" ", "\t"), line_start
    )


#: Lines a profile's field may wrap onto.
_FIELD_WRAP_LINES = 3
#: A fact file's field that says where its place lies: "- **Country:** Sri Lanka", "State: Goa".
_WHERE_FIELD_RE = re.compile(
    r"[\W_]*(?:country|nation|state|province|region|county|prefecture|capital|largest[ \u00a0]+city"
    r"|seat)[*_ \u00a0]*:",
    re.IGNORECASE,
)

#: How many times bigger a foreign namesake may be and still lose to a city of the document's
#: own country.
_NAMESAKE_RATIO = 5
#: Smallest town of the document's country that wins over a foreign namesake nobody mentions.
_HOME_TOWN_MIN_POPULATION = 20_000
_HOME_TOWN_RATIO = 50
#: Firm votes (and times the namesake's country's) that make a story's own country win.
_FIRM_HOME_VOTES = 3


def _choose_city(
    cities: tuple[Place, ...],
    qualifier_iso3: str | None,
    context_iso3: set[str],
    document_countries: Counter[str] | None = None,
    firm_countries: Counter[str] | None = None,
    capitals: dict[str, Place] | None = None,
) -> Place | None:
    if qualifier_iso3 is not None:
        matching = [city for city in cities if city.country_iso3 == qualifier_iso3]
        return matching[0] if matching else None
    # A same-name city in the country under discussion wins only if it is a real city.
    in_context = [
        city for city in cities if city.country_iso3 in context_iso3 and city.population >= 100_000
    ]
    if in_context and (
        cities[0].wup_city_code is None
        or in_context[0].wup_city_code is not None
        or document_countries is None
        or _is_main_country(document_countries, in_context[0])
    ):
        # A big city keeps its name against a smaller namesake in a country merely mentioned
        # nearby ("In Vancouver, …" after a sentence about Chicago), unless the story is about
        # that country.
        return in_context[0]
    if document_countries and cities[0].wup_city_code is None:
        # No agglomeration goes by the name: the country the document is about decides.
        named = [city for city in cities if document_countries[city.country_iso3] > 0]
        # "Georgetown" in a story that names Guyana: the capital of a named country first.
        named_capitals = [
            city for city in named if capitals and capitals.get(city.country_iso3) == city
        ]
        if named_capitals:
            return named_capitals[0]
        if named:
            return max(named, key=lambda city: document_countries[city.country_iso3])
    if firm_countries:
        # "St. Petersburg council backs …" in a Florida paper that names Tampa again and again
        # and Russia once: a real city of the country the story is firmly about wins over a
        # bigger namesake abroad.
        firm_home = [
            city
            for city in cities[1:]
            if (
                city.population >= 100_000
                # "Liverpool City Council" in a New South Wales police release that names
                # England once at most ("Liverpool in the UK has over 350 council cameras"): a
                # town of the story's firm country, up to fifty times smaller
                or (
                    city.population >= _HOME_TOWN_MIN_POPULATION
                    and firm_countries[cities[0].country_iso3] <= 1
                    and city.population * _HOME_TOWN_RATIO >= cities[0].population
                )
            )
            and firm_countries[city.country_iso3] >= _FIRM_HOME_VOTES
            and firm_countries[city.country_iso3]
            >= _FIRM_HOME_VOTES * firm_countries[cities[0].country_iso3]
            # (most of the story's firm votes: not a world list that names Canadian cities)
            and 2 * firm_countries[city.country_iso3] > sum(firm_countries.values())
        ]
        if firm_home:
            return firm_home[0]
    if document_countries:
        # "Here in Hamilton" in a New Zealand paper: a real city of the document's country wins
        # over a namesake a few times its size abroad (but not London, Ontario over London).
        # A town of the document's country wins over a foreign namesake up to fifty times its
        # size whose country the document never names ("Perth" in a Scottish report, "Durham"
        # in a guide to English student cities).
        abroad_unnamed = firm_countries is not None and firm_countries[cities[0].country_iso3] == 0
        home = [
            city
            for city in cities[1:]
            if (
                (
                    city.population >= 100_000
                    and city.population * _NAMESAKE_RATIO >= cities[0].population
                )
                or (
                    abroad_unnamed
                    and city.population >= _HOME_TOWN_MIN_POPULATION
                    # (not Lima, Ohio for Lima, nor Paris, Texas for Paris)
                    and city.population * _HOME_TOWN_RATIO >= cities[0].population
                )
            )
            and _is_sole_main_country(document_countries, city)
            and not _is_main_country(document_countries, cities[0])
        ]
        if home:
            return home[0]
    return cities[0]


#: Linking words of a name written in capitals ("CITY OF PORT TOWNSEND", "TOWN OF SEQUIM").
_CAPITALS_LINKING_WORDS = frozenset(("of", "in", "for", "the", "at"))
#: Short words a title-case headline leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "via",
        "with",
    ]
)


def _is_title_case(line: str) -> bool:
    """ "How New Orleans Built a 5,000-Plus Camera Network": every word but the short ones is
    capitalised (at least four words, so that a table row's "Leeds 212" is not one)."""
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _TITLE_SMALL_WORDS
    ]
    return len(words) >= 4 and all(w[:1].isupper() for w in words)


#: The run of spaces that sets a space-aligned row's cells apart.
_CELL_GAP = "  "


def _part_of_other_name(text: str, segment: Segment, match: NameMatch) -> bool:
    """ "Mr. Lincoln", "Sarah Jordan", "Orlando Bloom", "China Mobile": a person or a firm."""
    previous = _previous_word(text, segment, match.start)
    if previous is not None and previous.rstrip(".") in _HONORIFICS:
        return True
    if segment.kind == "heading" or (
        segment.kind == "row"
        and CAMERA_NOUN_RE.search(text, segment.start, segment.end) is not None
        and _is_title_case(text[segment.start : segment.end])
    ):
        # title case: every word is capitalised ("How New Orleans Built a 5,000-Plus Camera
        # Network": a headline with its figure is a row)
        return False
    if (
        previous is not None
        and previous[:1].isupper()
        and previous not in _SENTENCE_OPENERS_ALLOWED_BEFORE
        and not previous.isupper()
        and not _is_sentence_initial(text, segment, match.start - len(previous) - 1)
        # ("Krai        Kazan": a word in the cell before, in a row set out with spaces)
        and not text.endswith(_CELL_GAP, segment.start, match.start)
    ):
        return True
    if _SPANISH_COMPOUND_AFTER_RE.match(text, match.end, segment.end):
        return True  # "Centro de Monitoreo Urbano", "Plaza de Armas"
    following = _WORD_RE.match(text, _next_word_start(text, segment, match.end), segment.end)
    return (
        following is not None
        and following.start() > match.end
        # "Kazan            Republic of Tatarstan       12,500": the next cell's word
        and not (segment.kind == "row" and following.start() - match.end >= len(_CELL_GAP))
        and following.group()[:1].isupper()
        and not _is_place_noun(following.group())
        and following.group() != "I"  # "In Malang I think …": the pronoun
    )


#: A cross street: "on 6th Avenue and Euclid", "at 2nd and Euclid".
_CROSS_STREET_BEFORE_RE = re.compile(
    r"(?:\b(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way)\.?"
    r"|\b\d+(?:st|nd|rd|th))[ \u00a0]+(?:and|&)[ \u00a0]+$"
)
#: "On the corner of Claiborne and Orleans Avenue": a street named before another's suffix.
_CROSS_STREET_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*)?[ \u00a0]+"
    r"(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way)\b"
)
_PERSON_VERB_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:then[ \u00a0]+|also[ \u00a0]+)?(?:said|says|asked|asks|told|tells|added|adds"
    r"|read|reads|replied|replies|wrote|writes|argued|argues|noted|notes|explained|explains"
    r"|insisted|insists|pressed|presses|interrupted|interrupts|countered|counters)\b"
)


def _after_first_name(text: str, segment: Segment, match: NameMatch) -> bool:
    """ "Andrés Molina", "Priya Sharma": a capitalised word that is not a place or a sentence
    opener right before the name makes it a surname."""
    if segment.kind == "heading":
        return False
    previous = _previous_word(text, segment, match.start)
    return (
        previous is not None
        and previous[:1].isupper()
        and not previous.isupper()
        and previous not in _SENTENCE_OPENERS_ALLOWED_BEFORE
        and previous.rstrip(".") not in _HONORIFICS
        and not _is_sentence_initial(text, segment, match.start - len(previous) - 1)
        and text[match.start - 1] in " \u00a0"
    )


_NUMBER_AFTER_NAME_RE = re.compile(r"[ \u00a0]\d")
#: Countries whose towns are named with English words ("Reading", "Cork", "Derby", "Bath").
_ENGLISH_WORD_TOWN_COUNTRIES = frozenset({"GBR", "IRL", "USA", "CAN", "AUS", "NZL"})


def _city_is_plausible(
    text: str,
    segment: Segment,
    match: NameMatch,
    city: Place,
    qualified: bool,
    context_iso3: set[str],
    document_countries: Counter[str],
    capitals: dict[str, Place],
    suburbs: frozenset[str],
    firm_countries: Counter[str] | None = None,
) -> bool:
    """Reject names that are more likely words or parts of other proper nouns."""
    if qualified or match.is_people or _CITY_NOUN_AFTER_RE.match(text, match.end, segment.end):
        return True  # "Cork city is now covered by …"
    if (
        match.is_common_word
        and city.wup_city_code is not None
        and text.startswith(("'s ", "’s "), match.end)
    ):
        return True  # "Muscat's network is smaller": a word does not own a network
    if (
        _part_of_other_name(text, segment, match)
        or _CROSS_STREET_BEFORE_RE.search(text, max(segment.start, match.start - 20), match.start)
        or _CROSS_STREET_AFTER_RE.match(text, match.end, segment.end)
    ):
        return False
    initial = _is_sentence_initial(text, segment, match.start)
    in_context = city.country_iso3 in context_iso3 and city.population >= 100_000
    following = _WORD_RE.match(text, _next_word_start(text, segment, match.end), segment.end)
    before_place_noun = following is not None and _is_place_noun(following.group())
    if match.is_common_word and _KIT_AFTER_RE.match(text, match.end, segment.end) is not None:
        return False  # "Mobile camera trailers | 14 | 18": a word that describes the kit
    if match.is_common_word and in_context and segment.kind == "heading":
        # "Nice: the pioneer" in an article about France: a heading that names the city.
        return _HEADING_NAME_END_RE.match(text, match.end, segment.end) is not None
    if match.is_common_word and in_context:
        # "Wellington City Council" is the city; "Reading Festival" is not.
        return before_place_noun or not _next_is_capitalised(text, segment, match.end)
    if (
        match.is_common_word
        and initial
        and city.wup_city_code is not None
        and city.population >= 500_000
        and _CLAIM_VERB_AFTER_RE.match(text, match.end, segment.end)
    ):
        return True  # "Shanghai has 159 cameras per 1,000 people": a verb, not "shanghai"
    if match.is_common_word and (
        # "… ACSA doesn't share with Metro." in Durban: a word, not a town abroad (but "Cork",
        # "Derby" are towns where the word is English)
        (city.wup_city_code is None and city.country_iso3 not in _ENGLISH_WORD_TOWN_COUNTRIES)
        or (initial and not before_place_noun)  # "Derby City Council said …" is the city
        or segment.kind == "heading"
        or (_next_is_capitalised(text, segment, match.end) and not before_place_noun)
        or city.population < 100_000
        # "in Sector 17": a numbered part, named by a word that only a town abroad bears
        or (city.wup_city_code is None and _NUMBER_AFTER_NAME_RE.match(text, match.end) is not None)
    ):
        return False
    if city.wup_city_code is None:
        if (
            city.population < 50_000
            and not _is_main_country(document_countries, city)
            and (city.country_iso3 not in context_iso3 or city.city_id in suburbs)
            and capitals.get(city.country_iso3) != city
            # (not a town chosen over a bigger namesake abroad for the story's firm country)
            and not (
                city is not match.cities[0]
                and firm_countries is not None
                and firm_countries[city.country_iso3] >= _FIRM_HOME_VOTES
            )
        ):
            # a small town only in a story about its country, or where its country is the one
            # under discussion (the heading's or topic's, or named earlier in the sentence: "In
            # Fiji, Nadi has 64") unless it lies within a big city (GeoNames' "Times Square"),
            # or a capital
            return False
        previous = _previous_word(text, segment, match.start)
        if (
            previous == "the"
            and city.country_iso3 not in context_iso3
            and not _next_is_capitalised(text, segment, match.end)
        ):
            # "the approaches to the Alhambra" in Granada: a palace, not a town (but "the
            # Lethbridge Police Service" is the city's)
            return False
        if (
            previous is not None
            and previous[:1].isupper()
            and previous not in _SENTENCE_OPENERS_ALLOWED_BEFORE
            # ("CITY OF PORT TOWNSEND": a heading in capitals)
            and not (previous.isupper() and previous.lower() in _CAPITALS_LINKING_WORDS)
        ):
            return False  # "Jordan Henderson": a person's name, not Henderson, Nevada
        if _next_is_capitalised(text, segment, match.end) and not before_place_noun:
            return False  # but "Wolverhampton Council said …" is the city
    return True


def _segment_names(text: str, segment: Segment, gazetteer: Gazetteer) -> list[NameMatch]:
    """Place names in a segment; in one written all in lower case ("almaty has like 14k cams")
    also the lower-case names of countries and big cities."""
    matches = [
        match
        for match in gazetteer.find_names(text, segment.start, segment.end)
        if not _is_foreign_region_authority(text, match, segment.end, gazetteer)
    ]
    lowercase = gazetteer.find_lowercase_names(text, segment.start, segment.end)
    if not lowercase:
        return matches
    for match in lowercase:
        if not any(other.start < match.end and match.start < other.end for other in matches):
            matches.append(match)
    return sorted(matches, key=lambda match: match.start)


def _is_foreign_region_authority(
    text: str, match: NameMatch, end: int, gazetteer: Gazetteer
) -> bool:
    """ "Victoria Police", "Victoria State Government": the police or government of a state or
    province whose name only a city abroad shares (Victoria, Canada): neither place."""
    if (
        match.countries
        or not match.cities
        or not _REGION_AUTHORITY_AFTER_RE.match(text, match.end, end)
    ):
        return False
    region = gazetteer.region_qualifier_at(text, match.start, end, postal=False)
    return (
        region is not None
        and region[1] == match.end
        and all(city.country_iso3 != region[0] for city in match.cities)
    )


def resolve_entities(
    text: str, segment: Segment, gazetteer: Gazetteer, context: _Context
) -> list[EntityRef]:
    """Places named in a segment, each with its role; countries qualifying a city are marked."""
    matches = _segment_names(text, segment, gazetteer)
    if not matches:
        return []
    refs: list[EntityRef] = []
    context_iso3 = {
        ref.place.country_iso3
        for ref in (context.heading, context.topic_country, context.topic_city)
        if ref is not None
    }
    skip_until = -1
    for index, match in enumerate(matches):
        if match.start < skip_until:
            continue
        nxt = matches[index + 1] if index + 1 < len(matches) else None
        previous = matches[index - 1] if index > 0 else None
        if (
            previous is not None
            and not match.countries
            and _POSSESSIVE_LINK_RE.fullmatch(text, previous.end, match.start)
        ):
            continue  # "Rio de Janeiro's Centro de Operações": something of the place before
        if _FACILITY_AFTER_RE.match(text, match.end, segment.end):
            continue  # "Incheon Airport alone has 4,000 cameras": the airport's, not the city's
        if text.startswith("$", match.end):
            continue  # "US$2.1 million", "HK$40 million": a currency, not the place
        if (
            match.start > 0
            and text[match.start - 1] == "("
            and _AGENCY_TAIL_RE.match(text, match.end, segment.end)
        ):
            continue  # "HEFEI, Nov. 24 (Xinhua) --": the news agency, not the town of Xinhua
        if match.is_adjective:
            if _DEMONYM_NOUN_RE.match(text, match.end, segment.end):
                refs.append(
                    EntityRef(
                        match.countries[0], match.start, match.end, match.as_written, "subject"
                    )
                )
            continue
        if (
            match.countries
            and not match.is_people
            and (
                segment.kind == "sentence"
                or nxt is None
                or nxt.start > _next_word_start(text, segment, match.end)
            )
            and _part_of_other_name(text, segment, match)
        ):
            continue  # "Jordan Ellis", "China Mobile": part of a person's or firm's name
        if match.countries and not match.cities:
            refs.append(
                EntityRef(match.countries[0], match.start, match.end, match.as_written, "subject")
            )
            context_iso3.add(match.countries[0].country_iso3)
            continue
        if match.countries and match.cities and not match.is_people:
            # A city-state or a country that shares its name with a city: the country, unless a
            # country qualifier follows ("Mexico, Mexico" is not a thing; "Panama City" is longer).
            # A city-state is the country even among "the most watched cities", and when it
            # qualifies itself ("| Singapore | Singapore |" under "City | Country").
            iso3 = match.countries[0].country_iso3
            qualifier_iso3, _ = _qualifier_country(text, segment, match.end, nxt, gazetteer)
            if qualifier_iso3 is None or (qualifier_iso3 == iso3 and iso3 in CITY_STATES):
                refs.append(
                    EntityRef(
                        match.countries[0], match.start, match.end, match.as_written, "subject"
                    )
                )
                context_iso3.add(match.countries[0].country_iso3)
                continue
        qualifier_iso3, qualifier_end = _qualifier_country(
            text, segment, match.end, nxt, gazetteer, match.cities
        )
        name_key = match.as_written.casefold()
        remembered = context.qualified_cities.get(name_key)
        if qualifier_iso3 is None and remembered is not None and remembered in match.cities:
            city: Place | None = remembered  # "Birmingham, Ala." earlier: the same Birmingham
        else:
            city = _choose_city(
                match.cities,
                qualifier_iso3,
                context_iso3,
                context.document_countries,
                context.firm_countries,
                gazetteer.capitals,
            )
        if city is None:
            continue
        if qualifier_iso3 is None and city.wup_city_code is None:
            region = gazetteer.region_qualifier_at(text, match.start, segment.end, postal=False)
            if region is not None and region[1] == match.end:
                continue  # "new stores in Florida": the US state, not Florida, Cuba
        elif qualifier_iso3 is None:
            region = gazetteer.region_qualifier_at(text, match.start, segment.end, postal=False)
            if (
                region is not None
                and region[1] == match.end
                and region[0] != city.country_iso3
                and context.firm_countries[region[0]] >= _FIRM_HOME_VOTES
                and context.firm_countries[region[0]]
                >= 2 * context.firm_countries[city.country_iso3]
            ):
                # "Across Victoria, councils operate …" in an Australian story: the state, not
                # Victoria, Canada
                continue
        if qualifier_iso3 is None and city.wup_city_code is None:
            if match.as_written in context.person_names and _PERSON_VERB_AFTER_RE.match(
                text, match.end, segment.end
            ):
                continue  # "Molina then read from a report": the presenter named before
            if _after_first_name(text, segment, match):
                context.person_names.add(match.as_written)
        if not _city_is_plausible(
            text,
            segment,
            match,
            city,
            qualifier_iso3 is not None,
            context_iso3,
            context.document_countries,
            gazetteer.capitals,
            gazetteer.suburbs,
            context.firm_countries,
        ):
            continue
        if not match.is_people and (
            (
                _REGION_AFTER_RE.match(text, match.end, segment.end)
                # "Alexandria Governorate said in 2025 that 3,400 cameras were installed … in
                # the city's main squares": the governorate speaks for its city.
                and not _REGION_SPEAKS_FOR_CITY_RE.match(text, match.end, segment.end)
            )
            or _REGION_BEFORE_RE.search(text, max(segment.start, match.start - 30), match.start)
        ):
            # "the Moscow Region", "the province of Buenos Aires": the region's, not the city's.
            refs.append(EntityRef(city, match.start, match.end, match.as_written, "region"))
            continue
        if qualifier_iso3 is not None and not (
            # "Hyderabad in Sindh, Pakistan's namesake city": this mention only, not the story's
            _IN_GAP_RE.match(text, match.end, segment.end)
        ):
            context.qualified_cities.setdefault(name_key, city)
        context_iso3.add(city.country_iso3)  # "Auckland …, while Wellington …": same country
        guessed = qualifier_iso3 is None and remembered is None and len(match.cities) > 1
        refs.append(
            EntityRef(city, match.start, match.end, match.as_written, "subject", guessed=guessed)
        )
        if qualifier_iso3 is not None and nxt is not None and nxt.end <= qualifier_end:
            country = gazetteer.country(qualifier_iso3)
            if country is not None:
                refs.append(EntityRef(country, nxt.start, nxt.end, nxt.as_written, "qualifier"))
            skip_until = qualifier_end
        elif qualifier_iso3 is not None:
            skip_until = qualifier_end
        if qualifier_iso3 is not None:
            # "Port Townsend, Washington, USA has 14 cameras": the country after the state
            # qualifies the city too
            after = next((m for m in matches[index + 1 :] if m.start >= qualifier_end), None)
            gap = _QUALIFIER_GAP_RE.match(text, qualifier_end, segment.end)
            country = gazetteer.country(qualifier_iso3)
            if (
                after is not None
                and gap is not None
                and after.start == gap.end() > qualifier_end
                and after.countries
                and after.countries[0].country_iso3 == qualifier_iso3
                and not after.is_people
                and country is not None
            ):
                refs.append(
                    EntityRef(country, after.start, after.end, after.as_written, "qualifier")
                )
                skip_until = after.end
    return refs


def _anaphors(
    text: str,
    segment: Segment,
    refs: list[EntityRef],
    context: _Context,
    gazetteer: Gazetteer,
) -> list[EntityRef]:
    """ "the country", "the city", "the capital", "its": resolved to the place they point back to."""
    resolved: list[EntityRef] = []
    national: Place | None = None  # the country "nationwide", "the country" point to
    pointable: list[EntityRef] | None = None  # worked out at the first anaphor only
    for match in _ANAPHOR_RE.finditer(text, segment.start, segment.end):
        if pointable is None:
            # "In Hat Yai, Songkhla's commercial hub, the municipality counts …": a place that
            # only describes another is not what "the municipality" points back to.
            pointable = [
                ref
                for ref in refs
                if ref.role == "subject"
                and (len(refs) == 1 or not _only_describes(text, segment, ref, refs))
            ]
        before = [ref for ref in pointable if ref.end <= match.start()]
        target: EntityRef | None
        if match.group("country"):
            countries = [ref for ref in before if ref.place.kind == "country"]
            cities = [ref for ref in before if ref.place.kind == "city"]
            # "Beijing police … the country's": the country of a city named just before.
            city = cities[-1] if cities else None
            # "Nationally, an estimated 1.5 million cameras watch Dutch public … spaces": the
            # country the sentence it opens goes on to name (not one named in comparison)
            countries_after = (
                [
                    ref
                    for ref in _eligible_for_figures(text, segment, pointable)
                    if ref.place.kind == "country" and ref.start >= match.end()
                ]
                if not countries and city is None and match.start() == segment.start
                else []
            )
            if countries:
                target = countries[-1]
            elif countries_after:
                target = countries_after[0]
            elif city is None and context.topic_country is not None:
                target = context.topic_country
            else:
                target = city or context.topic_city
                country = gazetteer.country(target.place.country_iso3) if target else None
                if country is None:
                    # "## National network / … connected to police operations centres
                    # nationwide": the country the whole page is about.
                    country = _sole_country(context.document_countries, gazetteer)
                target = EntityRef(country, 0, 0, "", "anaphor") if country else None
        elif match.group("city"):
            named_after = _OF_GAP_RE.match(text, match.end(), segment.end)
            if named_after is not None and any(ref.start == named_after.end() for ref in refs):
                continue  # "the city of Erbil": the name itself, not a pointer back
            cities = [ref for ref in before if ref.place.kind == "city"]
            target = cities[-1] if cities else context.topic_city
            capital_named = (
                cities
                and gazetteer.capitals.get(cities[-1].place.country_iso3) == cities[-1].place
                and not any(
                    ref.place.kind == "country" and ref.start > cities[-1].start for ref in before
                )
            )
            if "capital" in match.group().lower() and not capital_named:
                # (but "Officials in Tegucigalpa put the capital's count at …": the capital
                # named in the sentence)
                target = (
                    _capital_of(before, context, gazetteer.capitals)
                    or _capital_named_after(match.end(), refs, target, gazetteer.capitals)
                    or target
                )
        else:
            regions = [ref for ref in refs if ref.end <= match.start() and ref.role == "region"]
            if regions and (not before or regions[-1].end > before[-1].end):
                # "The Moscow Region … has its own system of 160,000 cameras": the region's.
                resolved.append(
                    EntityRef(
                        regions[-1].place, match.start(), match.end(), match.group(), "region"
                    )
                )
                continue
            target = before[-1] if before else context.topic
        if target is not None:
            resolved.append(
                EntityRef(target.place, match.start(), match.end(), match.group(), "anaphor")
            )
            if match.group("country") and target.place.kind == "country":
                national = target.place
    if national is not None:
        # "the National Police said that its system used 1,150 cameras nationwide": "its" is
        # the nation's too, not the city named in the sentence before.
        resolved = [
            ref
            for ref in resolved
            if ref.place == national or not _ANY_ANAPHOR_RE.fullmatch(ref.as_written)
        ]
    if context.own_council is not None:
        for match in _COUNCIL_ANAPHOR_RE.finditer(text, segment.start, segment.end):
            council = context.own_council.place
            resolved.append(
                EntityRef(council, match.start(), match.end(), match.group(), "anaphor")
            )
        resolved.sort(key=lambda ref: ref.start)
    return resolved


def _cities_named_through_country(
    text: str, named: list[EntityRef], gazetteer: Gazetteer
) -> list[EntityRef]:
    """ "Serbia's capital now has …", "the Kenyan capital", "Brazil's largest city": a city
    named through its country."""
    found = []
    for ref in named:
        if ref.place.kind != "country":
            continue
        iso3 = ref.place.country_iso3
        for pattern, cities in (
            (_CAPITAL_AFTER_RE, gazetteer.capitals),
            (_LARGEST_CITY_AFTER_RE, gazetteer.largest_cities),
        ):
            phrase = pattern.match(text, ref.end)
            if (
                phrase is not None
                and not text.startswith(("'s", "’s"), ref.end)
                and not _THE_BEFORE_RE.search(text, max(0, ref.start - 5), ref.start)
            ):
                continue  # "the Kenyan capital", but not "any UK capital"
            if phrase is not None and iso3 in cities:
                found.append(
                    EntityRef(cities[iso3], ref.start, phrase.end(), ref.as_written, "anaphor")
                )
        # "Hyderabad has overtaken London …, which puts the number of cameras in the Indian
        # city at about 610,000": the city of that country named before it in the sentence.
        phrase = _DEMONYM_CITY_AFTER_RE.match(text, ref.end)
        if phrase is not None and _THE_BEFORE_RE.search(text, max(0, ref.start - 5), ref.start):
            named_city = next(
                (
                    other
                    for other in reversed(named)
                    if other.end <= ref.start
                    and other.place.kind == "city"
                    and other.place.country_iso3 == iso3
                ),
                None,
            )
            if named_city is not None:
                found.append(
                    EntityRef(named_city.place, ref.start, phrase.end(), ref.as_written, "anaphor")
                )
    return found


def _capital_named_after(
    end: int, refs: list[EntityRef], target: EntityRef | None, capitals: dict[str, Place]
) -> EntityRef | None:
    """ "In the capital, more than 1.15 million cameras now feed the Beijing municipal …" after
    a story about Pingyi: the national capital the sentence goes on to name, when the city
    pointed back to is not it."""
    if target is None or capitals.get(target.place.country_iso3) == target.place:
        return None
    capital = capitals.get(target.place.country_iso3)
    return next(
        (ref for ref in refs if ref.start >= end and capital is not None and ref.place == capital),
        None,
    )


def _capital_of(
    before: list[EntityRef], context: _Context, capitals: dict[str, Place]
) -> EntityRef | None:
    """ "the capital" after a country was named: that country's capital city."""
    countries = [ref for ref in before if ref.place.kind == "country"]
    country = countries[-1] if countries else None
    if country is None and context.topic is not None and context.topic.place.kind == "country":
        country = context.topic
    if country is None or country.place.country_iso3 not in capitals:
        return None
    capital = capitals[country.place.country_iso3]
    return EntityRef(capital, country.start, country.end, country.as_written, "anaphor")


def _eligible_for_figures(text: str, segment: Segment, refs: list[EntityRef]) -> list[EntityRef]:
    """Refs a figure may belong to: not those named in comparison, inside an aside, as a
    descriptor of a city ("Brazil's largest city") or in a dateline ("LONDON — …")."""
    if not refs:
        return []
    eligible = []
    compared_end = -1
    for ref in refs:
        if ref.place.kind == "country" and _DESCRIPTOR_AFTER_RE.match(text, ref.end, segment.end):
            continue
        if _is_dateline(text, segment, ref):
            continue
        window = text[max(segment.start, ref.start - 40) : ref.start]
        if ref.role == "subject" and (
            (
                _COMPARISON_BEFORE_RE.search(_folded(window))
                # (but "… compared with London's often-quoted 68" gives the place its own figure)
                and _OWN_FIGURE_AFTER_POSSESSIVE_RE.match(text, ref.end, segment.end) is None
                # ("… a markedly denser network than Groningen (117)")
                and _OWN_FIGURE_IN_BRACKETS_RE.match(text, ref.end, segment.end) is None
                and not (
                    _RANKED_AGAINST_BEFORE_RE.search(window)
                    and _OWN_FIGURE_AFTER_AT_RE.match(text, ref.end, segment.end)
                )
            )
            # "… by the standards of Moscow or Shanghai": the places compared with, all of them.
            or (compared_end >= 0 and AND_OR_JOIN_RE.fullmatch(text, compared_end, ref.start))
        ):
            compared_end = ref.end
            continue
        if _in_aside(text, segment, ref.start) or _is_superlative_scope(text, segment, ref.start):
            continue
        eligible.append(ref)
    return eligible


_OWN_FIGURE_AFTER_POSSESSIVE_RE = re.compile(r"['’]s[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?\d")
_OWN_FIGURE_IN_BRACKETS_RE = re.compile(r"[ \u00a0]*\(\d[\d,.]*\)")
#: "… fewer than the US at roughly 270", "well ahead of Germany, at around 5.6 million": the
#: place compared with, and its own figure (not "the highest outside China, at 26.9 …").
_RANKED_AGAINST_BEFORE_RE = re.compile(rf"\b{RANKED_AGAINST}\s+(?:the\s+)?$")
_OWN_FIGURE_AFTER_AT_RE = re.compile(rf",?\s+at\s+(?:{QUALIFIER_WORDS}\s+)?\d")
_LOCATED_IN_BEFORE_RE = re.compile(r"[a-z][ \u00a0]+(?:in|at|near)[ \u00a0]+(?:the[ \u00a0]+)?$")
_DISTRICT_RE = re.compile(
    r"\b[A-Z][\w'’]+-(?:gu|ku|dong|myeon)\b"
    r"|\b(?:Barangay|Comuna|Sector|Arrondissement|Borough[ \u00a0]+of"
    # Cambodian, Thai, Indonesian and Vietnamese districts: "Khan Daun Penh", "Khet Bang Rak",
    # "Kecamatan Menteng", "Quận 1"
    r"|Khan|Khet|Amphoe|Tambon|Kecamatan|Kelurahan|Qu[aậ]n|Ph[uư][oờ]ng)[ \u00a0]+[A-Z0-9]"
    r"|\b(?:ward|district|borough)[ \u00a0]+of[ \u00a0]+[A-Z]"
    r"|\b[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    # "Naka Ward, home to Chinatown, alone has about 460" (not "Wodonga District Council"), "Bole
    # sub-city" (Addis Ababa's districts)
    r"(?:[Dd]istrict|[Ww]ard|neighbou?rhood|[Bb]orough|arrondissement|[Ss]ub-?city)s?\b"
    r"(?![ \u00a0]+(?:[Cc]ouncil|[Pp]olice|[Cc]ommission|[Aa]uthority|[Mm]unicipality))"
)
_SUPERLATIVE_AFTER_RE = re.compile(rf"[ \u00a0]+(?:[\w-]+[ \u00a0]+)?{_SUPERLATIVES}\b")
_TRANSPORT_OWNER_RE = re.compile(
    # "metro Melbourne", "Metro Manila", "the metro area" are a city and its suburbs.
    r"\b(?:transit|metro(?![ \u00a0]+(?:area|region|police|government|council|city|mayor|(?-i:[A-Z])))"
    r"|subway|underground|railways?|rail[ \u00a0]+(?:operator|network|company|system)|bahn"
    r"|tramways?|trams|expressway|motorway|airports?|mtr|ttc|ferry|ferries"
    # "The port now has about 2,600 cameras", "The Port of Cape Town has about 1,100" (not "Port
    # Louis", "a port city")
    r"|(?:sea)?ports?(?![ \u00a0]+(?:(?-i:[A-Z])|city|town))|harbou?r|freight[ \u00a0]+rail"
    # "Each bus will carry six cameras", "bus operator Metrocali runs around 3,600" (not "bus
    # lanes")
    r"|(?:each|every)[ \u00a0]+(?:bus|train|tram|carriage)|fleet"
    # "The 41 stations of Phase I … currently have 3,140" (not "… shops, malls and train
    # stations, at 5 million": where the cameras are, in a list)
    r"|(?<!police[ \u00a0])(?<!fire[ \u00a0])stations(?![^,]*,)"
    r"|(?:bus|rail|transit|port)[ \u00a0]+operators?|(?:the|[a-z]+['’]s)[ \u00a0]+operator"
    r"|(?-i:BRT|Trans[A-Z][a-z]+|Transmetro|Transnet)"
    r"|transport(?:ation)?(?:[’']s|[ \u00a0]+(?:operator|authority|company|department"
    r"|commission|agency)|[ \u00a0]+for(?:[ \u00a0]+greater)?[ \u00a0]+\w+))\b",
    re.IGNORECASE,
)
#: A public body with a camera network of its own besides the city's: a school district, a
#: housing authority, a sheriff ("Toledo Public Schools, which has more than 2,400 cameras",
#: "The East Baton Rouge Parish Sheriff's Office runs about 200").
_OTHER_OPERATOR_RE = re.compile(
    r"\b(?:(?:public|community|city|county|independent|unified|parish)[ \u00a0]+schools?"
    r"|school[ \u00a0]+(?:district|system|board)s?|housing[ \u00a0]+authorit(?:y|ies)"
    r"|sheriff['’]?s?[ \u00a0]+(?:office|department))\b",
    re.IGNORECASE,
)
#: "… ferry terminal", "… bus station" after a place: a transport facility named after it.
_TERMINAL_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:ferry|bus|train|rail|railway|metro|cruise)[ \u00a0]+)?"
    r"(?:terminals?|stations?|depots?|airport)\b",
    re.IGNORECASE,
)
#: "… that the Toronto Transit Commission operates": a transport operator's, by a relative clause.
_TRANSPORT_RELATIVE_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+cameras)?[ \u00a0]+(?:that|which)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[A-Z][\w'’&.-]*[ \u00a0]+){0,4}(?:Transit|Transport|Transportation|Metro|Railways?"
    r"|Ferries|Airport|Subway)\b"
)
#: "15,000 station cameras", "2,000 bus cameras": a transport network's cameras by their noun.
_TRANSPORT_CAMERAS_RE = re.compile(
    r"\b(?:station|subway|metro|bus|train|tram|transit|rail|railway|airport|on-?board)[ \u00a0]+cameras\b",
    re.IGNORECASE,
)
_FACILITY_OF_GAP_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
_TRANSPORT_AFTER_RE = re.compile(
    r"[^,;.:()+]{0,30}?\b(?:on|at|in|across)[ \u00a0]+(?:its[ \u00a0]+|the[ \u00a0]+|their[ \u00a0]+)?"
    # "… installed in the Moscow Metro", "… across Skyline's 13 stations"
    # (not "… private cameras at gas stations")
    r"(?!(?:gas|petrol|fuel|filling|service|police|fire)[ \u00a0]+stations)"
    r"(?:[A-Za-z-]+(?:['’]s)?[ \u00a0]+)?(?:\d+[ \u00a0]+)?"
    r"(?:buses|trains|trams|[Mm]etro(?![ \u00a0]+[A-Z])|[Ss]ubway"
    r"|[Uu]nderground|stations|platforms|terminals|fleet|lines[ \u00a0]+[A-Z0-9]"
    r"|rail|railways?|airports?)\b"
)


def _is_superlative_scope(text: str, segment: Segment, position: int) -> bool:
    """Whether a place named at `position` only bounds a superlative ("the most surveilled city
    in America", "one of the highest rates in the country"): it owns no figure."""
    window = text[max(segment.start, position - 70) : position]
    scope = _SUPERLATIVE_SCOPE_BEFORE_RE.search(_folded(window))
    # "The highest density is found in Sejong": the superlative is the place's own.
    return scope is not None and _PREDICATED_RE.search(scope.group()) is None


#: "… centre in ", "… headquarters at ": a building's place, before a name.
_BUILDING_IN_BEFORE_RE = re.compile(
    r"\b(?:centre|center|building|headquarters|offices?|hall|facility|room|depot|warehouse"
    r"|station|terminal|plant|stadium|arena|airport|campus|prison|factory)"
    # "the 115,000-seat stadium under construction in Benslimane"
    r"(?:[ \u00a0]+(?:under[ \u00a0]+construction|being[ \u00a0]+built|built|planned))?"
    # ("… on the second floor of police headquarters on Monroe Center": a street)
    r"[ \u00a0]+(?:in|at|near|on)[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
#: "parties from the ", "tourists from ": the place people come from, no topic of what follows.
_VISITORS_FROM_BEFORE_RE = re.compile(
    r"\b(?:visitors|tourists|parties|travell?ers|holidaymakers|holiday-makers|expats|expatriates"
    r"|migrants|immigrants|pilgrims|retirees|fans|students|workers|commuters|families|crowds)"
    r"[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?$"
    # "Moved here from Manchester in September": where the writer came from
    r"|\b(?:moved|came|relocated|emigrated)[ \u00a0]+(?:(?:here|over|out)[ \u00a0]+)?from[ \u00a0]+"
    r"(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
#: "Sydney's south-west", "Melbourne's inner north": a quarter of the place.
_QUARTER_OF_AFTER_RE = re.compile(
    r"['’]s[ \u00a0]+(?:(?:inner|outer|far|greater)[ \u00a0]+)?(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\b(?![ \u00a0]+(?:of|coast)\b)"
)
#: "the Flaxmere town centre", "the Hastings CBD": a town's centre, a part of it.
_CENTRE_AFTER_RE = re.compile(r"[ \u00a0]+(?:(?:town|city)[ \u00a0]+cent(?:re|er)\b|CBD\b)")
#: "Downtown Dartmouth", "downtown Halifax": a city's centre, a part of it.
_DOWNTOWN_BEFORE_RE = re.compile(r"\b[Dd]owntown[ \u00a0]+$")
#: An aside between a pair of dashes: " – mostly businesses … in Manhattan and Brooklyn – ".
_DASH_PAIR_RE = re.compile(r"[ \u00a0][–—][ \u00a0][^–—\n]{1,150}?[ \u00a0][–—][ \u00a0]")


def _in_dash_pair(text: str, segment: Segment, position: int) -> bool:
    """Whether `position` is inside an aside between a pair of dashes."""
    if (
        "–" not in text[segment.start : segment.end]
        and "—" not in text[segment.start : segment.end]
    ):
        return False
    return any(
        aside.start() < position < aside.end()
        for aside in _DASH_PAIR_RE.finditer(text, segment.start, segment.end)
    )


def _next_comma(text: str, start: int, end: int) -> int:
    """Where the first comma from `start` is (`end` when there is none before it)."""
    comma = text.find(",", start, end)
    return end if comma < 0 else comma


def _in_aside(text: str, segment: Segment, position: int) -> bool:
    """Whether `position` is inside an aside between commas ("…, which has been named India's
    cleanest city, …")."""
    if any(
        aside.start() < position < aside.end()
        for aside in _ASIDE_RE.finditer(text, segment.start, segment.end)
    ):
        return True
    # "Yogyakarta city - not to be confused with the wider Special Region of Yogyakarta - runs
    # around 400": an aside between dashes.
    line = text[segment.start : segment.end]
    if " - " not in line and "–" not in line and "—" not in line:
        return False
    return any(
        aside.start() < position < aside.end()
        for aside in _DASH_ASIDE_RE.finditer(text, segment.start, segment.end)
    )


def _coordinated_names(text: str, refs: list[EntityRef], count: int) -> list[EntityRef]:
    """The last `count` places named as one list before "respectively" ("Chicago and New York
    lead the US with …": Chicago and New York, not the US); else the last `count` named."""
    for group in reversed(_name_lists(text, refs)):
        if len(group) == count:
            return group
    return refs[-count:] if len(refs) >= count else []


def _name_lists(text: str, refs: list[EntityRef]) -> list[list[EntityRef]]:
    """The refs in runs named as one list ("Chicago, Boston and New York")."""
    groups: list[list[EntityRef]] = []
    for ref in refs:
        if groups and LIST_JOIN_RE.fullmatch(text, groups[-1][-1].end, ref.start):
            groups[-1].append(ref)
        else:
            groups.append([ref])
    return groups


def _only_describes(text: str, segment: Segment, ref: EntityRef, subjects: list[EntityRef]) -> bool:
    """Whether `ref` only describes another place named before it: inside an appositive that
    follows that place and ends in a place noun (", Guanajuato's largest city,", ", the Oyo
    State capital,", ", with 2.2 million people … in Colombia,"), or the agent of an aside
    after it ("Honiara's network, funded by China and installed in 2024, has …")."""
    appositive = any(
        aside.start() < ref.start < aside.end()
        and any(other.end == aside.start() for other in subjects)
        for aside in _APPOSITIVE_RE.finditer(text, segment.start, segment.end)
    )
    appositive = appositive or any(
        aside.start() < ref.start < aside.end()
        and any(other.end == aside.start() for other in subjects)
        for aside in _SUBJECT_ASIDE_RE.finditer(text, segment.start, segment.end)
    )
    return appositive or any(
        aside.start() < ref.start < aside.end()
        and any(other.end <= aside.start() for other in subjects)
        for aside in _BY_ASIDE_RE.finditer(text, segment.start, segment.end)
    )


def _is_dateline(text: str, segment: Segment, ref: EntityRef) -> bool:
    """ "LONDON — …", "BIRMINGHAM, Ala. - …", "Taipei, Nov. 24 (CNA)": where the story was
    filed."""
    if not _is_sentence_initial(text, segment, ref.start):
        return False
    if ref.as_written.isupper() and len(ref.as_written) > 3:
        return _DATELINE_AFTER_RE.match(text, ref.end, segment.end) is not None
    return _AGENCY_DATELINE_AFTER_RE.match(text, ref.end, segment.end) is not None


def _clause_floor(text: str, segment: Segment, position: int, floor: int) -> int:
    last = floor
    for brk in _CLAUSE_BREAK_RE.finditer(text, floor, position):
        last = brk.end()
    return last


#: "In Al Ain, …": a sentence that opens by setting its place.
_LOCATIVE_FRAME_BEFORE_RE = re.compile(r"[\W_]*In[ \u00a0]+$")
#: "Abu Dhabi Police's Falcon Eye system": a place that names an institution.
_INSTITUTION_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:Police|Municipality|City[ \u00a0]+Council|Council|Government"
    r"|Metro(?:politan)?[ \u00a0]+Police)\b"
)


def _framing_place(text: str, segment: Segment, in_clause: list[EntityRef]) -> EntityRef | None:
    """ "In Al Ain, Abu Dhabi Police's Falcon Eye system monitors 7,500 cameras": the city the
    sentence opens with, not the city (or country: "In Accra, the Ghana Police Service's command
    centre watches around 800") an institution working there is named after."""
    first, last = in_clause[0], in_clause[-1]
    if (
        first is last
        or first.place.kind != "city"
        or first.place.country_iso3 != last.place.country_iso3
        or not text.startswith(",", first.end)
        or _LOCATIVE_FRAME_BEFORE_RE.fullmatch(text, segment.start, first.start) is None
        or _INSTITUTION_AFTER_RE.match(text, last.end, segment.end) is None
    ):
        return None
    return first


def _attribute(
    text: str,
    segment: Segment,
    figure: Figure,
    floor: int,
    eligible: list[EntityRef],
    context: _Context,
    gazetteer: Gazetteer,
    first_place: EntityRef | None = None,  # the first place the page names
    page_place: EntityRef | None = None,  # the first place, when nearly all figures are its
) -> EntityRef | None:
    """The place a figure is about: locative after it, else nearest before, else after, else
    the context (heading / previous sentence / list item) when the sentence names no place."""
    # "… puts it first in India at 83 cameras per 1,000 people": where a rank is held
    eligible = [
        ref
        for ref in eligible
        if ref.place.kind != "country"
        or _RANK_SCOPE_BEFORE_RE.search(text, max(segment.start, ref.start - 25), ref.start) is None
    ]
    if segment.kind == "row" and (
        _PART_ROW_RE.match(text, segment.start, segment.end)
        # "| 2026 | 2nd Precinct | All | 410 |": a numbered part in a cell of its own
        or _NUMBERED_PART_CELL_RE.search(text, segment.start, segment.end)
        # "| Adachi | 3,120 |" under "| Ward | Cameras |" (but not its "Total" row)
        or (
            context.table_of_parts
            and context.table_columns is not None
            and not _TOTAL_WORD_RE.search(text, segment.start, segment.end)
        )
    ):
        return None  # "Third Precinct | South, Dali districts | 1,915": a part's row
    if (
        segment.kind == "row"
        and segment.marked
        and context.parts_list
        and not any(ref.role == "subject" for ref in eligible)
    ):
        return None  # "- Al Malaz: 5,400 cameras" below "… between sub-municipalities:"
    if (
        segment.kind == "row"
        and not context.after_part_rows
        and (context.table_columns is not None or context.space_columns is not None)
        and _TOTAL_CELL_START_RE.match(text, segment.start, figure.value_start)
        and CAMERA_NOUN_RE.search(text, segment.start, figure.value_start) is None
        and not any(ref.role == "subject" for ref in eligible)
        # (under years as column heads the rows are a place's parts, and "Total" is its whole)
        and context.table_column_years is None
    ):
        return None  # "Total (11 countries with a national figure) | 303,550" under places' rows
    inside = [
        ref for ref in eligible if figure.phrase_start <= ref.start and ref.end <= figure.phrase_end
    ]
    if inside:
        return inside[0]  # "one camera for every 14 Londoners"
    after = [ref for ref in eligible if ref.start >= figure.phrase_end]
    for ref in after[:1]:
        if _LOCATIVE_GAP_RE.fullmatch(text, figure.phrase_end, ref.start):
            if (
                len(after) > 1
                and after[1].place.kind == "city"
                and ref.place.kind == "city"
                and after[1].place != ref.place
                and after[1].role != "anaphor"
                and _PLACE_LIST_GAP_RE.fullmatch(text, ref.end, after[1].start)
                # (not "64 cameras in Wrexham and Cardiff Council operates about 150")
                and not _CLAUSE_GOES_ON_RE.match(text, after[1].end)
            ):
                # "Across Fiji, the police link about 420 cameras in Suva, Nausori, Lautoka,
                # Nadi and Labasa": several towns' cameras together, the country's if the
                # sentence opens with it, no town's.
                countries = [
                    other
                    for other in eligible
                    if other.end <= figure.phrase_start
                    and other.place.kind == "country"
                    and _ACROSS_BEFORE_RE.search(text, max(0, other.start - 12), other.start)
                ]
                # "The Town of Port Hedland said … it had about 70 cameras across Port Hedland
                # and South Hedland": the town named before, across its own localities
                own = [
                    other
                    for other in eligible
                    if floor <= other.start
                    and other.end <= figure.phrase_start
                    and other.role == "subject"
                    and other.place == ref.place
                ]
                if own and not countries:
                    return own[-1]
                return countries[-1] if countries else None
            return ref
    if _REGION_SCOPE_AFTER_RE.match(text, figure.phrase_end, segment.end):
        return None  # "… can tap more than 20,000 cameras across the state"
    if _NATIONWIDE_AFTER_RE.match(text, figure.phrase_end, segment.end):
        # "In Honduras, the national 911 emergency system, headquartered in Tegucigalpa,
        # monitors about 3,500 cameras nationwide": the country named before it in the clause
        # (the "nationwide" anaphor itself may resolve to another country the page names)
        countries = [
            ref
            for ref in eligible
            if ref.place.kind == "country" and floor <= ref.start and ref.end <= figure.phrase_start
        ]
        if countries:
            return countries[-1]
        # "Montevideo … has about 3,000 cameras in the capital, out of 9,000 nationwide": the
        # country of the city the clause is about
        if OUT_OF_BEFORE_RE.search(
            text[max(segment.start, figure.phrase_start - 20) : figure.phrase_start].lower()
        ):
            cities = [
                ref
                for ref in eligible
                if ref.place.kind == "city"
                and floor <= ref.start
                and ref.end <= figure.phrase_start
            ]
            country = gazetteer.country(cities[-1].place.country_iso3) if cities else None
            if country is not None:
                return EntityRef(country, 0, 0, "", "anaphor")
    clause_start = _clause_floor(text, segment, figure.phrase_start, floor)
    if _REGION_SCOPE_BEFORE_RE.search(
        text, max(segment.start, figure.phrase_start - 90), figure.phrase_start
    ):
        # "Territory-wide, councils … operate more than 800", "WA Police's statewide CCTV
        # register lists more than 44,000 cameras": a region's figure
        return None
    global_marker = (
        _GLOBAL_CLAUSE_RE.search(text, clause_start, figure.phrase_start)
        if _may_hold(text, clause_start, figure.phrase_start, _GLOBAL_CLAUSE_HINTS)
        else None
    )
    if global_marker is not None and _RANK_BEFORE_RE.search(
        text, max(clause_start, global_marker.start() - 40), global_marker.start()
    ):
        global_marker = None  # "ranked Chennai third in the world": a rank, not a world total
    in_clause = [ref for ref in eligible if floor <= ref.start and ref.end <= figure.phrase_start]
    if global_marker is not None:
        # "Around the world there are 1 billion cameras": only a place named after the marker.
        named_after = [ref for ref in in_clause if ref.start > global_marker.start()]
        return named_after[-1] if named_after else None
    if in_clause:
        framed = _framing_place(text, segment, in_clause)
        return framed if framed is not None else in_clause[-1]
    before = [ref for ref in eligible if ref.end <= figure.phrase_start]
    if before:
        return before[-1]
    if after:
        gap = text[figure.phrase_end : after[0].start]
        blocked = _FORWARD_GAP_BLOCK_RE.search(gap)
        if (
            blocked is not None
            and blocked.group().lower() == "by"
            and after[0].role == "anaphor"
            and after[0].place.kind == "country"
            and _FORWARD_GAP_BLOCK_RE.search(gap, blocked.end()) is None
        ):
            blocked = None  # "… cameras had been installed by police nationwide": the country's
        if (
            # "… cameras were connected to the Situation Center of the Police Department of
            # Almaty city": a longer gap that ends in the owner's "of" or "in".
            (len(gap) <= 60 or (len(gap) <= 100 and _OWNER_OF_END_RE.fullmatch(gap)))
            and blocked is None
            and ";" not in gap
        ):
            return after[0]
    if segment.kind == "row" and _goes_on_card(segment, context):
        # "WARSAW / 4,100 cameras / 2.2 per 1,000 residents / 7.9 per km²": a fact card's rows
        return context.card_owner
    # A row gets no owner from the context, except: "3. Nairobi, Kenya" / "• One camera for
    # every 2,600 residents" (an entry's bullets), "Total  45  16,420" under zones' rows (the
    # whole place's), "| 2021 | 455 |" under "| Year | Cameras in service |" (the page's place
    # year by year).
    if (
        segment.kind == "row"
        and _label_row(text, segment) is None
        and not segment.marked
        and not (context.after_part_rows and _TOTAL_ROW_RE.match(text, segment.start, segment.end))
        and context.table_year_column != 0
        and context.table_column_years is None
        # "Violent crime: 842 per 100,000 | Public safety cameras: 120" under "KNOXVILLE": a
        # row of labelled cells is the heading's place's fact sheet.
        and not _is_labelled_cells_row(text, segment)
        # "2019   1,200" under "CHART 1: Casablanca's network, cameras …": a chart's place
        # year by year
        and not (
            context.list_metric is not None
            and _YEAR_VALUE_ROW_RE.fullmatch(text, segment.start, segment.end) is not None
        )
    ):
        return None
    generic = (
        _GENERIC_SUBJECT_RE.search(text, segment.start, figure.phrase_start)
        if _may_hold(text, segment.start, figure.phrase_start, _GENERIC_SUBJECT_HINTS)
        else None
    )
    if generic is not None and _ONE_OF_SUPERLATIVE_BEFORE_RE.search(
        text, max(segment.start, generic.start() - 40), generic.start()
    ):
        generic = None  # "It is one of the safest countries in the world and has …": the topic
    if (
        generic is not None
        and figure.metric != "camera_count"
        and _RESTATING_WOULD_RE.fullmatch(text, generic.start(), figure.phrase_start)
    ):
        # "…, which would be something like one for every 25 people": the count restated as a
        # rate, not a hypothetical place's
        generic = None
    if ":" in text[segment.start : figure.phrase_start] and _PART_ROW_RE.match(
        text, segment.start, figure.phrase_start
    ):
        return None  # "Parks and gardens: 46 cameras." in a sentence: a part
    # In a council's own papers the council's city is the topic when nothing else is; a row of
    # years' figures ("Public-space CCTV cameras in service | 71 | 79") under a heading that
    # names no place is the page's own place's.
    topic = (
        context.topic
        or context.own_council
        or (first_place if context.table_column_years is not None else None)
        # "| 2024 | Citywide | City-owned | 1,020 |" under "| report_year | geography | …": a
        # year column and no place column, below a section that named none, on a page whose
        # figures are nearly all its first place's
        or (page_place if segment.kind == "row" and context.table_year_column is not None else None)
    )
    if (
        generic is None
        and topic is not None
        # "Imagine a town of 50,000 people … with 100 public cameras": no real place's
        and not _HYPOTHETICAL_START_RE.match(text, segment.start, figure.phrase_start)
        and not _names_region(text, segment.start, figure.phrase_start, gazetteer)
        and not _names_facility(text, segment.start, figure.phrase_start)
    ):
        if segment.kind == "row" and context.heading is not None:
            # "• Number of CCTV cameras: 700 million" after prose about Beijing: the entry's.
            return context.heading
        return topic
    return None


#: A chart's row of a year and its value: "2019   1,200", "2025  6,500".
_YEAR_VALUE_ROW_RE = re.compile(
    r"(?:19|20)\d\d(?::|[ \u00a0]*[–—|-]|[ \u00a0]{2,}|\t)[ \u00a0\t]*~?\d[\d,.]*"
)
#: The label of a row that dates a table's columns: "Data year", "Year", "As of", "Year of data".
_YEAR_ROW_LABEL_RE = re.compile(
    r"(?:data[ \u00a0]+|reference[ \u00a0]+)?(?:year|as[ \u00a0]+of|year[ \u00a0]+of[ \u00a0]+data)",
    re.IGNORECASE,
)
#: A fact card's row that dates the card with such a label: "Data year: 2024", "As of: 2023".
_CARD_YEAR_ROW_RE = re.compile(
    rf"(?:{_YEAR_ROW_LABEL_RE.pattern})[ \u00a0]*:[ \u00a0]*((?:19|20)\d\d)[ \u00a0]*",
    re.IGNORECASE,
)


def _date_card(
    text: str, segment: Segment, context: _Context, found: _Found, claims_before: int
) -> None:
    """Keeps the claims of a fact card's rows ("Public cameras: 3,050" / "Cameras per 1,000
    residents: 1.31") and dates those without a year by the card's "Data year: 2024" row."""
    goes_on = segment.kind == "row" and segment.block == context.card_block + 1
    if segment.kind != "row":
        context.card_claims = []
    elif len(found.claims) > claims_before:
        new = list(range(claims_before, len(found.claims)))
        context.card_claims = context.card_claims + new if goes_on else new
    else:
        dated = _CARD_YEAR_ROW_RE.fullmatch(text, segment.start, segment.end)
        if dated is not None and goes_on:
            year = int(dated.group(1))
            for index in context.card_claims:
                if found.claims[index].year is None:
                    found.claims[index] = dataclasses.replace(found.claims[index], year=year)
        context.card_claims = context.card_claims if goes_on else []


def _goes_on_card(segment: Segment, context: _Context) -> bool:
    """Whether a row is the next line of a fact card under a heading ("WARSAW" / "4,100
    cameras" / "2.2 per 1,000 residents"): the place the line above gave a figure to owns it."""
    return (
        context.card_owner is not None
        and context.heading is not None
        and segment.block == context.card_block + 1
    )


def _district_subject(text: str, segment: Segment, figure: Figure, owner: EntityRef) -> bool:
    """Whether a district, ward or barangay named after the owner and before the figure is the
    figure's subject ("Gangnam-gu alone operates 7,000 cameras" after talk of Seoul, "In
    Sapporo, the Susukino entertainment district is covered by 48 cameras")."""
    clause_start = _clause_floor(text, segment, figure.phrase_start, segment.start)
    start = max(clause_start, owner.end if owner.end <= figure.phrase_start else clause_start)
    for district in _DISTRICT_RE.finditer(text, start, figure.phrase_start):
        if _in_aside(text, segment, district.start()) or any(
            aside.start() < district.start() < aside.end()
            for aside in _APPOSITIVE_RE.finditer(text, start, figure.phrase_start)
        ):
            continue  # "Anderlecht, home to the Peterbos neighbourhood, has around 300"
        if not _LOCATED_IN_BEFORE_RE.search(
            text, max(start, district.start() - 12), district.start()
        ):
            return True
        # "the city's control center in Suseong District was linked to 15,380 cameras": where
        # something is, not the figure's subject.
    # "Khan Daun Penh, which includes the Royal Palace, alone has 410": a district opens the
    # sentence of a figure whose owner comes from the sentences before.
    # ("The Eighth District, which includes the French Quarter, has more than 400 city cameras
    # on its own": the "its" after the figure is the district's)
    return (
        owner.end <= segment.start or (owner.role == "anaphor" and owner.start >= figure.phrase_end)
    ) and _DISTRICT_RE.match(text, segment.start) is not None


#: "… alone": a subject singled out of its place's network.
_ALONE_RE = re.compile(r"\balone\b")
#: "Dubai alone", "the city's traffic police alone", "the Sergek system alone", "in 2024
#: alone": a subject that is the place, its network or a time, not a part of the place.
_WHOLE_ALONE_RE = re.compile(
    r"\b(?:police|system|network|programme|program|project|scheme|authority|council|government"
    r"|department|agency|municipality|city|country|nation|capital|state|cameras?|cctvs?"
    r"|it|this|that|they|which|year|month|week|months|years|quarter|decade|period|\d{4})\b",
    re.IGNORECASE,
)
#: A numbered part of a city before "alone": "Sector 1", "District VII", "Prague 1 district".
_NUMBERED_PART_RE = re.compile(
    r"\b(?:(?:sector|district|ward|zone|borough|arrondissement)[ \u00a0]+(?:\d{1,2}|[IVX]{1,4})"
    r"|[A-Z][a-z]+[ \u00a0]+\d{1,2}[ \u00a0]+(?:district|borough|ward|sector))\b",
    re.IGNORECASE,
)
#: A city's named quarter ("the French Quarter", "the Latin Quarter"), not a quarter of a year.
_NAMED_QUARTER_RE = re.compile(r"\b[A-Z][a-z]+[ \u00a0]+Quarter\b")
_AT_PART_ALONE_AFTER_RE = re.compile(
    r"[^.;:!?,]{0,60}?\b(?:in|at|on)[ \u00a0]+([^.;:!?,]{1,50}?)[ \u00a0]+alone\b"
)


def _part_alone(text: str, segment: Segment, figure: Figure, owner: EntityRef) -> bool:
    """Whether the figure belongs to a part of the owner singled out with "alone" ("District VII
    alone has about 140" after talk of Budapest, "2,100 cameras in Cianjhen alone"): a part's
    count, not the place's. The place itself, its network or a time is no part ("Kampala alone
    had", "the city's traffic police alone ran", "cameras in Lahore alone", "in 2024 alone")."""
    clause_start = _clause_floor(text, segment, figure.phrase_start, segment.start)
    alones = list(_ALONE_RE.finditer(text, clause_start, figure.phrase_start))
    if alones:
        subject = text[clause_start : alones[-1].start()]
        if _NUMBERED_PART_RE.search(subject) or _NAMED_QUARTER_RE.search(subject):
            # "Sector 1 alone", "The Prague 1 district alone", "The French Quarter alone"
            return True
        return owner.end <= clause_start and not _WHOLE_ALONE_RE.search(subject)
    after = _AT_PART_ALONE_AFTER_RE.match(text, figure.phrase_end, segment.end)
    if after is None:
        return False
    return not (after.start(1) <= owner.start < after.end(1)) and not _WHOLE_ALONE_RE.search(
        after.group(1)
    )


#: "980 are located in Songinokhairkhan district", "400 cameras in the Dalseo District": a
#: named district, ward or borough of the place just after the figure.
_NAMED_DISTRICT_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:are|were|is|was)[ \u00a0]+)?(?:(?:located|installed|placed|situated)[ \u00a0]+)?"
    r"in[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Z][\w'’-]*[ \u00a0]+){1,3})(?:district|ward|borough|sector"
    r"|zone|precinct|arrondissement|neighbou?rhood|quarter)\b(?![ \u00a0]+(?:of|council|police)\b)",
    re.IGNORECASE,
)


#: Largest town whose whole network may count fewer than MIN_STATED_CAMERA_COUNT cameras.
_TOWN_MAX_POPULATION = 50_000


def _is_town(place: Place) -> bool:
    return place.kind == "city" and 0 < place.population < _TOWN_MAX_POPULATION


def _in_named_district_after(text: str, segment: Segment, figure: Figure, owner: EntityRef) -> bool:
    """Whether the figure is a named district's of its place ("Of these, 980 are located in
    Songinokhairkhan district"): a part, unless the owner is the district's own name."""
    match = _NAMED_DISTRICT_AFTER_RE.match(text, figure.phrase_end, segment.end)
    if match is None or not match.group(1)[:1].isupper():
        return False
    return owner.as_written.casefold() not in match.group(1).casefold()


#: A table or list row that is a part of a place: "Central Zone  10  4,380", "Ward 12 | 80",
#: "- The central area and the historical area: (212) cameras", "Parks and gardens: 46".
_PART_ROW_RE = re.compile(
    r"(?:\|[ \u00a0]*)?[^|\t\d\n:]{0,60}?\b(?:zones?|wards?|districts?|divisions?|sub-?divisions?"
    r"|circles?|sectors?|blocks?|precincts?|boroughs?|arrondissements?|tehsils?|mandals?|thanas?"
    r"|police[ \u00a0]+stations?|areas?|quarters?|parks?|markets?|streets?|roads?"
    r"|neighbou?rhoods?|corniche|beach(?:es)?|malls?|airports?|stations?|squares?|schools?"
    r"|hospitals?|gardens?)\b(?![ \u00a0]*(?:council|police)\b)"
    # The part word ends the row's label: "Varachha Zone-B (Sarthana) | 64", "Ward 12 | 80"
    # (not "Bhubaneswar (Khordha district): 2,000", a city placed in its district).
    r"(?:[- ][A-Z0-9]{1,2}\b)?(?:[ \u00a0]*\([^()\n]{1,30}\))?"
    # "The tourist areas of Al-Hada and Al-Shafa: (320) cameras"
    r"(?:[ \u00a0]+(?:of|in|around|near|along)[ \u00a0]+[^:|\t\d\n()]{1,40})?"
    r"(?=[ \u00a0]*(?:[|\t:]|[ \u00a0]{2}|[ \u00a0]\d|$))",
    re.IGNORECASE,
)
_NUMBERED_PART_CELL_RE = re.compile(
    r"(?:^|[|\t])[ \u00a0]*(?:\d{1,2}(?:st|nd|rd|th)[ \u00a0]+(?:precinct|district|ward|division)"
    r"|(?:precinct|district|ward|division)[ \u00a0]+\d{1,2})[ \u00a0]*(?=[|\t]|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: A sentence that leads into a list of a place's parts: "… uneven between sub-municipalities:",
#: "Cameras by district:", "… across the city's 12 wards:".
_PARTS_INTRO_RE = re.compile(
    r"\b(?:between|across|by|among|in)[ \u00a0]+(?:(?:its|the|the[ \u00a0]+city['’]s)[ \u00a0]+)?"
    r"(?:\d{1,3}[ \u00a0]+)?(?:sub-?municipalities|districts|wards|boroughs|neighbou?rhoods"
    r"|zones|precincts|arrondissements|sub-?districts)\b",
    re.IGNORECASE,
)
_TOTAL_WORD_RE = re.compile(r"\b[Tt]otal\b|\bTOTAL\b")
#: A row that opens with "Total" ("Total (11 countries with a national figure) 303,550").
_TOTAL_CELL_START_RE = re.compile(r"(?:\|[ \u00a0]*)?(?:grand[ \u00a0]+)?total\b", re.IGNORECASE)
_TOTAL_ROW_RE = re.compile(
    r"(?:\|[ \u00a0]*)?(?:grand[ \u00a0]+)?total\b[ \u00a0]*(?:[|\t:]|[ \u00a0]\d)", re.IGNORECASE
)

_GENERIC_COUNCIL_NAME_RE = re.compile(
    r"(?:(?:City|Metropolitan|Municipal|Island|Town|District|Regional|Borough|County|Rural"
    r"|Historic|Greater)[ \u00a0]*)+"
)
_POSSESSIVE_GAP_OR_SPACE_RE = re.compile(r"(?:['’]s)?[ \u00a0]?")


_IN_THE_PLACE_GAP_RE = re.compile(r"[ \u00a0]+(?:in|across|throughout)[ \u00a0]+")


#: "['s] Interior Ministry said on Sunday, ": a speaker's clause between an owner and its figure.
_SPEAKER_CLAUSE_AFTER_RE = re.compile(
    r"[^,;.:]{0,40}?\b(?:said|says|told|announced|reported)\b[^,;.:\d]{0,25},[ \u00a0]+"
)


def _other_subject_between(
    text: str, segment: Segment, figure: Figure, owner: EntityRef, named: list[EntityRef]
) -> bool:
    """Whether another subject (see _OTHER_SUBJECT_RE) is mentioned between the owner and the
    figure, or before the figure when the owner is not named before it: "Quảng Ninh Province has
    installed nearly 2,500 cameras in its cities" after talk of Hanoi is the province's figure,
    "Wodonga Council has 35 cameras" after talk of Bendigo Wodonga's."""
    # Within the figure's clause when the owner comes after it ("The department of Antioquia
    # has 5,200 cameras, and there are about 13,000 public cameras in Colombia"); after the
    # last place named before the figure ("In the Eastern Province, the Dammam
    # Municipality said it had 3,100") and what describes it ("Ningbo, a port city in East
    # China's Zhejiang Province, counted 145,800", "Wuxi in Jiangsu Province has").
    if (
        owner.start >= figure.phrase_end
        and _LOCATIVE_GAP_RE.fullmatch(text, figure.phrase_end, owner.start)
        and (
            owner.role == "subject"
            # "DBKL runs approx 1,700 cams in the city" (not "its", nor "cameras of the city")
            or (
                owner.as_written.lower().startswith("the ")
                and _IN_THE_PLACE_GAP_RE.fullmatch(text, figure.phrase_end, owner.start)
            )
        )
    ):
        return False  # "… across the emirate, about 5,200 of them in Ras Al Khaimah city"
    floor = (
        _clause_floor(text, segment, figure.phrase_start, segment.start)
        if owner.start >= figure.phrase_end
        else segment.start
    )
    start = max(
        (ref.end for ref in named if floor <= ref.start and ref.end <= figure.phrase_start),
        default=floor,
    )
    if figure.phrase_start <= owner.start and owner.end <= figure.value_start:
        # "… the number of security cameras in the city of Erbil has reached 6,500": the owner
        # is named inside the figure's phrase; what comes before it is not between.
        start = max(start, owner.end)
    appositive = _APPOSITIVE_AFTER_NAME_RE.match(text, start, figure.phrase_start)
    if appositive is not None:
        start = appositive.end()
    # (To the figure's end: a gapped name looks ahead at the figure's digits.)
    for mention in _OTHER_SUBJECT_RE.finditer(text, start, figure.phrase_end):
        if mention.start() >= figure.phrase_start:
            break
        name = next(
            (
                g
                for g in (
                    "name",
                    "of",
                    "whole",
                    "across",
                    "council",
                    "gapped",
                    "subject",
                    "opening",
                )
                if mention.group(g)
            ),
            None,
        )
        if name is not None and any(
            mention.start(name) <= ref.start < mention.end(name) for ref in named
        ):
            continue  # "London as a whole", "Across Delhi": a place the extractor knows
        if name == "council" and (
            _GENERIC_COUNCIL_NAME_RE.fullmatch(mention.group(name))
            # "In MELAKA, the Historic Melaka City Council …": the owner's own council
            or any(
                _names_the_place(mention.group(name), ref)
                for ref in (owner, *named)
                if ref.place == owner.place
            )
            or any(
                _POSSESSIVE_GAP_OR_SPACE_RE.fullmatch(text, ref.end, mention.start())
                for ref in named
            )
        ):
            continue  # "Leeds City Council", "Lima's Metropolitan Municipality": a known city's
        if _in_aside(text, segment, mention.start()):
            continue  # "Taiyuan, the capital of Shanxi province, tops …": describes the owner
        if _SPEAKER_CLAUSE_AFTER_RE.match(text, mention.end(), figure.phrase_start):
            # "…, the Kurdistan Region's Interior Ministry said on Sunday, up from about 1,500":
            # the region speaks; the figure is still the owner's.
            continue
        if name in ("subject", "opening") and mention.start() != segment.start:
            continue  # only a sentence's own subject or opening
        if name == "gapped" and _DIGIT_RE.search(text, mention.end(), figure.phrase_start):
            continue  # "Nationally, ECU 911 said it had 7,600": the name is not the figure's
        return True
    return False


#: "Beijing and Shanghai, each with well over 1 million" / "… 12 thousand cameras each": every
#: place listed has the figure.
_EACH_BEFORE_RE = re.compile(
    r"\beach[ \u00a0]+(?:with|has|had|have|operates|operated|runs|ran|counts?|counted)[ \u00a0]+"
    rf"(?:(?:{QUALIFIER_WORDS})[ \u00a0]+){{0,2}}$",
    re.IGNORECASE,
)
_EACH_AFTER_RE = re.compile(r"[ \u00a0]+(?:cameras[ \u00a0]+)?each\b", re.IGNORECASE)
#: "… manages more than 1.4 million cameras in 38 countries", "… over 26,000 cameras in 19
#: cities of Punjab": a number of places' total, no one city's (a country's, though: "about
#: 1,500 cameras in 48 towns and cities" across Ireland).
_NUMBERED_PLACES_AFTER_RE = re.compile(
    r"[^,;.:()–—]{0,60}?[ \u00a0](?:in|across)[ \u00a0]+"
    # ("… more than 260,000 cameras across its 31 cities and counties")
    r"(?P<own>(?:its|their|the)[ \u00a0]+)?"
    r"(?:(?:more[ \u00a0]+than|over|some|about|around|nearly)[ \u00a0]+)?\d+[ \u00a0]+(?:\w+[ \u00a0]+)?"
    r"(?P<places>cities|towns|municipalities|countries|districts|provinces|states)\b",
    re.IGNORECASE,
)


def _numbered_places_total(text: str, segment: Segment, figure: Figure, owner: EntityRef) -> bool:
    """Whether the figure is a total across a number of places ("… in 19 cities"): no city's,
    and no country's when the places are countries."""
    numbered = _NUMBERED_PLACES_AFTER_RE.match(text, figure.phrase_end, segment.end)
    if numbered is not None and numbered.group("own") and numbered.group("places") == "districts":
        return False  # "Seoul … operates 93,400 cameras across its 25 autonomous districts"
    return numbered is not None and (
        owner.place.kind == "city" or numbered.group("places").lower() == "countries"
    )


#: The words that make a figure several places' sum.
_SHARED = r"between[ \u00a0]+them|combined|together"
#: "Gaborone and Francistown together had about 1,300": the listed places' figure.
_SHARED_BEFORE_RE = re.compile(rf"[ \u00a0]+(?:{_SHARED})\b[^.;:]{{0,30}}$")
#: "… 2,000 cameras between them", "… 5,000 cameras combined": a sum over several places.
_SHARED_AFTER_RE = re.compile(
    rf"[ \u00a0]+(?:{_SHARED}|in[ \u00a0]+total[ \u00a0]+between)\b", re.IGNORECASE
)


def _listed_with(owner: EntityRef, subjects: list[EntityRef], text: str) -> list[EntityRef]:
    """The places listed just before the owner ("Beijing and Shanghai": Beijing for Shanghai),
    of the owner's kind ("In Kazakhstan, Almaty and Astana": not Kazakhstan)."""
    before = [
        ref
        for ref in subjects
        if ref.end <= owner.start and ref.role == "subject" and ref.place.kind == owner.place.kind
    ]
    return _name_lists(text, [*before, owner])[-1][:-1]


def _each_owners(
    text: str, segment: Segment, figure: Figure, owner: EntityRef, subjects: list[EntityRef]
) -> list[EntityRef]:
    """The other places of a list that "each" have the owner's figure ("Beijing and Shanghai,
    each with well over 1 million")."""
    start = max(segment.start, figure.phrase_start - 40)
    if "each" not in text[start : segment.end].lower():
        return []
    if not (
        _EACH_BEFORE_RE.search(text, start, figure.phrase_start)
        # "Almaty and Astana have their own centres, with more than 12 thousand cameras each"
        or _EACH_AFTER_RE.match(text, figure.phrase_end, segment.end)
    ):
        return []
    return _listed_with(owner, subjects, text)


def _names_the_place(name: str, ref: EntityRef) -> bool:
    """Whether a name has the place's name (as written or its own) among its words."""
    words = name.casefold().split()
    return any(
        candidate.casefold().split() == words[index : index + len(candidate.split())]
        for candidate in (ref.as_written, ref.place.name)
        if candidate
        for index in range(len(words))
    )


#: "the police and the transport operator …": a transport operator named as a joint owner.
_JOINT_OWNER_BEFORE_RE = re.compile(
    r"\b(?:police|council|city|municipality|government|authorities)[ \u00a0]+and[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}$",
    re.IGNORECASE,
)


def _ref_start(ref: EntityRef) -> int:
    return ref.start


def _is_other_operators_network(
    text: str, segment: Segment, figure: Figure, named: list[EntityRef]
) -> bool:
    """Whether a camera count is a transport operator's ("Transport for London runs 15,000
    cameras", "the Moscow Metro has 5,500", "TCL runs 4,000 cameras on buses") or another public
    body's ("Des Moines Public Schools says it has roughly 3,300 cameras"): those networks are
    not the city's public cameras."""
    if figure.metric != "camera_count":
        return False
    if _TRANSPORT_AFTER_RE.match(text, figure.phrase_end, segment.end) is not None:
        return True
    if _TRANSPORT_CAMERAS_RE.search(text, figure.phrase_start, figure.phrase_end) is not None:
        return True  # "… with more than 15,000 station cameras in total"
    if _TRANSPORT_RELATIVE_AFTER_RE.match(text, figure.phrase_end, segment.end) is not None:
        return True  # "the more than 22,000 cameras that the Toronto Transit Commission operates"
    # (only the first place after the figure, as in _attribute: a gap checked to every later
    # place would make a long sentence quadratic)
    index = bisect.bisect_left(named, figure.phrase_end, key=_ref_start)
    after = named[index] if index < len(named) else None
    if (
        after is not None
        and _LOCATIVE_GAP_RE.fullmatch(text, figure.phrase_end, after.start) is not None
        # (not "… 60 cameras at the Port Townsend ferry terminal")
        and _TERMINAL_AFTER_RE.match(text, after.end, segment.end) is None
    ):
        return False  # "Mangaung Metro runs 64 cameras in Bloemfontein": the city's
    clause_start = _clause_floor(text, segment, figure.phrase_start, segment.start)
    for owner in itertools.chain(
        _TRANSPORT_OWNER_RE.finditer(text, clause_start, figure.phrase_start),
        _OTHER_OPERATOR_RE.finditer(text, clause_start, figure.phrase_start),
    ):
        transport = owner.re is _TRANSPORT_OWNER_RE
        if any(
            ref.start <= owner.start()
            and owner.end() <= ref.end
            and ref.end - ref.start > owner.end() - owner.start()
            for ref in named
        ):
            continue  # "Port of Spain has just under 300 cameras": a word of a place's name
        if (
            transport
            and _in_aside(text, segment, owner.start())
            and "," in text[owner.end() : figure.phrase_start]
        ):
            # "Incheon, home to the country's main airport, counts some 29,000" (but "Barranquilla,
            # whose Transmetro BRT system has 700 cameras, …" counts the system's in the aside)
            continue
        if _JOINT_OWNER_BEFORE_RE.search(
            text, max(clause_start, owner.start() - 40), owner.start()
        ):
            # "the police and the transport operator Wiener Linien run 2,500-3,000 cameras
            # between them": the city's network, run jointly
            continue
        # "… operated by Transport for Greater Manchester and shops, Manchester has 55,000"
        # (but "The Port of Cape Town has about 1,100" names the port after its city)
        if not any(
            owner.end() <= ref.start < figure.phrase_start
            and not _FACILITY_OF_GAP_RE.fullmatch(text, owner.end(), ref.start)
            for ref in named
        ):
            return True
    return False


def _names_facility(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an airport, station, university or the like ("Heathrow
    Airport has 3,000 cameras"): the figure is the facility's, not the city's."""
    return _FACILITY_RE.search(text, start, end) is not None


def _names_region(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether text[start:end] names a state or province ("Across Telangana, …"): the figure is
    then the region's, which is neither the city nor the country under discussion."""
    for word_start in gazetteer.region_word_starts(text, start, end):
        region = gazetteer.region_qualifier_at(text, word_start, end, postal=False)
        if region is None:
            continue
        comma = start + len(text[start:word_start].rstrip()) - 1
        if (
            comma >= start
            and text[comma] == ","
            and any(
                match.end == comma
                # "Stirling, Western Australia" is a town the gazetteer lacks (its Stirling
                # is Scotland's): the sentence is about that town, not the page's topic.
                and any(city.country_iso3 == region[0] for city in match.cities)
                for match in gazetteer.find_names(text, max(start, comma - 40), comma)
            )
        ):
            continue  # "Atlanta, Georgia": the region only qualifies a city (not "…, Maharashtra")
        # Not part of a longer proper name ("the Washington Post"), unless that is the region's
        # own police or government ("The Rajasthan Police claims that more than 40,000 …"), and
        # the region's name is no city's ("Delhi Police" is the city's).
        if not _PROPER_NAME_GOES_ON_RE.match(text, region[1], end) or (
            _REGION_AUTHORITY_AFTER_RE.match(text, region[1], end)
            and not any(
                match.start == word_start and match.cities
                for match in gazetteer.find_names(text, word_start, region[1])
            )
        ):
            return True
    return False


#: A region's own authority after its name: "Rajasthan Police", "Karnataka State Police",
#: "Kerala Government", "Madhya Pradesh Home Department".
_REGION_AUTHORITY_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:State[ \u00a0]+)?(?:Police|Government|Home[ \u00a0]+Department|Administration)\b"
)


#: Another capitalised name after a place, in a list: ", Baglung", " and Damauli".
#: A new clause after a place: " Council operates", " has", " police run".
_CLAUSE_GOES_ON_RE = re.compile(
    r"(?:[ \u00a0]+[A-Za-z][\w'’-]*){0,2}?[ \u00a0]+(?:[A-Z]|(?:has|have|had|is|are|was|were"
    r"|operates?|operated|runs?|ran|counts?|counted|monitors?|uses?|got)\b)"
)
_ACROSS_BEFORE_RE = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout)[ \u00a0]+(?:the[ \u00a0]+)?$")
#: Between two towns of a list: ", ", " and ", ", Nausori, " (a town the gazetteer lacks).
_PLACE_LIST_GAP_RE = re.compile(
    r"(?:[ \u00a0]*(?:,|and\b|&)[ \u00a0]*(?:[A-Z][\w'’.-]*[ \u00a0]*)*?)+?"
)
#: A list going on after a name: ", Paris", " and Paris" (also after a state: "London, New York
#: and Paris").
_LIST_GOES_ON_RE = re.compile(r"(?:,|[ \u00a0]+(?:and|or|&))[ \u00a0]+[A-Z]")


def _owner_in_figures_aside(
    text: str, segment: Segment, figure: Figure, named: list[EntityRef]
) -> EntityRef | None:
    """The place named in the same aside as the figure, before it: "pointed to India, where
    Delhi has more than 250,000 cameras, many of them …" is Delhi's figure; or right after it:
    "Norris (2002), who estimated that there were 4.2 million cameras in Britain, …"."""
    for aside in _ASIDE_RE.finditer(text, segment.start, segment.end):
        if aside.start() < figure.phrase_start < aside.end():
            inside = [
                ref for ref in named if aside.start() < ref.start and ref.end <= figure.phrase_start
            ]
            if inside:
                return inside[-1]
            after = next(
                (
                    ref
                    for ref in named
                    if figure.phrase_end <= ref.start
                    and ref.end < aside.end()
                    and _LOCATIVE_GAP_RE.fullmatch(text, figure.phrase_end, ref.start)
                ),
                None,
            )
            # "… around 900 cameras in Pokhara, Baglung, Syangja and Damauli": a list's.
            if after is not None and not _LIST_GOES_ON_RE.match(text, after.end, aside.end()):
                return after
            return None
    return None


def _relative_owner(
    text: str, segment: Segment, figure: Figure, named: list[EntityRef]
) -> EntityRef | None:
    """The place a relative clause describes, when the figure is in it: "far behind London,
    which is often said to have more than 600,000 cameras" (even a place named in comparison)."""
    window_start = max(segment.start, figure.phrase_start - 120)
    clause = _RELATIVE_CLAUSE_RE.search(text, window_start, figure.phrase_start)
    if clause is None or any(clause.start() < ref.start < figure.phrase_start for ref in named):
        return None  # "… India, where Delhi has 250,000": the clause names its own subject
    for ref in named:
        if ref.end == clause.start():
            return ref
    return None


#: Sentinel: the figure is owned by a place noun that points back to nothing ("the country's").
_UNRESOLVED = EntityRef(Place(kind="country", name="", country_iso3=""), 0, 0, "", "anaphor")


def _possessor(
    text: str, segment: Segment, figure: Figure, possessors: list[EntityRef]
) -> EntityRef | None:
    """The place that owns a figure through a possessive ("London's 627,707", "compared with
    Delhi's 1,826.6", "the country's 20 million cameras"), even a place named in comparison;
    _UNRESOLVED when the owner is a place noun with no antecedent."""
    gap_start = max(segment.start, figure.phrase_start - 60)
    gap = _POSSESSIVE_GAP_RE.search(text, gap_start, figure.phrase_start)
    if gap is None:
        return None
    if text[gap.start()] in "'’":
        for ref in reversed(possessors):
            # A name ends before its "'s"; "the city's" includes it.
            if ref.end == gap.start() + (2 if ref.role == "anaphor" else 0):
                return ref
        if _UNRESOLVED_POSSESSIVE_RE.search(text, gap_start, gap.start() + 2) is not None:
            return _UNRESOLVED
        named = _CAPITALISED_POSSESSOR_RE.search(text, gap_start, gap.start() + 2)
        if (
            named is not None
            and not named.group(1).isupper()
            and _NOT_PLACE_POSSESSOR_WORDS.isdisjoint(named.group(1).split())
        ):
            # "Tenby's nine cameras", a town the gazetteer lacks (or a person's or a firm's
            # name): not the page's topic's
            return _UNRESOLVED
        return None
    for ref in reversed(possessors):
        if ref.end == gap.start() and ref.as_written.lower() == "its":
            return ref
    return None


def _is_global(text: str, segment: Segment, figure: Figure) -> bool:
    window = text[
        max(segment.start, figure.phrase_start - 25) : min(segment.end, figure.phrase_end + 30)
    ]
    folded = _folded(window)
    marker = _GLOBAL_RE.search(folded)
    # "… 600 million cameras, more than half the world's total": a share, not a world figure.
    return marker is not None and _SHARE_BEFORE_RE.search(folded, 0, marker.start()) is None


def _count_unit(word: str) -> float:
    """The factor of a count column's unit: "(millions)", "(m)", "('000)", "(lakh)"."""
    word = word.lower().lstrip("'")
    if word.startswith("000"):
        return 1e3
    if word.startswith("10"):
        return 1e4
    return MAGNITUDES.get(word) or MAGNITUDES.get(word.rstrip("s"), 1.0)


#: A label that counts other things the cameras help with: "Arrests where CCTV assisted".
_OTHER_THINGS_LABEL_RE = re.compile(
    r"\b(?:(?:no\.|number)[ \u00a0]+of[ \u00a0]+)?(?:arrests?|incidents?|crimes?|cases|offen[cs]es"
    r"|(?:footage[ \u00a0]+)?reviews?|footage|requests?|complaints?|calls|prosecutions|convictions"
    r"|charges|alerts|detections|fines|tickets|violations|challans|evidential|investigations)\b",
    re.IGNORECASE,
)


#: Cameras as the means by which other things are counted: "of which detected through CCTV",
#: "Offences caught by cameras".
_CAMERAS_AS_MEANS_RE = re.compile(
    r"\b(?:[a-z]+ed|caught|seen|taken|made)[ \u00a0]+(?:through|via|using|by|on|with)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:cctv|(?:[\w-]+[ \u00a0]+)?cameras?)\b",
    re.IGNORECASE,
)
#: The word "camera(s)"/"cam(s)" itself: unlike CAMERA_NOUN_RE, not "CCTV", which a label about
#: other things wears too ("CCTV footage requests").
_CAMERAS_WORD_RE = re.compile(r"\bcam(?:era)?s?\b", re.IGNORECASE)


#: A column or label of cameras to come or just added: "Additional cameras", "Planned
#: cameras", "New cameras", "Cameras added", "Cameras to be installed".
_ADDED_CAMERAS_HEADING_RE = re.compile(
    r"[\W_]*(?:(?:additional|new|newly[ \u00a0]+installed|planned|proposed|extra|further)"
    r"[ \u00a0]+(?:cctv[ \u00a0]+|surveillance[ \u00a0]+)?cameras?\b"
    r"|(?:cctv[ \u00a0]+)?cameras?[ \u00a0]+(?:added|planned|to[ \u00a0]+be[ \u00a0]+"
    r"(?:installed|added)|proposed)\b)",
    re.IGNORECASE,
)


def _heading_metric(line: str) -> tuple[str | None, float]:
    if _OTHER_RATE_HEADING_RE.search(line) and not CAMERA_NOUN_RE.search(line):
        return None, 1.0  # "Recorded crime per 100,000", "Homicides per 100k"
    if OTHERS_WITH_CAMERAS_LABEL_RE.match(line.lower()):
        return None, 1.0  # "Municipalities with a camera system: 1,030"
    if _CAMERAS_AS_MEANS_RE.search(line):
        return None, 1.0  # "of which detected through CCTV"
    other = _OTHER_THINGS_LABEL_RE.search(line)
    if other is not None and (
        not line[: other.start()].strip(" *_-•") or _CAMERAS_WORD_RE.search(line) is None
    ):
        # "Arrests where CCTV assisted", "CCTV footage requests from NSW Police"
        return None, 1.0
    if _ADDED_CAMERAS_HEADING_RE.match(line):
        return None, 1.0  # "Additional cameras", "Planned cameras", "Cameras added": no stock
    if _SALES_HEADING_RE.search(line) or _MONEY_LABEL_RE.search(line):
        # "Camera shipments (2025)", "Shipments 2025 (m units)": sales; "Cameras and poles
        # (SAR million)": money
        return None, 1.0
    if _AREA_HEADING_RE.search(line):
        return ("cameras_per_sq_mile" if _MILE_RE.search(line) else "cameras_per_sq_km"), 1.0
    if _PEOPLE_PER_HEADING_RE.search(line):
        return "people_per_camera", 1.0
    # "Per person, the rankings (cameras per 100 people):": a stated base over "per person"
    rates = list(_PER_PEOPLE_HEADING_RE.finditer(line))
    per_people = next(
        (rate for rate in rates if rate.group().lower().split()[-1] not in _PER_ONE_WORDS),
        rates[0] if rates else None,
    )
    if per_people:
        base = re.sub(
            r"[,.\u00a0\u202f ]",
            "",
            (
                per_people.group("base")
                or per_people.group("base2")
                or per_people.group("base3")
                or per_people.group("base4")
            ).lower(),
        )
        bases = {
            "1000": 1000.0,
            "1k": 1000.0,
            "thousand": 1000.0,
            "10000": 10000.0,
            "tenthousand": 10000.0,
            "100000": 100000.0,
            "100": 100.0,
            "lakh": 100000.0,
            "mil": 1000.0,
        }
        return "cameras_per_1000_people", 1000.0 / bases.get(base, 1.0)
    if _COUNT_HEADING_RE.search(line):
        unit = _COUNT_UNIT_RE.search(line)
        # "Cameras (millions)", "CCTV ('000)", "Cameras (lakh)": the column's cells are scaled.
        return "camera_count", _count_unit(unit.group(1)) if unit else 1.0
    return None, 1.0


@functools.lru_cache(maxsize=4096)
def _figures_in(
    segment_text: str,
    patterns: MetricPatterns,
    list_metric: str | None,
    follows_count: bool,
    follows_mention: bool = False,
    follows_question: bool = False,
    list_scale: float = 1.0,
) -> tuple[Figure, ...]:
    """Figures of a segment at offset 0; memoised because boilerplate sentences repeat."""
    return tuple(
        find_figures(
            segment_text,
            0,
            patterns,
            list_metric,
            follows_count=follows_count,
            follows_mention=follows_mention,
            follows_question=follows_question,
            list_scale=list_scale,
        )
    )


def _shifted(figure: Figure, offset: int) -> Figure:
    return Figure(
        figure.metric,
        figure.value,
        figure.qualifier,
        figure.year,
        figure.value_start + offset,
        figure.value_end + offset,
        figure.phrase_start + offset,
        figure.phrase_end + offset,
    )


#: A question that is only a place's name: "👉 Guayaquil?", "And Lima?".
_PLACE_QUESTION_RE = re.compile(
    r"[^\w]{0,4}(?:(?:And|What[ \u00a0]+about)[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,3}\?"
)
_COUNT_QUESTION_RE = re.compile(r"\b(?:how\s+many|number\s+of)\b", re.IGNORECASE)
#: "How many cameras are there in the world?": the answer is a world total.
_WORLD_QUESTION_RE = re.compile(
    r"\b(?:world|worldwide|global(?:ly)?|earth|planet)\b", re.IGNORECASE
)


_OWNED_BY_BEFORE_RE = re.compile(
    r"\b(?:owned[ \u00a0]+by|belonging[ \u00a0]+to)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: The earlier names of a list up to the one that follows: "…, Mustamäe and ".
_LIST_SO_FAR = r"(?:[^,;:.()\n]{1,30}?(?:,|[ \u00a0]and|[ \u00a0]or)[ \u00a0]+){0,5}$"
#: "… well behind European capitals such as London": places named in comparison.
_COMPARED_EXAMPLES_BEFORE_RE = re.compile(
    r"\b(?:behind|ahead[ \u00a0]+of|than|compared[ \u00a0]+(?:with|to)|unlike|trailing)[ \u00a0]"
    r"[^,;:.()\n]{0,40}?\b(?:such[ \u00a0]+as|like|including)[ \u00a0]+" + _LIST_SO_FAR,
    re.IGNORECASE,
)
#: "Across Osaka Prefecture … 12,000 cameras, including those in Sakai, ": a region's towns.
_REGION_INCLUDES_BEFORE_RE = re.compile(
    r"\b(?:region|prefecture|province|state|county|oblast|governorate|emirate|territory|krai)"
    r"\b[^.;:\n]{0,90}?\b(?:including|incl\.|such[ \u00a0]+as)[ \u00a0]+"
    r"(?:those[ \u00a0]+in[ \u00a0]+|the[ \u00a0]+(?:cities|towns)[ \u00a0]+of[ \u00a0]+)?"
    + _LIST_SO_FAR,
    re.IGNORECASE,
)
#: "in districts such as Lasnamäe, …", "suburbs like Sandton": places named as parts.
_PARTS_NAMED_BEFORE_RE = re.compile(
    r"\b(?:districts|neighbou?rhoods|suburbs|wards|boroughs|quarters|communes|precincts"
    r"|townships|localities)[ \u00a0]+(?:such[ \u00a0]+as|like|including|of|in)[ \u00a0]+"
    + _LIST_SO_FAR,
    re.IGNORECASE,
)
#: A reply that gives no figure yet: "Not quite.", "Tom Kearney: Good question."
_SHORT_REPLY_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}:[ \u00a0]*)?[^\d?:\n]{1,24}[.!]"
)


def _is_count_question(text: str, segment: Segment) -> bool:
    """ "How many CCTV cameras does Tashkent have?", "What is the number of cameras in Lima?" """
    return (
        text[segment.end - 1] == "?"
        and _COUNT_QUESTION_RE.search(text, segment.start, segment.end) is not None
        and CAMERA_NOUN_RE.search(text, segment.start, segment.end) is not None
        and _WORLD_QUESTION_RE.search(text, segment.start, segment.end) is None
    )


def _value_tiles(text: str, segments: Iterable[Segment]) -> Iterator[Segment]:
    """The segments, with a stat tile's value line and the metric label under it joined into
    one row ("14 200+" / "video cameras connected to the Situation Center")."""
    held: Segment | None = None
    for segment in segments:
        if held is not None:
            label = text[segment.start : segment.end]
            if (
                segment.kind != "sentence"
                and segment.block == held.block + 1
                and text.count("\n", held.end, segment.start) <= 3
                and _TILE_LABEL_BELOW_RE.fullmatch(label)
                and _heading_metric(label)[0] is not None
            ):
                yield Segment(held.start, segment.end, "row", held.block, True)
                held = None
                continue
            yield held
            held = None
        if segment.kind == "row" and _is_tile_value(text, segment):
            held = segment
        else:
            yield segment
    if held is not None:
        yield held


def _is_tile_value(text: str, segment: Segment) -> bool:
    """A line that is only a value fit for a stat tile: not a page number or a year."""
    value = _NUMERIC_CELL_RE.fullmatch(text, segment.start, segment.end)
    if value is None or YEAR_RE.fullmatch(value.group("value")):
        return False
    parsed = parse_value(value.group("value"))
    if parsed is None:
        return False
    # A whole number under 100 alone on its line is more often a page number.
    return bool(
        parsed[0] >= 100
        or not parsed[0].is_integer()
        or value.group("plus")
        or value.group("before")
    )


def _maybe_figure(text: str, segment: Segment, context: _Context) -> bool:
    lowered = text[segment.start : segment.end].lower()
    # A digit is found by re's fast character scan; only digit-less text needs the word list.
    if _DIGIT_RE.search(lowered) is None and _NUMBER_WORD_RE.search(lowered) is None:
        return False
    if segment.kind == "row" and (context.list_metric or context.table_columns):
        return True
    if context.follows_count or context.follows_camera_word or ":" in lowered:
        return True
    if context.chambers_are_cameras and _CHAMBERS_RE.search(lowered):
        return True  # a translation's "chambers" or "cells" (see _claims_in_segment)
    return any(word in lowered for word in _FIGURE_WORDS)


def _list_metric(
    text: str, segment: Segment, after_camera_talk: bool = False
) -> tuple[str | None, float]:
    """The metric a heading or a line ending in ":" gives the list rows under it; "How the
    regional networks compare:" introduces camera counts, and so does "the breakdown per town
    is as follows -" after talk of cameras."""
    metric, scale = _heading_metric(text[segment.start : segment.end])
    if metric is None and (
        (text[segment.end - 1] == ":" and _NETWORKS_RE.search(text, segment.start, segment.end))
        or (
            after_camera_talk
            and (
                _BREAKDOWN_INTRO_RE.search(text, max(segment.start, segment.end - 60), segment.end)
                # (a heading, after talk of cameras: "HOW YOUR CITY COMPARES")
                or (
                    segment.kind == "heading"
                    and _COMPARISON_HEADING_RE.search(text, segment.start, segment.end)
                )
            )
        )
    ):
        return "camera_count", 1.0
    return metric, scale


def _versus_places(
    text: str, segment: Segment, subjects: list[EntityRef]
) -> list[EntityRef] | None:
    """The two places a "China vs US at a glance" heading compares, in order."""
    versus = _VERSUS_RE.search(text, segment.start, segment.end)
    if versus is None:
        return None
    before = [ref for ref in subjects if ref.end <= versus.start()]
    after = [ref for ref in subjects if ref.start >= versus.end()]
    return [before[-1], after[0]] if len(before) == 1 and len(after) == 1 else None


def _column_places(
    cells: list[tuple[str, int, int]], subjects: list[EntityRef]
) -> list[EntityRef | None] | None:
    """The place named in each header cell, when at least two columns are places."""
    places = [
        next((ref for ref in subjects if start <= ref.start and ref.end <= end), None)
        for _, start, end in cells
    ]
    return places if sum(place is not None for place in places) >= 2 else None


def _column_figures(
    text: str,
    cells: list[tuple[str, int, int]],
    column_places: list[EntityRef | None],
    named: list[EntityRef],
    column_years: list[int | None] | None = None,
) -> tuple[list[Figure], dict[int, EntityRef]]:
    """Figures of a comparison-table row ("Total CCTV cameras | 7.7 million | 85 million"),
    each owned by its column's place, or by the place its cell names ("London: 942,000"), and
    dated by its column's year when a row below gives one."""
    offset = len(cells) - len(column_places)  # 1 when the header leaves the corner out
    metric, scale = _heading_metric(cells[0][0])
    if metric is None or offset not in (0, 1):
        return [], {}
    figures: list[Figure] = []
    owners: dict[int, EntityRef] = {}
    estimated_row = _ESTIMATED_LABEL_RE.search(cells[0][0]) is not None  # "All cameras (est.)"
    for index in range(1, len(cells)):
        cell, start, end = cells[index]
        place = column_places[index - offset] if index - offset < len(column_places) else None
        labelled = _CELL_LABEL_RE.fullmatch(cell) or _CELL_PAREN_RE.fullmatch(cell)
        if labelled is not None:
            label_end = text.find(labelled.group("label"), start, end) + len(
                labelled.group("label")
            )
            inside = [ref for ref in named if start <= ref.start and ref.end <= label_end]
            place = inside[0] if inside else None
            cell = labelled.group("value")
        numeric = _NUMERIC_CELL_RE.fullmatch(cell)
        parsed = parse_value(numeric.group("value")) if numeric else None
        if place is None or numeric is None or parsed is None:
            continue
        value_start = text.find(numeric.group("value"), start, end)
        value_end = value_start + len(numeric.group("value"))
        value = parsed[0]
        if metric in WHOLE_METRICS and scale == 1.0:
            value = whole_value(numeric.group("value"), value)
        qualifier = _cell_qualifier(numeric)
        if estimated_row and qualifier == "exact":
            qualifier = "estimated"
        # (the year row is laid out like the figures' rows: its label, then one cell a column)
        year = column_years[index - 1] if column_years and index - 1 < len(column_years) else None
        figures.append(
            Figure(
                metric,
                value * scale,
                qualifier,
                year,
                value_start,
                value_end,
                value_start,
                value_end,
            )
        )
        owners[value_start] = place
    return figures, owners


_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d|[-–—]?")
#: How many rows below a header are searched for its year row.
_YEAR_ROW_REACH = 15


def _column_years_below(text: str, header_end: int) -> list[int | None] | None:
    """The years a "Data year | 2025 | 2024" row gives a comparison table's columns, searched in
    the table's rows below its header (which end at the first line without a cell border)."""
    position = header_end
    for _ in range(_YEAR_ROW_REACH):
        if position >= len(text) or text[position] != "\n":
            return None
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[position + 1 : line_end]
        if "|" not in line:
            return None
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if (
            len(cells) >= 2
            and _YEAR_ROW_LABEL_RE.fullmatch(cells[0])
            and all(_YEAR_CELL_RE.fullmatch(cell) for cell in cells[1:])
        ):
            return [int(cell) if cell[:1].isdigit() else None for cell in cells[1:]]
        position = line_end
    return None


#: A hedge after a cell's value: "33 ten thousand or so".
_CELL_HEDGE_AFTER_RE = re.compile(r"[ \u00a0]+or[ \u00a0]+so$", re.IGNORECASE)


def _is_labelled_cells_row(text: str, segment: Segment) -> bool:
    cells = text[segment.start : segment.end].split("|")
    return len(cells) >= 2 and all(_CELL_LABEL_RE.fullmatch(cell.strip()) for cell in cells)


def _labelled_cell_figures(text: str, cells: list[tuple[str, int, int]]) -> list[Figure]:
    """Figures of a row whose cells carry their own labels ("No.9 Hefei | Cameras: 58.6 ten
    thousand | Per ten thousand people: 595"): each cell's label names its metric."""
    figures: list[Figure] = []
    for cell, start, end in cells:
        labelled = _CELL_LABEL_RE.fullmatch(cell)
        if labelled is None:
            continue
        metric, scale = _heading_metric(labelled.group("label"))
        value_text = labelled.group("value").strip()
        # "33 ten thousand or so": a hedge after the value
        hedge = _CELL_HEDGE_AFTER_RE.search(value_text)
        numeric = _NUMERIC_CELL_RE.fullmatch(value_text[: hedge.start()] if hedge else value_text)
        parsed = parse_value(numeric.group("value")) if numeric else None
        if metric is None or numeric is None or parsed is None:
            continue
        value = parsed[0]
        if metric in WHOLE_METRICS and scale == 1.0:
            value = whole_value(numeric.group("value"), value)
        value_start = text.find(numeric.group("value"), start, end)
        value_end = value_start + len(numeric.group("value"))
        figures.append(
            Figure(
                metric,
                value * scale,
                "about" if hedge else _cell_qualifier(numeric),
                None,
                value_start,
                value_end,
                value_start,
                value_end,
            )
        )
    return figures


def _is_year_header(cells: list[tuple[str, int, int]]) -> bool:
    """ "Measure | 2023 | 2024 | 2025": a label cell, then years as column heads (a Markdown
    row's closing pipe leaves an empty cell after them)."""
    if len(cells) >= 3 and not cells[-1][0]:
        cells = cells[:-1]
    if (
        len(cells) < 3
        or YEAR_RE.fullmatch(cells[0][0].strip()) is not None
        or _NUMERIC_CELL_RE.fullmatch(cells[0][0])
    ):
        return False
    years = sum(YEAR_RE.fullmatch(cell.strip()) is not None for cell, _, _ in cells[1:])
    # "| City | Region | 2024 | 2025 | Change |": years among other labels, but no other number
    return years == len(cells) - 1 or (
        years >= 2
        and not any(
            _NUMERIC_CELL_RE.fullmatch(cell) and YEAR_RE.fullmatch(cell.strip()) is None
            for cell, _, _ in cells[1:]
        )
    )


def _is_unlabelled_year_header(
    text: str, segment: Segment, cells: list[tuple[str, int, int]]
) -> bool:
    """ "| 2022 | 2023 | 2024 | 2025": years as column heads over an empty label cell."""
    return (
        text.startswith("|", segment.start)
        and len(cells) >= 2
        and all(YEAR_RE.fullmatch(cell.strip()) for cell, _, _ in cells if cell)
        and bool(cells[0][0])
    )


#: A first column of a city's parts: "| Ward | Cameras |", "| District | … |".
_PART_COLUMN_RE = re.compile(
    r"(?:special\s+)?(?:wards?|districts?|boroughs?|zones?|precincts?|arrondissements?"
    r"|neighbou?rhoods?|sub-?districts?|gu|ku)(?:\s*\([^()]{1,30}\))?",
    re.IGNORECASE,
)
#: A rank's column before the places: "| Rank | Borough | … |", "| # | City | … |".
_RANK_COLUMN_RE = re.compile(r"rank(?:ing)?|#|no\.?|pos(?:ition)?\.?", re.IGNORECASE)
#: A column of the regions a table's places lie in: "| City | Department | Cameras |".
_REGION_WORD = (
    r"(?:department|state|province|region|county|district|prefecture|governorate|oblast|canton"
    # "| City | Federal subject | …": Russia's oblasts, krais and republics
    r"|emirate|voivodeship|parish|division|(?:federal\s+)?subject|krai)s?"
)
#: (also two kinds together: "State/UT", "Region / State", "State or region")
_REGION_COLUMN_RE = re.compile(
    rf"{_REGION_WORD}(?:/\w+|\s*(?:/|\bor\b|\band\b|&)\s*{_REGION_WORD})?", re.IGNORECASE
)


def _set_table_header(context: _Context, labels: list[str] | None) -> None:
    if labels is not None:
        # "report_year | cameras_per_sq_mi": a data export's column names, words joined by "_"
        labels = [label.replace("_", " ") for label in labels]
    context.column_places = None
    context.column_years = None
    # (after a rank's column: "| Rank | Borough | Cameras |")
    first = 1 if labels and len(labels) > 1 and _RANK_COLUMN_RE.fullmatch(labels[0].strip()) else 0
    context.table_of_parts = labels is not None and bool(
        labels and _PART_COLUMN_RE.fullmatch(labels[first].strip())
    )
    if labels is None:
        context.table_columns = None
        context.table_year_column = None
        context.table_column_years = None
        context.table_label_years = None
        context.table_region_columns = frozenset()
        return
    years = [_column_head_year(label.strip()) for label in labels]
    context.table_column_years = years if sum(y is not None for y in years[1:]) >= 2 else None
    context.table_years_count_cameras = context.table_column_years is not None and (
        context.camera_caption
        # "The table below shows police and municipal cameras in public places …" over
        # "| City | 2024 | 2025 | Change |": a place's row below talk of cameras
        or context.follows_camera_word
    )
    columns = [_heading_metric(label) for label in labels]
    for index in range(1, len(labels)):
        # "Cameras connected | Of which record traffic violations": a part of the column before.
        if columns[index][0] is None and _PART_OF_COLUMN_RE.match(labels[index]):
            columns[index] = columns[index - 1]
        # "| Region | Units | Per 100,000 residents |" in a report about cameras.
        elif (
            columns[index][0] is None
            and context.follows_camera_word
            and _UNITS_COLUMN_RE.fullmatch(labels[index])
        ):
            columns[index] = ("camera_count", 1.0)
    if context.caption_scale != 1.0:
        # "Table 3.2: Surveillance cameras … (million units)" above "| Installed base 2025 |"
        columns = [
            (metric, context.caption_scale)
            if metric == "camera_count" and scale == 1.0
            else (metric, scale)
            for metric, scale in columns
        ]
        context.caption_scale = 1.0
    label_years = [
        _label_year(label) if metric is not None else None
        for label, (metric, _) in zip(labels, columns, strict=True)
    ]
    context.table_label_years = label_years if any(label_years) else None
    context.table_columns = columns
    context.table_estimated = frozenset(
        index for index, label in enumerate(labels) if _ESTIMATED_LABEL_RE.search(label)
    )
    context.table_region_columns = frozenset(
        index for index, label in enumerate(labels) if _REGION_COLUMN_RE.fullmatch(label.strip())
    )
    context.table_year_column = next(
        (i for i, label in enumerate(labels) if _YEAR_HEADER_RE.fullmatch(label)), None
    )


#: A fiscal year as a column head: "FY2025", "FY 2026".
_FISCAL_YEAR_HEAD_RE = re.compile(r"FY[ \u00a0]?((?:19|20)\d\d)")
#: "List A (2019)", "Index B (2021)": a source's column, dated by the year after its name.
_SOURCE_YEAR_HEAD_RE = re.compile(r"[A-Z][\w.'’ -]{0,30}?[ \u00a0]*\(((?:19|20)\d\d)\)")
#: What names a source rather than a measure: "List A", "Source 2", "Survey", "2024 edition".
_SOURCE_NAME_RE = re.compile(
    r"[ \u00a0](?:(?-i:[A-Z])|\d{1,2})[ \u00a0]*\(|\b(?:list|ranking|index|report|survey|source|study"
    r"|estimate|edition|version|dataset)\b",
    re.IGNORECASE,
)
#: A dated column of something else ("Population (2021)", "Area (2020)", "Crime rate (2024)"):
#: no source's camera counts.
_OTHER_MEASURE_HEAD_RE = re.compile(
    r"popul|\bpop\b|\barea\b|inhabit|resident|people|gdp|budget|cost|spend|crime|homicide"
    r"|\brank|score|\brate\b|densit|%|\bkm|\bsq\b|\bmiles?\b",
    re.IGNORECASE,
)


def _column_head_year(label: str) -> int | None:
    """The year a column head is ("2025", "FY2025", "List A (2019)"), or None."""
    if YEAR_RE.fullmatch(label):
        return year_value(label)
    fiscal = _FISCAL_YEAR_HEAD_RE.fullmatch(label)
    if fiscal:
        return int(fiscal.group(1))
    source = _SOURCE_YEAR_HEAD_RE.fullmatch(label)
    if source is None or not _SOURCE_NAME_RE.search(label) or _OTHER_MEASURE_HEAD_RE.search(label):
        return None
    # (not "Cameras (2019)": a column of counts with its own year)
    return int(source.group(1)) if _heading_metric(label)[0] is None else None


def _label_year(label: str) -> int | None:
    """The one year a column's label names ("Installed base 2025", "Cameras (2031F)")."""
    years = {year_value(match.group()) for match in YEAR_RE.finditer(label)}
    return years.pop() if len(years) == 1 else None


#: A caption's unit for a table's counts: "… (million units)", "… (in millions)".
_CAPTION_UNIT_RE = re.compile(rf"{_COUNT_UNIT}[ \u00a0]*$", re.IGNORECASE)


def _caption_scale(text: str, segment: Segment) -> float:
    """The factor a caption gives the counts of the table under it ("Table 3.2: Surveillance
    cameras, selected countries (million units)"); 1.0 for any other segment."""
    unit = _CAPTION_UNIT_RE.search(text, segment.start, segment.end)
    if unit is None or CAMERA_NOUN_RE.search(text, segment.start, unit.start()) is None:
        return 1.0
    return _count_unit(unit.group(1))


_UNITS_COLUMN_RE = re.compile(
    r"(?:(?:no\.|number)[ \u00a0]+of[ \u00a0]+)?(?:units|devices)(?:[ \u00a0]+(?:installed|in[ \u00a0]+service))?",
    re.IGNORECASE,
)
#: The words that head a table's place column ("City", "Country/Region").
_PLACE_COLUMN_WORDS = ("City", "Country", "Town", "Municipality", "Place", "Location")
#: In a header flattened with single spaces, a place column's label is one capitalised word.
_PLACE_COLUMN_RE = re.compile(rf"(?:{'|'.join(_PLACE_COLUMN_WORDS)})(?:/\w+)?")


#: The label of a table's column of row labels when each row is an indicator, not a place.
_ROW_LABELS_HEADER_RE = re.compile(
    r"(?:key[ \u00a0]+)?(?:indicators?|items?|measures?|metrics?|categor(?:y|ies)|description"
    r"|statistics?|variables?|parameters?|figures?)",
    re.IGNORECASE,
)
_WIDE_GAP_RE = re.compile(r"[ \u00a0]{2,}|\t")
#: A cell between wide gaps: words or numbers set apart by single spaces.
_WIDE_CELL_RE = re.compile(r"[^ \u00a0\t]+(?:[ \u00a0][^ \u00a0\t]+)*")
#: The serial-number label that opens a header line, run into the next label by one space:
#: "S.No. State", "Sl. No. District".
_SERIAL_LABEL_RE = re.compile(r"(?:S|Sl|Sr)\.?[ \u00a0]?No\.?(?=[ \u00a0]+\S)", re.IGNORECASE)
#: A place column among labels set apart by runs of spaces: "Smart City", "Metropolitan
#: municipality", "District".
_WIDE_PLACE_COLUMN_RE = re.compile(
    # ("Police service": a column of city police services, each speaking for its city)
    rf"(?:[\w.-]+[ \u00a0]+)?(?:{'|'.join((*_PLACE_COLUMN_WORDS, 'District', 'Council'))}"
    # ("Police Unit", "Police jurisdiction": India's city police commissionerates)
    r"|Police[ \u00a0]+(?:service|force|department|unit|jurisdiction|commissionerate)s?)"
    r"(?:/\w+)?",
    re.IGNORECASE,
)
#: A date a wrapped header label may carry on its second line: "31 August 2026", "30.06.2026".
_LABEL_DATE_RE = re.compile(
    r"\b(?:\d{1,2}[ \u00a0][A-Z][a-z]+\.?[ \u00a0](?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    # ("Change" over "2023–25": a span of years)
    r"|(?:19|20)\d\d(?:[–-](?:(?:19|20)\d\d|\d\d))?)\b"
)
#: Lines a wrapped header may run over, after its first.
_HEADER_CONTINUATION_LINES = 3


def _wide_labels(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Labels set apart by runs of spaces in text[start:end], each with its column on the line
    (a serial label run into the next label is split off: "S.No. State")."""
    line_start = text.rfind("\n", 0, start) + 1
    labels: list[tuple[str, int]] = []
    for match in _WIDE_CELL_RE.finditer(text, start, end):
        label, column = match.group(), match.start() - line_start
        serial = _SERIAL_LABEL_RE.match(label) if not labels else None
        if serial is not None:
            labels.append((serial.group(), column))
            rest = len(label) - len(label[serial.end() :].lstrip(" \u00a0"))
            label, column = label[rest:], column + rest
        labels.append((label, column))
    return labels


def _is_header_continuation(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] goes on with the labels of a header above it: deeply
    indented words ("residents", "to the SAPS   31 August 2026"), digits only in a date."""
    line = text[start:end]
    serial = _SERIAL_LABEL_END_RE.match(line)
    if serial is not None:
        # "Sl.  Name of City  …" over "No.        installed  …": the serial column's label ends
        line = " " * serial.end() + line[serial.end() :]
    indent = len(line) - len(line.lstrip(" \u00a0"))
    if indent < 8 or not line.strip():
        return False
    return all(
        len(piece) <= 40
        and not any(c.isdigit() for c in _LABEL_BASE_RE.sub("", _LABEL_DATE_RE.sub("", piece)))
        for piece in _WIDE_GAP_RE.split(line.strip())
    )


#: The second half of a serial number column's label ("Sl." over "No."), before a wide gap.
_SERIAL_LABEL_END_RE = re.compile(r"No\.?(?=[ \u00a0]{2,}\S)")
#: A rate's base, a footnote mark or a day and month in a wrapped label: "1,000 inh.", "with3".
_LABEL_BASE_RE = re.compile(
    r"\b\d{1,3}(?:[,.\u00a0 ]\d{3})+[ \u00a0]+(?:inh|pop|people|persons|res|population"
    r"|inhabitants|capita|km|sq)|(?-i:(?<=[a-z]{3})\d(?![\w,.]))"
    # "As at 30 June" over "2024": a day and a month over their year
    r"|\b\d{1,2}[ \u00a0](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    # "(km2)", "per 1,000": an area's unit, a rate's base ending a wrapped label
    r"|\b(?:km|mi)[2²](?!\w)|\bper[ \u00a0]+\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\w,.])"
    # "cost (£000)", "($'000)": money's unit in thousands
    r"|\((?:[£$€¥]|US\$)[ \u00a0]?['’]?000s?\)",
    re.IGNORECASE,
)


def _merged_header_labels(
    text: str, labels: list[tuple[str, int]], end: int
) -> list[tuple[str, int]]:
    """The labels with the words of the header's wrapped lines below `end` added to the label
    whose column they start under ("Date of operation-" / "alisation of ICCC")."""
    merged = list(labels)
    position = end
    for _ in range(_HEADER_CONTINUATION_LINES):
        newline = text.find("\n", position)
        if newline < 0:
            break
        line_end = text.find("\n", newline + 1)
        line_end = len(text) if line_end < 0 else line_end
        if not _is_header_continuation(text, newline + 1, line_end):
            break
        for piece, column in _wide_labels(text, newline + 1, line_end):
            index = max(
                (i for i, (_, start) in enumerate(merged) if start <= column + 2), default=0
            )
            label, start = merged[index]
            if label.endswith("-") and piece[:1].islower():
                merged[index] = (label[:-1] + piece, start)
            else:
                merged[index] = (f"{label} {piece}", start)
        position = line_end
    return merged


#: A column head that is only a date: "As at 30 June 2024", "31 Dec 2025", "2023".
_DATE_HEAD_RE = re.compile(
    r"(?:as[ \u00a0]+(?:at|of|on)[ \u00a0]+)?(?:" + _LABEL_DATE_RE.pattern + ")", re.IGNORECASE
)


#: A column of figures to come: "Target 2026-27", "Forecast 2027", "Budget 2026/27".
_FUTURE_COLUMN_RE = re.compile(
    r"(?:target|forecast|projected|projection|budget|planned|plan|proposed|estimate)\b",
    re.IGNORECASE,
)


def _dated_column_labels(labels: list[str]) -> list[str] | None:
    """ "Measure | As at 30 June 2024 | As at 30 June 2025 | Target 2026-27" as "Measure | 2024 |
    2025 | ": dates as column heads over a label column, each head its year (a target's or a
    forecast's column heads nothing). None unless two heads or more are dates."""
    label_column = labels[0] if labels and _DATE_HEAD_RE.fullmatch(labels[0]) is None else None
    heads = labels if label_column is None else labels[1:]
    years = [_DATE_HEAD_RE.fullmatch(head) for head in heads]
    if sum(year is not None for year in years) < 2 or all(
        YEAR_RE.fullmatch(head) for head in heads
    ):
        return None  # (years alone are the other header paths')
    if any(
        year is None and _FUTURE_COLUMN_RE.match(head) is None
        for year, head in zip(years, heads, strict=True)
    ):
        return None  # a column of its own metric ("Cameras per 1,000 pop., 2025")
    written = [
        str(_label_year(head) or "") if year is not None else ""
        for year, head in zip(years, heads, strict=True)
    ]
    return [label_column or "", *written]


def _is_laid_out_labels(text: str, segment: Segment) -> bool:
    """Whether a line of words is a table's column heads laid out with runs of spaces ("As at
    As at   As at", or an indented "Population   Cameras per"), not a section's heading."""
    pieces = len(_WIDE_GAP_RE.split(text[segment.start : segment.end]))
    line_start = text.rfind("\n", 0, segment.start) + 1
    return pieces >= 3 or (pieces == 2 and segment.start - line_start >= 8)


def _names_cameras_as_caption(text: str, segment: Segment) -> bool:
    """Whether a heading or a caption line names cameras (the table under it counts them)."""
    return (
        segment.kind != "sentence"
        and CAMERA_NOUN_RE.search(text, segment.start, segment.end) is not None
    )


def _labels_above(text: str, labels: list[tuple[str, int]], start: int) -> list[tuple[str, int]]:
    """The labels with the words of a header line right above the line at `start` put before
    the label whose column they sit over ("Population   Cameras per" over "2025(p)   1,000
    pop.,")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or text[line_start - 2] == "\n":
        return labels
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if not _is_header_continuation(text, above_start, line_start - 1):
        return labels
    merged = list(labels)
    for piece, column in _wide_labels(text, above_start, line_start - 1):
        index = max((i for i, (_, at) in enumerate(merged) if at <= column + 2), default=0)
        label, at = merged[index]
        merged[index] = (f"{piece} {label}", at)
    return merged


def _space_table_header(
    text: str, segment: Segment, camera_caption: bool = False
) -> tuple[list[str], list[int] | None] | None:
    """Column labels of a header flattened with single spaces ("City Country Cameras Per 1,000
    pop. Per km2 Pop. (m)"): a label starts at each capitalised word not led by "per". None
    unless at least two labels name a camera metric. Labels set apart by runs of spaces come
    with their columns on the line, and take in the lines their labels wrap onto."""
    if segment.kind == "sentence" or segment.end - segment.start > 200:
        return None
    # Two metric labels need "camera"/"CCTV" or "per", unless runs of spaces set the labels
    # apart (a label may wrap its camera word onto the next line): most rows have neither.
    line = text[segment.start : segment.end].lower()
    if "per" not in line and "camera" not in line and "cctv" not in line and "  " not in line:
        return None
    wide = _WIDE_GAP_RE.split(text[segment.start : segment.end])
    labels: list[str] = []
    columns: list[int] | None = None
    if len(wide) >= 2 and all(YEAR_RE.fullmatch(part) for part in wide):
        # "        2023          2024          2025" over "Cameras in operation   171   184   196":
        # years as column heads over an empty label column.
        placed = _wide_labels(text, segment.start, segment.end)
        return ["", *(label for label, _ in placed)], [0, *(column for _, column in placed)]
    if (
        len(wide) >= 3
        and _ROW_LABELS_HEADER_RE.fullmatch(wide[0]) is not None
        and all(YEAR_RE.fullmatch(part) for part in wide[1:])
    ):
        # "Indicator      2023     2024     2025": the rows' labels (what each row counts) over
        # a column of its own, then years.
        placed = _wide_labels(text, segment.start, segment.end)
        return ["", *(label for label, _ in placed[1:])], [column for _, column in placed]
    if len(wide) >= 3 or (len(wide) == 2 and _YEAR_HEADER_RE.fullmatch(wide[0]) is not None):
        # "Sl.   Zone   Police Stations   Govt. Cameras   Total": columns set apart by runs of
        # spaces (text laid out from a PDF) are the labels, whatever their capitals.
        placed = _merged_header_labels(
            text, _wide_labels(text, segment.start, segment.end), segment.end
        )
        if sum(YEAR_RE.fullmatch(label.strip()) is not None for label, _ in placed) >= 2:
            # "Thromde   2023   2024   2025   2025(p)   1,000 pop.," under "Population
            # Cameras per": a header with year columns may begin on the line above.
            placed = _labels_above(text, placed, segment.start)
        labels = [label.strip() for label, _ in placed]
        columns = [column for _, column in placed]
        dated = _dated_column_labels(labels)
        if dated is not None:
            return dated, [0, *columns] if len(dated) > len(columns) else columns
    for token in () if labels else text[segment.start : segment.end].split():
        if labels and not (token[:1].isupper() and labels[-1].split()[-1].lower() != "per"):
            labels[-1] += " " + token
        else:
            labels.append(token)
    # ("Year (at 31 March)   Public space cameras": two columns, one place's figures by year)
    by_year = columns is not None and labels and _YEAR_HEADER_RE.fullmatch(labels[0]) is not None
    if len(labels) < (2 if by_year else 3) or any(
        len(label.split()) > (8 if columns else 5) for label in labels
    ):
        return None
    if any(_HEADLINE_FIGURE_RE.search(label) for label in labels):
        return None  # "Casablanca's CCTV Network Passes 5,000 Cameras …": a title-case headline
    metrics = [_heading_metric(label)[0] for label in labels]
    named = sum(metric is not None for metric in metrics)
    # "City  Cameras  Population": one metric column after a place column, every word a label's.
    # (Columns set apart by runs of spaces need no capitals: "City   Avg combined premium   …")
    if columns is not None:
        first_metric = next((i for i, metric in enumerate(metrics) if metric), len(metrics))
        place_column = any(
            _WIDE_PLACE_COLUMN_RE.fullmatch(label) for label in labels[:first_metric]
        )
    else:
        place_column = _PLACE_COLUMN_RE.fullmatch(labels[0]) is not None and all(
            token[:1].isupper() or not token[:1].isalpha() or token.lower() == "per"
            for token in text[segment.start : segment.end].split()
        )
    # "Year   Cameras connected   Regional centres connected": one place's figures by year.
    year_column = columns is not None and _YEAR_HEADER_RE.fullmatch(labels[0]) is not None
    # "Thromde   2023   2024   2025   Cameras per 1,000 pop., 2025": places' counts by year.
    by_years = (
        columns is not None and sum(YEAR_RE.fullmatch(label) is not None for label in labels) >= 2
    )
    # "Rank City Country Cameras per 1,000 people Population (m) Crime index": a ranking's
    # rank and place columns before its one metric, whatever the other labels' capitals
    ranked_places = (
        len(labels) >= 3
        and _RANK_COLUMN_RE.fullmatch(labels[0]) is not None
        and _PLACE_COLUMN_RE.fullmatch(labels[1]) is not None
    )
    if named >= 2 or (named == 1 and (place_column or year_column or by_years or ranked_places)):
        return labels, columns
    if named == 0 and by_years and place_column and camera_caption:
        # "City   Country   2023   2024   2025   Change" under "Table A1  Public-space cameras
        # …": places' figures by year, what they count said by the caption (as in a Markdown
        # table whose heads are years)
        return labels, columns
    return None


def _space_header_goes_on(text: str, segment: Segment) -> bool:
    """Whether a line under a space-flattened table's header still belongs to it: a rule of
    dashes, or a deeply indented line of words that wraps a label ("Per 100,000" / "residents",
    "(b) Operational as at" / "31 August 2026")."""
    if RULE_LINE_RE.fullmatch(text, segment.start, segment.end):
        return True
    line_start = text.rfind("\n", 0, segment.start) + 1
    return not text[line_start : segment.start].strip() and _is_header_continuation(
        text, line_start, segment.end
    )


def _space_row_cells(
    text: str,
    segment: Segment,
    columns: int,
    header: list[tuple[str | None, float]] | None = None,
    label_columns: list[int] | None = None,
    word_columns: frozenset[int] | None = None,
    year_column: int | None = None,
) -> list[tuple[str, int, int]] | None:
    """Cells of a row under a space-flattened header: its trailing numbers are the last
    columns, the words before them one cell ("Seoul South Korea 83,000 8.83 137.2"). When the
    header ends in word columns after its metrics ("… Per km2 Operator"), the row's words after
    the metric numbers are those columns ("… 1.93 911 System")."""
    # A row laid out like its header, in columns set apart by runs of spaces ("Johannesburg
    # 402   4 803 262   8.37"): one cell per column, numbers grouped with single spaces whole.
    wide = [
        (m.group(), m.start(), m.end())
        for m in _WIDE_CELL_RE.finditer(text, segment.start, segment.end)
    ]
    if len(wide) == columns and len(wide) >= 2:  # (two only under "Year   Cameras")
        return wide
    if label_columns is not None and 2 <= len(wide) < columns:
        # "3                      Indore           14.04.2018             3,460" under a header
        # whose "State" cell is left empty: each cell goes under the label it is laid under.
        return _cells_under_labels(text, wide, label_columns)
    tokens = [
        (m.group(), m.start(), m.end())
        for m in _TOKEN_RE.finditer(text, segment.start, segment.end)
    ]
    if tokens and word_columns is not None:
        return _space_row_cells_typed(text, tokens, columns, word_columns)
    if tokens and header and not _SPACE_CELL_RE.fullmatch(tokens[-1][0]):
        return _space_row_cells_before_words(text, tokens, columns, header, year_column)
    numbers = 0
    while numbers < len(tokens) and _SPACE_CELL_RE.fullmatch(tokens[-1 - numbers][0]):
        numbers += 1
    if numbers < 2 or numbers >= len(tokens) or numbers >= columns:
        return None
    first, last = tokens[0], tokens[-1 - numbers]
    lead = (text[first[1] : last[2]], first[1], last[2])
    padding = [("", first[1], first[1])] * (columns - numbers - 1)
    return [*padding, lead, *tokens[len(tokens) - numbers :]]


def _cells_under_labels(
    text: str, wide: list[tuple[str, int, int]], label_columns: list[int]
) -> list[tuple[str, int, int]] | None:
    """A row's cells placed under the header's labels by their columns: words under the label
    they start under, numbers (set flush right) under the label they end under; None when two
    cells fall under one label."""
    line_start = text.rfind("\n", 0, wide[0][1]) + 1
    cells: list[tuple[str, int, int] | None] = [None] * len(label_columns)
    for cell, start, end in wide:
        column = (end - 1 if _SPACE_CELL_RE.fullmatch(cell) else start) - line_start
        index = max((i for i, at in enumerate(label_columns) if at <= column + 1), default=0)
        if cells[index] is not None:
            return None
        cells[index] = (cell, start, end)
    return [cell if cell is not None else ("", wide[0][1], wide[0][1]) for cell in cells]


def _space_row_cells_before_words(
    text: str,
    tokens: list[tuple[str, int, int]],
    columns: int,
    header: list[tuple[str | None, float]],
    year_column: int | None = None,
) -> list[tuple[str, int, int]] | None:
    metric_columns = [i for i, (metric, _) in enumerate(header) if metric is not None]
    if not metric_columns or len(header) != columns:
        return None
    first_metric, last_metric = metric_columns[0], metric_columns[-1]
    wanted = last_metric - first_metric + 1
    first_number = next(
        (i for i, token in enumerate(tokens) if i > 0 and _SPACE_CELL_RE.fullmatch(token[0])),
        None,
    )
    if first_number is None or first_metric == 0:
        return None
    # "South Africa 2024 1.9 industry estimate" under "Country Year Cameras (million) Basis":
    # the year column between the place and the metric takes the first number.
    whole = tokens[first_number : first_number + last_metric]
    if (
        first_metric == 2
        and year_column == 1
        and len(whole) == last_metric
        and all(_SPACE_CELL_RE.fullmatch(cell) for cell, _, _ in whole)
        and first_number + last_metric < len(tokens)
    ):
        first_metric, wanted = 1, last_metric
    numbers = tokens[first_number : first_number + wanted]
    if len(numbers) < wanted or not all(_SPACE_CELL_RE.fullmatch(cell) for cell, _, _ in numbers):
        return None
    rest = tokens[first_number + wanted :]
    if not rest or columns - last_metric - 1 < 1:
        return None
    lead = (
        text[tokens[0][1] : tokens[first_number - 1][2]],
        tokens[0][1],
        tokens[first_number - 1][2],
    )
    tail = (text[rest[0][1] : rest[-1][2]], rest[0][1], rest[-1][2])
    padding_before = [("", lead[1], lead[1])] * (first_metric - 1)
    padding_after = [("", tail[2], tail[2])] * (columns - last_metric - 2)
    return [*padding_before, lead, *numbers, tail, *padding_after]


#: A line this short without digits under a header with word columns wraps a row's cell.
_WRAPPED_CELL_MAX_CHARS = 40
#: A space-flattened header's label of a column of numbers that is no camera metric: "Data
#: year", "Population", "Area (km²)", "Rank", "Change (%)".
_NUMBER_COLUMN_LABEL_RE = re.compile(
    r".*(?:\byears?\b|\bpop|\binhab|\bresidents\b|\bpeople\b|\barea\b|\bkm|\bsq\b|%|\bper\b"
    r"|\bshare\b|\brank|\bno\.|\bnumber\b|\bcounts?\b|\btotal\b|\bdensity\b|\brate\b"
    r"|\bindex\b|\bgrowth\b|\bchange\b|\bbudget\b|\bcost\b|\bspend|\bcrimes?\b|\d)",
    re.IGNORECASE,
)


def _interior_word_columns(labels: list[str]) -> frozenset[int] | None:
    """The word columns of a space-flattened header that has one between its number columns
    ("Country  Public cameras  Per 1,000 inhab.  Capital  Capital cameras  Data year  Source"):
    their rows are read cell by cell (see `_space_row_cells_typed`); None for other headers."""
    words = frozenset(
        index
        for index, label in enumerate(labels)
        if _heading_metric(label)[0] is None and not _NUMBER_COLUMN_LABEL_RE.match(label)
    )
    interior = any(
        0 < index < len(labels) - 1
        and any(after not in words for after in range(index + 1, len(labels)))
        for index in words
    )
    return words if interior and 0 in words else None


def _space_row_cells_typed(
    text: str, tokens: list[tuple[str, int, int]], columns: int, word_columns: frozenset[int]
) -> list[tuple[str, int, int]] | None:
    """A row's cells under a header with word columns between its number columns ("Austria
    41,000 4.5 Vienna 1,650 2024 BMI"): one number (or dash) per number column, the run of
    words up to the next number per word column; None when the row does not fit."""
    cells: list[tuple[str, int, int]] = []
    position = 0
    for column in range(columns):
        if column in word_columns:
            end = position
            while end < len(tokens) and (
                not _SPACE_CELL_RE.fullmatch(tokens[end][0]) or column == columns - 1
            ):
                end += 1
            if end == position:
                if column == 0:
                    return None
                at = tokens[position - 1][2] if position else tokens[0][1]
                cells.append(("", at, at))
                continue
            first, last = tokens[position], tokens[end - 1]
            cells.append((text[first[1] : last[2]], first[1], last[2]))
            position = end
        else:
            if position >= len(tokens) or not _SPACE_CELL_RE.fullmatch(tokens[position][0]):
                return None
            cells.append(tokens[position])
            position += 1
    return cells if position == len(tokens) else None


def _table_cells(
    text: str,
    segment: Segment,
    space_columns: int | None = None,
    space_header: list[tuple[str | None, float]] | None = None,
    label_columns: list[int] | None = None,
    word_columns: frozenset[int] | None = None,
    csv_columns: int | None = None,
    year_column: int | None = None,
) -> list[tuple[str, int, int]] | None:
    """Cells of a pipe- or tab-separated table row with their offsets (or of a row under a
    space-flattened header when `space_columns` is set, or under a comma-separated one when
    `csv_columns` is), or None."""
    if (
        text.count("|", segment.start, segment.end) + text.count("\t", segment.start, segment.end)
        < 2
    ):
        if csv_columns is not None and segment.kind == "row":
            return _csv_cells(text, segment, csv_columns)
        if space_columns is not None and segment.kind == "row":
            return _space_row_cells(
                text, segment, space_columns, space_header, label_columns, word_columns, year_column
            )
        return None
    line = text[segment.start : segment.end]
    cells: list[tuple[str, int, int]] = []
    cursor = 0
    for separator in _CELL_SPLIT_RE.finditer(line):
        cells.append((line[cursor : separator.start()], cursor, separator.start()))
        cursor = separator.end()
    cells.append((line[cursor:], cursor, len(line)))
    return [
        (cell.strip(), segment.start + start, segment.start + end)
        for cell, start, end in cells
        if cell.strip() or start
    ]


#: A comma-separated header of a data file's columns: "country,iso3,cameras,year".
_CSV_HEADER_RE = re.compile(r"[A-Za-z_][\w ()%/.-]*(?:,[A-Za-z_][\w ()%/.-]*){2,}")
#: A field of a comma-separated row: quoted ("1,500,000", "Washington, D.C.") or bare.
_CSV_FIELD_RE = re.compile(r'"(?:[^"]|"")*"|[^,]*')


def _csv_header(text: str, segment: Segment) -> list[str] | None:
    """The labels of a comma-separated header that names a camera metric ("country,iso3,
    cameras,cameras_per_100,year" over a data file's rows), or None."""
    if segment.kind != "row" or not _CSV_HEADER_RE.fullmatch(text, segment.start, segment.end):
        return None
    labels = text[segment.start : segment.end].split(",")
    if not any(_heading_metric(label.replace("_", " "))[0] for label in labels):
        return None
    return labels


def _csv_cells(text: str, segment: Segment, columns: int) -> list[tuple[str, int, int]] | None:
    """The fields of a comma-separated row with their offsets, or None when the row has not
    as many fields as its header."""
    cells: list[tuple[str, int, int]] = []
    position = segment.start
    while True:
        field = _CSV_FIELD_RE.match(text, position, segment.end)
        if field is None:  # (never: the pattern matches an empty field)
            return None
        start, end = field.span()
        if field.group().startswith('"') and end - start >= 2:
            start, end = start + 1, end - 1
        cells.append((text[start:end].strip(), start, end))
        position = field.end()
        if position >= segment.end:
            break
        if text[position] != ",":
            return None
        position += 1
    return cells if len(cells) == columns else None


#: A value written with one or two decimals ("2,912.45", "2,500.00", "19.1"): no count.
_CENTS_RE = re.compile(r"[.,]\d{1,2}$")


def _table_figures(
    cells: list[tuple[str, int, int]],
    columns: list[tuple[str | None, float]],
    year_column: int | None = None,
    estimated: frozenset[int] = frozenset(),
    column_years: list[int | None] | None = None,
    label_years: list[int | None] | None = None,
    year_metric: tuple[str | None, float] | None = None,
) -> list[Figure]:
    year = None
    if year_column is not None and year_column < len(cells):
        # "2024", "2026-03", "March 2026", "31/03/2026": one year in the cell dates the row.
        stated = {year_value(match.group()) for match in YEAR_RE.finditer(cells[year_column][0])}
        year = stated.pop() if len(stated) == 1 else None
    if column_years is not None and cells:
        # "License plate reader cameras (year end) | 60 | 88 | 100" under "Measure | 2023 |
        # 2024 | 2025": the row's label names the metric of every year's cell.
        row_metric = _heading_metric(cells[0][0])
        if row_metric[0] is not None:
            columns = [(None, 1.0), *(row_metric if y else (None, 1.0) for y in column_years[1:])]
        elif year_metric is not None:
            # "Thimphu   842   931   1,046   …   8.6" under "Thromde   2023   2024   2025   …
            # Cameras per 1,000 pop., 2025" below a caption about cameras: a place's counts by
            # year, and the other columns as their labels say.
            columns = [
                year_metric if index and year else column
                for index, (year, column) in enumerate(zip(column_years, columns, strict=False))
            ]
        else:
            return []
    figures = []
    row_qualifier = _row_qualifier(cells, columns)
    for index, ((cell, start, end), (metric, scale)) in enumerate(
        zip(cells, columns, strict=False)
    ):
        numeric = _NUMERIC_CELL_RE.fullmatch(cell) if metric is not None else None
        if metric is None or numeric is None:
            continue
        parsed = parse_value(numeric.group("value"))
        if parsed is None:
            continue
        qualifier = _cell_qualifier(numeric)
        if qualifier == "exact" and index in estimated:
            qualifier = "estimated"  # a column headed "Estimated cameras"
        if qualifier == "exact":
            qualifier = row_qualifier
        value = parsed[0]
        if metric in WHOLE_METRICS and scale == 1.0:
            value = whole_value(numeric.group("value"), value)  # "Bandung | 1.950 | 2024"
            if metric == "camera_count" and _CENTS_RE.search(numeric.group("value")):
                continue  # "CCTV - Capital (Safe City)   2,912.45   2,500.00": money
        cell_year = year
        if column_years is not None and index < len(column_years):
            cell_year = column_years[index]
        if cell_year is None and label_years is not None and index < len(label_years):
            cell_year = label_years[index]
        figures.append(Figure(metric, value * scale, qualifier, cell_year, start, end, start, end))
    return figures


#: A cell that only says how a row's figures were had: "est.", "approx.", "industry estimate".
_QUALIFIER_CELL_RE = re.compile(
    # the words a cell's value may open with ("c.", "approx.", "over"), alone in a cell of their
    # own, or an estimate's name
    rf"{_CELL_BEFORE}|est\.?|approx|circa|(?:[a-z]+[ \u00a0]+)?estimates?",
    re.IGNORECASE,
)


def _row_qualifier(
    cells: list[tuple[str, int, int]], columns: list[tuple[str | None, float]]
) -> str:
    """The qualifier a row's own word cell gives its figures: "Mexico | 1,450,000 | est. |
    2024" under "Country | Cameras | Qualifier | Year", "South Africa 2024 1.9 industry
    estimate" under "… Basis"; "exact" when no such cell says otherwise."""
    for index, ((cell, _, _), (metric, _)) in enumerate(zip(cells, columns, strict=False)):
        if index and metric is None and _QUALIFIER_CELL_RE.fullmatch(cell):
            return qualifier_of_words(cell)
    return "exact"


def _label_row(text: str, segment: Segment) -> re.Match[str] | None:
    """ "Number of CCTV cameras: 700 million", or a stat tile's "Public CCTV cameras 1,850
    2025" (a row whose label names a metric)."""
    label = _LABEL_ROW_RE.fullmatch(text, segment.start, segment.end)
    if label is None and segment.kind == "row" and "\n" in text[segment.start : segment.end]:
        return _TILE_VALUE_ABOVE_RE.fullmatch(text, segment.start, segment.end)
    if label is None and segment.kind == "row":
        first = _TILE_VALUE_FIRST_RE.fullmatch(
            text, segment.start, segment.end
        ) or _VALUE_DASH_LABEL_RE.fullmatch(text, segment.start, segment.end)
        if first is not None:
            return first
        tile = _TILE_ROW_RE.fullmatch(text, segment.start, segment.end)
        if tile is not None and _heading_metric(tile.group("label"))[0] is not None:
            return tile
    return label


def _cell_qualifier(match: re.Match[str]) -> str:
    """The qualifier written around a table cell's or label row's value ("c. 15,000")."""
    if match.group("after") or match.groupdict().get("mark"):
        return "estimated"
    if match.group("plus"):
        return "over"
    return qualifier_of_words(match.group("before") or "")


def _has_figure_digits(text: str, segment: Segment) -> bool:
    """Whether a row holds a digit outside its leading list number ("3. Nairobi" holds none)."""
    line = text[segment.start : segment.end]
    entry = _ENTRY_RE.fullmatch(line)
    body = line[line.find(" ") + 1 :] if entry else line
    return any(ch.isdigit() for ch in body)


_WRAPPED_LINE_END_RE = re.compile(
    r"\b(?:the|a|an|of|in|to|and|or|as|for|with|by|on|at|from|its|their|that|which)$",
    re.IGNORECASE,
)
_LOWER_NEXT_LINE_RE = re.compile(r"[ \t]*\n[ \t]*[a-z]")


def _is_wrapped_line(text: str, segment: Segment) -> bool:
    """Whether a short line is part of a hard-wrapped paragraph: it ends on a word that goes on
    ("… the same kind of platform as the") or the next line goes on in lower case."""
    return (
        _WRAPPED_LINE_END_RE.search(text, segment.start, segment.end) is not None
        or _LOWER_NEXT_LINE_RE.match(text, segment.end) is not None
    )


def _is_lead_in(text: str, segment: Segment) -> bool:
    """A sentence that leads into what follows ("Here's what we heard:"), not a label
    ("Comments:", "Key figures:"): the talk stays with the place before it."""
    return text[segment.end - 1] == ":" and len(text[segment.start : segment.end].split()) >= 3


def _is_entity_heading(text: str, segment: Segment, refs: list[EntityRef]) -> bool:
    rest = text[segment.start : segment.end]
    for ref in sorted(refs, key=lambda r: -r.start):
        rest = rest[: ref.start - segment.start] + rest[ref.end - segment.start :]
    return len(_WORD_RE.findall(rest)) <= 3


#: (earlier, later) qualifiers of one figure said twice in a sentence, once plainly.
_PLAIN_AND_QUALIFIED = frozenset(
    pair
    for qualified in ("over", "about", "under", "estimated")
    for pair in (("exact", qualified), (qualified, "exact"))
)


def _claim(
    document: Document, text: str, segment: Segment, ref: EntityRef, figure: Figure, value: float
) -> Claim:
    place = ref.place
    return Claim(
        document_id=document.document_id,
        doc=document.doc,
        entity_kind=place.kind,
        entity_name=place.name,
        name_as_written=ref.as_written,
        country_iso3=place.country_iso3,
        city_id=place.city_id,
        metric=figure.metric,
        value=round(float(value), 6),  # "15.28 per 100" × 10 is 152.8, not 152.79999999999998
        qualifier=figure.qualifier,
        year=figure.year,
        quote=text[segment.start : segment.end],
        start=segment.start,
        end=segment.end,
    )


def extract_claims(document: Document, gazetteer: Gazetteer) -> Extraction:
    """Claims (camera figures resolved to a country or city) and figure-less mentions."""
    text = document.text
    patterns = metric_patterns(gazetteer.people_nouns())
    context = _Context()
    found = _Found()
    seen_claims: set[tuple[object, ...]] = set()
    # A first pass counts the countries the document names; it keeps nothing else, so memory
    # stays flat on long documents (short segments' names are memoised for the second pass).
    context.document_countries, context.firm_countries, town_votes = _document_countries(
        (_segment_names(text, segment, gazetteer) for segment in split_segments(text)), text
    )
    if sum(context.document_countries.values()) < _FEW_COUNTRY_VOTES:
        # A local story that names no country names its region ("Police Scotland", "in Wales")
        # and several towns that only its country has ("Louth", "Horncastle", "Skegness").
        for iso3 in (*_region_countries(text, gazetteer), *town_votes):
            context.document_countries[iso3] += 1
            context.firm_countries[iso3] += 1
    else:
        # Council minutes from Kingston that name "Eastern Ontario municipalities" and "the
        # Province of Ontario": the story is firmly Canadian, whatever Kingston, Jamaica's size.
        context.firm_countries.update(_region_countries(text, gazetteer))
        # … and a Liverpool council story that names Campbelltown, Warwick Farm and Casula: only
        # Australia has those towns (but Liverpool's agglomeration votes for England).
        context.firm_countries.update(town_votes)
    context.romance_mil = ROMANCE_MIL_RE.search(text) is not None
    context.chambers_are_cameras = (
        _VIDEO_SURVEILLANCE_RE.search(text) is not None
        and _COUNTED_CHAMBERS_RE.search(text) is not None
    )
    for segment in _value_tiles(text, split_segments(text)):
        refs = resolve_entities(text, segment, gazetteer, context)
        subjects = [ref for ref in refs if ref.role == "subject"]
        claims_before = len(found.claims)
        if found.first_refs and _POST_HEADER_RE.search(text, segment.start, segment.end):
            # "▲ denverdev 8 hours ago | parent | next": a new post in a thread goes back to the
            # thread's subject (the first place the page named) until it names another.
            context.heading = None
            context.topic = context.topic_city = context.topic_country = None
            context.set_topic(next(iter(found.first_refs.values()))[0])
        for ref in subjects:
            found.first_refs.setdefault(_place_key(ref.place), (ref, segment))
        if context.space_columns is not None and _space_header_goes_on(text, segment):
            continue  # "-------", or the second line of a header's labels ("residents")
        if (
            context.space_word_columns is not None
            and segment.kind != "sentence"
            and segment.end - segment.start <= _WRAPPED_CELL_MAX_CHARS
            and not any(
                char.isdigit() or char in "|\t" for char in text[segment.start : segment.end]
            )
        ):
            continue  # "register" under "Belgium2 58,500 … FPS Home Affairs": a wrapped cell
        cells = _table_cells(
            text,
            segment,
            context.space_columns,
            context.table_columns,
            context.space_label_columns,
            context.space_word_columns,
            context.csv_columns,
            context.table_year_column,
        )
        csv_labels = _csv_header(text, segment) if cells is None else None
        if csv_labels is not None:
            # "country,iso3,cameras,year" over a data file's rows (a preview of a CSV)
            _set_table_header(context, csv_labels)
            context.csv_columns = len(csv_labels)
            context.space_columns = context.space_label_columns = None
            context.space_word_columns = None
            continue
        if cells is None:
            context.csv_columns = None
            # A table flattened with single spaces (PDF text): its header names the columns.
            header = _space_table_header(text, segment, context.camera_caption)
            labels = header[0] if header else None
            _set_table_header(context, labels)
            context.space_columns = len(labels) if labels else None
            context.space_label_columns = header[1] if header else None
            context.space_word_columns = (
                _interior_word_columns(labels) if labels and header and header[1] is None else None
            )
            if labels:
                continue
        elif all(_RULE_CELL_RE.fullmatch(cell) for cell, _, _ in cells):
            continue  # "|---|---:|": the rule under a Markdown table's header
        elif _is_unlabelled_year_header(text, segment, cells):
            # "| | 2022 | 2023 | 2024 |" over "| Cameras in service | 176 | 189 | 204 |"
            _set_table_header(context, ["", *(cell for cell, _, _ in cells)])
            context.column_places = None
            context.space_columns = context.space_label_columns = None
            context.space_word_columns = None
            continue
        elif not any(
            _NUMERIC_CELL_RE.fullmatch(cell)
            or _MEASURE_CELL_RE.fullmatch(cell)
            or _CELL_LABEL_RE.fullmatch(cell)
            # a row whose summary cell is a sentence about cameras is no header
            or (context.table_columns is not None and _is_prose_cell(cell))
            for cell, _, _ in cells
        ) or _is_year_header(cells):
            if (
                context.column_places is not None
                and not subjects
                and not any(_heading_metric(cell)[0] for cell, _, _ in cells[1:])
            ):
                # "| Safety score | Good (4/5) | Great (5/5) |" under "| | Chiang Mai | Da Nang |":
                # a row of words in a table whose columns are places, not a new header
                continue
            _set_table_header(context, [cell for cell, _, _ in cells])
            context.column_places = _column_places(cells, subjects)
            if context.column_places is not None:
                context.column_years = _column_years_below(text, segment.end)
            context.space_columns = context.space_label_columns = None
            context.space_word_columns = None
            continue
        if segment.kind != "row":
            # "Most Read", "Related stories": the rows below are other pages' headlines.
            context.in_links = (
                _LINKS_HEADING_RE.fullmatch(text, segment.start, segment.end) is not None
            )
            context.parts_list = (
                text[segment.end - 1] == ":"
                and _PARTS_INTRO_RE.search(text, segment.start, segment.end) is not None
            )
        if segment.kind == "heading":
            # "References", "Bibliography": cited titles down to the next heading.
            context.in_references = (
                _REFERENCES_HEADING_RE.fullmatch(text, segment.start, segment.end) is not None
            )
        if (
            context.own_council is None
            and segment.kind != "sentence"
            and len(subjects) == 1
            and subjects[0].place.kind == "city"
            # a title with digits is a row: "City of Hobart – Annual Plan … 2026–27"
            and (segment.kind == "heading" or segment.start < _TITLE_REACH)
            and _OWN_COUNCIL_HEADING_RE.fullmatch(text, segment.start, segment.end)
        ):
            context.own_council = subjects[0]
        if context.own_council is None:
            # A judgment's or a report's defined term: 'Leicester City Council ("the Council")'.
            context.own_council = next(
                (
                    ref
                    for ref in subjects
                    if ref.place.kind == "city"
                    and _DEFINED_COUNCIL_AFTER_RE.match(text, ref.end, segment.end) is not None
                ),
                None,
            )
        # "Capital: Warsaw" under "POLAND", "- **Country:** Sri Lanka" under "### Colombo": a field
        # that says where the place lies heads no new entry and takes no topic.
        where_field = _WHERE_FIELD_RE.match(text, segment.start, segment.end) is not None
        if segment.kind == "heading" and context.heading is not None and where_field:
            continue
        if (
            segment.kind == "heading"
            and not subjects
            and _is_field_line(text, segment)
            and _follows_field_line(text, segment)
        ):
            # "Supervisory authority: Office for Personal Data Protection" among a profile's
            # fields: a field without digits, not a section's heading.
            continue
        if segment.kind == "heading" and not subjects and _is_laid_out_labels(text, segment):
            continue  # "As at           As at           As at": a table's column heads
        if segment.kind == "heading" or (
            # "1. China", "3. Nairobi, Kenya": a numbered entry heads what follows like a heading.
            subjects
            and segment.kind == "row"
            and (segment.marked or _ENTRY_RE.fullmatch(text, segment.start, segment.end))
            and not _has_figure_digits(text, segment)
            and _is_entity_heading(text, segment, refs)
            and not (context.heading is not None and where_field)
        ):
            entity_heading = (
                bool(subjects)
                and (
                    _is_entity_heading(text, segment, refs)
                    # "Number of CCTV cameras in Nairobi, Kenya": one place's cameras (not a
                    # line of a hard-wrapped paragraph that names a place and its cameras).
                    or (
                        len(subjects) == 1
                        and segment.kind == "heading"
                        and (
                            CAMERA_NOUN_RE.search(text, segment.start, segment.end) is not None
                            # "Video surveillance: Safe City Almaty"
                            or _SURVEILLANCE_HEADING_RE.search(text, segment.start, segment.end)
                            is not None
                        )
                        and not _is_wrapped_line(text, segment)
                    )
                )
                and not _BYLINE_RE.match(text, segment.start, segment.end)
            )
            context.heading = subjects[0] if entity_heading else None
            context.caption_scale = _caption_scale(text, segment)
            context.camera_caption = _names_cameras_as_caption(text, segment)
            if (
                subjects
                or context.topic is None
                or (
                    CAMERA_NOUN_RE.search(text, segment.start, segment.end) is None
                    and len(found.first_refs) > 1
                    and not _all_claims_for(found.claims, context.topic.place)
                )
                or next(iter(found.first_refs), None) != _place_key(context.topic.place)
            ) and (subjects or not _is_lead_in(text, segment)):
                context.reset_to_heading()
            # else: a caption naming no place ("Public safety cameras in service at year end")
            # heads a table of the page's own place, the first it named; and on a page that
            # has claimed figures for one place only, any heading naming no place ("Network
            # growth", "Quick facts") is a section of that place's page.
            context.versus_places = _versus_places(text, segment, subjects)
            context.list_metric, context.list_scale = _list_metric(
                text, segment, context.follows_camera_word
            )
            continue
        if text[segment.end - 1] in ":-–—" or (
            # "Chart 1 — cameras per square kilometre": a numbered chart's title over its rows
            segment.kind == "row"
            and (
                _CHART_TITLE_RE.fullmatch(text, segment.start, segment.end) is not None
                # "Cameras per 1,000 residents, selected cities": a rate's title, its only
                # digits the rate's base
                or _RATE_TITLE_RE.fullmatch(text, segment.start, segment.end) is not None
            )
        ):
            metric, scale = _list_metric(text, segment, context.follows_camera_word)
            if metric is not None:
                context.list_metric, context.list_scale = metric, scale
                if segment.kind == "row":
                    # "Cameras per 1,000 people:" introduces the rows below; "Chart 1:
                    # Casablanca's cameras" names whose rows they are
                    owners = _eligible_for_figures(text, segment, subjects)
                    if len(owners) == 1:
                        context.set_topic(owners[0])
                    continue
        if (
            context.list_metric is None
            and segment.kind == "row"
            and subjects
            and subjects[0].start - segment.start <= 4
            and (segment.marked or _PLACE_COLON_ROW_RE.fullmatch(text, segment.start, segment.end))
            and _list_counts_cameras(text, segment)
        ):
            # "- Daegu: just over 22,000 (2023)" above "- Gwangju: 11,870 cameras": a list whose
            # rows count cameras, though only a later row says so.
            context.list_metric, context.list_scale = "camera_count", 1.0
            context.row_metric_inferred = True
        topics = _eligible_for_figures(text, segment, subjects)
        if not topics:
            # A dateline names no owner in its sentence, but it is the story's place.
            dateline = [ref for ref in subjects if _is_dateline(text, segment, ref)]
            if dateline:
                context.set_topic(dateline[0])
        found.attributed = []
        found.attributed_rates = []
        found.last_owner = None
        if segment.kind != "row":
            context.after_part_rows = False
        # "Read more: Bogotá to add 3,000 cameras … | Barranquilla reaches 1,500 cameras": other
        # pages' headlines on one line.
        links_line = segment.first_in_block and _LINKS_LINE_RE.match(text, segment.start)
        if (
            not context.in_links
            and not context.in_references
            and not links_line
            # '^ "DMP: 18,500 cameras across Dhaka". The Daily Star.': a reference's backlink.
            and not (segment.first_in_block and _BACKLINK_RE.match(text, segment.start))
            and _maybe_figure(text, segment, context)
        ):
            # "Municipal camera systems: Warsaw 1,240 (2025); Kraków 680": each item a row under
            # the field's label.
            field_list = (
                _field_list(text, segment, gazetteer, context) if segment.first_in_block else None
            )
            saved = context.list_metric, context.list_scale
            parts = [(segment, topics, subjects, refs)]
            if field_list is not None:
                context.list_metric, context.list_scale, items = field_list
                parts = []
                for item, item_refs in items:
                    item_subjects = [ref for ref in item_refs if ref.role == "subject"]
                    item_topics = _eligible_for_figures(text, item, item_subjects)
                    parts.append((item, item_topics, item_subjects, item_refs))
            for part, part_topics, part_subjects, part_refs in parts:
                _claims_in_segment(
                    document,
                    text,
                    part,
                    part_topics,
                    part_subjects,
                    [ref for ref in part_refs if ref.role == "region"],
                    patterns,
                    context,
                    gazetteer,
                    found,
                    seen_claims,
                )
            context.list_metric, context.list_scale = saved
        if segment.kind == "row" and (
            _PART_ROW_RE.match(text, segment.start, segment.end)
            or (context.table_of_parts and context.table_columns is not None)
        ):
            context.after_part_rows = True
        context.follows_count = "camera_count" in found.attributed
        context.follows_rate = (
            found.attributed_rates[-1]
            if found.attributed_rates and not context.follows_count
            else None
        )
        context.card_owner = found.last_owner if segment.kind == "row" else None
        _date_card(text, segment, context, found, claims_before)
        # A caption's unit is for the table right under it.
        context.caption_scale = _caption_scale(text, segment)
        context.camera_caption = _names_cameras_as_caption(text, segment)
        context.card_block = segment.block
        context.follows_question = (
            _is_count_question(text, segment)
            or (
                # "Guayaquil? North of 4,000.": a place asked about after talk of cameras
                bool(subjects)
                and context.follows_camera_word
                and _PLACE_QUESTION_RE.fullmatch(text, segment.start, segment.end) is not None
            )
            or (
                # "… what's the number now? — Not quite. It's 2,840.": a short reply before the
                # answer's figure
                context.follows_question
                and (
                    _SHORT_REPLY_RE.fullmatch(text, segment.start, segment.end) is not None
                    # "How many cameras has council got? So what's the number now?"
                    or text[segment.end - 1] == "?"
                )
            )
        )
        _carry_row_metric(context, text, segment, found.attributed)
        context.previous_subjects = subjects
        if CAMERA_NOUN_RE.search(text, segment.start, segment.end) is not None:
            context.camera_talk = _CAMERA_TALK_REACH
        elif _STAFF_TALK_RE.search(text, segment.start, segment.end) is not None:
            # "We don't have the officers we had in 2010. … We have 900 and change.": the talk
            # has turned to people, and a bare figure now counts them
            context.camera_talk = 0
        elif context.camera_talk:
            context.camera_talk -= 1
        # "Taipei, Nov. 24 (CNA) Chiayi City has …": the story's subject, not where it was filed,
        # is what "the city" then means.
        topics = [ref for ref in topics if not _is_dateline(text, segment, ref)] or topics
        # "Leedswatch also monitors 96 cameras owned by Wakefield Council": a place named as
        # another's cameras' owner is no topic for what follows.
        topics = [
            ref
            for ref in topics
            if not _OWNED_BY_BEFORE_RE.search(text, max(segment.start, ref.start - 20), ref.start)
            # "… in districts such as Lasnamäe, Mustamäe and Põhja-Tallinn": the city's parts
            and not _PARTS_NAMED_BEFORE_RE.search(
                text, max(segment.start, ref.start - 150), ref.start
            )
            # "… well behind European capitals such as London": a place compared with
            and not _COMPARED_EXAMPLES_BEFORE_RE.search(
                text, max(segment.start, ref.start - 80), ref.start
            )
            # "Across Osaka Prefecture … about 12,000 cameras, including those in Sakai, …":
            # the towns a region's figure takes in
            and not _REGION_INCLUDES_BEFORE_RE.search(
                text, max(segment.start, ref.start - 200), ref.start
            )
            # "… belong to private partners – mostly businesses … in Manhattan and Brooklyn –
            # that have agreed …": a place named in an aside
            and not _in_dash_pair(text, segment, ref.start)
            # "… from the Integrated Emergency Services centre in Dartmouth" in a story about
            # Halifax: where a building is, in a smaller place of the topic's country
            and not (
                context.topic_city is not None
                and ref.place.kind == "city"
                and ref.place.country_iso3 == context.topic_city.place.country_iso3
                and ref.place.population < context.topic_city.place.population
                and _BUILDING_IN_BEFORE_RE.search(
                    text, max(segment.start, ref.start - 40), ref.start
                )
            )
            # "Downtown Dartmouth, which already has 11 cameras, …": a part of a city
            and not _DOWNTOWN_BEFORE_RE.search(text, max(segment.start, ref.start - 10), ref.start)
            # "… 9 are in the Flaxmere town centre", "the Hastings CBD": a town's centre
            and not _CENTRE_AFTER_RE.match(text, ref.end, segment.end)
            and not _QUARTER_OF_AFTER_RE.match(text, ref.end, segment.end)
            # "… draws stag and hen parties from the UK every weekend": where visitors come from
            and not _VISITORS_FROM_BEFORE_RE.search(
                text, max(segment.start, ref.start - 40), ref.start
            )
        ]
        # A suburb that opens a sentence is no topic: "318 cameras are located in Surfers
        # Paradise" leaves "the City" the Gold Coast's.
        if (
            not topics
            and len(found.claims) > claims_before
            and found.last_owner is not None
            and found.last_owner.role == "anaphor"
            and found.last_owner.place.kind == "country"
            and _NATIONWIDE_WORD_RE.fullmatch(found.last_owner.as_written)
        ):
            # "… 47,000 public cameras … nationwide. That is roughly one camera for every 420
            # people.": the country the sentence spoke of is what follows speaks of.
            topics = [found.last_owner]
        if (
            segment.kind == "sentence"
            and len(found.claims) == claims_before
            and _CITIES_WORD_RE.search(text, segment.start, segment.end) is not None
            and len(
                {
                    ref.place.city_id
                    for ref in topics
                    if ref.place.kind == "city" and ref.place.city_id not in gazetteer.suburbs
                }
            )
            >= _LISTED_CITIES_NO_TOPIC
        ):
            # "… Safe City Projects in eight cities, namely Ahmedabad, Bengaluru, …, Lucknow and
            # Mumbai": the next sentence's "a total of 52,850 cameras" is none of theirs alone.
            context.topic = None
            topics = []
        if segment.kind == "sentence" and _HYPOTHETICAL_START_RE.match(
            text, segment.start, segment.end
        ):
            # "Imagine a town of 50,000 people … with 100 public cameras. It has 2 cameras per
            # 1,000 people": the "it" after is the imagined town, no place named before.
            context.topic = context.topic_city = context.topic_country = None
            topics = []
        if (
            topics
            and not context.after_part_rows
            and topics[0].place.city_id not in gazetteer.suburbs
            and not (segment.kind == "row" and where_field)
        ):
            context.set_topic(topics[0])
            # "In Brazil, São Paulo is building …. The city's program …": the city the sentence
            # goes on to name in the country it opens with is what "the city" means next.
            city = next(
                (
                    ref
                    for ref in topics[1:]
                    if ref.place.kind == "city"
                    and ref.place.country_iso3 == topics[0].place.country_iso3
                    and ref.place.city_id not in gazetteer.suburbs
                ),
                None,
            )
            if topics[0].place.kind == "country" and city is not None:
                context.topic_city = city
    _requalify(found, context.qualified_cities)
    _drop_translated_twice(found)
    claimed = {(c.entity_kind, c.country_iso3, c.city_id) for c in found.claims}
    mentions = [
        Mention(
            document_id=document.document_id,
            doc=document.doc,
            entity_kind=ref.place.kind,
            entity_name=ref.place.name,
            name_as_written=ref.as_written,
            country_iso3=ref.place.country_iso3,
            city_id=ref.place.city_id,
            quote=text[segment.start : segment.end],
            start=segment.start,
            end=segment.end,
        )
        for key, (ref, segment) in found.first_refs.items()
        if key not in claimed and not _requalified_away(ref, context.qualified_cities)
    ]
    return Extraction(claims=found.claims, mentions=mentions)


#: The base of a rate as a title writes it: "per 1,000", "per 100,000", "per 100".
_TITLE_RATE_BASE = r"(?:1,000|1000|10,000|100,000|100)"
#: "Chart 1 — cameras per square kilometre", "Figure 2: Cameras per 1,000 residents": a
#: numbered chart's title, its only digits the number and a rate's base (a table's caption is
#: read as a caption).
_CHART_TITLE_RE = re.compile(
    r"(?:chart|figure|fig\.|graph|graphic)[ \u00a0]+\d{1,2}(?:\.\d{1,2})?[ \u00a0]*[:.—–-]"
    rf"[ \u00a0]*[^\d\n]{{3,80}}?{_TITLE_RATE_BASE}?[^\d\n]{{0,40}}",
    re.IGNORECASE,
)
#: A rank before the country it is held in: "puts it first in India", "ranks 3rd in".
_RANK_SCOPE_BEFORE_RE = re.compile(
    rf"\b(?:{_ORDINAL}|last)[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
#: "Cameras per 1,000 residents, selected cities": a rate's title, its only digits the base
_RATE_TITLE_RE = re.compile(
    # "Slide 4 — Density leaders: cameras per 100 people, 2025": a section's number first and
    # the year last; (not a field without its value: "Cameras per 1,000 population: NA")
    rf"(?:{SECTION_NUMBER}{SECTION_NUMBER_MARK})?"
    rf"[^\d\n]{{0,60}}\bper[ \u00a0]+{_TITLE_RATE_BASE}\b[^\d\n:]{{0,60}}"
    r"(?:,[ \u00a0]+(?:19|20)\d\d)?",
    re.IGNORECASE,
)
#: The share of a page's claims that makes its first place the page's own (found.page_place).
_PAGE_PLACE_SHARE = 0.75
#: A sentence without figures that names this many cities is a list, and none of them its topic.
_LISTED_CITIES_NO_TOPIC = 4
_CITIES_WORD_RE = re.compile(r"\b(?:cities|towns)\b", re.IGNORECASE)
_FIELD_ITEM_RE = re.compile(r"[^;]+")
#: An item of a list set out with commas (not the comma of "1,240").
_COMMA_ITEM_RE = re.compile(r"(?:[^,]|,(?=\d))+")
#: "Gdańsk 150", "Kraków c. 680 (2024)", "Sopot 45+": a place and its figure, nothing else.
_PLACE_AND_FIGURE_RE = re.compile(
    r"[A-Z][^\d,;:()]{1,40}?[ \u00a0](?:c\.[ \u00a0]?|~|approx\.[ \u00a0])?\d[\d,.]*\+?"
    r"(?:[ \u00a0]\((?:19|20)\d\d\))?"
)


def _field_list(
    text: str, segment: Segment, gazetteer: Gazetteer, context: _Context
) -> tuple[str, float, list[tuple[Segment, list[EntityRef]]]] | None:
    """The metric a field's label names and the items (as rows, with the places they name) of
    a list of places and their figures set out in its value with semicolons; None for any
    other segment, or when an item names no place ("Act No. 110/2019 Coll."). Items set out
    with commas must each be only a place and its figure ("Gdańsk 150, Gdynia 90, Sopot 45")."""
    semicolons = text.count(";", segment.start, segment.end) > 0
    if not semicolons and text.count(", ", segment.start, segment.end) == 0:
        return None
    field = _FIELD_RE.match(text, segment.start, segment.end)
    if field is None:
        return None
    metric, scale = _heading_metric(field.group("label"))
    if metric is None and CAMERA_NOUN_RE.search(field.group("label")) is not None:
        metric = "camera_count"  # "Municipal camera systems: Warsaw 1,240 (2025); …"
    if metric is None:
        return None
    items = []
    item_re = _FIELD_ITEM_RE if semicolons else _COMMA_ITEM_RE
    for match in item_re.finditer(text, field.end(), segment.end):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.end() - (len(match.group()) - len(match.group().rstrip(" .")))
        if (
            start >= end
            or not text[start].isupper()
            or (not semicolons and _PLACE_AND_FIGURE_RE.fullmatch(text, start, end) is None)
            or not _has_figure_digits(text, Segment(start, end, "row", segment.block, False))
        ):
            return None
        item = Segment(start, end, "row", segment.block, False, True)
        refs = resolve_entities(text, item, gazetteer, context)
        if not any(ref.role == "subject" for ref in refs):
            return None
        items.append((item, refs))
    return (metric, scale, items) if len(items) >= 2 else None


def _in_own_language(text: str, segment: Segment, figure: Figure) -> bool:
    """Whether the figure is read from a quote left in its own language: "plus de 300
    caméras", or "Charleroi approche des 330" in a sentence that names only "caméras"."""
    if _FOREIGN_CAMERA_NOUN_RE.search(text, figure.value_end, figure.phrase_end) is not None:
        return True
    return (
        _FOREIGN_CAMERA_NOUN_RE.search(text, segment.start, segment.end) is not None
        and _ENGLISH_CAMERA_NOUN_RE.search(text, segment.start, segment.end) is None
    )


def _drop_translated_twice(found: _Found) -> None:
    """Drops a figure read from a quote left in its own language when the article also states
    it in English ("« Charleroi approche des 330 »" … "the city has nearly 330 cameras"): the
    English statement's qualifier and year are the ones read well."""
    if not found.quoted_in_own_language:
        return

    def key(claim: Claim) -> tuple[object, ...]:
        return (claim.entity_kind, claim.country_iso3, claim.city_id, claim.metric, claim.value)

    quoted = set(found.quoted_in_own_language.values())
    in_english = {key(claim) for index, claim in enumerate(found.claims) if index not in quoted}
    found.claims = [
        claim
        for index, claim in enumerate(found.claims)
        if index not in quoted or key(claim) not in in_english
    ]


def _sole_country(document_countries: Counter[str], gazetteer: Gazetteer) -> Place | None:
    """The country a document names more often than any other, at least twice."""
    ranked = document_countries.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return gazetteer.country(ranked[0][0])


def _is_sole_main_country(document_countries: Counter[str], city: Place) -> bool:
    """Whether the document names the city's country more often than any other (a round-up of
    Central America that names the United States as often as Costa Rica is about neither)."""
    count = document_countries[city.country_iso3]
    return count > 0 and all(
        other < count for iso3, other in document_countries.items() if iso3 != city.country_iso3
    )


def _is_main_country(document_countries: Counter[str], city: Place) -> bool:
    """Whether the document names the city's country at least as often as any other."""
    count = document_countries[city.country_iso3]
    return count > 0 and count == max(document_countries.values())


#: Below this many country votes a document's regions vote too (see _region_countries).
_FEW_COUNTRY_VOTES = 3


def _region_countries(text: str, gazetteer: Gazetteer) -> Iterator[str]:
    """The country of every state, province or nation the text names ("Scotland", "Kerala")."""
    covered_until = 0
    for word_start in gazetteer.region_word_starts(text):
        if word_start < covered_until:
            continue  # "Wales" in "New South Wales"
        region = gazetteer.region_qualifier_at(text, word_start, len(text), postal=False)
        if region is None:
            continue
        covered_until = region[1]
        if not _PROPER_NAME_GOES_ON_RE.match(text, region[1]):
            yield region[0]


#: How many different towns of one country, with no namesake abroad, make it a story's.
_TOWN_VOTES_MIN = 3


def _town_votes(towns: dict[str, str]) -> list[str]:
    """One vote per town for the country of a story that names at least _TOWN_VOTES_MIN
    different towns (no agglomeration, no common word) that only that country has (`towns`:
    each such town's name as written → its country)."""
    votes = Counter(towns.values())
    return [iso3 for iso3, count in votes.items() if count >= _TOWN_VOTES_MIN for _ in range(count)]


def _is_own_country_town(text: str, match: NameMatch) -> bool:
    """Whether a name is a town (no agglomeration, no common word) that only one country has."""
    countries = {city.country_iso3 for city in match.cities}
    return (
        not match.countries
        and len(countries) == 1
        and not match.is_common_word
        and match.cities[0].wup_city_code is None
        # not a county abroad ("Norfolk", "Suffolk") nor part of a longer name ("King's Lynn")
        and match.as_written not in subdivision_names()
        and not text.endswith(("'s ", "’s "), 0, match.start)
    )


def _document_countries(
    names: Iterable[Iterable[NameMatch]], text: str
) -> tuple[Counter[str], Counter[str], list[str]]:
    """Countries the document names, directly or through a big city (the agglomeration a name
    means unless told otherwise: "Dublin" is Ireland's); a small town does not vote. Second, the
    same votes without those of big cities that have a namesake town abroad ("Perth" votes for
    Australia, but a Scottish report may mean its own Perth). Third, the town votes (see
    _town_votes)."""
    counts: Counter[str] = Counter()
    firm: Counter[str] = Counter()
    towns: dict[str, str] = {}
    for matches in names:
        for match in matches:
            if _is_own_country_town(text, match):
                towns[match.as_written] = match.cities[0].country_iso3
            if match.countries:
                counts[match.countries[0].country_iso3] += 1
                firm[match.countries[0].country_iso3] += 1
            elif (
                match.cities
                and not match.is_common_word
                and match.cities[0].wup_city_code is not None
            ):
                iso3 = match.cities[0].country_iso3
                counts[iso3] += 1
                if not any(
                    city.country_iso3 != iso3 and city.population >= _HOME_TOWN_MIN_POPULATION
                    for city in match.cities[1:]
                ):
                    firm[iso3] += 1
    return counts, firm, _town_votes(towns)


#: A list row's own camera count: "11,870 cameras", "1.2 million CCTV cameras".
_ROW_CAMERA_COUNT_RE = re.compile(
    r"\d[\d,.]*(?:[ \u00a0]*(?:million|mn?|k|lakh|thousand))?[ \u00a0]+"
    r"(?:[\w-]+[ \u00a0]+){0,2}(?:cameras|cctvs?|cctv[ \u00a0]+cameras)\b",
    re.IGNORECASE,
)
#: How many lines of a list are read ahead for a row that names its unit.
_LIST_LOOKAHEAD_LINES = 12


def _list_counts_cameras(text: str, segment: Segment) -> bool:
    """Whether a later row of the list the segment's row opens or continues, up to the list's
    end (a blank line or a line of another shape), states a camera count while the segment's
    row does not (a row that names its unit passes it on by `_carry_row_metric`)."""
    if _ROW_CAMERA_COUNT_RE.search(text, segment.start, segment.end) is not None:
        return False
    line_start = segment.end + 1
    for _ in range(_LIST_LOOKAHEAD_LINES):
        if line_start >= len(text):
            return False
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        line = text[line_start:line_end].strip().lstrip("-*•· ")
        if _PLACE_COLON_ROW_RE.fullmatch(line) is None:
            return False
        if _ROW_CAMERA_COUNT_RE.search(line) is not None:
            return True
        line_start = line_end + 1
    return False


def _carry_row_metric(
    context: _Context, text: str, segment: Segment, attributed: list[str]
) -> None:
    """A bulleted list whose first row says "Turin: 850 cameras" goes on with "Valencia: 320":
    the rows after it take the same metric, until the list ends."""
    if segment.kind != "row" or not (
        # "Toowoomba: 270" / "Mackay: 212": unbulleted lines that each give a place a figure.
        segment.marked or _PLACE_COLON_ROW_RE.fullmatch(text, segment.start, segment.end)
    ):
        if context.row_metric_inferred:
            context.list_metric, context.list_scale = None, 1.0
            context.row_metric_inferred = False
        return
    metrics = set(attributed)
    if context.list_metric is None and len(metrics) == 1:
        context.list_metric, context.list_scale = metrics.pop(), 1.0
        context.row_metric_inferred = True


def _requalified_away(ref: EntityRef, qualified: dict[str, Place]) -> bool:
    """A guessed city that the document later qualified as another one (no mention of it)."""
    place = qualified.get(ref.as_written.casefold()) if ref.guessed else None
    return place is not None and place != ref.place


def _requalify(found: _Found, qualified: dict[str, Place]) -> None:
    """A city guessed before the document qualified its name (a headline's "Birmingham"
    before the "BIRMINGHAM, Ala." dateline) becomes the qualified one."""
    for index, name in found.guessed:
        place = qualified.get(name)
        claim = found.claims[index]
        if place is None or place.city_id == claim.city_id:
            continue
        found.claims[index] = dataclasses.replace(
            claim,
            entity_name=place.name,
            country_iso3=place.country_iso3,
            city_id=place.city_id,
            claim_id="",
        )


#: What marks a machine translation whose "chambers" are cameras: it speaks of video
#: surveillance and counts chambers ("The City Council of Almería already has 214 chambers").
_VIDEO_SURVEILLANCE_RE = re.compile(
    r"\b(?:video[- ]?(?:surveillance|monitoring)|videovigil\w*|videomonitor\w*)\b", re.IGNORECASE
)
#: … or "cells" (Russian "камеры": "In Gomel, 1 120 cells are connected to the system").
_COUNTED_CHAMBERS_RE = re.compile(r"\d[ \u00a0]+(?:chambers|cells)\b")
_CHAMBERS_RE = re.compile(r"\b(?:chambers?|cells?)\b")
#: The camera word for each, of the same length, so that offsets hold.
_AS_CAMERAS = {"chambers": "cameras ", "chamber": "camera ", "cells": "cams ", "cell": "cam "}


def _as_cameras(match: re.Match[str]) -> str:
    return _AS_CAMERAS[match.group()]


#: Portuguese and Spanish words right before a value: "mais de", "más de", "cerca de", "unas".
_ROMANCE_QUALIFIER_BEFORE_RE = re.compile(
    r"\b(?:(?:mais|m[áa]s|menos|cerca|alrededor|acima|abaixo|perto)[ \u00a0]+de|unas|unos|quase"
    r"|casi|aproximadamente)[ \u00a0]+$",
    re.IGNORECASE,
)
#: A value written with "mil" ("40 mil"), which the number parser reads as a million.
_MIL_END_RE = re.compile(r"\d[ \u00a0]mil$", re.IGNORECASE)
#: FOREIGN_CAMERA_NOUNS, written with shared first letters so that `re` scans for few of them.
_FOREIGN_CAMERA_NOUN_RE = re.compile(
    r"\b(?:c(?:améras?|[áâ]m[ae]ras?|amera['’]s)|kamer(?:as|y|aer|or)?)\b|camere\b",
    re.IGNORECASE,
)
_ENGLISH_CAMERA_NOUN_RE = re.compile(r"\b(?:cameras?|cams?|cctvs?)\b", re.IGNORECASE)


#: A post's header in a thread or chat: "▲ denverdev 8 hours ago | parent", "jiwoo_ssi —
#: 11/22/2026 9:16 PM", "Ahmed Raza · 1y".
_POST_HEADER_RE = re.compile(
    r"^.{0,60}?(?:\b\d{1,2}[ \u00a0]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"[ \u00a0]+ago\b|[—–-][ \u00a0]+\d{1,2}/\d{1,2}/\d{2,4},?[ \u00a0]+\d{1,2}:\d{2}"
    r"(?:[ \u00a0]*[AP]M)?[ \u00a0]*$)",
    re.MULTILINE,
)


def _rates_going_on(segment_text: str, figures: list[Figure], rate: float) -> list[Figure]:
    """A sentence after one that stated a rate per 1,000 goes on with another place's rate,
    its unit left out ("Philadelphia has about 1.6 cameras per thousand residents. Chicago has
    about 13."): a small figure read as a count, in a sentence that names no cameras, is a rate
    of the same order of magnitude."""
    if CAMERA_NOUN_RE.search(segment_text) is not None:
        return figures
    return [
        dataclasses.replace(figure, metric="cameras_per_1000_people")
        if figure.metric == "camera_count"
        and figure.value < MIN_CAMERA_COUNT
        and rate / 20 <= figure.value <= rate * 20
        else figure
        for figure in figures
    ]


def _prose_figures(
    segment_text: str,
    segment: Segment,
    patterns: MetricPatterns,
    list_metric: str | None,
    context: _Context,
) -> list[Figure]:
    """The figures the metric patterns find in a segment's text (as written or with a
    translation's camera word put right), at their places in the document."""
    return [
        _shifted(figure, segment.start)
        for figure in _figures_in(
            segment_text,
            patterns,
            list_metric,
            context.follows_count,
            context.follows_camera_word,
            context.follows_question,
            context.list_scale if list_metric is not None else 1.0,
        )
    ]


def _is_prose_cell(cell: str) -> bool:
    """Whether a table cell is a sentence about cameras: five words or more, one of them a
    camera noun ("RTCC can view 1,150 city and partner cameras (2024).")."""
    return len(cell.split(None, 4)) == 5 and CAMERA_NOUN_RE.search(cell) is not None


def _claims_in_segment(
    document: Document,
    text: str,
    segment: Segment,
    refs: list[EntityRef],  # subjects a figure may belong to (see _eligible_for_figures)
    named: list[EntityRef],  # every subject named in the segment, eligible or not
    regions: list[EntityRef],  # names used as a region's ("the Moscow Region"): own nothing
    patterns: MetricPatterns,
    context: _Context,
    gazetteer: Gazetteer,
    found: _Found,
    seen: set[tuple[object, ...]],
) -> None:
    label = _label_row(text, segment)
    cells = _table_cells(
        text,
        segment,
        context.space_columns,
        context.table_columns,
        context.space_label_columns,
        context.space_word_columns,
        context.csv_columns,
        context.table_year_column,
    )
    column_owners: dict[int, EntityRef] = {}
    versus = (
        _VERSUS_ROW_RE.fullmatch(text, segment.start, segment.end)
        if context.versus_places is not None and segment.kind == "row"
        else None
    )
    if versus is not None and context.versus_places is not None:
        # "Total cameras: 700 million vs 85 million" under "China vs US at a glance".
        versus_cells = [
            (versus.group(name), versus.start(name), versus.end(name))
            for name in ("label", "first", "second")
        ]
        figures, column_owners = _column_figures(
            text, versus_cells, [None, *context.versus_places], named
        )
    elif cells is not None and context.column_places is not None:
        figures, column_owners = _column_figures(
            text, cells, context.column_places, named, context.column_years
        )
    elif cells is not None and context.table_columns is not None:
        figures = _table_figures(
            cells,
            context.table_columns,
            context.table_year_column,
            context.table_estimated,
            context.table_column_years,
            context.table_label_years,
            # (a place's row under years as column heads, below talk of cameras)
            ("camera_count", 1.0)
            if context.table_years_count_cameras
            and (
                any(cells[0][1] <= ref.start < cells[0][2] for ref in named)
                # "| **Total** | **56** | **64** | **74** |" under "Public safety cameras,
                # 2023–2025" and location rows: the place's whole network, year by year
                or (
                    _TOTAL_CELL_START_RE.match(cells[0][0].strip(" *_")) is not None
                    and _MONEY_LABEL_RE.search(cells[0][0]) is None  # "Total (SAR million)"
                )
            )
            else None,
        )
        if not figures and any(_is_prose_cell(cell) for cell, _, _ in cells):
            # "| Syracuse | NY | RTCC can view 1,150 city and partner cameras (2024). |": a
            # summary column's sentence states its row's figure.
            figures = _prose_figures(
                text[segment.start : segment.end], segment, patterns, None, context
            )
    elif cells is not None and (labelled_cells := _labelled_cell_figures(text, cells)):
        figures = labelled_cells
    elif (
        label is not None
        and segment.kind == "row"
        # "Toowoomba: 270" under "How the regional networks compare:" is a list row, but
        # "Automated license plate readers: 111" among camera rows counts something else.
        and (
            context.list_metric is None
            or _heading_metric(label.group("label"))[0] is not None
            or not any(ref.start < label.end("label") for ref in named)
        )
    ):
        metric, scale = _heading_metric(label.group("label"))
        parsed = parse_value(label.group("value"))
        if parsed is not None and metric in WHOLE_METRICS and scale == 1.0:
            parsed = (whole_value(label.group("value"), parsed[0]), parsed[1])
        label_qualifier = _cell_qualifier(label)
        if label_qualifier == "exact" and _ESTIMATED_LABEL_RE.search(label.group("label")):
            label_qualifier = "estimated"  # "Estimated cameras: 1.15 million"
        figures = []
        # "Public surveillance cameras: 14,000 (2023 est.)", "… cameras in 2024: 1,150"
        year_written = label.groupdict().get("year") or next(
            (hit.group(1) for hit in _LABEL_YEAR_RE.finditer(label.group("label"))), None
        )
        year = int(year_written) if year_written else None
        if (
            metric == "camera_count"
            and scale == 1.0
            and parsed is not None
            and not parsed[0].is_integer()
        ):
            parsed = None  # "5.2 Island-wide CCTV": a section's number, not a count
        if metric is not None and parsed is not None:
            figures = [
                Figure(
                    metric=metric,
                    value=parsed[0] * scale,
                    qualifier=label_qualifier,
                    year=year,
                    value_start=label.start("value"),
                    value_end=label.end("value"),
                    phrase_start=label.start(),
                    phrase_end=label.end(),
                )
            ]
    else:
        list_metric = context.list_metric if segment.kind == "row" else None
        segment_text = text[segment.start : segment.end]
        if context.chambers_are_cameras:
            # "214 chambers of video surveillance": a machine translation's word for cámaras
            segment_text = _CHAMBERS_RE.sub(_as_cameras, segment_text)
        figures = _prose_figures(segment_text, segment, patterns, list_metric, context)
        if context.follows_rate is not None and segment.kind != "row":
            figures = _rates_going_on(segment_text, figures, context.follows_rate)
    list_metric = context.list_metric if segment.kind == "row" else None
    if list_metric is not None and context.list_scale != 1.0 and cells is None and label is None:
        figures = [
            Figure(
                metric=f.metric,
                value=f.value * context.list_scale
                if f.metric == list_metric
                # ("1. Vilnius ~1.8/1k" under "Per capita ranking": the row's own base)
                and _OWN_BASE_AFTER_RE.match(text, f.value_end) is None
                else f.value,
                qualifier=f.qualifier,
                year=f.year,
                value_start=f.value_start,
                value_end=f.value_end,
                phrase_start=f.phrase_start,
                phrase_end=f.phrase_end,
            )
            for f in figures
        ]
    # "São Paulo surpasses 40 mil" in a page translated from Portuguese, "más de 83 mil
    # cámaras" quoted in Spanish: 40,000 and 83,000.
    figures = [
        dataclasses.replace(figure, value=figure.value / 1000)
        if _MIL_END_RE.search(text, figure.value_start, figure.value_end)
        and "," not in text[figure.value_start : figure.value_end]
        and (
            context.romance_mil
            or _FOREIGN_CAMERA_NOUN_RE.search(text, figure.value_end, figure.phrase_end) is not None
            # '"O Smart Sampa ja integra mais de 31 mil cameras"': a Portuguese "more than"
            or _ROMANCE_QUALIFIER_BEFORE_RE.search(
                text, max(0, figure.value_start - 30), figure.value_start
            )
            is not None
        )
        else figure
        for figure in figures
    ]
    # A zero (or a value that rounds to nothing) states no cameras at all: never a figure.
    figures = [
        figure
        for figure in figures
        if figure.value > 0
        and not _is_global(text, segment, figure)
        and not _is_other_operators_network(text, segment, figure, named)
    ]
    if not figures:
        return
    # A figure nearest a region's name is the region's: it takes part in attribution and is
    # then dropped.
    subjects = sorted(refs + regions, key=lambda r: r.start) if regions else refs
    named = sorted(named + regions, key=lambda r: r.start) if regions else named
    anaphors = [
        anaphor
        for anaphor in _anaphors(text, segment, subjects, context, gazetteer)
        # "Chicago, long considered the most-watched city in the country, links …": an
        # anaphor inside an aside owns nothing.
        if not _in_aside(text, segment, anaphor.start)
        # "the nation's fourth-largest city" describes a city; the country owns nothing.
        and not (
            anaphor.place.kind == "country"
            and _ANAPHOR_DESCRIPTOR_RE.match(text, anaphor.end, segment.end) is not None
        )
        # "one of the highest per-capita rates in the country": a superlative's bound.
        and not _is_superlative_scope(text, segment, anaphor.start)
        # "one of the nation's highest homicide rates": the same, before the superlative.
        and not _SUPERLATIVE_AFTER_RE.match(text, anaphor.end, segment.end)
    ]
    anaphors.extend(_cities_named_through_country(text, named, gazetteer))
    if any(
        anaphor.as_written.lower() == "nationally" and anaphor.start == segment.start
        for anaphor in anaphors
    ):
        # "Nationally, ECU 911 said it had access to 7,600 cameras": "it" is the agency.
        anaphors = [a for a in anaphors if a.as_written.lower() not in ("it", "its")]
    # "León, Guanajuato's largest city, has …", "In Ibadan, the Oyo State capital, …": a place
    # in an appositive after another place only describes it.
    described = [ref for ref in named if _only_describes(text, segment, ref, named)]
    # "… and Mbour, the new city east of the capital, has about 250": so does an anaphor (but
    # not in "Uzbekistan, the capital Tashkent had more than 6,000 cameras as of 2022, …").
    anaphors = [
        ref
        for ref in anaphors
        if not (
            _only_describes(text, segment, ref, named)
            and not any(
                ref.end <= f.value_start < _next_comma(text, ref.end, segment.end) for f in figures
            )
        )
    ]
    # "the coastal city of Nha Trang in Khánh Hòa Province has 300 cameras": the region only
    # locates the place named just before it.
    described += [
        region
        for region in regions
        if any(
            ref.end <= region.start and _IN_GAP_RE.fullmatch(text, ref.end, region.start)
            for ref in refs
        )
        # "Yogyakarta city - not to be confused with the wider Special Region of Yogyakarta -"
        or _in_aside(text, segment, region.start)
    ]
    # "Liverpool in the UK has over 350 council cameras": so does the city's own country.
    described += [
        country
        for country in named
        if country.place.kind == "country"
        and any(
            ref.place.kind == "city"
            and ref.place.country_iso3 == country.place.country_iso3
            and ref.end <= country.start
            and _IN_GAP_RE.fullmatch(text, ref.end, country.start)
            for ref in named
        )
    ]
    if described:
        subjects = [ref for ref in subjects if ref not in described]
        named = [ref for ref in named if ref not in described]
    if cells is not None and context.table_region_columns:
        # "| Pereira | Risaralda | 482,000 | 412 |" under "| City | Department | …": the
        # department only locates the city.
        in_region_cells = [
            ref
            for ref in subjects
            if any(
                cells[index][1] <= ref.start < cells[index][2]
                for index in context.table_region_columns
                if index < len(cells)
            )
        ]
        if len(in_region_cells) < len(subjects):
            subjects = [ref for ref in subjects if ref not in in_region_cells]
    eligible = sorted(subjects + anaphors, key=lambda r: r.start)
    assigned: dict[int, EntityRef] = dict(column_owners)
    respectively = _RESPECTIVELY_RE.search(text, segment.start, segment.end)
    if respectively is not None:
        # "… 2.60 and 1.33 per 1,000, respectively, while Łódź has 610 cameras": the pairs end
        # at the word.
        # "… 612 per 10,000, while Daejeon and Ulsan posted 298 and 276, respectively": the
        # pairs are in the word's own clause.
        clause = _clause_floor(text, segment, respectively.start(), segment.start)
        single = [
            f
            for f in figures
            if f.qualifier not in ("range_high",)
            and clause <= f.phrase_start
            and f.phrase_end <= respectively.start()
        ]
        before_figures = [ref for ref in subjects if single and ref.end <= single[0].phrase_start]
        listed = _coordinated_names(
            text,
            # a sentence that names no place pairs its figures with the places of the one before
            before_figures or ([] if subjects else context.previous_subjects),
            len(single),
        )
        if len(single) >= 2 and len(listed) == len(single):
            for paired_figure, paired_ref in zip(single, listed, strict=True):
                assigned[paired_figure.value_start] = paired_ref
    possessors = sorted(
        named + [ref for ref in eligible if ref.role in ("anaphor", "region")], key=lambda r: r.end
    )
    floor = segment.start
    dated_here: set[tuple[object, ...]] = set()
    said_here: dict[tuple[object, ...], int] = {}  # claims of this sentence, by place/metric/value
    previous_owner: EntityRef | None = None
    for figure in figures:
        owner = assigned.get(figure.value_start)
        if (
            owner is None
            and previous_owner is not None
            and EARLIER_STATE_BEFORE_RE.search(
                text, max(floor, figure.phrase_start - 30), figure.phrase_start
            )
        ):
            # "… has connected 2,300 cameras in the Lagos metropolis to its centre in Alausa,
            # Ikeja, up from 1,000 in 2019": the earlier state is the same owner's.
            owner = previous_owner
        if owner is None:
            possessor = _possessor(text, segment, figure, possessors)
            if possessor is _UNRESOLVED:
                floor = figure.phrase_end
                continue
            if possessor is not None and possessor.place.kind == "country":
                # "Kenya's 1,800-camera Nairobi network": the country's city named in the figure
                possessor = next(
                    (
                        ref
                        for ref in eligible
                        if figure.value_end <= ref.start
                        and ref.end <= figure.phrase_end
                        and ref.place.kind == "city"
                        and ref.place.country_iso3 == possessor.place.country_iso3
                    ),
                    possessor,
                )
            owner = (
                possessor
                or _relative_owner(text, segment, figure, named)
                or _owner_in_figures_aside(text, segment, figure, named)
                or _attribute(
                    text,
                    segment,
                    figure,
                    floor,
                    eligible,
                    context,
                    gazetteer,
                    found.first_place,
                    # (counted over the page's claims, so only where it can be used)
                    found.page_place
                    if segment.kind == "row" and context.table_year_column is not None
                    else None,
                )
            )
        floor = figure.phrase_end
        previous_owner = owner
        if owner is None:
            continue
        found.attributed.append(figure.metric)
        if figure.metric == "cameras_per_1000_people":
            found.attributed_rates.append(figure.value)
        found.last_owner = owner
        if (
            owner.role == "region"
            # "Lagos and Abuja have 2,000 cameras between them": neither one's.
            or (
                (
                    _SHARED_AFTER_RE.match(text, figure.phrase_end, segment.end) is not None
                    or (
                        owner.end <= figure.phrase_start
                        and _SHARED_BEFORE_RE.match(text, owner.end, figure.phrase_start)
                        is not None
                    )
                )
                and bool(_listed_with(owner, subjects, text))
            )
            or _district_subject(text, segment, figure, owner)
            or _numbered_places_total(text, segment, figure, owner)
            or _part_alone(text, segment, figure, owner)
            # "Police in Sydney's south-west will have access to more than 200 cameras": a
            # part of the city
            or _QUARTER_OF_AFTER_RE.match(text, owner.end, segment.end) is not None
            # "Downtown Dartmouth, which already has 11 cameras": a city's centre, a part
            or (
                owner.start > segment.start
                and _DOWNTOWN_BEFORE_RE.search(
                    text, max(segment.start, owner.start - 10), owner.start
                )
                is not None
            )
            or _in_named_district_after(text, segment, figure, owner)
            or (
                # "Kelso has six cameras": a town's whole network, named with it, but a city's
                # or a country's six cameras are one installation
                figure.metric == "camera_count"
                and figure.value < MIN_STATED_CAMERA_COUNT
                and not (_is_town(owner.place) and owner.start >= segment.start)
            )
            or (
                _other_subject_between(text, segment, figure, owner, named)
                # "| Yekaterinburg | Sverdlovsk Oblast | 1.5 | 7,300 |" under "| City | Federal
                # subject | …": the region's column only locates the city
                and not (cells is not None and context.table_region_columns)
            )
            # "318 cameras are located in Surfers Paradise": a part of the Gold Coast's network.
            or owner.place.city_id in gazetteer.suburbs
        ):
            # A camera figure (the next bare number may be one too), but a region's, a
            # district's ("In Istanbul's Fatih district, where 640 cameras were installed") or
            # another subject's.
            continue
        # The same figure repeated later in the article is one claim (the first statement);
        # restated without its year in the same sentence ("5.2mn cameras in 2024 — "5,2 Mio.
        # Kameras"") it is the same claim too.
        key = (_place_key(owner.place), figure.metric, figure.value, figure.qualifier, figure.year)
        restated = key[:3]
        in_own_language = _in_own_language(text, segment, figure)
        if key in seen or (figure.year is None and restated in dated_here):
            quoted = found.quoted_in_own_language.get(restated)
            if quoted is not None and not in_own_language and key not in found.stated_in_english:
                # "« … plus de 1 500 caméras », … more than 1,500 cameras": the English is the
                # claim's quote (unless an English statement of it is a claim already: the
                # same claim twice).
                found.claims[quoted] = _claim(document, text, segment, owner, figure, figure.value)
                del found.quoted_in_own_language[restated]
                seen.add(key)
                found.stated_in_english.add(key)
            continue
        earlier = said_here.get(restated)
        pair = (found.claims[earlier].qualifier, figure.qualifier) if earlier is not None else ()
        if earlier is not None and pair in _PLAIN_AND_QUALIFIED:
            # "lists "ruim 2.500 camera's" — more than 2,500 cameras": one figure said twice
            # in one sentence, once plainly; the qualified statement is the claim.
            if figure.qualifier != "exact":
                found.claims[earlier] = _claim(document, text, segment, owner, figure, figure.value)
                seen.add(key)
            continue
        if figure.year is not None:
            dated_here.add(restated)
        seen.add(key)
        said_here.setdefault(restated, len(found.claims))
        if owner.guessed:
            found.guessed.append((len(found.claims), owner.as_written.casefold()))
        if in_own_language:
            found.quoted_in_own_language[restated] = len(found.claims)
        else:
            found.stated_in_english.add(key)
        found.claims.append(_claim(document, text, segment, owner, figure, figure.value))
        for other in _each_owners(text, segment, figure, owner, subjects):
            # "Beijing and Shanghai, each with well over 1 million": the figure is each one's.
            other_key = (_place_key(other.place), *key[1:])
            if other_key not in seen:
                seen.add(other_key)
                found.claims.append(_claim(document, text, segment, other, figure, figure.value))
