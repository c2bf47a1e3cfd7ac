"""Find camera figures in one segment: metric, value(s), qualifier and year, with offsets."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from cctv_density.extract.numbers import (
    NUMERAL,
    RANGE,
    VALUE,
    YEAR_RE,
    parse_range,
    parse_value,
    whole_value,
    year_value,
)

#: Smallest bare value read as a camera *count* ("Belfast has over 200"): smaller bare numbers
#: are days, ranks and list numbers far more often than cameras.
MIN_CAMERA_COUNT = 100
#: Smallest count written with its camera noun ("84 Flock cameras"): a town's whole network can
#: be this small; fewer are single installations.
MIN_STATED_CAMERA_COUNT = 10
#: Smallest count of a small town's whole network ("Kelso has six cameras", "Narberth's three
#: cameras"): a count under MIN_STATED_CAMERA_COUNT is kept only for a town (the extractor
#: checks its owner), elsewhere it is a single installation's.
MIN_TOWN_CAMERA_COUNT = 3


def word_start_alternatives(*alternatives: str) -> str:
    """Regex alternatives that each start a word (\\b) in lower-case text, written so that `re`
    can jump to their first letters with its fast scan: the word boundary is checked just after
    that letter ("o(?<!\\wo)ne" matches where "\\bone" does)."""
    return "|".join(f"{alt[0]}(?<!\\w{alt[0]}){alt[1:]}" for alt in alternatives)


_S = r"[ \u00a0]+"
#: "plus de 300 caméras", "más de 15.000 cámaras", "über 1.000 Kameras": a quote left in its
#: own language (French, Spanish, Portuguese, German, Polish, Czech, Danish, Swedish, Italian,
#: Romanian, Dutch).
FOREIGN_CAMERA_NOUNS = (
    r"caméras?|c[áâ]m[ae]ras?|kameras?|kamer|kamery|kameraer|kameror|(?:tele|video)?camere"
    r"|camera['’]s"
)
_CAM_ADJ = (
    r"(?:cctv|surveillance|security|video|public|private|closed[- ]circuit(?:[ \u00a0]+television)?"
    r"|facial[- ]recognition|ai|smart|street|police|traffic|government|state|digital|ip|installed"
    r"|operational|active|monitoring|public[ \u00a0]+and[ \u00a0]+private|publicly[- ]owned"
    # "1,200 4K cameras": a resolution.
    r"|[248]k)"
)
#: Words that may stand between a number and "cameras" without changing what is counted
#: ("fixed public", "council-run", "traffic and security"); people and verbs may not.
_NOT_ADJ = (
    r"(?:people|persons|residents|inhabitants|citizens|population|of|in|for|per|by|the|to|are|is"
    r"|was|were|have|has|had|use|used|using|or|with|from|at|on|new|more|additional|extra|further"
    r"|fewer|less|than|million|billion|thousand|cities|countries|towns|years|days|about|around"
    r"|over|under|across|into|onto|among|between|against|regarding|concerning)\b"
)
#: A generic word before "cameras" is an adjective, not a plural noun ("complaints about …").
_ADJ = (
    rf"(?:(?:{_CAM_ADJ})|(?!{_NOT_ADJ})[a-z][a-z-]{{0,24}}[a-rt-z]"
    # An acronym without vowels may end in "s" ("41,250 KGYS cameras").
    r"|[b-df-hj-np-tv-z]{2,6})"
)
_CAM = (
    # "1,640 closed-circuit television (CCTV) cameras": an acronym glossed in brackets.
    # "1,200 high-definition, AI-enabled cameras": a compound adjective may take a comma.
    # "3,686 nos. of CCTV cameras": Indian English's counting word.
    rf"(?:(?:sets|units|nos\.?){_S}of{_S}|nos\.?{_S})?"
    rf"(?:(?:{_ADJ}|\([a-z]{{2,6}}\)){_S}|[a-z]+-[a-z-]+,{_S}){{0,7}}"
    rf"(?:cameras?|cams?|lens(?:es)?|cctvs?(?:{_S}(?:cameras?|units))?"
    # "… 1,200 city-owned cameras and about 900 private ones" (the sentence names cameras).
    rf"|ones|{FOREIGN_CAMERA_NOUNS})\b"
)
#: Nouns a singular "camera" qualifies that count something else: "14 camera operators".
_NOT_CAMERAS_AFTER = (
    r"(?:operators|technicians|staff|trailers|areas|zones|sites|locations|poles|masts|towers)"
)
_NETWORK = r"(?:network|system|grid|fleet|array|estate|programme|program)\b"
#: Words that may qualify a value right before it ("more than", "about", "some", "like").
QUALIFIER_WORDS = (
    r"(?:an|a|well|way|estimated|approximately|approx\.?|about|around|roughly|nearly|almost|over|some"
    r"|more[ \u00a0]+than|at[ \u00a0]+least|close[ \u00a0]+to|up[ \u00a0]+to|just|only|under|less[ \u00a0]+than|past"
    r"|fewer[ \u00a0]+than|(?:something|more)[ \u00a0]+like|like|approaching|nearing|record"
    r"|(?:any|some)where(?:[ \u00a0]+from)?|north[ \u00a0]+of|upwards[ \u00a0]+of|maybe|perhaps"
    r"|(?:plus|m[áa]s|mais|moins|menos|pr[èe]s|cerca|alrededor)[ \u00a0]+de|environ|über|oltre"
    r"|(?:pi[ùu]|meno)[ \u00a0]+di|(?:mehr|weniger)[ \u00a0]+als"
    r"|ponad|około|rund|etwa|omkring|drygt|více[ \u00a0]+než|peste|lebih(?:[ \u00a0]+dari)?|unas|unos"
    r"|aproximadamente|sekitar|hampir|kira-kira|khoảng|hơn|mahigit|halos)"
)
#: What a place ranked against follows: "fewer than", "well ahead of", "far behind".
RANKED_AGAINST = r"(?:than|ahead\s+of|behind)"
_AREA_UNIT = (
    r"(?P<unit>square[ \u00a0]+(?:kilomet(?:er|re)s?|km|miles?|mi)\b"
    r"|sq\.?[ \u00a0]?(?:km|kilomet(?:er|re)s?|mi(?:les?)?)\b|km²|km2\b|sqkm\b|mi²"
    r"|(?:km|kilomet(?:er|re)|mile)[ \u00a0]+square\b)"
)
_BASE_PEOPLE = r"(?:people|ppl|neighbou?rs|persons?|residents?|inhabitants?|citizens?|individuals|heads|population)"

# The patterns below run on the lower-cased segment (see find_figures), so none needs
# IGNORECASE, which makes `re` several times slower.
_OVER_RE = re.compile(
    "(?:"
    + word_start_alternatives(
        "over",
        r"more\s+than",
        r"at\s+least",
        r"upwards\s+of",
        r"in\s+excess\s+of",
        # "no fewer than 600,000" is at least 600,000 (before _UNDER_RE's "fewer than").
        r"no\s+fewer\s+than",
        r"no\s+less\s+than",
        r"not\s+less\s+than",
        "exceeding",
        "above",
        r"north\s+of",
        r"greater\s+than",
        r"well\s+over",
        "past",
        r"pass(?:es|ed)?",
        r"top(?:s|ped)?",
        r"exceed(?:s|ed)?",
        r"cross(?:es|ed)?",
        r"surpass(?:es|ed)?",
        # A quote left in its own language: "plus de 300 caméras", "más de 15.000 cámaras"
        r"plus\s+de",
        r"m[áa]s\s+de",
        r"mais\s+de",
        "über",
        r"mehr\s+als",
        "oltre",
        r"pi[ùu]\s+di",
        "ponad",
        r"meer\s+dan",
        "drygt",
        r"více\s+než",
        "peste",
        # Malay and Indonesian: "lebih 1,600 kamera", "lebih dari 2.000 kamera"
        r"lebih(?:\s+dari(?:pada)?)?",
        # Filipino "mahigit 3,500 na CCTV camera", Vietnamese "hơn 1.000 camera"
        "mahigit",
        r"higit\s+sa",
        "hơn",
    )
    + r")\s*$"
)
_ABOUT_RE = re.compile(
    "(?:"
    + word_start_alternatives(
        "nearly",
        "almost",
        "about",
        "approximately",
        r"approx\.?",
        "roughly",
        "around",
        r"close\s+to",
        "some",
        "circa",
        r"c\.",
        r"ca\.",
        r"more\s+or\s+less",
        r"something\s+like",
        r"closer\s+to",
        r"more\s+like",
        # "Faisalabad has like 250 cameras": the spoken hedge, right before the value.
        "like",
        r"near(?:s|ed|ing)",
        "approaching",
        r"in\s+the\s+region\s+of",
        # "reached towards 600 cameras": a translation's "about" (Arabic نحو, French "vers")
        "towards",
        r"in\s+the\s+order\s+of",
        r"of\s+the\s+order\s+of",
        r"on\s+the\s+order\s+of",
        r"close\s+on",
        r"nigh\s+on",
        r"not\s+quite",
        r"the\s+best\s+part\s+of",
        # "Gothenburg's got maybe a hundred and twenty": a speaker's guess
        "maybe",
        "perhaps",
        # A quote left in its own language: "environ 250 caméras", "cerca de 1.200 câmeras"
        "environ",
        r"pr[èe]s\s+de",
        r"cerca\s+de",
        r"alrededor\s+de",
        "rund",
        "etwa",
        "około",
        "omkring",
        r"approche\s+d(?:e|es|u)",
        # "unas 5 mil 300 cámaras", "sekitar 900 kamera", "aproximadamente 700 cámaras"
        "unas",
        "unos",
        "aproximadamente",
        "sekitar",
        "hampir",
        # Malay "kira-kira 700 kamera", Vietnamese "khoảng 2.400 camera", Filipino "halos 900"
        "kira-kira",
        "khoảng",
        "humigit-kumulang",
        "halos",
    )
    + r"|~)\s*$"
)
_UNDER_RE = re.compile(
    "(?:"
    + word_start_alternatives(
        "under",
        r"fewer\s+than",
        r"less\s+than",
        "below",
        r"up\s+to",
        r"no\s+more\s+than",
        r"shy\s+of",
        r"south\s+of",
        # "moins de 100 caméras", "menos de 500 cámaras"
        r"moins\s+de",
        r"menos\s+de",
        r"meno\s+di",
        r"weniger\s+als",
    )
    + r")\s*$"
)
_ESTIMATED_RE = re.compile(
    r"\b(?:estimated|estimates?|estimating|estimation|guesstimate[sd]?|predicted|projected"
    r"|is\s+believed|are\s+believed|thought\s+to|reckons?|reckoned)\b"
    r"|\best\.",  # "US: est. 85 million surveillance cameras"
)
_ESTIMATED_AFTER_RE = re.compile(
    r"^[^.;]{0,80}?(?:\baccording\s+to\s+(?:an?\s+|some\s+)?estimates?|\(estimated\)|\best\."
    r"|\((?:[a-z-]+\s+)?estimates?\b"
    # "…, by one estimate", "…, according to one estimate", "…, an industry estimate suggests"
    r"|\bby\s+(?:one|an?|some|its|their|this|that|[a-z]+['’]s)\s+(?:[a-z-]+\s+)?estimate\b"
    r"|\baccording\s+to\s+(?:[a-z-]+\s+){1,3}estimate\b|\bestimate\s+(?:suggests|says|shows|puts)\b"
    # "The figure most often quoted is 942,000, a 2024 estimate by Clarion Data"
    r"|^,\s+(?:an?|the|one)\s+(?:(?:19|20)\d\d\s+)?(?:[a-z-]+\s+)?estimate\b"
    r"|\b(?:predicted|projected|estimated|estimates|forecast|forecasts)\b)",
)
_PROJECTION_BEFORE_RE = re.compile(
    r"\b(?:could|would|will|may|might)\s+(?:have|reach|hit|top)\b|\b(?:is|are)\s+expected\s+to\b",
)
_CLAUSE_BREAK_RE = re.compile(
    r";|(?<!\d{4}):\s|,\s*(?:while|whereas|but|compared|and|which|with|up|down|from|versus|though|although)\b"
    r"|\b(?:while|whereas|which)\b|\s[–—]\s"
    # "…, which had 750 cameras in 2019, now has over 2,600": the present is not 2019.
    r"|\b(?:now|today|currently)\b",
)
#: Currency codes a price is written with ("180,000 VND", "ISK 7,500"), on lower-cased text; codes
#: that are English words ("try", "all", "top") are left out.
CURRENCY_ISO_CODES = (
    r"usd|eur|gbp|vnd|isk|thb|myr|idr|php|cop|ars|mxn|brl|clp|pen|zar|kes|ngn|egp|mad|aed"
    r"|sar|qar|inr|pkr|bdt|lkr|npr|krw|jpy|cny|rmb|hkd|sgd|twd|aud|nzd|cad|chf|sek|nok|dkk|pln"
    r"|czk|huf|ron|bgn|uah|rub|kzt|uzs|gel|amd|azn|ils|nis|irr|iqd|jod|kwd|bhd|omr|lbp|tnd"
    r"|dzd|ghs|tzs|ugx|etb|xof|xaf"
)
_CURRENCY_CODES = (
    rf"(?:{CURRENCY_ISO_CODES}"
    # "Tk 8,900" (taka), "KSh 4,500" (Kenyan shillings), "Birr 2.3 billion", "Rs 45 crore"
    r"|tk\.?|ksh?s?\.?|birr|naira|cedis?|shillings?|rand|dirhams?|riyals?|lira|hryvnia|rubles?"
    r"|roubles?|tenge|lari|pesos?|reais|soles|rupiah|ringgit|baht|yen"
    r"|s/\.?)"  # "S/ 6.8 million" (Peruvian soles)
)
_CURRENCY_CODE_BEFORE_RE = re.compile(rf"\b{_CURRENCY_CODES}[ \u00a0]?$")
_NON_FIGURE_BEFORE_RE = re.compile(
    # (currency codes: _CURRENCY_CODE_BEFORE_RE)
    r"(?:[$£€¥₹₦₱₩₺₫৳₴₸₽]|\bus\$|\brs\.?|\b#|\bno\.|\bpp?\.|\bnumber|\branked|\brank"
    # "the top 10", not the verb: "Hamamatsu's cameras top 1,200"
    r"|(?<![a-z]s\s)\btop"
    r"|\badditional|\banother|\bextra|\bfurther|\bnew"
    # Plans are not counts: "police plan to add 2,000 cameras", "will install 500 more".
    # "completes the installation of (1,150) surveillance cameras": an addition.
    r"|\b(?:installation|commissioning|addition)\s+of\s+\(?|\binstalling\s+\(?"
    # "a single operator now watches an average of 1,100 camera feeds"
    r"|\ban\s+average\s+of"
    r"|\b(?:to|will|would|could|shall)\s+(?:add|install|deploy|buy|procure|put\s+up|connect|get)"
    r"(?:\s+(?:another|an\s+extra|a\s+further|the\s+next|some|about|around|over|up\s+to))?"
    # "Lagos does not need 10,000 cameras", "would need 5,000": a need, not a count
    r"|\b(?:target|goal|aim)\s+of|\b(?:wants?|wanted|wishes|hopes|hoped|pledged|promised|needs?)"
    r"(?:\s+to\s+(?:reach|have|hit|get|install|add))?\s+"
    r"|\b(?:a|the)\s+(?:planned|proposed|promised|targeted)\s+|\bthe\s+next"
    # Work on part of a network is no count of it: "to replace 300 older analogue cameras",
    # "repair 1,200 cameras", "upgrade 150 older cameras", "fix 10,000 broken cameras".
    r"|\b(?:replac(?:e|es|ed|ing)|repair(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|fix(?:es|ed|ing)?"
    r"|refurbish(?:es|ed|ing)?|decommission(?:s|ed|ing)?|remov(?:e|es|ed|ing)"
    r"|relocat(?:e|es|ed|ing))(?:\s+(?:the|its|their|some|about|around|over|up\s+to|all|nearly"
    r"|almost))?"
    # "a tender for the … replacement of 412 nos. of old PTZ cameras"
    r"|\b(?:replacement|repairs?|upgrad(?:e|ation)|refurbishment|relocation)\s+of(?:\s+(?:the|its"
    r"|their|some|about|around|over|up\s+to|all|nearly|almost))?"
    # Names with a number in them: "Interstate 459", "Route 9", "Phase 2", "Ward 12".
    r"|\b(?:interstate|highway|hwy|route|road|street|avenue|page|room|flight|platform|gate"
    r"|chapter|section|article|bus|phase|stage|season|episode|version|model|ward|zone|sector"
    r"|precinct|unit|district|u\.s\.)"
    r"|\b(?:footage|images?|video|recordings?|data)\s+from"
    # "EDIT 2: yes I know the London number is an estimate": a post's edit, numbered
    r"|\b(?:edit|update|note)"
    # "… is given in units of 10,000": a unit, not a count
    r"|\b(?:units|multiples)\s+of"
    # "PNP body cameras: 2,696 units": cameras that watch no public space
    r"|\b(?:body(?:[- ]worn)?|dash|helmet)[- ]?cam(?:era)?s?\s*:)\s*$",
)
#: A centre that takes in video from its cameras counts them ("the Situation Center received
#: video from 1 600 cameras", "can pull live video from 1,146 cameras"); footage someone
#: pulled "from 40 cameras" for a case does not.
_FEEDS_FROM_BEFORE_RE = re.compile(
    r"\b(?:(?:receiv(?:es|ed|ing|e)|gets|got|getting|collects?|collected|collecting"
    r"|aggregat(?:es|ed|ing)|streams?|streamed|streaming|brings?\s+together|pulls|pulling"
    # "KGYS now feeds images from 4,160 cameras to its command centre"
    r"|feeds|feeding|fed|relays|relayed|transmits|transmitted)\s+"
    # "… can now pull live video from 1,146 cameras": live feeds are the network's
    r"(?:live\s+)?|live\s+)(?:video|images|data|footage)\s+from\s*$",
)
#: Text that _NON_FIGURE_BEFORE_RE needs somewhere: searching for it is ~15x cheaper than the
#: end-anchored pattern (which `re` retries at every position), and it is rarely present.
_NON_FIGURE_HINT_RE = re.compile(
    r"\$|£|€|¥|₹|#|usd|rmb|rs|inr|no\.|p\.|number|rank|top|additional|another|extra|further|new|from"
    r"|interstate|highway|hwy|route|road|street|avenue|page|room|flight|platform|gate|chapter"
    r"|section|article|bus|phase|stage|season|episode|version|model|ward|zone|sector|precinct"
    r"|unit|district|u\.s\.|add|install|deploy|buy|procure|put|connect|target|goal|aim|want"
    r"|wish|hope|pledge|promise|need|get|plann|propos|next|replac|repair|upgrad|fix|refurbish|multiples"
    r"|decommission|remov|relocat|commission|addition|average|body|dash|helmet|edit|updat|note"
)
#: The year of a written date, any calendar's: "November 25, 2026", "Jumada Al-Akhirah 15, 1448".
#: "November 24, 2026" (not "have 21, 14 and 12 cameras": a list after its verb).
_DATE_BEFORE_RE = re.compile(
    r"\b(?!(?:has|have|had|operates?|operated|runs|ran|monitors?|maintains?|owns?|with)\s)"
    r"[a-z]{3,}\s+\d{1,2},\s*$"
)
#: "Aylin K. · 4 October 2026", "reply | Oct 4, 2026": the date a post's byline gives it.
_BYLINE_DATE_BEFORE_RE = re.compile(
    r"[·|•][ \u00a0]*(?:\d{1,2}[ \u00a0]+[a-z]{3,9}\.?|[a-z]{3,9}\.?[ \u00a0]+\d{1,2},?)[ \u00a0]+$"
)
#: "B.E. 2567": a Buddhist-era year, never a figure.
_ERA_BEFORE_RE = re.compile(r"\bb\.?e\.[ \u00a0]?$|\bbe[ \u00a0]$")
_ERA_YEAR_RE = re.compile(r"25\d\d")
_ERA_ENDINGS = ("e. ", "e.", "e\u00a0", "be ")  # what _ERA_BEFORE_RE needs at the end
#: "The figure does not include the more than 7,000 cameras inside the Grand Mosque".
_EXCLUDED_BEFORE_RE = re.compile(
    rf"\b(?:not\s+include|excluding|excludes)\s+(?:the\s+)?(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}$"
    # "Aurora, CO (5.2 miles, pop. 395,052): 340 cameras": a population.
    r"|\bpop(?:\.|ulation)[:\s]\s*(?:(?:c\.|ca\.|approx\.|about|around)\s*)?$"
    # "it's not No. 1 per person", "the #3 city": a rank.
    r"|\bno\.\s*$|#\s*$"
    # "an increase of 109,570 units (6.1%)": a change, not a count
    r"|\b(?:an?|the)\s+(?:net\s+)?(?:increase|rise|growth|drop|fall|decrease|jump|gain)\s+of\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$"
    # "grew 7.4% to PLN 2.3 billion", "Dh46 million": money in a currency's code or sign
    r"|\b(?:pln|eur|gbp|cny|jpy|krw|brl|mxn|zar|ngn|kes|aed|sar|idr|php|thb|vnd|myr|sgd|hkd"
    r"|aud|nzd|cad|chf|sek|nok|dkk|czk|huf|ron|uah|kzt|egp|pkr|bdt|lkr|npr|ghs|dhs?|rp|ksh)"
    r"[ \u00a0]?$|(?:r\$|₦|zł)[ \u00a0]?$"
    # "shipments of around 410,000 cameras", "China shipped 98 million cameras": sales, not
    # cameras in place
    # ("Camera shipments (2025): 260,000 units"; "Thailand imported 1.2 million cameras")
    r"|\b(?:shipments?|shipped|ships|sales|sold|sells|exports?|exported|imports?|imported)\b"
    r"(?:[^.;\d]|\((?:19|20)\d\d\)){0,60}$"
)
#: A plan or a target is not a count: "plans to have 200,000 police cameras by 2030", "aims to
#: double its public network to 30,000 cameras", "set a target of linking 15,000".
#: "1,000 cameras promised for the capital by 2028", "the 4,000 cameras announced in 2019":
#: what was promised or announced, not what is there.
_PLAN_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?(?:cameras?|cctvs?|units)[ \u00a0]+(?:promised|planned"
    r"|proposed|pledged|announced|(?:(?:are|is)[ \u00a0]+)?to[ \u00a0]+be[ \u00a0]+(?:installed|added"
    r"|deployed|bought"
    # "410 analogue cameras are to be replaced with IP units": work to be done
    r"|replaced|upgraded|fitted))\b"
)
_PLAN_BEFORE_RE = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aiming|wants?|hopes?|intends?|seeks?|targets?|targeting"
    r"|target\s+of"
    # "Our goal is to reach 3 thousand cameras by 2028"
    r"|(?:goal|target|aim|plan|objective|ambition)\s+is\s+to"
    # "Goal of the government is 3 mil cameras", "the target is 500 cameras"
    r"|(?:goal|target|aim|objective|ambition)(?:\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?)?\s+is"
    # "Officials now expect to close 2027 with 'around 3,000'"
    r"|expect(?:s|ed)?\s+to\s+(?:close|end|finish)\s+(?:the\s+year|\d{4})\s+with"
    # "the purchase of 150 cameras", "its latest batch of 400 cameras", "removal of 1,300"
    r"|(?:purchase|procurement|acquisition|delivery|batch|removal|tender)\s+of"
    # "the number of cameras … had grown by more than 5,000 in a year": a change
    r"|\b(?:grew|grown|grows|rose|risen|rises|increased|increases|jumped|climbed|fell|fallen"
    r"|dropped|declined|decreased|expanded|shrank|shrunk|up|down)\s+by"
    # "Bidders will be required to supply 3,100 IP cameras": a tender's size
    r"|\bto\s+(?:supply|deliver)"
    # "announced in 2025 an expansion to 180 cameras": a plan's size, not what is there
    # "the line is being designed with around 1,500 cameras": a specification
    r"|\b(?:being|be)\s+(?:specified|designed|equipped|fitted)\s+with"
    r"|\ban\s+(?:expansion|extension|increase|upgrade)\s+to"
    # "a 2026 tender for 300 AI-capable cameras", "a contract for 250 cameras", "issued a
    # tender to restore 400 cameras": work bought, not cameras in place
    r"|(?:tender|contract|order|deal|bid)s?\s+(?:for|to\s+(?:supply|install|restore|replace|buy"
    r"|deliver|upgrade))"
    # "Before the World Cup, the state added 1,000 cameras": an addition, not a total
    r"|\b(?:added|adds|adding)(?![ \u00a0]+that\b)"
    # "The next phase will bring the number of cameras in Lae to 500"
    r"|\b(?:will|would|could|shall|to)\s+(?:bring|take|raise|increase|lift|push|expand)\s+"
    r"(?:the|its|their|[a-z]+['’]s)\s+(?:total\s+)?(?:number|total|count|tally|network)\b"
    r"[^.;:\d]{0,60}?\bto"
    # "The town's network will grow from 64 to about 130 cameras by 2028": the plan's size
    r"|\b(?:will|would|(?:is|are)\s+(?:set|due|expected)\s+to)\s+(?:grow|increase|rise|expand"
    r"|double|climb|jump)\b[^.;:]{0,40}?\bto)"
    r"\s+(?:to\s+)?(?:[a-z’'\"“-]+\s+){0,5}$"
)
_NON_FIGURE_AFTER_RE = re.compile(
    rf"\s*(?:%|percent\b|per\s+cent\b|dollars|pounds|euros|yuan|rupees|{_CURRENCY_CODES}\b"
    r"|(?:st|nd|rd|th)\b"
    # "temperatures to drop to 14°C"
    r"|°|degrees\b"
    # "Dan (36:08): …", "at 14:30": a time or a transcript's timestamp
    r"|(?<=\d):\d{2}\b"
    # "3,200 body-worn cameras", "dashcams": cameras that watch no public space
    r"|body[- ]worn\b|(?:body|dash|helmet)[- ]?cam)",
)
_POPULATION_BEFORE_RE = re.compile(
    r"(?:\b(?:population|inhabitants|residents|people|citizens|home\s+to|populated"
    r"|population\s+of|cities|countries|towns|budget|market|worth|cost)\b"
    # "… in 23 towns, including 3,233 in Kampala": a part of the cameras, not a population.
    # ("With Lucknow's population put at approx. 40 lakh": an abbreviation's dot)
    r"|\$|£|€|¥|₹)(?:(?!including\b)(?:[^.;\d]|(?<=\bapprox)\.|(?<=\best)\.)){0,25}$"
    # "a city of about 3.6 million", "a suburb of nearly 200,000", but not "the city of
    # Monterrey has about 2,900"
    r"|\b(?:country|city|town|nation|suburb|municipality|county|village|borough|metro|region"
    rf"|province|state|island|community)\s+of\s+(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}$"
    # "Daegu about 29,000 for 2.4M": the population the count is for
    r"|\d[\d.,]*\s+for\s+(?:(?:about|around|roughly|~)\s*)?$",
)
#: A population's change before a value: "the population fell from about 1.4 million to "
_POPULATION_CHANGE_BEFORE_RE = re.compile(
    r"\bpopulation\s+(?:has\s+)?(?:(?:is|was)\s+(?:forecast|expected|projected|set)\s+to\s+)?"
    r"(?:fell|fallen|rose|risen|grew|grown|dropped|shrank|shrunk|swelled|doubled|increased"
    r"|decreased|grow|rise|fall|reach|double|top)\b"
)
#: The verb after an aside that gave a population: "…, with about 1.6 million people, has "
_VERB_AFTER_ASIDE_BEFORE_RE = re.compile(
    r",\s+(?:has|had|runs|ran|operates|operated|counts|boasts)\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}~?$"
)
#: A gapped clause's new subject right before its value: ", Daegu about " (run on the text
#: as written).
_NEW_SUBJECT_BEFORE_RE = re.compile(
    rf",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:(?:{QUALIFIER_WORDS})\s+|~\s*)?$"
)
#: "the figure is", "the network we could find stands at", "Nanjing's total:".
_FIGURE_IS = (
    # ("Council's own figure in 2025 was 1,140": a year may stand between)
    r"(?:figure|number|total|count|network|estimate)\b(?:[^.;:\d]|\b(?:19|20)\d\d\b){0,40}?"
    # "… and the total is thought to be well over 10 million"
    r"(?:\s(?:is|was)(?:\s+(?:thought|believed|estimated|said|reckoned)\s+to\s+be)?"
    r"|\s(?:stands|stood)\s+at|:)"
)
_ELLIPSIS_BEFORE_RE = re.compile(
    rf"(?:{_FIGURE_IS}"
    r"|there\s+(?:are|were|is)|there['’]s|has|have|had|(?:['’]s|['’]ve)\s+got|got|with|boasts?"
    r"|reached|counts?|counted|at|operates?|runs?|links?|linked|connects?|connected|includes?"
    # "Tehran's traffic camera network reaches 6,300", "… network tops 11,000": a headline's
    # network and its size (not "Pamukkale's visitor number passed 2 million")
    # ("… our estimate for the whole country passes 100,000")
    r"|(?:cameras?|cctv|network|system|estimate|total|tally|the\s+number)(?:\s+for\s+[^,;:\d]{3,30})?"
    r"\s+(?:now\s+|(?:has|had|have)\s+(?:now\s+)?)?(?:reaches|tops|topped|passe[sd]"
    r"|exceed(?:s|ed)|surpass(?:es|ed)|nears|neared)"
    # "In Novi Sad, we found 212."
    r"|found|mapped|identified|spotted|put\s+up"
    # "Cartagena overall was ~900 according to El Universal"
    r"|overall\s+(?:is|was|has|had)"
    r"|comprises?"
    r"|monitors?|installed|accounts?\s+for|accounted\s+for|totals?|numbers?|to|claims?|claimed"
    # "The BMA now says ~63,500 as of Oct 2026", "the police say 62 in the city now"
    r"|says|said|say"
    # "Oaxaca has far fewer, about 600", "Rotterdam is way higher, more than 1,100"
    r"|(?:has|have|had|is|are|was|were)\s+(?:(?:far|many|way|much|a\s+lot)\s+)?"
    r"(?:fewer|more|less|higher|lower|bigger|smaller),"
    r"|(?:up|down)\s+from"
    # "Moscow is past 200,000", "Manila is at around 1,000": "is" with a qualifier after it.
    # Not "Leicester's is about 370,000" (a population, elided after the possessive).
    r"|(?<![’']s\s)(?:is|was|are|were)(?=\s+(?:~|(?:past|over|above|around|about|roughly|nearly|almost|at"
    r"|more\s+than|well\s+over|close\s+to|under|below|north\s+of|upwards\s+of"
    # "Memphis SkyCop is more like 3,000 now"
    r"|(?:more\s+|something\s+)?like)\b))"
    # "Odesa is officially 2,000 but …"
    r"|(?<![’']s\s)(?:is|was|are|were)\s+(?:officially|reportedly)"
    # "… 4,900 cameras … In 2022 it was 1,600.": the same count at an earlier time
    r"|\b(?:in\s+(?:19|20)\d\d|a\s+year\s+(?:earlier|ago|before)|last\s+year),?\s+it\s+(?:was"
    r"|stood\s+at)"
    r"|(?:would|will|could)\s+(?:reach|hit|top)"
    # "In 2023, the department could see just 260": the cameras a centre can see
    r"|(?:can|could)\s+(?:now\s+)?(?:see|view|watch|access)"
    # "it's more like 690k in London", "now it's about 70 working ones": a hedged "it's"
    r"|\b(?:it|that)['’]s(?=\s+(?:~|(?:about|around|roughly|nearly|almost|over|more\s+like"
    r"|something\s+like|like|just|only|under)\b))"
    # "… than China in total – somewhere around 85 million – but …": restated between dashes.
    r"|[–—]|(?<=\s)-)"
    # "… it's estimated there's, um, around five million": a speaker's filler
    r"(?:,\s*(?:um+|uh+|erm|er|ah+)\b,?)?\s+[\"“]?"
    rf"(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}~?$",
)
#: "Denver has HALO cameras (the blue-light ones), around 350 per the city": a count set after
#: the cameras it counts, with a comma.
_APPOSED_COUNT_BEFORE_RE = re.compile(
    r"\b(?:has|have|had|runs?|operates?|there\s+(?:are|were))\s[^,;:.\d]{0,40}?\b(?:cameras|cams|cctvs)"
    rf"(?:\s*\([^()\d]{{0,60}}\))?,\s+(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}~?$"
)
#: A place's name (one to three words, lower-cased) in a gapped list, before its value.
_GAPPED_NAME = (
    r"(?!(?:the|a|an|in|and|or|up|down|with|from)\b)[^\W\d_][\w'’.-]*"
    r"(?:\s+[^\W\d_][\w'’.-]*){0,2}\s+"
)
_COMPARED_RATE_RE = re.compile(
    r"(?:(?:[),]?\s*(?:while|whereas|and|but|compared\s+(?:to|with)|versus|vs\.?|against"
    # "…, up from 1.4 in 2020", "…; Abuja has 1.2"
    r"|followed\s+by|up\s+from|down\s+from)\s|\s*;\s*"
    # "… 12 cameras per square mile – far fewer than in Atlanta, where the ratio is over 100"
    r"|[^;:.\d]{0,40}?\b(?:than|unlike|compared\s+(?:to|with))\b[^;:.\d]{0,50}?,?\s+where\s+"
    r"(?:the\s+)?(?:ratio|rate|density|figure)\s+is\s+)"
    # "…, compared with China's 73 and the United States' 8.7": a possessive, with or without s.
    # (across a distance: "…, and Cheongju, 112 km south of Seoul, had 276.1")
    r"(?:(?:[^;:.\d]|\d{1,4}[ \u00a0]?(?:km|kilomet(?:er|re)s|miles)\b){0,60}?"
    r"(?:[’']s|(?<=s)[’']|\b(?:has|had|have|with|at|is|was|sees?|saw|records?|recorded"
    r"|posted|posts|reported|stood\s+at|stands\s+at))"
    r"\s+|[^;:.\d(]{0,40}?\(|"  # "… while Wuxi has 157", "followed by London (1,138.5)",
    # "… about 3.7 cameras, Johannesburg about 1.1 and Luanda 0.3": a gapped list of places
    rf"(?<=and\s){_GAPPED_NAME}|)"
    rf"|,\s+{_GAPPED_NAME})"
    r"(?:(?:about|around|roughly|nearly|just|over|only|some)\s+)?"  # "compared to 3.1 in Chicago"
)
#: The previous compared value's place, then the next comparison ("6.4 in Taipei and ").
_CHAINED_RATE_RE = re.compile(r"\s+(?:in|for)\s+[^,;:.\d()]{1,40}?" + _COMPARED_RATE_RE.pattern)
#: "Amadora … has had 105 since 2021": a bare count that a place has had since a year.
_SINCE_AFTER_RE = re.compile(r"\+?\s+since\b")
_HAS_HAD_BEFORE_RE = re.compile(rf"\b(?:has|have)\s+had\s+(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}$")
#: A month's name, written out or cut short, in lower-cased text ("june", "sept", "dec").
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: The loose words that may follow a figure: "… 2,000, give or take", "… or thereabouts".
_LOOSE_AFTER = r"give[ \u00a0]+or[ \u00a0]+take|or[ \u00a0]+thereabouts"
_ELLIPSIS_AFTER_RE = re.compile(
    # "… are ~90k (seoul city, 2025)": a bracketed year, after its source.
    r"\s*(?:[.,;:)\"”’]|\s[–—-]\s|$|\((?![^()]{0,80}\d)|\((?:as\s+of\s+|[^()\d]{1,40}?,\s)?(?:19|20)\d\d\)|(?:and|in|respectively|while|whereas|compared|across|each|of\s+them|when"
    r"|monitored|installed|operated|linked|connected|in\s+(?:use|operation|place)|today|now"
    r"|currently|at\s+present|this\s+year|last\s+year|still|at\s+(?:the\s+)?(?:end|start)"
    r"|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|as\s+of|(?:more\s+)?of\s+(?:its|their)\s+own"
    # "…, up from 71 at 30 June 2023", "… 64 on 1 July 2024"
    rf"|(?:as\s+)?(?:at|on)\s+(?:\d{{1,2}}\s+)?{_MONTH}"
    # "Suwon, the provincial capital, runs 14,200 by itself", "… now has 3,200 after a Rs7.5bn
    # upgrade"
    r"|by\s+itself|on\s+its\s+own|alone|after|following|before"
    # "… has installed about 30 along the Dutch Bay promenade", "240 at junctions"
    r"|along|at\s+(?!least|most|a\s|an\s|\d)|on\s+(?:the\s+)?(?:streets?|roads?|poles?)"
    # "…, up from 860 a year earlier"
    # "Pattaya has 2,000 give or take", "… 400 or thereabouts"
    rf"|{_LOOSE_AFTER}"
    # A speaker's hedge or aside: "… is like 1.8 mil i think", "… 5 mil incl shops"
    r"|i\s+think|i\s+believe|iirc|afaik|apparently|incl\.?|including|anyway|back\s+in"
    # "Gwangju has around 5,000 if anyone cares", "… more than 1,100 last I heard"
    r"|if\s+anyone|last\s+i\s+(?:heard|checked|looked|saw)|but|of\s+(?:those|these)"
    # "Amsterdam is more like 400 if you don't count the trams", "… 60,000 if you include …"
    r"|if\s+you\s+(?:don['’]t\s+|do\s+not\s+)?(?:count|include|add|exclude|leave\s+out)"
    r"|not\s+counting|excluding"
    # "Daegu: 11,000+ per the city's smart city center", "… 3 million according to a …"
    r"|per\s+(?:the|a|an|their|its|his|her|my|our)|according\s+to"
    r"|a\s+year\s+(?:earlier|before|ago)|(?:two|three|five|\d+)\s+years\s+(?:earlier|before|ago)"
    r"|earlier|previously"
    # "Nairobi has ~1,800 from the Safaricom deal"
    r"|from\s+(?:the|a|an|its|their)\s"
    # "… nearly double the 1,010 it had in 2023"
    r"|(?:it|they)\s+(?:had|ran|operated)"
    # "Makati has about 1,800 for a much smaller population", "… 140 for 130,000 people"
    r"|for\s+(?:a|an|its|the|their|some|about|roughly|around|nearly|more|over|just|only))\b"
    r"|\s*for\s+\d)",
)
#: "per 1,000 people", "per 100", "per capita": the bases a stated rate uses.
_ROUND_BASES = frozenset({1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0, 1_000_000.0})
_PEOPLE_AFTER_RE = re.compile(
    rf"\s*(?:{_BASE_PEOPLE}|residents|inhabitants|citizens|people|visitors|tourists|users"
    r"|km|square|sq|miles?|years?|months?|days?|hours?|stations?|cities|towns|countries|%)",
)
#: (The foreign nouns of FOREIGN_CAMERA_NOUNS written with shared first letters, so that `re`
#: scans for few first letters: "telecamere" is found by its "camere".)
_CAMERA_WORD_RE = re.compile(
    r"\b(?:c(?:ameras?|ams?|ctvs?|ount|améras?|[áâ]m[ae]ras?|amera['’]s)|surveil(?:lance|led)"
    r"|lens(?:es)?|total|figure|number|kamer(?:as?|y|aer|or)?)\b|camere\b"
)
_RESPECTIVELY_RE = re.compile(r"\brespectively\b")


#: A word that names cameras (in any case): "cameras", "CCTV", "cams", "lenses".
#: (FOREIGN_CAMERA_NOUNS included, written with shared first letters as in _CAMERA_WORD_RE.)
#: Cameras named in a clause that a semicolon closes, before the value's clause.
_CAMERAS_THEN_SEMICOLON_RE = re.compile(r"\bcameras\b[^;.]*;")
CAMERA_NOUN_RE = re.compile(
    r"\b(?:c(?:ameras?|ams?|ctvs?|améras?|[áâ]m[ae]ras?|amera['’]s)|lens(?:es)?"
    r"|kamer(?:as?|y|aer|or)?)\b|camere\b",
    re.IGNORECASE,
)

_Take = Callable[[str, "re.Match[str]", float, "float | None"], None]


@dataclass(frozen=True, slots=True)
class Figure:
    """One stated figure; offsets are absolute in the document text."""

    metric: str
    value: float
    qualifier: str
    year: int | None
    value_start: int
    value_end: int
    phrase_start: int
    phrase_end: int


@dataclass(frozen=True, slots=True)
class _Raw:
    metric: str
    low: float
    high: float | None
    value_start: int
    value_end: int
    phrase_start: int
    phrase_end: int
    plus: bool = False
    hedged: bool = False  # "1,500 or so", "230-odd", "for roughly every 200"


#: How demonyms end ("Joburgers", "Marseillais", "Capetonians", "Muscovites", "Milanese").
_DEMONYM_ENDING = r"(?:ers|ians|ans|ites|ese|ais|ois|{})".format(
    # Spanish and Portuguese ones, written in lower case: "leoneses", "tapatíos", "paulistanos"
    "enses|eses|eños|eñas|inos|inas|anos|anas|íos|ías"
)
#: A Spanish or Portuguese demonym, which the languages write in lower case.
_LOWER_CASE_DEMONYM_RE = re.compile(
    r"[a-zà-ÿ]+(?:enses|eses|eños|eñas|inos|inas|anos|anas|íos|ías)"
)
#: A hedge after the whole figure: "600,000 cameras, give or take", "… or thereabouts".
_HEDGE_AFTER_PHRASE_RE = re.compile(
    rf",?[ \u00a0]+(?:{_LOOSE_AFTER}|or[ \u00a0]+so"
    # "Lahore is 1 cam for every 1,600 people roughly."
    r"|roughly(?=[.!?;]|$)|approximately(?=[.!?;]|$))\b"
)
#: A hedge written after a value: "one for every 1,500 or so residents", "230-odd cameras".
_HEDGE = r"(?P<hedge>[ \u00a0]+or[ \u00a0]+so\b|-odd\b|-?ish\b)?"


#: "It's 2,150-ish": the "it's" of a count hedged after its figure.
_ITS_BEFORE_RE = re.compile(r"\b(?:it|that)['’]s\s+$")
#: Between "cameras" and a value, the talk is of a rate.
_RATE_IN_GAP_RE = re.compile(r"\b(?:ratio|rate|density)\b|\bper\s+(?:square|sq\b|km|capita|head)")
#: A sentence that names people before a rate that leaves them out.
_PEOPLE_NAMED_RE = re.compile(rf"\b{_BASE_PEOPLE}\b")
#: "of the city's estimated 5 million", "of its 2.95 million": the population a rate is of.
_OF_ITS_POPULATION = (
    # ("… for every 1,000 of Beijing's 21.8 million residents")
    r"of[ \u00a0]+(?:the[ \u00a0]+(?:city|town|capital|country)['’]s|its|their"
    r"|[a-z][\w.-]+(?:[ \u00a0][a-z][\w.-]+){0,2}['’]s)"
    r"(?:[ \u00a0]+(?:estimated|roughly|about|around|some|nearly))?"
    r"(?:[ \u00a0]+(?:[\d.,]+[ \u00a0]+(?:million|mn|m|lakh|crore)|[\d,]+))?"
)


class MetricPatterns:
    """Compiled phrase patterns; people nouns ("Londoners", "Germans") come from the gazetteer.

    They run on lower-cased text without IGNORECASE, which is several times faster in `re`.
    Patterns searched along a whole segment open with a literal letter and check the word
    boundary just after it ("o(?<!\\wo)ne" is "\\bone"): `re` then skips to that letter with
    its fast scan instead of trying the pattern at every position.
    """

    def __init__(self, people_nouns: Iterable[str]) -> None:
        nouns = sorted({noun.lower() for noun in people_nouns}, key=len, reverse=True)
        extra = "|".join(re.escape(noun) for noun in nouns)
        people = rf"(?:{_BASE_PEOPLE}{'|' + extra if extra else ''})"
        # A people noun the gazetteer lacks ("Joburgers", "Marseillais"): kept only when it is
        # written with a capital (see _lowercase_demonym).
        people_or_demonym = rf"(?:{people}|(?P<demonym>[a-zà-ÿ]{{2,}}{_DEMONYM_ENDING}))"
        flags = 0
        self.one_for_every = re.compile(
            rf"(?:o(?<!\wo)ne|1(?<![\w.,]1)|a(?<!\wa)(?:{_S}single)?){_S}(?:{_CAM}{_S})?(?:(?:installed|operating){_S})?"
            # "one camera for roughly every 200 residents"
            rf"(?:for|per|to){_S}(?:(?P<hedge_word>roughly|about|around|approximately|nearly"
            # ("one camera for every, what, ninety residents": a speaker's filler)
            rf"|almost){_S}(?=every|each))?(?:(?:every|each)(?:,{_S}?(?:what|like|uh|um|er|say),)?{_S})?"
            rf"\(?(?P<value>{RANGE}){_HEDGE}\)?{_S}"
            # "… for every 970 of the city's 3.77 million residents"
            rf"(?:{_OF_ITS_POPULATION}{_S})?"
            rf"(?:[A-Za-z]+{_S})?{people_or_demonym}\b",
            flags,
        )
        #: "… about 9 million people, so that's one camera for every 2,100 or so": the people
        #: left out after the sentence has named them.
        self.one_for_every_bare = re.compile(
            rf"(?:o(?<!\wo)ne|a(?<!\wa)(?:{_S}single)?){_S}{_CAM}{_S}(?:for|per){_S}"
            rf"(?:(?:roughly|about|around|approximately|nearly|almost){_S})?(?:every|each){_S}"
            rf"(?P<value>{RANGE}){_HEDGE}(?=[ \u00a0]*(?:[.,;:)]|$))",
            flags,
        )
        #: "For every camera there are 14 people": the people per camera, said the other way.
        self.camera_first = re.compile(
            rf"f(?<!\wf)or{_S}(?:every|each){_S}(?:single{_S})?{_CAM}(?:{_S}in{_S}[^,.;\d]{{1,30}}?)?,?"
            rf"{_S}there{_S}(?:are|were|is)"
            rf"{_S}(?:(?:{QUALIFIER_WORDS}){_S}){{0,2}}(?P<value>{RANGE}){_S}(?:[A-Za-z]+{_S})?"
            rf"{people_or_demonym}\b",
            flags,
        )
        self.people_per = re.compile(
            rf"(?P<value>{RANGE}){_S}{people}{_S}(?:per|for{_S}(?:every|each|one|a)"
            rf"|to{_S}(?:every|each|one|a)){_S}(?:single{_S})?{_CAM}",
            flags,
        )
        self.per_base = re.compile(
            # "2.1 cameras/1,000 people"
            rf"(?P<value>{RANGE})(?P<plus>\+|-plus\b)?{_S}(?:(?:{_CAM}|units)[ \u00a0]*)?(?:(?:installed|in{_S}place|in{_S}operation"
            rf"|operating){_S})?(?:(?:per|for{_S}(?:every|each)|every|to{_S}every|for){_S}|/[ \u00a0]*)"
            # ("4.2 cameras for every 1,000 of its 2.95 million residents")
            rf"(?:(?P<base>{VALUE}|thousand|hundred|lakh)(?:{_S}{_OF_ITS_POPULATION})?"
            rf"(?:{_S}[A-Za-z]+)?{_S}{people_or_demonym}\b"
            rf"|(?P<capita>capita|person|head|resident|inhabitant|citizen)\b)",
            flags,
        )
        self.base_first = re.compile(
            rf"(?:f(?<!\wf)or{_S}(?:every|each|per)|e(?<!\we)(?:very|ach)|p(?<!\wp)er){_S}"
            rf"(?P<base>{VALUE})(?:{_S}[A-Za-z]+)?{_S}"
            # "Per 1,000 residents, Lagos has 2.1 cameras"
            rf"{people}(?:{_S}in{_S}[a-z.'’ -]{{1,30}}?)?,?{_S}(?P<subject>(?:[a-z][a-z.'’-]{{0,30}}{_S}){{1,2}}?)?"
            rf"(?:there{_S}(?:are|is|were){_S}|(?:are|is){_S}(?:watched|monitored"
            rf"|covered){_S}by{_S}|(?:has|have|had){_S})(?:{QUALIFIER_WORDS}{_S}){{0,2}}"
            rf"(?P<value>{RANGE}){_S}{_CAM}",
            flags,
        )
        self.area = re.compile(
            # "40 cameras/km²"
            rf"(?P<value>{RANGE})\+?{_S}(?:{_CAM}[ \u00a0]*)?(?:(?:installed|in{_S}place){_S})?"
            # "40 cameras to the square kilometre", "… into each square kilometre"
            rf"(?:per|for{_S}(?:every|each)|every|(?:in|into){_S}(?:every|each)|to{_S}(?:the|each)|/|a)"
            rf"[ \u00a0]*(?:(?:1|one|a){_S})?{_AREA_UNIT}",
            flags,
        )
        self.count = re.compile(
            # "(3,420) cameras": Saudi and Gulf releases put figures in brackets.
            rf"(?P<value>{RANGE})(?P<plus>\+|-plus\b)?{_HEDGE}[\"'”’)]?"
            # "63 wan – 630,000 – cameras", "2.3 wan (23,000) sets": the figure restated aside.
            rf"(?:{_S}?[(–—][ \u00a0]?(?!(?:19|20)\d\d\b){NUMERAL}[ \u00a0]?[)–—])?"
            rf"{_S}(?:of{_S}(?:the|its|their){_S})?"
            rf"(?P<increment>(?:new|more|additional|extra"
            # "Palembang has more than 500 units" in a sentence about CCTV: bare units only.
            rf"|further){_S})?(?:{_CAM}|units\b|devices\b)"
            # "14 camera operators per shift", "at 120 camera locations": no cameras counted
            rf"(?!{_S}{_NOT_CAMERAS_AFTER}\b)",
            flags,
        )
        self.count_reversed = re.compile(
            rf"c(?<!\wc)(?:ameras?|ctvs?)\b(?:{_S}(?:count|total|number|network|systems?))?"
            rf"[^.;:\d]{{0,90}}?"
            rf"(?:\b(?:(?:is|are|was|were){_S}(?:expected|forecast|predicted|projected|set)"
            rf"{_S}to{_S}(?:reach|hit|top|exceed|rise{_S}to|grow{_S}to)"
            rf"|(?:will|could|would|may|might){_S}(?:reach|hit|top|exceed)"
            rf"|(?:has{_S}|have{_S})?(?:risen|rose|grown|grew|increased|fallen|fell|dropped"
            rf"|doubled|tripled|quadrupled|climbed|jumped|expanded|surged|soared)"
            rf"{_S}(?:from|to)"
            rf"|ranges?{_S}from|ranging{_S}from|ranged{_S}from"
            # "… cameras range between 6 million and 7.7 million" (RANGE reads the "between")
            rf"|(?:ranges?|ranging|ranged|somewhere|lies?|lay)(?={_S}between\b)"
            # "Tashkent's 'Safe City' cameras pass 12,000"
            rf"|(?:has{_S}|have{_S})?(?:pass(?:es|ed)?|top(?:s|ped)?|exceed(?:s|ed)?"
            rf"|cross(?:es|ed)?|surpass(?:es|ed)?|hits?|near(?:s|ed)?)"
            rf"|is|was|stands{_S}at|stood{_S}at|reached|totals?|totall?ing|numbers?|numbering"
            rf"|numbered|of)\b|:|–|—)[ \u00a0]*[\"“]?(?:{QUALIFIER_WORDS}{_S}){{0,2}}"
            rf"(?P<value>{RANGE})"
            # "… count passes 2,800 — but who's watching?", "… numbered 210,000 at the end of June"
            r"(?=\s*(?:[.,;:)(\"”—–]|$|(?:in|across|and|as|by|according|after|following|since|from"
            r"|for(?!\s+every)|this|last|today|now|within|throughout|at|currently"
            # "CCTV cameras numbering 1,842 have been installed within the city limits"
            r"|(?:have|has)\s+been|were|are)\b))",
            flags,
        )
        #: "… bringing the number of cameras in Port Moresby to 326": a total reached (present
        #: or past only: "will bring the number to 500" is a plan).
        self.brought_to = re.compile(
            r"\b(?:brings|bringing|brought|takes|taking|took|lifts|lifting|lifted|pushes"
            r"|pushing|pushed|raises|raising|raised)"
            rf"{_S}(?:the|its|their|[a-z]+['’]s){_S}(?:total{_S})?(?:number|total|count|tally)"
            rf"{_S}of{_S}(?:[a-z-]+{_S}){{0,2}}?(?:cameras|cctvs?)\b[^.;:\d]{{0,60}}?\bto{_S}"
            rf"[\"“]?(?:(?:{QUALIFIER_WORDS}){_S}){{0,2}}(?P<value>{RANGE})"
            r"(?=\s*(?:[.,;:)(\"”—–]|$|(?:in|across|and|as|by|at|from|since|after|this|last|now)\b))",
            flags,
        )
        #: "a 10,000-camera network", "Jinan's 470,000-strong network of public cameras".
        self.count_network = re.compile(
            # "Accra's 1,100-camera network", "the 5,600-camera Tashkent rollout" (not a pilot,
            # often a plan)
            # "a 5,000-Plus Camera Network" (a headline's "plus")
            rf"(?P<value>{RANGE})(?P<plus>\+|-plus\b)?(?:[- ]camera{_S}(?:[a-z-]+{_S}){{0,2}}"
            rf"(?:rollout|roll-out|{_NETWORK})"
            rf"|-strong{_S}(?:(?:[a-z-]+{_S}){{0,2}}{_NETWORK}{_S}of{_S}(?:{_ADJ}{_S}){{0,3}}"
            rf"(?:cameras|cctvs?|lenses)|(?:cctv|camera|surveillance|video){_S}(?:[a-z-]+{_S})?"
            rf"{_NETWORK}))",
            flags,
        )
        #: "2.1 cameras per 1,000" with the people left out.
        self.per_base_bare = re.compile(
            rf"(?P<value>{RANGE}){_S}{_CAM}[ \u00a0]*(?:per|for{_S}every|/)[ \u00a0]*"
            # (not the "100" of "100,000")
            r"(?P<base>1,000|1000|thousand|10,000|100,000|100000|100)(?![,.]\d)"
            r"(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:in|across|and|up|down|while|compared|according"
            r"|as)\b)",
            flags,
        )
        self.bare_value = re.compile(rf"(?P<value>{RANGE})(?P<plus>\+)?{_HEDGE}", flags)


@functools.lru_cache(maxsize=8)
def metric_patterns(people_nouns: tuple[str, ...]) -> MetricPatterns:
    return MetricPatterns(people_nouns)


def _lowered_same_length(text: str) -> str:
    """text.lower() with every offset kept (a few characters lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _is_year(text: str) -> bool:
    return YEAR_RE.fullmatch(text.strip()) is not None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _clause_start(segment: str, position: int, floor: int) -> int:
    last = floor
    for brk in _CLAUSE_BREAK_RE.finditer(segment, floor, position):
        last = brk.end()
    return last


def qualifier_of_words(words: str) -> str:
    """The qualifier a few words before a value give it ("more than", "c.", "~", "an estimated",
    ">"): the same vocabulary as in running text."""
    lowered = " ".join(words.lower().split())
    if lowered in (">", "+") or _OVER_RE.search(lowered):
        return "over"
    if lowered == "<" or _UNDER_RE.search(lowered):
        return "under"
    if _ABOUT_RE.search(lowered):
        return "about"
    return "estimated" if _ESTIMATED_RE.search(lowered) else "exact"


def qualifier_for(
    segment: str,
    phrase_start: int,
    phrase_end: int,
    floor: int,
    plus: bool,
    value_start: int | None = None,
    ceiling: int | None = None,
) -> str:
    """over / about / under from the words just before the figure; else estimated from its clause
    (or from the phrase before its value: "cameras is expected to reach 626 million")."""
    before = segment[max(floor, phrase_start - 40) : phrase_start]
    # "cameras … has passed 600": the words just before the value qualify it too.
    at_value = (
        segment[max(phrase_start, value_start - 40) : value_start]
        if value_start is not None and value_start > phrase_start
        else ""
    )
    if plus or _OVER_RE.search(before) or _OVER_RE.search(at_value):
        return "over"
    if _UNDER_RE.search(before) or _UNDER_RE.search(at_value):
        return "under"
    if _ABOUT_RE.search(before) or _ABOUT_RE.search(at_value):
        return "about"
    clause_start = _clause_start(segment, phrase_start, floor)
    # "… 942,000 cameras according to a 2024 estimate, or 105 per 1,000": the estimate is the
    # first figure's; a restatement after ", or" has its own qualifier.
    restated = segment.rfind(", or ", clause_start, phrase_start)
    if restated >= 0:
        clause_start = restated + 5
    clause = segment[clause_start : max(phrase_start, value_start or 0)]
    # "… 1 million cameras respectively, and Shenzhen has an estimated 2 million": an estimate in
    # the next figure's clause is that figure's.
    estimate_end = len(segment) if ceiling is None else _clause_start(segment, ceiling, phrase_end)
    if (
        _ESTIMATED_RE.search(clause)
        or _PROJECTION_BEFORE_RE.search(clause)
        or _ESTIMATED_AFTER_RE.search(segment[phrase_end:estimate_end])
    ):
        return "estimated"
    return "exact"


#: After a bracketed year, an author's verb: "McCahill and Norris (2002), who estimated",
#: "Gerrard and Thompson (2011) estimated" (run on lower-cased text).
_NARRATIVE_CITATION_AFTER_RE = re.compile(
    r"(?:,\s*who)?\s+(?:estimated|estimates|found|finds|reported|reports|counted|calculated"
    r"|suggested|suggests|put|puts|claimed|claims|showed|shows)\b"
)


#: "… from 90 cameras in 2018 to "about": what lies between the earlier state's year and the
#: figure it grew to.
_TO_AFTER_YEAR_RE = re.compile(rf"\s+to\s+[\"“«]?\s*(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}~?")


#: " to 230", " to about 1,500": a later value after a figure, in a change.
_TO_LATER_VALUE_AFTER_RE = re.compile(
    rf"[ \u00a0]+to[ \u00a0]+(?:(?:{QUALIFIER_WORDS})[ \u00a0]+)?\d"
)


def year_for(
    segment: str, phrase_start: int, phrase_end: int, floor: int, ceiling: int
) -> int | None:
    """A year stated in the figure's clause ("in 2019", "by the end of 2016", "a 2021 survey"),
    bounded by the neighbouring figures."""
    # "In 2019, IHS predicted that China would have 626 million cameras by 2020": the
    # prediction's year, right after the figure, wins over the clause's other years.
    by_year = _BY_YEAR_AFTER_RE.match(segment, phrase_end, ceiling)
    if by_year:
        return int(by_year.group(1))
    # "Cusco installed 120 cameras in 2024, bringing its total to about 300": the total's year
    bringing = _YEAR_THEN_TOTAL_TO_RE.search(segment, max(0, phrase_start - 100), phrase_start)
    if bringing:
        return int(bringing.group(1))
    if _YEARS_EARLIER_AFTER_RE.match(segment, phrase_end, ceiling):
        return None  # "… from 1,783,842 units a year earlier": not the year the sentence names
    # "… an increase from 168 cameras in 2022": a year right after the figure is its own.
    before_own = _OWN_YEAR_BEFORE_RE.match(segment, phrase_end, ceiling)
    own = YEAR_RE.match(segment, before_own.end(), ceiling) if before_own else None
    if own is not None and not _EVENT_AFTER_YEAR_RE.match(segment, own.end()):
        return _split_year_end(segment, own)
    # "… have 620, 540 and 400 cameras respectively, all installed in 2023": each of them.
    listed = _RESPECTIVELY_ALL_INSTALLED_AFTER_RE.match(segment, phrase_end)
    if listed is not None:
        return int(listed.group(1))
    # "… said in 2025 that it received feeds from 15,400 cameras, up from about 9,000 before
    # the World Cup": an earlier state is dated only by a year after it, never by the telling.
    earlier_state = (
        "from" in segment[max(0, phrase_start - 40) : phrase_start]
        and EARLIER_STATE_BEFORE_RE.search(segment, max(0, phrase_start - 40), phrase_start)
        is not None
    )
    clause_start = _clause_start(segment, phrase_start, floor)
    brk = _CLAUSE_BREAK_RE.search(segment, phrase_end, ceiling)
    clause_end = brk.start() if brk else ceiling
    if _TO_LATER_VALUE_AFTER_RE.match(segment, phrase_end, ceiling):
        # "… will grow from 164 cameras to 230 by 2028": the later value's year, not this one's
        clause_end = phrase_end
    for match in YEAR_RE.finditer(segment, clause_start, clause_end):
        if match.start() >= phrase_start and match.start() < phrase_end:
            continue
        if earlier_state and match.start() < phrase_start:
            continue
        before_year = segment[max(0, match.start() - 30) : match.start()]
        if _EVENT_AFTER_YEAR_RE.match(segment, match.end()) or (
            _EVENT_NOUN_BEFORE_YEAR_RE.search(before_year)
            and not _TELLING_EVENT_BEFORE_YEAR_RE.search(
                segment, max(0, match.start() - 60), match.start()
            )
        ):
            continue  # "installed for the 2018 APEC summit": the event's year
        if _NAMED_SYSTEM_AFTER_YEAR_RE.match(segment, match.end()) and (
            _NAME_WORD_BEFORE_YEAR_RE.search(before_year)
        ):
            continue  # "the Mabat 2000 system": a system's name
        if (
            match.start() >= phrase_end
            and _AFTER_ITS_BEFORE_YEAR_RE.search(before_year)
            and _NOW_BEFORE_FIGURE_RE.search(segment, max(0, phrase_start - 30), phrase_start)
        ):
            continue  # "… now has some 4,200 after its 2024 upgrade": now, not 2024
        if match.start() >= phrase_end and _FUTURE_RE.search(segment, phrase_end, match.start()):
            continue  # "… has 1,640 cameras, will get 1,200 more before Dasara 2027": the plan's
        if _TIMESTAMP_TIME_AFTER_YEAR_RE.match(segment, match.end()) and (
            _TIMESTAMP_DATE_BEFORE_YEAR_RE.search(before_year)
            or segment.startswith("-", match.end())
        ):
            continue  # "12/11/2026, 20:58 - Kunle: Nigeria total is estimated at 50k"
        if _CENSUS_AFTER_YEAR_RE.match(segment, match.end()) or _CENSUS_BEFORE_YEAR_RE.search(
            segment, max(0, match.start() - 80), match.start()
        ):
            # "one camera for every 570 residents, based on the 2021 census", "the population
            # of 866 mil people counted by IBGE in the Census of 2022"
            continue
        if _DATE_BEFORE_RE.search(before_year) and _DATELINE_AFTER_YEAR_RE.match(
            segment, match.end()
        ):
            continue  # "Makkah, November 25, 2026, SPA -- …": the dateline's date
        if _BYLINE_DATE_BEFORE_RE.search(before_year):
            continue  # "**Aylin K.** · 4 October 2026 / Istanbul's police said …": a post's date
        if (
            (
                _NOT_FIGURE_YEAR_RE.search(before_year[-20:])
                or _SINCE_START_BEFORE_YEAR_RE.search(
                    segment, max(0, match.start() - 70), match.start()
                )
            )
            and not _SOURCE_FROM_RE.search(before_year)
            # "risen sharply since 2019, when the capital had 15,310": that year's figure (not
            # "… since 2022, when the county council stopped paying": that year's event)
            and not _WHEN_FIGURE_AFTER_RE.match(segment, match.end())
        ):
            continue
        if _in_other_aside(segment, match.start(), phrase_start, phrase_end):
            continue
        if match.end() <= phrase_start and _OTHER_PREDICATE_AFTER_YEAR_RE.match(
            segment, match.end(), phrase_start
        ):
            continue  # "Mesa opened its center in 2020 and can view more than 1,900": the opening's
        if match.start() >= phrase_end and _EVENT_PARTICIPLE_BEFORE_YEAR_RE.fullmatch(
            segment, phrase_end, match.start()
        ):
            continue  # "700 cameras under an agreement signed with China in 2018": the signing's
        if (
            match.end() <= phrase_start
            and _TO_AFTER_YEAR_RE.fullmatch(segment, match.end(), phrase_start)
            and "from" in segment[max(0, match.start() - 40) : match.start()]
        ):
            continue  # "from 90 cameras in 2018 to "cerca de 1.100 câmeras" today": the start's
        if match.start() >= phrase_end and _INCLUDED_PART_BEFORE_YEAR_RE.fullmatch(
            segment, phrase_end, match.start()
        ):
            continue  # "256 cameras, including the 48 we added in 2023": the part's year
        closing = segment.find(")", match.end())
        if (
            match.end() <= phrase_start
            and -1 < closing < phrase_start
            and _in_parentheses(segment, match.start())
            # "McCahill and Norris (2002), who estimated that there were 4.2 million": a
            # narrative citation's year dates the estimate.
            and _NARRATIVE_CITATION_AFTER_RE.match(segment, closing + 1) is None
        ):
            continue  # "Ottawa (48, as of 2025), Halifax (fewer than 20)"
        if match.end() <= phrase_start and _NOW_RE.search(segment, match.end(), phrase_start):
            continue  # "a programme launched in 2018 that now links 300,000 cameras"
        if (
            match.end() <= phrase_start
            and _PROGRAMME_BEGUN_BEFORE_YEAR_RE.search(
                segment, max(0, match.start() - 60), match.start()
            )
            # (but "When the program started in 2008, it had 12 cameras" is dated by it, and so
            # is "the Sergek system started in 2018 with 350 cameras")
            and not _WHEN_RE.search(segment, max(0, match.start() - 60), match.start())
            and not _WITH_GAP_RE.fullmatch(segment, match.end(), phrase_start)
        ):
            continue  # "the 'Safe City' project launched in 2019 operated roughly 2,000 cameras"
        if (
            match.end() <= phrase_start
            and _EVENT_BEFORE_YEAR_RE.search(segment, max(0, match.start() - 25), match.start())
            and _AND_THEN_RE.search(segment, match.end(), phrase_start)
        ):
            continue  # "was launched in 2005 and has grown to about 10,000 cameras"
        if (
            match.start() >= phrase_end
            and _ANNOUNCED_IN_BEFORE_YEAR_RE.search(
                segment, max(phrase_end, match.start() - 25), match.start()
            )
            and _NOW_RE.search(segment, max(0, phrase_start - 25), phrase_start)
        ):
            continue  # "Alicante, which now has 124, announced in 2025 an expansion": the plan's
        if (
            match.start() >= phrase_end
            and _EVENT_BEFORE_YEAR_RE.search(
                segment, max(phrase_end, match.start() - 25), match.start()
            )
            and _programme_dated_after(segment, phrase_end, match.start())
        ):
            # A programme, deal or system between figure and year has the year: "… 300,000
            # cameras, most of them linked to the programme launched in 2018" (but "had 640
            # cameras when its project was inaugurated in 2023" is dated by it)
            continue
        return _split_year_end(segment, match)
    if earlier_state:
        return None
    # "a 2022 study, which counted 691,528 cameras": the source's year, before the relative.
    source = _SOURCE_RELATIVE_RE.search(segment, max(0, clause_start - 160), clause_start)
    if source:
        return int(source.group(1))
    opening = _SOURCE_OPENING_RE.match(
        segment, 0, phrase_start
    ) or _SOURCE_FROM_YEAR_OPENING_RE.match(segment, 0, phrase_start)
    if opening:
        return int(opening.group(1))
    # "… comprises 6,240 cameras, of which 5,100 are connected": the part has the whole's year.
    # "In 2018 the US had 70 million cameras, compared with China's 349 million": the same year.
    if _OF_THESE_BEFORE_RE.search(
        segment, max(0, phrase_start - 40), phrase_start
    ) or _COMPARED_WITH_BEFORE_RE.search(segment, max(0, phrase_start - 60), phrase_start):
        return year_for(segment, floor, floor, 0, floor) if floor > 0 else None
    # "… about 1,100 cameras, roughly one for every 550 residents, according to the city's 2021
    # security plan": the source closing the sentence dates all of its figures.
    source_after = _ACCORDING_TO_YEAR_RE.search(segment, phrase_end)
    if source_after:
        return int(next(group for group in source_after.groups() if group))
    # "Rajkot: 1,020 cameras under the ICCC, or roughly 0.7 per 1,000 people (2025).": a list
    # item's closing year dates each of its figures.
    closing_year = _ITEM_CLOSING_YEAR_RE.search(segment, phrase_end)
    if (
        closing_year is not None
        and _ITEM_OPENING_RE.match(segment)
        and sum(1 for _ in YEAR_RE.finditer(segment)) == 1
    ):
        return int(closing_year.group(1))
    # "… told city council in 2025 that it could access 1,480 cameras, but only 46 of those
    # are owned by the city": everything reported dates from the telling, but not past a clause
    # with its own verb ("…, and Grenoble has just 59").
    if _FINITE_VERB_RE.search(segment, clause_start, phrase_start):
        # (but "… said in 2024 that the city now had more than 2,000": the telling's "now")
        told_now = _TOLD_NOW_BEFORE_RE.search(segment, max(0, clause_start - 60), clause_start)
        if told_now is not None and _PAST_FINITE_VERB_RE.match(segment, clause_start):
            return int(told_now.group(1))
        return None
    reported = _REPORTED_IN_YEAR_RE.search(segment, max(0, clause_start - 250), clause_start)
    return int(reported.group(1)) if reported else None


_RESOLUTION_RE = re.compile(r"[248]K")
#: A figure the speaker takes back: "Aberdeen's got 60 – sorry, 66".
_RETRACTED_AFTER_RE = re.compile(
    r"[ \u00a0]*[,–—-]*[ \u00a0]*(?:sorry|i\s+mean|no|correction|or\s+rather)[,:]?[ \u00a0]+"
    r"(?:(?:it['’]s|make\s+that)[ \u00a0]+)?\d"
)
#: An Indian postal code after its town in an address: "Vepery, Chennai - 600 007."
_PIN_CODE_RE = re.compile(r"\d{3}[ \u00a0]?\d{3}")
_PIN_CODE_BEFORE_RE = re.compile(r"[a-z][ \u00a0]*[-–][ \u00a0]*$")
#: "An earlier version of this story said 12,000": a figure the text itself withdraws.
_RETRACTED_BEFORE_RE = re.compile(
    r"\b(?:earlier|previous|original)\s+(?:version|draft|edition)\b(?:[^.;]|\.\d)*?"
    r"\b(?:said|stated|gave|reported|put|had)\s+(?:the\s+(?:figure|number)\s+(?:as|at)\s+)?"
    rf"(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}$"
)
#: A count per unit, not a total: "24 in each of the 26 trainsets", "90 cameras at each station"
#: (but "Almaty and Astana have more than 12 thousand cameras each" gives each place its count;
#: "six cameras per bus" is _PER_THING_AFTER_RE's).
_PER_UNIT_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+[\w-]+){0,2}?[ \u00a0]+(?:cameras?[ \u00a0]+)?(?:in[ \u00a0]+each[ \u00a0]+of\b"
    r"|(?:in|on|at)[ \u00a0]+(?:each|every)"
    r"[ \u00a0]+(?:station|bus|train|tram|car|carriage|coach|vehicle|stop|school|trainset|junction"
    r"|intersection|floor|building|platform|terminal)\b)"
)
#: How an answer may open before its figure: "A: According to the city police, roughly".
_SPOKEN_ANSWER_BEFORE_RE = re.compile(
    r"[\s\"“*–—-]*(?:[A-Z]+:[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,3}"
    # "Toruń: over 200", "Katowice – 1,2 thousand": a colon or a dash sets the figure off too.
    r"(?:(?:,|[ \u00a0]?:|[ \u00a0][–—])[ \u00a0]+(?i:(?:i|we)[ \u00a0]+(?:think|believe|reckon|guess|heard)[ \u00a0]+"
    r"(?:it['’]s|it[ \u00a0]+is|there['’]s|there[ \u00a0]+are)[ \u00a0]+)?"
    rf"(?i:(?:{QUALIFIER_WORDS})[ \u00a0]+){{0,2}}"
    # "London's more like 900,000": "'s" is "is" only with a hedge after it.
    # "Amsterdam is more like 400 if you don't count the trams": "is" with a hedge, too
    rf"|(?:['’]s|[ \u00a0]+is)[ \u00a0]+(?i:(?:{QUALIFIER_WORDS})[ \u00a0]+){{1,2}}"
    # "Antwerp ~1,000": a tilde after the name; "Jaipur approx 2,500": a hedge without a verb
    r"|[ \u00a0]+~|[ \u00a0]+(?i:approx\.?|approximately|roughly|around|about|apparently)"
    r"[ \u00a0]+~?"
    # "Monterrey I think under 5,000 but don't quote me"
    r"|[ \u00a0]+(?:I|we)[ \u00a0]+(?i:think|believe|reckon|guess)[ \u00a0]+"
    rf"(?i:(?:{QUALIFIER_WORDS})[ \u00a0]+){{0,2}}~?)"
)
#: "Takeshi Morimoto, 71, who …": a person's age in an appositive.
_AGE_AFTER_RE = re.compile(r",[ \u00a0]+(?:who|whose|a|an|the|said|says)\b")


def _is_spoken_answer(written: str, start: int, end: int, value: float) -> bool:
    """Whether the value answers for the place that opens its sentence ("Rabat, about 1,500.");
    a small one only with a hedge ("Dundee, I think it's something like 80."), never an age
    ("Takeshi Morimoto, 71, who …")."""
    answer = _SPOKEN_ANSWER_BEFORE_RE.fullmatch(written, 0, start)
    if answer is None or value < MIN_STATED_CAMERA_COUNT or _AGE_AFTER_RE.match(written, end):
        return False
    return value >= MIN_CAMERA_COUNT or qualifier_of_words(written[:start]) != "exact"


_ANSWER_OPENING_RE = re.compile(
    r"[\s\"“*]*(?:(?:a|answer)[ \u00a0]*[:.][ \u00a0]*)?"
    r"(?:(?:according[ \u00a0]+to|per)[ \u00a0]+[^,.;:]{1,80},[ \u00a0]*)?"
    # "How many cameras does Brisbane have? — It's 2,840, as at the end of June."
    r"(?:(?:it|that)(?:['’]s|[ \u00a0]+is)[ \u00a0]+)?"
    rf"(?:(?:{QUALIFIER_WORDS})[ \u00a0]+){{0,2}}"
)
_DASH_RESTATEMENT_RE = re.compile(
    rf"\s[–—]\s+(?:(?:{QUALIFIER_WORDS}|or|that['’]s|that\s+is)\s+){{0,2}}$"
)
_SPLIT_YEAR_AFTER_RE = re.compile(r"[/–-](\d\d)\b")


def _split_year_end(segment: str, match: re.Match[str]) -> int:
    """A financial or split year counts as the year it ends: "the 2023/24 financial year",
    "in 2024-25" are 2024 and 2025."""
    year = year_value(match.group())
    split = _SPLIT_YEAR_AFTER_RE.match(segment, match.end())
    if split is not None and int(split.group(1)) == (year + 1) % 100:
        return year + 1
    return year


#: "all installed in ", "put up in ": a network's installation year after it.
_INSTALLED_IN = r"(?:installed|added|put\s+up|fitted|mounted)\s+in\s+"
#: "… 168 cameras in 2022", "… 214 cameras as at 2026": the words before a figure's own year.
_OWN_YEAR_BEFORE_RE = re.compile(
    r"\s+(?:in|as\s+of|as\s+at|(?:at|by)\s+(?:the\s+)?(?:end|start|beginning)\s+of)\s+"
    # "Tamale: just 48 cameras, all installed in 2019": every one of them was there that year
    rf"|,\s+(?:all(?:\s+of\s+them)?\s+)?{_INSTALLED_IN}"
)
_RESPECTIVELY_ALL_INSTALLED_AFTER_RE = re.compile(
    r"(?:,\s+[\d.,]+)*(?:,?\s+and\s+[\d.,]+)?(?:\s+(?:[\w-]+\s+){0,2}?cameras?)?\s+respectively,"
    rf"\s+all(?:\s+of\s+them)?\s+{_INSTALLED_IN}((?:19|20)\d\d)\b"
)
#: "…, up from about 9,000": an earlier state, dated only by a year of its own and owned by
#: the figure before it (see the extractor).
EARLIER_STATE_BEFORE_RE = re.compile(
    # "up from 400", "down from the 1,200", "nearly double the 1,010 it had in 2023"
    r"\b(?:(?:up|down)\s+from(?:\s+the)?"
    r"|(?:double|triple|twice|thrice|(?:three|four|five|ten)\s+times)\s+(?:the|its))"
    rf"\s+(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}$"
)
_COMPARED_WITH_BEFORE_RE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s?\s+$"
)
#: A message's timestamp: "12/11/2026, 20:58 - Kunle:", "[2026-11-12 20:58]" (chat exports,
#: comments): when it was posted, never the figure's year.
_TIMESTAMP_DATE_BEFORE_YEAR_RE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]$")
_TIMESTAMP_TIME_AFTER_YEAR_RE = re.compile(r"(?:-\d{2}-\d{2})?,?[ \u00a0t]\d{1,2}:\d{2}\b")
_DATELINE_AFTER_YEAR_RE = re.compile(r",?\s*(?:\(?[a-z]{2,8}\)?\s*)?(?:--|—|–)")
_EVENTS = (
    r"(?:summit|olympics|olympic\s+games|games|world\s+cup|election|elections|riots?|earthquake"
    r"|eruption|tsunami|floods?|expo|championships?|tournament|protests?|attacks?|bombings?"
    r"|pandemic|meeting|conference|festival)"
)
#: "the 2022 Hunga Tonga-Hunga Ha'apai eruption": the event's year, a few words before it
#: (not "installed 150 cameras in 2023 ahead of the Pacific Games": the installation's).
_EVENT_AFTER_YEAR_RE = re.compile(
    r"\s+(?!(?:ahead|before|after|for|during|following|in\s+time)\b)"
    rf"(?:[a-z][\w'’-]*\s+){{0,4}}{_EVENTS}\b"
)
#: "… ahead of the Commonwealth Heads of Government Meeting in 2024", "ahead of Expo 2030",
#: "Vision 2030": an event's or a programme's year.
_EVENT_NOUN_BEFORE_YEAR_RE = re.compile(
    rf"\b(?:{_EVENTS}\s+(?:in|of)|expo|vision|agenda|cup|games|olympics)\s+$"
)
#: "after its ", "following the ": the year of what happened before a present figure.
_AFTER_ITS_BEFORE_YEAR_RE = re.compile(r"\b(?:after|following)\s+(?:its|the|their|an?)\s+$")
_NOW_BEFORE_FIGURE_RE = re.compile(r"\b(?:now|today|currently)\b")
#: "the Mabat 2000 system", "the Safe City 2020 project": a year in a system's name (not "a
#: 2019 project", "in 2019 projects").
_NAMED_SYSTEM_AFTER_YEAR_RE = re.compile(
    r"\s+(?:system|project|programme|program|initiative|scheme|platform)\b"
)
_NAME_WORD_BEFORE_YEAR_RE = re.compile(
    r"(?<![\w'’-])(?!(?:the|a|an|in|of|since|by|its|their|his|her|our|from|to|until|and|or|for"
    r"|during|after|before|new|old|city|city['’]s|early|late|mid)\s)[a-z][\w'’-]*\s$"
)
#: A meeting where the figure was told: "officials told a press conference in 2025 that …".
_TELLING_EVENT_BEFORE_YEAR_RE = re.compile(
    r"\b(?:told|tells|telling|addressed|addressing|(?:said|says|spoke)\s+at)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:meeting|conference|briefing|hearing|session)\s+in\s+$"
)
#: A population count's year: "the 2021 census", "2017 population figures".
_CENSUS_AFTER_YEAR_RE = re.compile(
    r"\s+(?:(?:national|official|municipal)\s+)?(?:census|population)\b"
)
_CENSUS_BEFORE_YEAR_RE = re.compile(r"\bcensus\b[^.;\d]{0,70}$")
_WHEN_FIGURE_AFTER_RE = re.compile(r",?\s+when\b[^.;,\d]{0,80}\d")
_FINITE_VERB_RE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|runs?|ran|operates?|operated|counts?|counted|got)\b"
)
#: What a dated source is: "a 2022 study", "the city's 2021 security plan", "a 2025 answer".
_SOURCE_NOUNS = (
    r"(?:study|survey|report|count|audit|census|estimate|analysis|paper|review|answer|reply"
    r"|statement|release|briefing|presentation|inventory|documents?|filing|submission|bulletin"
    r"|register)"
)
#: Verbs that report a figure: "… said in 2025 that …", ", General Thanh said in October 2026."
_REPORTING_VERBS = (
    r"(?:said|says|told|reported|announced|stated|confirmed|disclosed|revealed|wrote|found)"
)
_ACCORDING_TO_YEAR_RE = re.compile(
    r"\baccording\s+to\s+(?:an?\s+|the\s+|its\s+|their\s+|[\w.-]+['’]s\s+){0,2}((?:19|20)\d\d)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?:{_SOURCE_NOUNS}|plan|data|figures|statistics|tally|budget)\b"
    # "…, including 65,000 installed by residents, Lt Gen Thanh said in October 2026."
    # An attribution after a comma, not "1.15 million cameras the bureau reported in 2019".
    rf"|,\s+(?:[^,.;\d]{{0,80}}?\s)?{_REPORTING_VERBS}(?:\s+\w+)?\s+in\s+"
    r"(?:[a-z]+\s+)?((?:19|20)\d\d)\s*[.!]?\s*$"
    # "…, from a 2019 provincial news release", "which comes from a 2019 industry study".
    r"|\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+|[\w.-]+['’]s\s+)((?:19|20)\d\d)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?{_SOURCE_NOUNS}\b"
    # "…, according to a statement issued by the UP Police headquarters in 2025."
    r"|,\s+according\s+to\s+[^.;\d]{0,100}?\b(?:issued|released|published|shared|compiled"
    r"|tabled|presented|provided|submitted)\s+(?:[^.;\d]{0,80}?\s)?in\s+(?:[a-z]+\s+)?"
    r"((?:19|20)\d\d)\s*[.!]?\s*$"
)
_ITEM_CLOSING_YEAR_RE = re.compile(r"\(((?:19|20)\d\d)\)[.;]?\s*$")
_ITEM_OPENING_RE = re.compile(
    r"[\s*_•-]*[a-z][\w'’.-]*(?:[ \u00a0][a-z][\w'’.-]*){0,3}[*_]*[ \u00a0]*(?::|[–—][ \u00a0])"
)
_REPORTED_IN_YEAR_RE = re.compile(
    rf"\b{_REPORTING_VERBS}\s+(?:[a-z]+\s+){{0,3}}?in\s+((?:19|20)\d\d)\s+that\b"
)
#: "… said in 2024 that the city now": a statement's year and its "now".
_TOLD_NOW_BEFORE_RE = re.compile(
    rf"\b{_REPORTING_VERBS}\s+(?:[a-z]+\s+){{0,3}}?in\s+((?:19|20)\d\d)\s+that\s+"
    r"(?:[\w'’]+\s+){0,4}?now$"
)
#: "… that the city now had": the past tense of a reported present.
_PAST_FINITE_VERB_RE = re.compile(r"\s*(?:had|was|were|ran|operated|counted)\b")
_PROGRAMME_NOUN_RE = re.compile(
    r"\b(?:programmes?|programs?|projects?|systems?|schemes?|networks?|centres?|centers?"
    r"|initiatives?|platforms?|plans?|laws?|rooms?|deals?|contracts?|agreements?|loans?|grants?"
    r"|tenders?)\b"
)
#: A programme's start before a year: "the 'Safe City' project launched in" (the year is the
#: project's, not that of the figure the sentence goes on to give).
_PROGRAMME_BEGUN_BEFORE_YEAR_RE = re.compile(
    # "Quetta's Safe City project, completed in 2019, has 900 cameras": the project's year too.
    rf"{_PROGRAMME_NOUN_RE.pattern}[\"”']?,?\s+(?:(?:which|that)\s+(?:was\s+)?)?"
    r"(?:launched|founded|established|set\s+up|started|begun|created|inaugurated|completed"
    r"|commissioned)\s+(?:in\s+)?$"
)
_WHEN_RE = re.compile(r"\bwhen\b")
#: "… started in 2018 with 350 cameras": the count a programme started with, after its year.
_WITH_GAP_RE = re.compile(r",?\s+with\s+(?:(?:about|around|some|just|only|roughly|nearly)\s+)?")
_AUX_RE = re.compile(r"\b(?:was|were|is|are|been|had|has|have)\b")


def _programme_dated_after(segment: str, phrase_end: int, year_start: int) -> bool:
    """Whether a programme, deal or system named between a figure and a year has that year
    ("… 300,000 cameras, most of them linked to the programme launched in 2018"; "… 800 cameras
    and is migrating them to a new platform under a contract awarded in 2025"), not the figure
    ("had 640 cameras when its project was inaugurated in 2023")."""
    if _WHEN_RE.search(segment, phrase_end, year_start):
        return False
    nouns = list(_PROGRAMME_NOUN_RE.finditer(segment, phrase_end, year_start))
    return bool(nouns) and _AUX_RE.search(segment, nouns[-1].end(), year_start) is None


_FUTURE_RE = re.compile(
    r"\b(?:will|shall|plans?\s+to|is\s+to\s+get|to\s+be\s+added"
    # "… 9,000 public cameras and says it wants to reach 15,000 by 2028"
    r"|(?:wants?|aims?|hopes?|intends?|seeks?)\s+to"
    # "… has fewer than 200 cameras and no budget for more before 2027"
    r"|no\s+(?:budget|money|funds?|plans?)\s+for)\b"
)
_BY_YEAR_AFTER_RE = re.compile(r"\s+by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b")
_SOURCE_RELATIVE_RE = re.compile(
    rf"\b(?:a|an|the)\s+((?:19|20)\d\d)\s+(?:[a-z]+\s+){{0,2}}{_SOURCE_NOUNS}"
    # "a 2024 report by the regional office of the Comptroller General, which found that"
    # ("a 2013 report by the British Security Industry Association (BSIA), which estimated
    # that there were")
    r"(?:\s+(?:by|of|from)\s+[^,;.]{1,60})?\s*,?\s*(?:which|that)"
    r"(?:\s+(?:estimated|found|counted|put\s+it\s+at|said|showed|reported)(?:\s+that)?"
    r"(?:\s+there\s+(?:were|was|are|is))?)?\s*$"
)
#: A sentence that opens with its dated source: "A 2011 study by Cheshire Constabulary, …,
#: estimated there were 1.85 million", "According to a 2025 answer to a parliamentary question,
#: the Belgrade police network now comprises 4,600 cameras".
_SOURCE_OPENING_RE = re.compile(
    rf"\s*[\"“]?(?:according\s+to\s+)?(?:a|an|the|its|their)\s+((?:19|20)\d\d)\s+(?:[a-z-]+\s+)?"
    rf"{_SOURCE_NOUNS}\b"
)
#: "According to the report of the Supreme Audit Office (NIK) from 2024, …"
_SOURCE_FROM_YEAR_OPENING_RE = re.compile(
    rf"\s*according\s+to\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){{0,2}}{_SOURCE_NOUNS}\b"
    r"[^,;.]{0,80}?\bfrom\s+((?:19|20)\d\d)\s*,"
)
_AND_THEN_RE = re.compile(r"\band\b")
#: The opening of an aside that dates something else: ", which opened … in 2008,".
_EVENT_VERB = (
    r"(?:launched|opened|founded|established|set\s+up|built|introduced|created|started|began"
    r"|begun|inaugurated|installed|unveiled|rolled\s+out|adopted|passed|signed|switched\s+on"
    r"|went\s+live|came\s+online|went\s+online|awarded|approved|hosted|designated|named"
    r"|commissioned|funded|financed|donated|visited|toured)"
)
_EVENT_BEFORE_YEAR_RE = re.compile(rf"\b{_EVENT_VERB}\s+(?:in\s+)?$")
#: A part of the figure, counted after it: "…, including the 48 we added with federal money in".
_INCLUDED_PART_BEFORE_YEAR_RE = re.compile(r",?\s+including\s+(?:the\s+)?\d[\d,.]*\b[^.;]*$")
#: A plan's telling after a figure of the present: "… now has 124, announced in 2025 …".
_ANNOUNCED_IN_BEFORE_YEAR_RE = re.compile(
    r"\b(?:announced|approved|pledged|promised|proposed|planned|budgeted|tendered)\s+in\s+$"
)
_ASIDE_OPEN_RE = re.compile(
    # ", which opened … in 2008,", "Launched in 2024 amid …,", ", part of a program that began in 2009,"
    # ("When I started this work in 2014, Beijing had …" is a time clause that does date it.)
    # ("4.1 When the unit was established in 2005, …": a numbered paragraph's time clause too.)
    rf"(?:,|^|\s[–—])(?!\s*(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\.?\s+)?[\"“]?when\b)\s*(?:which|who|whose|where|{_EVENT_VERB}\b|[^,;]{{0,60}}\b{_EVENT_VERB}"
    # ", the southern university city that was European Capital of Culture in 2010,"
    r"|(?:the|a|an)\s+[^,;]{0,60}\b(?:that|which)\s+(?:was|were|became|hosted))"
    r"\b[^,;]{0,120}$"
)


def _in_other_aside(segment: str, position: int, phrase_start: int, phrase_end: int) -> bool:
    """Whether `position` lies in a comma- or dash-delimited aside that the figure is not part
    of ("Colchester - which was granted city status in 2022 - has fewer than 90")."""
    window_start = max(0, position - 150)
    dash_open = _DASH_RE.search(segment[window_start:position][::-1])
    if dash_open is not None:
        dash_close = _DASH_RE.search(segment, position, position + 100)
        opened = position - dash_open.start()
        if dash_close is not None and (
            phrase_start >= dash_close.end() or phrase_end <= opened - dash_open.end()
        ):
            return True
    opening = _ASIDE_OPEN_RE.search(segment, window_start, position)
    if opening is None:
        return False
    closing = segment.find(",", position)
    if closing == -1:
        # A trailing clause: "… 42 cameras, …, where the first were installed in 2006."
        return phrase_end <= opening.start()
    return phrase_start >= closing or phrase_end <= opening.start()


#: A dash that opens or closes an aside: spaced hyphen, en or em dash (symmetric, so it also
#: finds the opening dash in the reversed text before a position).
_DASH_RE = re.compile(r"[ \u00a0][–—-][ \u00a0]|—")
_LEADING_YEAR_RE = re.compile(r"\s*(?:in\s+)?((?:19[5-9]|20[0-4])\d)\s*(?:[–—:-]|\)|\.)\s")
_NOW_RE = re.compile(r"\b(?:now|today|currently|since)\b")
#: (… from 90 cameras in 2018 to "cerca de 1.100 câmeras" today: the figure may be quoted.)
_CHANGE_TO_RE = re.compile(
    # ("… from 1,000 cameras in 2005 to more than 8,000")
    rf"\bto\s+[\"“«]?\s*(?:(?:{QUALIFIER_WORDS}|some|cerca\s+de)\s+){{0,2}}$"
)
#: "Per 1,000 residents the top five were: ", "Cameras per 1,000 people: ": a label before a
#: list of places and their rates.
_INLINE_RATE_LABEL_RE = re.compile(
    r"(?:\bcameras?[ \u00a0]+)?\bper[ \u00a0]+(?:1,000|1000|thousand)[ \u00a0]+"
    r"(?:residents|people|inhabitants|persons|population)\b[^:;.\d]{0,50}:[ \u00a0]*"
)
#: "Manchester 1.37", ", Glasgow 0.98", " and Leeds 0.66": one place and its rate.
_INLINE_RATE_ITEM_RE = re.compile(
    r"(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+)?[a-z][a-z.'’ -]{1,40}?[ \u00a0]+~?"
    r"(?P<value>\d{1,3}(?:\.\d{1,3})?)(?=[ \u00a0]*(?:[,;]|\.(?!\d)|$|[ \u00a0]+and\b))"
)
_ESTIMATES_RANGE_RE = re.compile(
    r"\b(?:estimates|figures)\b(?![^.;:\d]{0,60}?\b(?:population|people|residents|inhabitants"
    r"|visitors|tourists|crimes?|homicides?|murders?|thefts?|robber(?:y|ies)|arrests|costs?|budgets?"
    # "Industry estimates for the whole region range from …": no place's count
    r"|regions?|world|globe|continent|worldwide|global(?:ly)?)\b)"
    r"[^.;:\d]{0,60}?\b(?:ranges?|ranging|ranged|vary|varies|varied|go|goes|went|run"
    rf"|runs|ran)\s+(?:(?:anywhere\s+)?from|between)\s+(?P<value>(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}"
    rf"(?P<low>{VALUE})\s+(?:to|and)\s+(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}(?P<high>{VALUE}))"
    r"(?!\s*(?:per|%|percent|people|residents|inhabitants)\b)"
)
_PART_OF_WHOLE_GAP_RE = re.compile(
    r"\s+(?:cameras?\s+)?(?:out\s+)?of\s+(?:its|their|the|[a-z]+['’]s)\s+"
)
#: "…, out of 9,000 nationwide": a whole that a count before it is a part of (lower-cased text).
OUT_OF_BEFORE_RE = re.compile(rf"\bout\s+of\s+(?:(?:{QUALIFIER_WORDS}|some)\s+)?$")
_NATIONWIDE_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:cameras?\s+)?(?:nationwide|countrywide|across\s+the\s+country"
    r"|in\s+the\s+(?:whole\s+|entire\s+)?country)\b"
)
_NOW_AFTER_RE = re.compile(r"[\"”»]?\s*(?:today|now|currently|at\s+present)\b")
_FIGURE_IS_BEFORE_RE = re.compile(
    # "the figure is about 230", "the figure we could find is 66,000", "Nanjing's figure is one
    # of the most quoted: about 260,000"
    rf"\b{_FIGURE_IS}"
    r"\s+[\"“]?(?:(?:about|around|roughly|nearly|just|only|over|some|almost|approaching)\s+)?$"
)
_THE_NUMBER_WAS_BEFORE_RE = re.compile(
    r"(?:\b(?:the|that|this)\s+(?:figure|number|total|count)|\bwhen\s+it)\s+"
    r"(?:is|was|stands\s+at|stood\s+at)\s+(?:(?:about|around|roughly|nearly|just|only|some)\s+)?$"
)
_HAS_BEFORE_RE = re.compile(
    r"(?:\b(?:has|had|have|operates?|operated|runs?|ran|got|counts|counted"
    # "In 2019, the force had access to just 41."
    r"|(?:has|had|have)[ \u00a0]+access[ \u00a0]+to"
    r"|there\s+(?:are|were|is))|there['’]s)"
    r"[ \u00a0]+"
    rf"(?:(?:{QUALIFIER_WORDS}|just|only)[ \u00a0]+){{0,2}}$"
)
#: "…, and malmö more than ": a second place whose verb is left out, before its value (run on
#: the lower-cased segment; the extractor decides whether the words name a place).
_GAPPED_BEFORE_RE = re.compile(
    # "Córdoba has 1,900; Rosario 2,600; Mendoza, 1,100."
    r"(?:[,;]|\band|\bwhile|\bwhereas|\bbut)[ \u00a0]+(?:in[ \u00a0]+)?[^\W\d_][\w'’.-]*"
    # ("…, New Plymouth District Council 63 and Invercargill City Council 44": four words)
    rf"(?:[ \u00a0]+[^\W\d_][\w'’.-]*){{0,3}},?[ \u00a0]+(?:(?:{QUALIFIER_WORDS})[ \u00a0]+){{0,2}}~?$"
)
#: "…, Jumada Al-Akhirah 15, 1448": a date's day, before its year.
_YEAR_OF_DATE_AFTER_RE = re.compile(r",[ \u00a0]*\d{4}\b")
#: "…, November 23": a date's day, not a count.
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTH}\.?[ \u00a0]+$")
#: A list row's label before its figure, a name in capitalised words ("Gladstone: ", "- **Daejeon**:
#: around "; not "Crime index: "), and what may follow the figure in such a row ("(2025)").
_LABEL_ONLY_BEFORE_RE = re.compile(
    # (or without the colon: "Gdynia 90" in "Tricity numbers: Gdańsk 150, Gdynia 90")
    r"[-*•\s]{0,4}[A-ZÀ-Þ][^\W\d_]*(?:[ \u00a0-][A-ZÀ-Þ][^\W\d_]*){0,3}[*_]{0,2}(?::[\s*]*|[ \u00a0])"
    r"(?:(?:about|around|roughly|nearly|almost|approx\.|c\.|some|over|more\s+than)\s+)?"
)
_YEAR_ONLY_AFTER_RE = re.compile(r"\s*(?:\((?:19|20)\d\d\))?\s*\.?")
#: "… and " before a gapped count, and " in winooski" after it (lower-cased text).
_AND_BEFORE_RE = re.compile(r"(?:,|\band)[ \u00a0]+$")
_IN_PLACE_AFTER_RE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?!the\b|\d)[^\W\d_]")
_SMALL_ELLIPSIS_BEFORE_RE = re.compile(
    r"(?:(?:\b(?:up|down)\s+from|\b(?:operates?|operated|runs?|ran|has|had|have|got|monitors?"
    # "Aveiro has 28 cameras. Leiria counts 35."
    r"|monitored|counts|counted|to)|there['’]s|there\s+(?:are|were|is))\s+"
    # "Edmonton (about 60 cameras), Ottawa (48, as of 2025)": a place's count in parentheses.
    r"|[a-z][ \u00a0]\("
    # "the 61 working cameras in Stoke-on-Trent, the 97 in Derby": a list of places' counts.
    r"|(?:,|\band)\s+the\s+)(?:(?:about|around|roughly|nearly|just|only|some|over|fewer\s+than"
    r"|more\s+than|less\s+than|at\s+least|almost|under)\s+)?$"
)
_OTHER_RATE_BEFORE_RE = re.compile(
    r"\b(?:homicides?|murders?|crimes?|killings?|deaths?|robber(?:y|ies)|offen[cs]es|incidents?"
    r"|arrests?|rapes?|assaults?|shootings?|thefts?|burglar(?:y|ies)|doctors?|nurses?|beds"
    r"|officers?|inmates|prisoners|infections?|cases|complaints?|requests?|fines|tickets"
    r"|challans|violations|calls|vehicles|visitors|passengers|users|applications"
    # "Ridership on Line 1 reached 41.7 million in 2025"
    r"|ridership|riders|journeys|trips|footfall|tourists"
    # "… when cruise ship arrivals are expected to exceed 400,000"
    r"|arrivals|pilgrims|spectators|attendees|commuters|worshippers)\b"
)
_BASE_BEFORE_RE = re.compile(r"\b(?:for\s+every|for\s+each|per|every)\s+$")
_PER_THING_AFTER_RE = re.compile(
    r"\s+per\s+(?!cent\b|capita\b|square|sq\b|km|mile|head\b|person|resident|inhabitant"
    r"|citizen|people|population|\d|one\b|a\s|thousand|hundred|lakh|million"
    # "350 cameras per the city's 2024 budget": a source, as "per a 2024 audit" is
    r"|(?:the|its|their|his|her|our|my)\s)[a-z]"
)
#: A number of other things: "2,843 cases", "312 snatch thefts".
_COUNTED_OTHER_RE = re.compile(r"\d[\d,.]*\s+(?:[a-z-]+\s+)?" + _OTHER_RATE_BEFORE_RE.pattern)
_LEADING_AREA_RE = re.compile(
    r"\s*per\s+(?:square\s+|sq\.?\s+)(mile|kilomet(?:er|re)|km)s?\b"
    # ("Per square kilometre, Taipei has about 60 cameras and New Taipei about 15")
    r"(?:\s*,\s+|\s*,?\s+(?:that['’]s|that\s+is|there\s+are))"
)
_YEARS_EARLIER_AFTER_RE = re.compile(
    r"\s+(?:(?:it|they|the\s+city|the\s+council)\s+(?:ran|had|operated)\s+)?"
    r"(?:(?:a|one|two|three|four|five|\d{1,2})\s+(?:years?|decades?)\s+(?:earlier|before|ago)"
    r"|the\s+(?:previous|prior|preceding)\s+(?:year|decade))\b"
)
_CHANGE_OF_BEFORE_RE = re.compile(
    r"\b(?:rise|increase|increment|drop|fall|decrease|change|each\s+additional|every\s+additional)"
    r"\s+(?:of\s+)?$"
)
_CHANGE_FROM_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:\w+\s+)?$"
)
#: "with 100 more planned": an addition (not "about 3,000 more of its own": another network).
#: "… 120 cameras in 2024, bringing its total to about 300": the value before is an addition.
_BRINGING_TOTAL_AFTER_RE = re.compile(
    r"[^.;:\d]{0,40}?(?:\b(?:in\s+)?(?:19|20)\d\d\b[^.;:\d]{0,10})?,?\s+(?:bringing|taking|raising"
    r"|lifting|pushing)\s+(?:the|its|their|[a-z]+['’]s)\s+(?:total|network|number|count|tally)\b"
)
_TOTAL_TO_BEFORE_RE = re.compile(
    r"\b(?:bringing|taking|raising|lifting|pushing|brought|took|raised)\s+(?:the|its|their"
    r"|[a-z]+['’]s)\s+(?:total|network|number|count|tally)(?:\s+of\s+cameras)?\s+to\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}~?$"
)
_YEAR_THEN_TOTAL_TO_RE = re.compile(
    r"\b((?:19|20)\d\d)\b[^.;:\d]{0,10},?\s+(?:bringing|taking|raising|lifting|pushing)\s+"
    r"(?:the|its|their|[a-z]+['’]s)\s+(?:total|network|number|count|tally)(?:\s+of\s+cameras)?"
    r"\s+to\s+(?:[a-z~]+\s+){0,2}~?$"
)
#: After a year, the figure's own predicate joined by "and": "opened … in 2020 and can view".
_OTHER_PREDICATE_AFTER_YEAR_RE = re.compile(
    r"[^.;:\d]{0,15}?\s+and\s+(?:now\s+|today\s+|currently\s+)?(?:can|could|has|have|now|today"
    r"|operates|runs|counts|monitors|links|boasts)\b[^.;:\d]{0,60}$"
)
#: Between a figure and a year, an event the year dates: "… under an agreement signed with China
#: in 2018" (not "when the control room opened in 2004": the figure's first state).
_EVENT_PARTICIPLE_BEFORE_YEAR_RE = re.compile(
    r"(?![^.;:\d]*\bwhen\b)[^.;:\d]{0,60}?\b(?:signed|agreed|launched|founded|established"
    r"|created|introduced|built|adopted|passed|approved|announced|funded|financed|donated"
    r"|visited|toured)\b[^.;:\d]{0,40}?\s+in\s+$"
)
_INCREMENT_AFTER_RE = re.compile(
    r"\s+(?:more|new|additional|extra|further)\b(?!\s+(?:cameras?\s+)?of\s+(?:its|their)\s+own\b)"
)
#: "… operates another 58 cameras of its own": a network of its own, not an addition.
_OF_ITS_OWN_AFTER_RE = re.compile(
    r"\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:cameras?\s+)?of\s+(?:its|their)\s+own\b"
)
#: A part of a network: "390 of them were working" (not "62 of them fatal", "12 of them share
#: footage"), "2,000 of the cameras use facial recognition", "160 of the city's 240 cameras",
#: "(of those,) 870 are online".
_PARTITIVE_PRONOUN_AFTER_RE = re.compile(
    # ("About 2,300 of those cameras are in Mérida")
    r"\s+of\s+(?:them|(?:those|these)(?:\s+cameras)?)\s+(?:are|were|is|was|remain(?:ed|s)?|work(?:ed|s)?"
    r"|function(?:ed|s)?|use[sd]?|feed|fed|belong(?:ed|s)?|sit|sat|record(?:ed|s)?|can|could"
    # "About 4,200 of them run facial recognition software"
    r"|run|runs|ran"
    r"|now|still|have|had|working|functional|functioning|operational|online"
    # "140 cameras nationwide, 96 of them in Luxembourg City": the part a place has
    r"|(?:in|inside|within|across)(?!\s+(?:19|20)\d\d\b))\b"
)
_OF_THEM_AFTER_RE = re.compile(r"\s+of\s+(?:them|those|these)(?:\s+cameras)?")
_PARTITIVE_NOUN_AFTER_RE = re.compile(
    r"\s+of\s+(?:the|its|their|(?:[\w.-]+\s+){0,2}[\w.-]+['’]s)\s+(?:[\w'’,.-]+\s+){0,3}?"
    r"(?:cameras?|cctvs?)\b"
)
#: Words that may stand before the part's value: "of those, only 870", "of which about 5,100".
_PART_QUALIFIERS = (
    r"(?:(?:only|just|about|around|some|roughly|nearly|over|more\s+than|fewer\s+than|less\s+than"
    r"|at\s+least)\s+){0,2}"
)
#: "The NYPD itself owns ", "the city operates about ": an owner's verb before a part.
_OWNS_BEFORE_RE = re.compile(
    r"\b(?:owns|owned|operates|operated|runs|ran|controls|controlled|manages|managed)[ \u00a0]+"
    rf"{_PART_QUALIFIERS}$"
)
#: "Of these, 1,950 were installed", "…, of which 5,100 are connected".
_OF_THESE_BEFORE_RE = re.compile(
    rf"\bof\s+(?:these|those|them|which|whom)\s*,?\s+{_PART_QUALIFIERS}$"
)
#: "Of its some 260,000 cameras, about 100,000 are capable of facial recognition".
_OF_ITS_CAMERAS_BEFORE_RE = re.compile(
    # ("Of the Highland Council's cameras, 48 are in Inverness")
    r"\bof\s+(?:its|their|the|[a-z]+['’]s)\s+(?:[\w'’,.-]+\s+){0,4}(?:cameras|cctvs?)\s*,\s+"
    rf"{_PART_QUALIFIERS}$"
)
_INSTALLED_AFTER_RE = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?:installed|owned|run|operated|managed"
    # "Of these, about 100,000 are equipped with facial recognition"
    r"|put\s+up|set\s+up|mounted|fitted|equipped|capable|enabled|integrated)\b"
)
#: "… are enforcement cameras", "… are traffic enforcement cameras run by …".
_KIND_OF_CAMERAS_AFTER_RE = re.compile(
    r"\s+(?:are|were)\s+(?:[a-z-]+\s+){0,4}?(?:cameras|cctvs?)\b"
)
#: "… grew from ", "has risen from about ": a change, so "310 to 1,576" after it is no range.
_GREW_FROM_BEFORE_RE = re.compile(
    r"\b(?:grew|grown|rose|risen|increased|expanded|climbed|jumped|went|gone|doubled|tripled"
    r"|soared|surged)\s+(?:\w+\s+){0,2}?from\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}~?$"
)
_TO_BETWEEN_RE = re.compile(r"\s+to\s+")
_WORDS_BEFORE_DIGIT_RE = re.compile(r"[^\d]*")
#: "another", "an additional": an addition, unless the network is "of its own" (see _value_ok).
_ANOTHER_BEFORE_RE = re.compile(
    r"\b(?:another|an\s+additional|a\s+further)\s+(?:(?:about|some)\s+)?$"
)
#: "the National Security Operations Center (911)": a bracketed phone number after a name.
_BRACKETED_CODE_BEFORE_RE = re.compile(
    r"\b(?:cent(?:er|re)|line|hotline|services?|unit|room|number|desk|force"
    # "informed this Wednesday (26)": a translated date's day of the month
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*\($"
)
#: "with (24) operators": a bracketed figure followed by a noun of its own.
_BRACKETED_WITH_NOUN_RE = re.compile(
    r"\)\s+(?!(?:cameras?|cctvs?|units|devices|and|or|but|while|whereas|in|at|to|for|from|of|as"
    r"|with|by|than|compared|respectively|per|each|on|since|after|before|the|a|an)\b)[a-z]"
)
#: "1,870 of its cameras would be replaced": work on part of a network, no count of it.
_PART_WORKED_ON_AFTER_RE = re.compile(
    r"\s+of\s+(?:its|the|their|these|those)\s+(?:[\w-]+\s+){0,3}?(?:cameras?|cctvs?)\s+"
    r"(?:would|will|are\s+to|is\s+to|are\s+(?:due|set|scheduled)\s+to|were|are)\s+(?:be\s+)?"
    r"(?:replaced|upgraded|removed|repaired|decommissioned|relocated|switched\s+off)\b"
)
#: "… are in Abu Dhabi city" (a place's name, not "are in the Laoshan scenic area").
_LOCATED_AFTER_RE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:located\s+)?(?:in|inside|within)\s+(?!(?:the|a|an|its|their)\b)"
)
_WORKING_AFTER_RE = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+(?:still\s+|now\s+|currently\s+|actually\s+|fully\s+)?(?:working"
    r"|functional|functioning|operational|online|active|live|connected|linked|recording"
    r"|in\s+(?:use|operation|service))|(?:still\s+|actually\s+)?(?:work|function)"
    # "Now we have about 55,000 working, and …" (not "2,000 working days")
    r"|(?:working|functional|functioning|operational)(?=\s*(?:[,.;:)]|$)|\s+(?:and|now|today)\b)"
    # "Of these, 41 can be viewed live by the police"
    r"|(?:can|could)\s+be\s+(?:viewed|accessed|monitored|watched|seen)\s+live"
    # "Of those, roughly 1,900 stream live into the center"
    r"|(?:stream(?:s|ed)?|feed(?:s)?|fed)\s+(?:live\s+)?(?:in)?to)\b"
)
#: "…, including 380 owned by the city": the part of a counted network an owner holds.
_OWNED_BY_AFTER_RE = re.compile(
    r"\s+(?:(?:are|were)\s+)?(?:owned|operated|run|managed|maintained|funded)\s+by\b"
    r"|\s+belong(?:s|ing)?\s+to\b"
)
#: "the number has since fallen to 81": a network's count, however small.
_CHANGED_TO_RE = re.compile(r"\b(?:risen|rose|grown|grew|increased|fallen|fell|dropped)\s+to\b")
_SMALL_NETWORK_BEFORE_RE = re.compile(
    r"(?:\b(?:has|had|have|got|operates?|operated|runs?|ran|there\s+(?:are|were|is)|there['’]s"
    r"|network\s+of|network\s+(?:is|was|stands\s+at)"
    # "Port Harcourt's network, just 90 cameras, has been offline": the network in apposition
    r"|(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+)?(?:network|system),"
    # "… jointly monitor 86 CCTV cameras", "the council maintains 64 cameras"
    r"|monitors?|monitored|maintains?|maintained|manages?|managed|owns?|owned|uses|used"
    # "the detachment has access to approximately 60 cameras", "… can view 24 cameras"
    r"|access(?:es)?\s+to|(?:can|could)\s+(?:view|see|watch|access)"
    r"|includes?|included|including|comprises|comprised|numbers|numbered|totals|totalled"
    # "its program consisted of 84 fixed cameras", "is made up of 46 cameras"
    r"|consists?\s+of|consisted\s+of|made\s+up\s+of"
    r"|(?:grew|grown|rose|risen|increased|doubled|tripled|expanded|climbed|jumped|went|gone)"
    # "Hastings District Council increased its network from 38 cameras in 2022 to 65"
    # "Hamilton grew fastest in absolute terms, from 94 cameras in 2024 to 118"
    r"(?:\s+in\s+size|\s+(?:its|their|the)\s+(?:network|system)|(?:\s+[a-z]+){1,4},)?\s+(?:to|from)"
    # "Drogheda installed 32 cameras in 2019", "… up from 42 in 2022", "the Shire of Broome
    # said its 38 cameras …"
    r"|installed|deployed|(?:up|down)\s+from|(?:said|says)\s+(?:its|their)"
    # "… while Medicine Hat reported 22 cameras in 2025"
    r"|reported|reports"
    # "the municipal system reached 79 cameras in 2024", "Coimbra switches on 41 cameras",
    # "the network stands at 64 cameras": a total in place
    r"|reach(?:es|ed)|stands\s+at|stood\s+at|(?:switch(?:es|ed)?|turn(?:s|ed)?)\s+on|activated"
    # "video observation now runs to about 30 cameras"; "- Duisburg: 2 locations, 38 cameras"
    r"|(?:runs?|ran|amounts?|amounted|comes?|came)\s+to|\d\s+(?:locations?|sites?|areas?|zones?),"
    # "Lincoln (96 cameras)", "- Lincoln: 96 cameras", "Lakewood, CO (pop. 155,608): 95
    # cameras": a label's own count.
    # ("Leedswatch also monitors, under a service level agreement, 96 cameras": an aside between)
    r"|total\s+of|covered\s+by|monitored\s+by"
    # "The program began in 2007 with a pilot of 14 cameras": the network as it began
    r"|with\s+an?\s+(?:initial\s+|first\s+)?(?:pilot|trial)\s+of|with"
    # "estimates from installers range from 50 to 120 public cameras"
    r"|rang(?:e|es|ed|ing)\s+from"
    # "Hawick's 16 CCTV cameras", "the town's 24 cameras": a place's own network
    r"|\b[a-z][\w-]*['’]s)(?:,[^,;.:\d]{1,60},)?\s+"
    r"|[a-z][ \u00a0]\(|[a-z)]:[ \u00a0]+"
    # "…: the 61 working cameras in Stoke-on-Trent, the 97 in Derby"
    r"|[:;,][ \u00a0]+the[ \u00a0]+)"
    # 'it operated "over 90 cameras" in Apia': the count quoted; "Vienna: ~30 police cameras";
    # "Gatineau installed its first 12 cameras in 2024": the network as it began
    rf"[\"“]?(?:(?:its|their)\s+first\s+)?(?:(?:{QUALIFIER_WORDS}|only|just|another)\s+){{0,2}}~?$"
)
#: "Salto (about ", "Paysandú (": a place's count in brackets, in a list of them.
_PAREN_ENTRY_BEFORE_RE = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,3}[ \u00a0]\("
    rf"(?:(?:{QUALIFIER_WORDS}|[Mm]ore[ \u00a0]+than|[Aa]bout|[Oo]ver|[Nn]early)[ \u00a0]+)?~?$"
)
_NETWORKS_OR_TOWNS_RE = re.compile(r"\b(?:networks|systems|cities|towns|municipalities)\b")
_PAREN_ENTRY_RE = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]\((?:[a-z~][a-z ]*)?\d[\d,.]*\)")
#: "Leeds (1,200 cameras), …": the list's first entry names its unit in the brackets.
_PAREN_ENTRY_WITH_CAMERAS_RE = re.compile(
    r"[A-Z][\w'’.-]*[ \u00a0]\((?:[a-z~][a-z ]*)?\d[\d,.]*[ \u00a0]+(?:[\w-]+[ \u00a0]+)?cameras\)"
)
#: "operate 96 and ", "have 12, 9 and ", "have 21, ": earlier values of a list of networks.
_SMALL_LIST_BEFORE_RE = re.compile(
    r"\b(?:has|had|have|operates?|operated|runs?|ran|monitors?|maintains?|owns?)\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?\d+(?:,\s+\d+)*(?:,\s+(?:and\s+)?|\s+and\s+)$"
)
#: "… 40 cameras were installed", "28 cameras were operating": a small network in place.
_SMALL_NETWORK_AFTER_RE = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:cameras?|cctvs?))?\s+(?:were|have\s+been|had\s+been|are|is)\s+"
    r"(?:now\s+|currently\s+)?(?:installed|deployed|operating|operational|in\s+(?:operation|use))\b"
)
#: "… since the city's first 16 cameras went live in 1997": the network as it began (not "the
#: latest 20 cameras were switched on").
_FIRST_CAMERAS_BEFORE_RE = re.compile(r"\bfirst\s+$")
_WENT_LIVE_AFTER_RE = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:cameras?|cctvs?))?\s+(?:went\s+live|came\s+online"
    r"|were\s+(?:switched|turned)\s+on|were\s+installed)\b"
)
_BUILDING_BEFORE_RE = re.compile(
    r"\b(?:building|house|home|office|school|station|shop|store|block|apartment|flat|car|bus"
    r"|train|hospital|campus|stadium|mall|church|street|road|arcade|airport|museum|market|prison"
    r"|jail|casino|hotel|arena|zoo|university|college)\b"
)
#: "I already have 16 cameras in one store": one building's cameras.
_BUILDING_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:in|at|on|inside|outside)[ \u00a0]+(?:one|a|an|my|our|the|each|every|this|that|his"
    r"|her|their|its)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:building|house|home|office|school|shop|store"
    r"|block|apartment|flat|hospital|mall|church|restaurant|bar|factory|warehouse)\b"
)
_INCIDENT_AFTER_RE = re.compile(
    r"[^.;,]{0,30}?\b(?:stolen|damaged|vandali[sz]ed|broken|destroyed|removed|missing|faulty"
    r"|smashed|switched\s+off|out\s+of\s+(?:action|order))\b"
)
#: "an industry estimate from 2023": a source's year dates its figure.
_SOURCE_FROM_RE = re.compile(
    r"\b(?:estimates?|figures?|data|reports?|survey|count|census|study|audit|tally),?\s+from\s+$"
)
_NOT_FIGURE_YEAR_RE = re.compile(
    r"\b(?:since|from|between|until|after|up\s+from|ahead\s+of(?:\s+the)?|before\s+the)\s+"
    # "… has subsidized 2,340 cameras since fiscal 2015"
    r"(?:fiscal\s+(?:year\s+)?|fy\s?)?"
    # "… repeated in briefings since early 2025"
    r"(?:(?:early|mid|late)(?:\s+|-))?$"
)
#: "… has subsidised more than 29,000 such cameras since it launched its programme in 2015":
#: the year a count has grown since, not the count's.
_SINCE_START_BEFORE_YEAR_RE = re.compile(
    r"\bsince\s+(?:it|they|we|the\s+[\w-]+(?:\s+[\w-]+)?|its\s+[\w-]+)\s+(?:was\s+|were\s+)?"
    r"(?:launched|began|started|opened|set\s+up|introduced|created)"
    r"(?:\s+(?:its|their|the|our)\s+[\w-]+)?\s+in\s+$"
)


#: "four in ", "1 in ": the share before a proportion's base ("four in ten of the cameras").
_PROPORTION_BEFORE_RE = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+in\s+$"
)


def _value_ok(segment: str, start: int, end: int) -> bool:
    before = segment[max(0, start - 24) : start]
    if (
        _DATE_BEFORE_RE.search(before)
        # "B.E. 2567", "BE 2567": a Buddhist-era year (not "thought to be 5 million")
        or (
            before.endswith(_ERA_ENDINGS)
            and _ERA_BEFORE_RE.search(before)
            and _ERA_YEAR_RE.fullmatch(segment, start, end) is not None
        )
        or _EXCLUDED_BEFORE_RE.search(segment, max(0, start - 70), start)
    ):
        return False
    return not (
        (
            _NON_FIGURE_HINT_RE.search(before)
            and _NON_FIGURE_BEFORE_RE.search(before)
            and not (_ANOTHER_BEFORE_RE.search(before) and _OF_ITS_OWN_AFTER_RE.match(segment, end))
            and not _FEEDS_FROM_BEFORE_RE.search(before)
        )
        or _NON_FIGURE_AFTER_RE.match(segment, end, end + 12)
        or _CURRENCY_CODE_BEFORE_RE.search(segment, max(0, start - 5), start)
        # "Fewer than four in ten of the surveillance cameras": a proportion's base
        or (before.endswith(" in ") and _PROPORTION_BEFORE_RE.search(before) is not None)
        # "Hotline: 01711-558 920": a number written with a leading zero is a code or a phone's
        or (segment[start] == "0" and segment[start + 1 : start + 2].isdigit())
        # "The emergency number everywhere is 112", "call the agency on 0800 2255 5362"
        or _PHONE_BEFORE_RE.search(segment, max(0, start - 60), start) is not None
        or _RETRACTED_AFTER_RE.match(segment, end, end + 30)
        or _RETRACTED_BEFORE_RE.search(segment, max(0, start - 80), start)
        or (
            _PIN_CODE_RE.fullmatch(segment, start, end) is not None
            and _PIN_CODE_BEFORE_RE.search(segment, max(0, start - 6), start) is not None
        )
        or _PER_UNIT_AFTER_RE.match(segment, end, end + 60)
        or _PLAN_BEFORE_RE.search(segment, max(0, start - 60), start)
        or _PLAN_AFTER_RE.match(segment, end, end + 60)
    )


#: A telephone number's context: "the emergency number is", "call … on", "0800 2255 " (the
#: groups of a number that opens with a zero or a country code).
_PHONE_BEFORE_RE = re.compile(
    r"\b(?:emergency|hotline|helpline|help\s+line|phone|telephone|toll-?free|whatsapp)"
    r"\s+(?:number|line|no\.)\b[^.;\d]{0,20}$"
    r"|\b(?:call|dial|ring)\s+(?:[^.;\d]{0,40}?\s)?(?:number|hotline|helpline|line|on|at)\s+$"
    r"|\b(?:call|dial)\s+$"
    r"|(?<![\d.,])(?:\+\d{1,3}|0\d{2,4})(?:[ \u00a0-]\d{2,5}){0,3}[ \u00a0-]$"
)
_EMERGENCY_NUMBERS = ("911", "999", "112")
_NUMBER_GOES_ON_RE = re.compile(r"[\d.,]?\d")
#: What an emergency number comes after: an agency's acronym ("ECU 911", "VEN 911") or a call.
_EMERGENCY_NUMBER_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])[A-Z]{2,6}[ \u00a0-]|\b(?:to|call|calls|dial|calling|via|the|its)[ \u00a0]+)$"
)
#: "the municipal hotline at ", "known by its hotline number Moked ", "call centre on ".
_HOTLINE_BEFORE_RE = re.compile(
    r"\b(?:hot[ \u00a0-]?line|help[ \u00a0-]?line|moked|call[ \u00a0]+cent(?:re|er)"
    # "Maryland Relay Service: 711", "TTY: 711"
    r"|relay[ \u00a0]+service|tty|tdd|text[ \u00a0]+relay)"
    r"(?:[ \u00a0]+number)?(?:[ \u00a0]+(?:at|on|is|moked))?(?:[ \u00a0]+|:[ \u00a0]*)$"
)
#: A phone number's digits: three to six, with no thousands separator and nothing after.
_SHORT_NUMBER_RE = re.compile(r"\d{3,6}(?![\d.,]\d)")
_CAPTION_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:figure|fig\.|table|chart|exhibit|graph|slide|annex(?:ure)?|appendix)[ \u00a0]*$"
    # Money is no figure, whatever follows it: "$4,300 per person"
    r"|[$£€¥₹][ \u00a0]?$"
)


def find_figures(
    segment: str,
    offset: int,
    patterns: MetricPatterns,
    list_metric: str | None = None,
    follows_count: bool = False,
    follows_mention: bool = False,
    follows_question: bool = False,
    list_scale: float = 1.0,
) -> list[Figure]:
    """Every camera figure in one segment (a sentence, heading or list row).

    `list_metric` is the metric a preceding heading set for the rows of a list ("per km²"),
    and `list_scale` the factor it gives their values ("Cameras (m)"; the caller applies it);
    `follows_count` says the previous sentence stated a camera count ("… accounts for 75,000
    of them"); `follows_mention` that it spoke of cameras ("Which city has the most cameras?
    Milan, with about 2,400."), `follows_question` that it asked how many cameras there are
    ("How many cameras does Tashkent have? Roughly 12,500 as of 2025.").
    """
    written = segment
    segment = _lowered_same_length(segment)
    raws: list[_Raw] = []
    used: list[tuple[int, int]] = []

    def take(metric: str, match: re.Match[str], low: float, high: float | None) -> None:
        value_start = match.start("value")
        if _CAPTION_NUMBER_BEFORE_RE.search(segment, max(0, value_start - 12), value_start):
            # "Figure 9.2 Public CCTV cameras per 1,000 residents": a caption's number
            return
        if segment.startswith(_EMERGENCY_NUMBERS, value_start) and (
            _EMERGENCY_NUMBER_BEFORE_RE.search(written, max(0, value_start - 16), value_start)
            and _NUMBER_GOES_ON_RE.match(segment, value_start + 3) is None
        ):
            return  # "ECU 911 camera network", "cameras connected to 911": the emergency number
        if _HOTLINE_BEFORE_RE.search(segment, max(0, value_start - 30), value_start) and (
            _SHORT_NUMBER_RE.match(segment, value_start)
        ):
            return  # "the municipal hotline at 106", "calls to Moked 106": a phone number
        raws.append(
            _Raw(
                metric,
                low,
                high,
                match.start("value"),
                match.end("value"),
                match.start(),
                match.end(),
                plus=bool(match.groupdict().get("plus")),
                hedged=bool(match.groupdict().get("hedge") or match.groupdict().get("hedge_word")),
            )
        )
        used.append((match.start(), match.end()))

    # Cheap word tests decide which phrase patterns can apply; value-first patterns are then
    # tried only where a number starts (one scan for numbers instead of one per pattern), and
    # only before the last word they need ("cameras", "per", "km²").
    values = list(patterns.bare_value.finditer(segment))
    if not values:
        return []
    has_ratio_word = (
        "per" in segment
        or "every" in segment
        or "each" in segment
        or " to " in segment
        or " for " in segment
        or "/" in segment
    )
    has_area_word = (
        "square" in segment
        or "sq" in segment
        or "km" in segment
        or "mi²" in segment
        or "mile" in segment
    )
    has_camera_word = _CAMERA_WORD_RE.search(segment) is not None
    last_camera_noun = max(
        segment.rfind("cam"),
        segment.rfind("cám"),  # FOREIGN_CAMERA_NOUNS: "cámaras", "câmeras", "kameras"
        segment.rfind("câm"),
        segment.rfind("kamer"),
        segment.rfind("lens"),
        segment.rfind("cctv"),
        segment.rfind(" ones"),
        segment.rfind(" units"),
        segment.rfind(" devices"),
    )
    starts = [value.start() for value in values]

    def anchored(pattern: re.Pattern[str], before: int) -> list[re.Match[str]]:
        found = (pattern.match(segment, start) for start in starts if start < before)
        return [match for match in found if match is not None]

    if has_ratio_word:
        for match in patterns.one_for_every.finditer(segment):
            if _lowercase_demonym(written, match):
                continue
            parsed = parse_range(match.group("value"))
            # "a rise of one camera per 1,000 residents was associated with …": a change.
            if _CHANGE_OF_BEFORE_RE.search(segment, max(0, match.start() - 30), match.start()):
                continue
            if parsed and not _is_year(match.group("value")):
                take("people_per_camera", match, *_as_count(match.group("value"), parsed))
        if _PEOPLE_NAMED_RE.search(segment) is not None:
            for match in patterns.one_for_every_bare.finditer(segment):
                parsed = parse_range(match.group("value"))
                if (
                    parsed
                    and not _is_year(match.group("value"))
                    and _PEOPLE_NAMED_RE.search(segment, 0, match.start()) is not None
                    and not _overlaps(used, match.start(), match.end())
                ):
                    take("people_per_camera", match, *_as_count(match.group("value"), parsed))
        if "there" in segment:
            for match in patterns.camera_first.finditer(segment):
                parsed = parse_range(match.group("value"))
                if parsed and not _lowercase_demonym(written, match):
                    take("people_per_camera", match, *_as_count(match.group("value"), parsed))
        for match in anchored(patterns.people_per, last_camera_noun):
            parsed = parse_range(match.group("value"))
            if parsed and not _overlaps(used, match.start(), match.end()):
                take("people_per_camera", match, *_as_count(match.group("value"), parsed))
        if last_camera_noun >= 0:
            for match in patterns.base_first.finditer(segment):
                # "Per 1,000 residents, Lagos has 2.1 cameras": a subject only after a base
                # that opens the sentence.
                if match.group("subject") and segment[: match.start()].strip(' "“(-–—'):
                    continue
                _take_per_base(segment, match, used, take)
        last_ratio_word = max(
            segment.rfind("per"), segment.rfind("every"), segment.rfind("for"), segment.rfind("/")
        )
        for match in anchored(patterns.per_base, last_ratio_word):
            if not _lowercase_demonym(written, match):
                _take_per_base(segment, match, used, take)
        if last_camera_noun >= 0:
            for match in anchored(patterns.per_base_bare, last_ratio_word):
                _take_per_base(segment, match, used, take)
    if has_area_word:
        last_area_word = max(segment.rfind("sq"), segment.rfind("km"), segment.rfind("mi"))
        for match in anchored(patterns.area, last_area_word):
            parsed = parse_range(match.group("value"))
            if parsed and not _overlaps(used, match.start(), match.end()):
                unit = match.group("unit").lower()
                metric = "cameras_per_sq_mile" if "mi" in unit else "cameras_per_sq_km"
                take(metric, match, *parsed)
    count_matches = (
        [
            *anchored(patterns.count, last_camera_noun),
            *(
                (*patterns.count_reversed.finditer(segment), *patterns.brought_to.finditer(segment))
                if "camera" in segment or "cctv" in segment
                else ()
            ),
            *(
                anchored(patterns.count_network, len(segment))
                if "-camera" in segment or " camera " in segment or "-strong" in segment
                else ()
            ),
        ]
        # "Dammam and Al-Khobar have 3,400 and 1,900 units": bare units just after talk of
        # cameras count cameras too.
        if has_camera_word or (follows_mention and ("units" in segment or "devices" in segment))
        else []
    )
    for match in count_matches:
        value_text = match.group("value")
        if _RESOLUTION_RE.fullmatch(written, match.start("value"), match.end("value")):
            continue  # "4K cameras": a resolution, not 4,000 cameras
        if _overlaps(used, match.start("value"), match.end("value")) or _is_year(value_text):
            continue
        if (
            match.groupdict().get("increment")
            or not _value_ok(segment, match.start("value"), match.end("value"))
            or _PART_WORKED_ON_AFTER_RE.match(segment, match.end("value"))
        ):
            continue
        if _BASE_BEFORE_RE.search(segment, max(0, match.start("value") - 12), match.start("value")):
            continue  # "one crime solved for every 1,000 cameras": a base, not a count
        if _PER_THING_AFTER_RE.match(segment, match.end()):
            continue  # "up to 512 cameras per server": a capacity
        if _BRINGING_TOTAL_AFTER_RE.match(segment, match.end()):
            continue  # "installed 120 cameras in 2024, bringing its total to about 300": added
        if match.re is patterns.count_reversed and (
            # "Municipalities with a camera system …: 1,030": municipalities
            _labelled_as_others_with_cameras(segment, match.start("value"))
            # "… cameras, El Paso has more than thirteen hundred, and Las Cruces is under a
            # hundred": not across another value (written in words)
            or any(match.start() < start < match.start("value") for start in starts)
        ):
            continue
        if match.re is patterns.count_reversed and (
            _POPULATION_BEFORE_RE.search(
                segment[max(0, match.start("value") - 30) : match.start("value")]
            )
            # "118 cameras now watch over the city, Charleroi is approaching 330": the value
            # is another subject's, in a clause of its own.
            or _NEW_SUBJECT_CLAUSE_RE.search(written, match.start(), match.start("value"))
            # "12 cameras per square mile – far fewer than in Atlanta, where the ratio is over
            # 100": a rate's value, not a count
            or _RATE_IN_GAP_RE.search(segment, match.start(), match.start("value"))
        ):
            continue
        parsed = parse_range(value_text)
        if parsed:
            parsed = _as_count(value_text, parsed)  # "1.200 Kameras": no count has a fraction
        stated = match.re is patterns.count or match.re is patterns.count_network
        changed_to = match.re is patterns.brought_to or (
            match.re is patterns.count_reversed and _CHANGED_TO_RE.search(match.group())
        )
        if (
            parsed
            and parsed[0] < MIN_CAMERA_COUNT
            and not changed_to
            and not (
                stated and _small_count_is_a_network(segment, match.start("value"), match.end())
            )
            # "Port Vila's 40-camera network": a network by its own words
            and match.re is not patterns.count_network
        ):
            continue
        if parsed and parsed[0] >= MIN_TOWN_CAMERA_COUNT:
            take("camera_count", match, *parsed)
    if (has_camera_word or follows_mention or follows_count) and (
        "estimates" in segment or "figures" in segment
    ):
        # "Other estimates for Cairo range from 30,000 to 50,000", "… London, where estimates go
        # from about 600k to nearly a million": a range of counts, after talk of cameras.
        for match in _ESTIMATES_RANGE_RE.finditer(segment):
            if _overlaps(used, match.start("value"), match.end("value")):
                continue
            if _is_year(match.group("low")) or _is_year(match.group("high")):
                continue
            # "from 600 to 700 million": one magnitude for both, as in a plain range
            shared = parse_range(f"{match.group('low')} to {match.group('high')}")
            low, high = parse_value(match.group("low")), parse_value(match.group("high"))
            if shared is not None and shared[1] is not None:
                bounds = (shared[0], shared[1])
            elif low is not None and high is not None:
                bounds = (low[0], high[0])
            else:
                continue
            if MIN_CAMERA_COUNT <= bounds[0] < bounds[1]:
                take("camera_count", match, *bounds)
    if raws and _RESPECTIVELY_RE.search(segment) is not None:
        _take_listed_rates(segment, values, raws, used)
    if (
        "per " in segment
        and ":" in segment
        and (has_camera_word or follows_mention or follows_count)
    ):
        # "Per 1,000 residents the top five were: Manchester 1.37, Glasgow 0.98, …" (not
        # "Crime per 1,000 residents: …")
        for label in _INLINE_RATE_LABEL_RE.finditer(segment):
            if _OTHER_RATE_BEFORE_RE.search(segment, max(0, label.start() - 40), label.end()):
                continue
            at = label.end()  # the items run on, one after another
            while (item := _INLINE_RATE_ITEM_RE.match(segment, at)) is not None:
                parsed = parse_range(item.group("value"))
                if parsed is not None and not _overlaps(
                    used, item.start("value"), item.end("value")
                ):
                    take("cameras_per_1000_people", item, *parsed)
                at = item.end()
    if raws:
        _take_elided_rates(segment, raws, used)
    if (follows_count or any(raw.metric == "camera_count" for raw in raws)) and "per " in segment:
        _take_rates_after_count(segment, raws, used)
    if (
        list_metric is not None
        or has_camera_word
        or follows_count
        or follows_mention
        or follows_question
    ):
        _take_bare_values(
            segment,
            written,
            values,
            list_metric,
            raws,
            used,
            take,
            follows_count,
            follows_mention,
            follows_question,
            list_scale,
        )
    area = _LEADING_AREA_RE.match(segment)
    if area is not None:
        # "Per square mile, that's about 1,034 cameras": the sentence's counts are densities.
        metric = "cameras_per_sq_mile" if "mi" in area.group(1) else "cameras_per_sq_km"
        raws = [
            replace(raw, metric=metric) if raw.metric == "camera_count" else raw for raw in raws
        ]
    return _finish(segment, offset, raws)


#: What joins the items of a list: "Wrocław and Poznań", "2.60 and 1.33", "Lyon, Nice and Lille".
#: Another number listed after a value: "96 and 74 cameras", "12, 9 and 6".
_NUMBER_LISTED_AFTER_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|and[ \u00a0]+)\d")
LIST_JOIN_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|and[ \u00a0]+|&[ \u00a0]*)")
#: LIST_JOIN_RE without the bare comma, with "or": after a place named in comparison, "Moscow or
#: Shanghai" goes on with the comparison, but "Outside China, London came out on top" does not.
AND_OR_JOIN_RE = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:and|or|&)[ \u00a0]+")


#: A rate repeated without its noun: "… far below the 40-plus per 1,000 seen in Shenzhen",
#: "one camera for every 2 people in China and one for every 4 in America".
_ELIDED_PER_THOUSAND_RE = re.compile(
    rf"(?P<value>{RANGE})(?P<plus>\+|-plus\b)?[ \u00a0]+per[ \u00a0]+(?:1,000|1000|thousand)\b"
    r"(?![ \u00a0]+[a-z]+[ \u00a0]+(?:per|is|are|was|were)\b)"
    r"(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:in|seen|recorded|reported|for|across|and|while)\b)"
)
_COMPARED_WITH_RATE_RE = re.compile(
    r"\bcompared[ \u00a0]+(?:with|to)[ \u00a0]+[a-z][\w.'’ -]{0,40}?['’]s[ \u00a0]+"
    rf"(?:[\w-]+[ \u00a0]+){{0,2}}?(?P<value>{RANGE})(?=[ \u00a0]*(?:[.,;:)]|$))"
)
#: "… 114 cameras per 1,000 people, fewer than the US at roughly 270": the place ranked
#: against, with its own rate.
_RANKED_AGAINST_RATE_RE = re.compile(
    rf"\b{RANKED_AGAINST}\s+[a-z][\w.'’ -]{{0,40}}?,?\s+at\s+(?:{QUALIFIER_WORDS}\s+)?"
    rf"(?P<value>{RANGE})(?=[ \u00a0]*(?:[.,;:)]|$))"
)
_ELIDED_ONE_FOR_EVERY_RE = re.compile(
    rf"\bone[ \u00a0]+for[ \u00a0]+every[ \u00a0]+(?P<value>{RANGE})"
    r"(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:in|across|and|while)\b)"
)


def _take_elided_rates(segment: str, raws: list[_Raw], used: list[tuple[int, int]]) -> None:
    """A rate stated once and then repeated without its noun takes the stated rate's metric."""
    metrics = {raw.metric for raw in raws}
    # (A cheap count of a word the pattern needs goes first: the stated rate holds one "per".)
    for metric, pattern, hint, least in (
        ("cameras_per_1000_people", _ELIDED_PER_THOUSAND_RE, "per ", 2),
        ("people_per_camera", _ELIDED_ONE_FOR_EVERY_RE, "one for every", 1),
    ):
        if segment.count(hint) < least or not (
            metric in metrics
            # "with 11 cameras, one for every 445": a rate after a count, its noun left out
            # "2.8 cameras per 1,000 people, or one for every 360": the same rate turned round
            or (
                metric == "people_per_camera"
                and ("camera_count" in metrics or "cameras_per_1000_people" in metrics)
            )
        ):
            continue
        for match in pattern.finditer(segment):
            _take_elided_rate(metric, match, raws, used)
    if "camera_count" in metrics and "cameras_per_1000_people" not in metrics and "(" in segment:
        # "Kigali has roughly 1,000 cameras for just 1.3 million people (0.8 per 1,000)": the
        # count's rate, in brackets after it
        for match in _ELIDED_PER_THOUSAND_RE.finditer(segment):
            if segment[match.start() - 1 : match.start()] == "(":
                _take_elided_rate("cameras_per_1000_people", match, raws, used)
    rates = metrics - {"camera_count"}
    if len(rates) == 1 and "compared" in segment:
        # "Warsaw has roughly 33 cameras per 1,000 residents, compared with London's
        # often-quoted 68": another place's rate, its unit left out
        for match in _COMPARED_WITH_RATE_RE.finditer(segment):
            _take_elided_rate(next(iter(rates)), match, raws, used)
    if len(rates) == 1 and " at " in segment:
        for match in _RANKED_AGAINST_RATE_RE.finditer(segment):
            _take_elided_rate(next(iter(rates)), match, raws, used)


def _take_elided_rate(
    metric: str, match: re.Match[str], raws: list[_Raw], used: list[tuple[int, int]]
) -> None:
    """Takes a rate matched without its nouns (see _take_elided_rates), unless its value is a
    year or already read."""
    start, end = match.start("value"), match.end("value")
    parsed = parse_range(match.group("value"))
    if parsed is None or _is_year(match.group("value")) or _overlaps(used, start, end):
        return
    raws.append(
        _Raw(
            metric,
            parsed[0],
            parsed[1],
            start,
            end,
            match.start(),
            match.end(),
            plus=bool(match.groupdict().get("plus")),
        )
    )
    used.append((match.start(), match.end()))


#: What leads a rate that restates a count just given: "That's ~0.64 per 1,000", "…, or 0.64
#: per 1,000", "… for 670k people, so about 0.64 per 1,000".
_RATE_LEAD_BEFORE_RE = re.compile(
    r"(?:\bthat['’]s|\bthat\s+is|\bwhich\s+is|,\s+or|\bso|\bworks\s+out\s+(?:at|to)"
    rf"|\bi\.e\.)[ \u00a0]+[\"“]?(?:(?:{QUALIFIER_WORDS})[ \u00a0]+)?~?$"
)


def _take_rates_after_count(segment: str, raws: list[_Raw], used: list[tuple[int, int]]) -> None:
    """A rate per 1,000 without its nouns, right after a camera count in its own or the
    previous sentence: "Wrocław – 431 cameras. … That's ~0.64 per 1,000." """
    for match in _ELIDED_PER_THOUSAND_RE.finditer(segment):
        start = match.start("value")
        if _RATE_LEAD_BEFORE_RE.search(segment, max(0, start - 40), start) is not None:
            _take_elided_rate("cameras_per_1000_people", match, raws, used)


def _take_listed_rates(
    segment: str, values: list[re.Match[str]], raws: list[_Raw], used: list[tuple[int, int]]
) -> None:
    """Values listed before a rate share its unit in a "respectively" sentence ("Wrocław and
    Poznań had 2.60 and 1.33 cameras per 1,000 residents, respectively")."""
    for raw in list(raws):
        stated = parse_value(segment[raw.value_start : raw.value_end])
        if raw.metric == "camera_count" or raw.high is not None or not stated or not stated[0]:
            continue
        factor = raw.low / stated[0]
        cursor = raw.value_start
        for match in reversed(values):
            start, end = match.start("value"), match.end("value")
            if end > cursor:
                continue
            parsed = parse_value(match.group("value"))
            if (
                parsed is None
                or _is_year(match.group("value"))
                or _overlaps(used, start, end)
                or LIST_JOIN_RE.fullmatch(segment, end, cursor) is None
            ):
                break
            raws.append(_Raw(raw.metric, parsed[0] * factor, None, start, end, start, end))
            used.append((start, end))
            cursor = start


#: A count joined by "and" to cameras counted just before it: the second part of a network.
_SECOND_PART_BEFORE_RE = re.compile(r"\b(?:cameras|cctvs)\b[^.;:]{0,40}\band\s+$")


#: ", Charleroi is …": a capitalised subject opening a clause of its own after a comma.
_NEW_SUBJECT_CLAUSE_RE = re.compile(
    r",[ \u00a0]+[A-Z][\w'’-]+[ \u00a0]+(?:is|was|are|were|has|had)\b"
)


#: A row that opens with a place name and then its count: "Sequim ......... ", "Port Angeles –
#: about ", "Poulsbo ". (The text is lower-cased: a name is up to four words that are not a
#: verb or a function word, "my building has " is no name.)
_ROW_NAME_WORD = (
    r"(?!(?:has|had|have|is|are|was|were|with|my|our|their|its|the|a|an|and|or|of|in|at|on"
    r"|for|to|by|only|just|some|all|total|another|other|new|extra|additional|added|installed"
    r"|operates|runs|owns|add|adds|install|installs|replace|replaces|buy|buys|purchase|deploy"
    r"|deploys|upgrade|upgrades|remove|removes|fund|funds|plus|about|over|under)\b)"
    r"[^\W\d_][\w'’.-]*"
)
_PLACE_ROW_BEFORE_RE = re.compile(
    rf"[ \t\u00a0]*(?:[-*•][ \u00a0]+)?{_ROW_NAME_WORD}(?:[ \u00a0]{_ROW_NAME_WORD}){{0,3}}"
    r"[ \u00a0]*(?:\.{2,}|…+|[–—:-])?[ \u00a0]*"
    r"(?:(?:about|approximately|around|roughly|nearly|over|more[ \u00a0]+than|fewer[ \u00a0]+than"
    r"|under|almost)[ \u00a0]+)?"
)


def _small_count_is_a_network(segment: str, start: int, end: int) -> bool:
    """Whether a count under MIN_CAMERA_COUNT is a place's network ("Montgomery had 84 Flock
    cameras") rather than an incident or a building ("45 cameras stolen", "my building has 12")."""
    before = segment[max(0, start - 40) : start]
    return (
        (
            _SMALL_NETWORK_BEFORE_RE.search(segment, max(0, start - 100), start) is not None
            # "These include 1,150 ANPR cameras at 136 junctions and 64 face recognition cameras"
            or _SECOND_PART_BEFORE_RE.search(segment, max(0, start - 60), start) is not None
            # "… said in 2025 that 28 cameras were operating in the city"
            or _SMALL_NETWORK_AFTER_RE.match(segment, end) is not None
            # "Ballarat and Bendigo operate 96 and 74 cameras respectively": the list's last
            or _SMALL_LIST_BEFORE_RE.search(segment, max(0, start - 60), start) is not None
            # "Sequim ......... 9 cameras (2025)": a list row of places and their networks
            or (start <= 60 and _PLACE_ROW_BEFORE_RE.fullmatch(segment, 0, start) is not None)
            or (
                _FIRST_CAMERAS_BEFORE_RE.search(before) is not None
                and _WENT_LIVE_AFTER_RE.match(segment, end) is not None
            )
        )
        and _BUILDING_BEFORE_RE.search(before) is None
        and _INCIDENT_AFTER_RE.match(segment, end) is None
        and _BUILDING_AFTER_RE.match(segment, end) is None
    )


def _lowercase_demonym(written: str, match: re.Match[str]) -> bool:
    """Whether the match's unknown people noun is an ordinary word ("for every 100 officers"),
    not a demonym ("for every 950 Joburgers")."""
    start = match.start("demonym") if match.groupdict().get("demonym") else -1
    return (
        start >= 0
        and not written[start].isupper()
        and _LOWER_CASE_DEMONYM_RE.fullmatch(match.group("demonym")) is None
    )


_CAMERA_OR_UNIT_RE = re.compile(rf"{CAMERA_NOUN_RE.pattern}|\d[ \u00a0]+units\b", re.IGNORECASE)


def _take_per_base(
    segment: str,
    match: re.Match[str],
    used: list[tuple[int, int]],
    take: _Take,
) -> None:
    if _overlaps(used, match.start(), match.end()):
        return
    parsed = parse_range(match.group("value"))
    if parsed is None:
        return
    if _CHANGE_OF_BEFORE_RE.search(segment, max(0, match.start() - 30), match.start()):
        return  # "a rise of one camera per 1,000 residents was associated with …"
    if _EXCLUDED_BEFORE_RE.search(segment, max(0, match.start() - 50), match.start()):
        return  # "it's not No. 1 per person": a rank
    # "Ecuador's homicide rate reached 45 per 100,000 people": a rate of something else.
    if not CAMERA_NOUN_RE.search(match.group()) and _OTHER_RATE_BEFORE_RE.search(
        segment, max(0, match.start() - 60), match.start()
    ):
        return
    if match.groupdict().get("capita"):
        base = 1.0
    else:
        base_text = match.group("base")
        base_value = parse_value(base_text)
        base = (
            whole_value(base_text, base_value[0])  # "1,35 CCTV per 1.000 people"
            if base_value
            else {"thousand": 1000.0, "hundred": 100.0, "lakh": 100_000.0}.get(
                base_text.lower(), 0.0
            )
        )
    if base not in _ROUND_BASES:
        return  # "2.5 million cameras for 15 million people" is a count and a population
    if base >= 100_000 and not _CAMERA_OR_UNIT_RE.search(match.group()):
        # "a rate of around 57 per 100,000 inhabitants": homicides, not cameras ("3,695 units
        # per 100,000 people" are cameras in a camera survey)
        return
    low, high = parsed
    take(
        "cameras_per_1000_people",
        match,
        low / base * 1000,
        None if high is None else high / base * 1000,
    )


#: A dash after a list row's value, before the row's label ("1,450 — cameras …").
_DASH_AFTER_RE = re.compile(r"[ \u00a0]*[—–][ \u00a0]*(?=\w)")
#: What a row's label counts besides cameras ("Brazil's population in the 2022 census").
_OTHER_THING = (
    r"(?:population|people|residents|inhabitants|spent|budget|cost|arrests?|incidents?"
    r"|crimes?|cases|calls|fines)\b"
)
_OTHER_THING_LABEL_RE = re.compile(rf"\b{_OTHER_THING}")
#: … as the label's first words ("arrests credited to camera footage").
_OTHER_THING_FIRST_RE = re.compile(rf"(?:[a-z-]+[ \u00a0]+){{0,2}}?{_OTHER_THING}")
#: A list row's value followed by a plural noun of its own that is not a camera's: "1,160
#: incidents detected", "312 arrests made", "11 minutes".
_OTHER_COUNTED_NOUN_AFTER_RE = re.compile(
    # "17 control centers", "482 monitoring staff", "365-day operation"
    r"(?:[ \u00a0]+(?!(?:cameras?|cctvs?|cams?|units?|devices?)\b)[a-z]{3,})?"
    r"(?:[ \u00a0]+(?!(?:cameras|cctvs|cams|units|devices|lenses|feeds|sets|nos|pcs|is|was|has|as"
    r"|its|this|thus|plus|across|versus|less|besides|whereas|us)\b)[a-z]{2,}s\b"
    r"|[ \u00a0]+(?:staff|personnel)\b|-(?:day|hour|year|month|week)\b)"
)


#: Two plain whole numbers that could be years, as a range: a period ("960-1127", "1368–1644",
#: "2019-24"), not a bracketed count range ("400-500").
_PERIOD_RE = re.compile(r"(?:1?\d{3}|20\d\d)[-–](?:1\d{3}|20\d\d)|20\d\d[-–]\d\d")


#: An agency's acronym before its (emergency) number: "ECU 911" (run on the text as written).
_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z]{3,6}[ \u00a0-]$")
#: "in the building of the ex-Batallón 121", "along the Route 66": a number that is part of a
#: name (run on the text as written; not a gapped list's ", the US 85 million").
_NAMED_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:of|in|at|on|near|along|from|to|by)[ \u00a0]+the[ \u00a0]+[\w-]*[A-Z][\w'’-]*[ \u00a0]$"
    # A law report's citation: "Bridges [2020] EWCA Civ 1058", "[2013] 1 WLR 123", "(2021) 3 SCC"
    r"|[\[(](?:19|20)\d\d[\])][ \u00a0]+(?:\d{1,3}[ \u00a0]+)?[A-Z]{2,6}[ \u00a0]+(?:[A-Z][a-z]{1,5}[ \u00a0]+)?$"
)


#: Above this a listed "rate per 1,000" (two cameras a head) is a count the list's heading did
#: not mean.
_MAX_LISTED_RATE_PER_1000 = 2_000


def _as_count(value_text: str, parsed: tuple[float, float | None]) -> tuple[float, float | None]:
    """A count's (low, high): see whole_value."""
    if parsed[1] is None:
        return whole_value(value_text, parsed[0]), None
    return parsed


#: "… 0.64 per 1,000", "12,2 pour 1 000", "una por cada 930": a rate's base, also in a quote
#: left in its own language.
_RATE_BASE_BEFORE_RE = re.compile(r"\b(?:per|pour|por(?:\s+cada)?|pro|je|na\s+ka[żz]dych)\s+$")
#: "… of the city's cameras are in the French Quarter": a share that lies in a named district.
_IN_NAMED_PART_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+[\w'’-]+){0,4}?[ \u00a0]+(?:are|were|is|was)[ \u00a0]+(?:located[ \u00a0]+)?"
    r"(?:in|at|on|along|around)[ \u00a0]+the[ \u00a0]+[A-Z]"
)
_INCLUDING_BEFORE_RE = re.compile(rf"\bincluding\s+(?:(?:{QUALIFIER_WORDS})\s+){{0,2}}$")
#: "in the walled city", "along the seaside boulevard": a part of the place (not "in Kathmandu";
#: _LOCATED_AFTER_RE is the other side: "… are in Abu Dhabi city").
_PART_PREPOSITION = r"(?:(?:in|at|on)\s+the|along(?:\s+the)?|around(?:\s+the)?|near(?:\s+the)?)"
_PART_LOCATED_AFTER_RE = re.compile(rf"\s+{_PART_PREPOSITION}\s+[a-z]")
#: "…, about 300 of them in the coaching hubs of …" (run on the text as written: a lower-case
#: noun, and not "250 of them in the capital, Praia").
_OF_THEM_IN_A_PART_AFTER_RE = re.compile(
    rf"\s+of\s+(?:them|these|those)\s+{_PART_PREPOSITION}\s+"
    r"(?!(?:capital|city|country|island)\b)[a-z]"
)


_NUMBER_OF_RE = re.compile(
    # ("the number of people in the town swells to well over 400,000")
    r"\b(?:number|count|total|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?(?:[a-z-]+s|people)\b(?!\s+of\b)"
)


#: A label counting other things that have cameras: "Municipalities with a camera system",
#: "No. of police stations with CCTV" (matched on lower-cased text).
OTHERS_WITH_CAMERAS_LABEL_RE = re.compile(
    r"[\W_]*(?:(?:no\.|number)[ \u00a0]+of[ \u00a0]+)?(?:municipalities|cities|towns|districts|schools"
    r"|(?:police[ \u00a0]+)?stations|buses|councils|villages|communities|households|homes"
    r"|businesses|shops|premises)[ \u00a0]+(?:with|having|that[ \u00a0]+have)\b"
)
#: A label that counts events or people: "Incidents spotted by Warsaw's operators last year",
#: "Arrests made with camera footage" (matched on lower-cased text).
_OTHER_THINGS_LABEL_RE = re.compile(
    # ("Operators per shift: 40; total operators: 1,200")
    r"[\W_]*(?:(?:total|number\s+of|no\.\s+of)\s+)?(?:incidents|arrests|complaints|crimes|offen[cs]es|cases|calls|fines|alerts"
    r"|detections|requests|prosecutions|convictions|operators|officers|staff|passengers"
    r"|visitors)\b"
)
_LABEL_END_RE = re.compile(r":[ \u00a0]*$")


def _labelled_as_others_with_cameras(segment: str, start: int) -> bool:
    """Whether the value follows a label that counts other things with cameras
    ("Municipalities with a camera system co-funded by the Ministry: 1,030")."""
    clause = segment[max(0, start - 120) : start]
    if _LABEL_END_RE.search(clause) is None:
        return False
    label_start = max(clause.rfind(". "), clause.rfind("; ")) + 1
    return (
        OTHERS_WITH_CAMERAS_LABEL_RE.match(clause, label_start) is not None
        or _OTHER_THINGS_LABEL_RE.match(clause, label_start) is not None
    )


def _number_of_other_things(segment: str, start: int) -> bool:
    """Whether the value's clause counts things other than cameras: "The number of integrated
    control centers across the country rose to 231" (not "the number of cameras … to 326"), or
    the label before it does ("Municipalities with a camera system …: 1,030")."""
    if _labelled_as_others_with_cameras(segment, start):
        return True
    clause = segment[max(0, start - 120) : start]
    counted = list(_NUMBER_OF_RE.finditer(clause))
    return bool(counted) and CAMERA_NOUN_RE.search(clause, counted[-1].start()) is None


def _take_bare_values(
    segment: str,
    written: str,  # the segment as written (`segment` is lower-cased)
    values: list[re.Match[str]],
    list_metric: str | None,
    raws: list[_Raw],
    used: list[tuple[int, int]],
    take: _Take,
    follows_count: bool = False,
    follows_mention: bool = False,
    follows_question: bool = False,
    list_scale: float = 1.0,
) -> None:
    """Values without their own unit: list rows under a metric heading, elliptical counts
    ("… while in Japan there are over 5.5 million."), and an answer's opening figure."""
    has_count = any(raw.metric == "camera_count" for raw in raws)
    respectively = _RESPECTIVELY_RE.search(segment) is not None
    took_elliptical = False
    for match in values:
        value_text = match.group("value")
        start, end = match.start("value"), match.end("value")
        if _overlaps(used, start, end):
            continue
        if (
            segment[start - 1 : start] == "("
            and (
                (
                    _BRACKETED_WITH_NOUN_RE.match(segment, end)
                    # "Leeds (1,200 cameras) and Sheffield (950) lead the region": the last
                    # entry of a list of places with their counts in brackets.
                    and not (
                        _PAREN_ENTRY_BEFORE_RE.search(written, max(0, start - 60), start)
                        and _PAREN_ENTRY_WITH_CAMERAS_RE.search(written, 0, start)
                    )
                )
                or _BRACKETED_CODE_BEFORE_RE.search(segment, max(0, start - 20), start)
                # "the Northern Song Dynasty (960-1127)": a period of years
                or (segment[end : end + 1] == ")" and _PERIOD_RE.fullmatch(value_text))
            )
        ):
            # "with (24) operators": a bracketed figure with a noun of its own; "the National
            # Security Operations Center (911)": a phone number.
            continue
        if list_metric is None and (
            _is_partitive(segment, end, has_count or follows_count, follows_mention)
            or (
                # "The NYPD itself owns 3,150 of them": the part its owner holds
                (has_count or follows_count)
                and _OWNS_BEFORE_RE.search(segment, max(0, start - 40), start) is not None
                and _OF_THEM_AFTER_RE.match(segment, end) is not None
            )
            or _is_partitive_after_of_these(
                segment, start, end, has_count or follows_count or follows_mention
            )
        ):
            parsed = None if _is_year(value_text) else parse_range(value_text)
            if (
                parsed is not None
                and parsed[0] >= MIN_TOWN_CAMERA_COUNT
                # "to replace 600 of the oldest cameras", "1,870 of its cameras would be
                # replaced": work on part of a network, not a count.
                and _value_ok(segment, start, end)
                and _PART_WORKED_ON_AFTER_RE.match(segment, end) is None
                # "About 120 of the city's cameras are in the French Quarter": a district's share
                and _IN_NAMED_PART_AFTER_RE.match(written, end) is None
                # "… over 1,000 cameras, about 300 of them in the coaching hubs of …": a part
                and _OF_THEM_IN_A_PART_AFTER_RE.match(written, end) is None
            ):
                take("camera_count", match, *parsed)
            continue
        if (
            has_count
            and list_metric is None
            and _NATIONWIDE_TOTAL_AFTER_RE.match(segment, end) is not None
            and OUT_OF_BEFORE_RE.search(segment, max(0, start - 20), start) is not None
        ):
            # "… about 3,000 cameras in the capital, out of 9,000 nationwide": the country's
            parsed = None if _is_year(value_text) else parse_range(value_text)
            if parsed is not None and parsed[0] >= MIN_CAMERA_COUNT:
                take("camera_count", match, *parsed)
            continue
        # Outside a list, a bare value must end its clause; most values are followed by a
        # unit instead, so this cheap anchored test goes first.
        if (
            list_metric is None
            # (after a hedge: "Pattaya has 2,000 or so.")
            and _ELLIPSIS_AFTER_RE.match(segment, match.end()) is None
            # "Amadora … has had 105 since 2021", "…, Quito approx 1,200 and Guayaquil 2,500+
            # since 2023"
            and not (
                _SINCE_AFTER_RE.match(segment, end)
                and (
                    _HAS_HAD_BEFORE_RE.search(segment, max(0, start - 30), start)
                    or _GAPPED_BEFORE_RE.search(segment, max(0, start - 40), start)
                )
            )
        ):
            continue
        if _is_year(value_text) or not _value_ok(segment, start, end):
            continue
        parsed = parse_range(value_text)
        if parsed is None:
            continue
        before = segment[max(0, start - 40) : start]
        if _PEOPLE_AFTER_RE.match(segment, end):
            continue  # "for 15,354,067 people": a population
        if _RATE_BASE_BEFORE_RE.search(before):
            continue  # "…, or 0.64 per 1,000", "12,2 pour 1 000": a rate's base
        if _INCREMENT_AFTER_RE.match(segment, end):
            continue  # "with 100 more planned": an addition, not a total
        if _INCLUDING_BEFORE_RE.search(before) and _PART_LOCATED_AFTER_RE.match(segment, end):
            continue  # "…, including around 300 in the walled city": a part of the place
        if list_metric is not None:
            if _POPULATION_BEFORE_RE.search(before[-12:]) or _labelled_as_others_with_cameras(
                segment, start
            ):
                continue
            if _OTHER_COUNTED_NOUN_AFTER_RE.match(segment, end):
                continue  # "- 1,160 incidents detected" under "- 214 CCTV cameras in Nakuru"
            dash = _DASH_AFTER_RE.match(segment, end)
            if dash is not None and (
                _OTHER_THING_FIRST_RE.match(segment, dash.end())
                or (
                    _OTHER_THING_LABEL_RE.search(segment, dash.end(), dash.end() + 60)
                    and not CAMERA_NOUN_RE.search(segment, dash.end(), dash.end() + 60)
                )
            ):
                # "- 203 milhões – Brazil's population" under "- 4,150 – cameras feeding …",
                # "612 — arrests credited to camera footage": a row labelled with what else it
                # counts
                continue
            # "Kutaisi: 410 cameras (up from 95 in 2020)": an earlier state may be small.
            small_ok = _SMALL_ELLIPSIS_BEFORE_RE.search(before) is not None or (
                # "Gladstone: 64 (2025)": a row that is only a label and its figure.
                _LABEL_ONLY_BEFORE_RE.fullmatch(written, 0, start) is not None
                and _YEAR_ONLY_AFTER_RE.fullmatch(segment, end) is not None
                and parsed[0].is_integer()  # not "Seoul 11.5" under a chart of rates
            )
            floor = MIN_TOWN_CAMERA_COUNT if small_ok else MIN_CAMERA_COUNT
            if list_metric == "camera_count":
                parsed = _as_count(value_text, parsed)
                # (in millions under "Cameras (m)": "United States | 86")
                if parsed[0] * list_scale < floor:
                    continue
            elif (
                list_metric == "cameras_per_1000_people"
                and parsed[0] * list_scale > _MAX_LISTED_RATE_PER_1000
            ):
                # "- UK - about 6.9 million (11 per 100)" under "… the bracket is per 100
                # people": no place has two cameras a head, so the row's total is a count
                counted = _as_count(value_text, parsed)
                if counted[0] >= floor:
                    take("camera_count", match, *counted)
                continue
            take(list_metric, match, *parsed)
            continue
        # The value's own clause: "Antalya, whose population swells with 16 million visitors,
        # has nearly 1,900" is about cameras again after the aside.
        # (A clause's comma, not the one in "9,800".)
        clause_mark = max(segment.rfind(", ", 0, start), segment.rfind("; ", 0, start))
        wider = segment[max(0, start - 90, clause_mark + 1) : start]
        if (
            _OTHER_RATE_BEFORE_RE.search(wider) or _POPULATION_CHANGE_BEFORE_RE.search(wider)
        ) and not CAMERA_NOUN_RE.search(wider):
            # "the number of robberies rose 9 percent in 2024 to 1,338", "where the population
            # fell from about 1.4 million before the war to well under a million in 2022"
            continue
        if _number_of_other_things(segment, start):
            continue  # "The number of integrated control centers … rose to 231"
        if _CHANGE_FROM_BEFORE_RE.search(before):
            # "… helped crack 2,843 cases this year, up from 1,910": the change is of the
            # things named last before it (the same for "…, compared with 1,019 in 2023/24").
            clause = segment[max(0, start - 120) : start]
            other = list(_COUNTED_OTHER_RE.finditer(clause))
            cameras = list(CAMERA_NOUN_RE.finditer(clause))
            if other and (not cameras or cameras[-1].start() < other[-1].start()):
                continue
        rate = _elliptical_rate(segment, raws, start, parsed[0])
        if rate is not None:
            metric, factor = rate  # "…159 per 1,000 people, while Wuxi has 157."
            take(
                metric, match, parsed[0] * factor, None if parsed[1] is None else parsed[1] * factor
            )
            continue
        if (
            _POPULATION_BEFORE_RE.search(before)
            and not (
                # "Busan has ~38,000 for 3.3M people, Daegu about 29,000": a new subject's count
                (has_count or took_elliptical)
                and _NEW_SUBJECT_BEFORE_RE.search(written, max(0, start - 40), start)
            )
            and not (
                # "… in the cities of Salto (about 450), …": a listed place's bracketed count
                segment.startswith(")", end)
                and _PAREN_ENTRY_BEFORE_RE.search(written, max(0, start - 60), start) is not None
            )
            # "Novosibirsk, Russia's third-largest city with about 1.6 million people, has fewer
            # than 5,000": the verb after the aside has the place's count
            and _VERB_AFTER_ASIDE_BEFORE_RE.search(before) is None
        ):
            continue
        if _NAMED_NUMBER_BEFORE_RE.search(written, max(0, start - 40), start) or (
            len(value_text) == 3
            and value_text.isdigit()
            and _ACRONYM_BEFORE_RE.search(written, max(0, start - 10), start)
        ):
            # "the building of the ex-Batallón 121", "cameras tied into ECU 911": a name's number
            continue
        parsed = _as_count(value_text, parsed)  # "… had 996 cameras and has 1.150 today"
        if follows_question and _ANSWER_OPENING_RE.fullmatch(segment, 0, start):
            # "How many cameras does Tashkent have? — Roughly 12,500 as of 2025."
            if parsed[0] >= MIN_TOWN_CAMERA_COUNT:
                take("camera_count", match, *parsed)
        elif has_count or respectively:
            # "… operates 81 cameras, up from 34 in 2016", "…, while Edmonton police operate 32"
            # "…, while Galway has 31 (2023) and Limerick more than 40": a gapped second count.
            # "Ballarat and Bendigo operate 96 and 74 cameras respectively": the first of a
            # list of small counts comes before its noun.
            small_ok = (
                has_count
                or (respectively and _NUMBER_LISTED_AFTER_RE.match(segment, end) is not None)
            ) and (
                _SMALL_ELLIPSIS_BEFORE_RE.search(before) is not None
                or (respectively and _SMALL_LIST_BEFORE_RE.search(before) is not None)
                # "… 23 municipal cameras in South Burlington and 11 in Winooski"
                or (
                    _AND_BEFORE_RE.search(before) is not None
                    and _IN_PLACE_AFTER_RE.match(segment, end) is not None
                )
                or (
                    _GAPPED_BEFORE_RE.search(before) is not None
                    and _MONTH_BEFORE_RE.search(before) is None
                    and _YEAR_OF_DATE_AFTER_RE.match(segment, end) is None
                )
            )
            if parsed[0] >= (MIN_TOWN_CAMERA_COUNT if small_ok else MIN_CAMERA_COUNT):
                take("camera_count", match, *parsed)
        elif (
            (
                # "Rabat, about 1,500.", "Dundee, I think it's something like 80.", "London's more
                # like 900,000.": a spoken answer that names a place and its figure, after talk of
                # cameras.
                (follows_mention or follows_question or follows_count)
                and _is_spoken_answer(written, start, end, parsed[0])
            )
            or (
                parsed[0]
                >= _elliptical_floor(
                    follows_count,
                    # "Halifax police want more cameras downtown; municipality already has
                    # nearly 200": cameras named earlier in the same line
                    follows_mention
                    or _CAMERAS_THEN_SEMICOLON_RE.search(segment, 0, start) is not None,
                    before,
                )
                and (
                    _ELLIPSIS_BEFORE_RE.search(before)
                    # "It's 2,150-ish according to the city police site": hedged after it
                    or (match.group("hedge") and _ITS_BEFORE_RE.search(before))
                )
            )
            or (
                parsed[0] >= MIN_TOWN_CAMERA_COUNT
                and _APPOSED_COUNT_BEFORE_RE.search(segment, max(0, start - 120), start)
            )
            or (
                # "Cusco installed 120 cameras in 2024, bringing its total to about 300"
                parsed[0] >= MIN_TOWN_CAMERA_COUNT
                and _TOTAL_TO_BEFORE_RE.search(segment, max(0, start - 60), start) is not None
            )
            or (
                # "… the largest networks are in the cities of Salto (about 450), Paysandú (310)
                # and Rivera (more than 200)": places listed with their counts in brackets.
                parsed[0] >= MIN_TOWN_CAMERA_COUNT
                and parsed[0].is_integer()
                and "." not in value_text
                and (follows_count or follows_mention or has_count)
                and segment.startswith(")", end)
                and (
                    _NETWORKS_OR_TOWNS_RE.search(segment, 0, start) is not None
                    or _PAREN_ENTRY_WITH_CAMERAS_RE.search(written, 0, start) is not None
                )
                and _PAREN_ENTRY_BEFORE_RE.search(written, max(0, start - 60), start) is not None
                and len(_PAREN_ENTRY_RE.findall(written)) >= 2
            )
            or (
                # "Gothenburg has 220 and Malmö more than 180": the verb is left out the second time.
                # "Galway has 97 and Waterford just 64": a small network too, after the first.
                took_elliptical
                and parsed[0] >= MIN_TOWN_CAMERA_COUNT
                and _GAPPED_BEFORE_RE.search(before)
            )
        ):
            take("camera_count", match, *parsed)
            took_elliptical = True


def _is_partitive_after_of_these(segment: str, start: int, end: int, cameras_counted: bool) -> bool:
    """ "Of its 260,000 cameras, about 100,000 …", or, when the talk is of counted cameras
    (`cameras_counted`), "Of these, 1,950 were installed in 2016": part of the network (not "Of
    these, 2,406 led to an arrest")."""
    if _OF_ITS_CAMERAS_BEFORE_RE.search(segment, max(0, start - 70), start):
        return True
    return (
        cameras_counted
        and _OF_THESE_BEFORE_RE.search(segment, max(0, start - 30), start) is not None
        and (
            _INSTALLED_AFTER_RE.match(segment, end) is not None
            or _WORKING_AFTER_RE.match(segment, end) is not None
            # "…, of which about 61,000 are in Abu Dhabi city": the part a place has
            or _LOCATED_AFTER_RE.match(segment, end) is not None
            # "Of these, 1,850 are enforcement cameras": a kind of the network's cameras
            or _KIND_OF_CAMERAS_AFTER_RE.match(segment, end) is not None
        )
    )


def _is_partitive(segment: str, end: int, follows_count: bool, follows_mention: bool) -> bool:
    """Whether the value ending at `end` counts part of a camera network: "… of the city's 240
    cameras", "(of those,) … are online", "I'd say 600 work", after a stated count, "… of
    them were working" or "…, including 380 owned by the city", or after talk of cameras, "… of
    them are fitted with facial recognition"."""
    if _PARTITIVE_NOUN_AFTER_RE.match(segment, end) or _WORKING_AFTER_RE.match(segment, end):
        return True  # the caller has checked that the talk is of cameras
    pronoun = _OF_THEM_AFTER_RE.match(segment, end) if follows_mention else None
    if pronoun is not None and _INSTALLED_AFTER_RE.match(segment, pronoun.end()) is not None:
        return True
    return follows_count and (
        _PARTITIVE_PRONOUN_AFTER_RE.match(segment, end) is not None
        or _OWNED_BY_AFTER_RE.match(segment, end) is not None
    )


def _elliptical_floor(follows_count: bool, follows_mention: bool, before: str) -> float:
    """Smallest bare value read as a count with no count in its own sentence: after a sentence
    that stated one ("Limerick has about 150 cameras. Galway has 97 …") a small network counts;
    after one that spoke of cameras, a place that "has" a few hundred ("… 0.5 police cameras
    per 1,000 residents. Gothenburg has 220")."""
    if follows_count and _THE_NUMBER_WAS_BEFORE_RE.search(before):
        # "Helsinki police have 62 cameras. In 2020, the number was 31.", "… doubled since
        # 2021, when it was 41.": the count just stated, at another time or place.
        return MIN_STATED_CAMERA_COUNT
    if _FIGURE_IS_BEFORE_RE.search(before):
        return MIN_CAMERA_COUNT  # "In Coventry, the figure is about 230."
    if not follows_count:
        if follows_mention and _HAS_BEFORE_RE.search(before):
            # "… council cameras. Salford City Council runs just 58": a small network too.
            return MIN_STATED_CAMERA_COUNT
        return 1000
    return MIN_STATED_CAMERA_COUNT if _SMALL_ELLIPSIS_BEFORE_RE.search(before) else MIN_CAMERA_COUNT


def _elliptical_rate(
    segment: str, raws: list[_Raw], start: int, value: float
) -> tuple[str, float] | None:
    """The rate metric a bare value repeats in a comparison, and the factor its stated value
    takes: the figure just before it is a rate of the same order of magnitude, and a comparing
    clause leads to the value ("…159 per 1,000 people, while Wuxi has 157", "…, compared with
    London's 1,138.5", "612 CCTVs per 10,000 residents, while Daejeon posted 298")."""
    previous = [raw for raw in raws if raw.value_end <= start]
    if not previous:
        return None
    last = max(previous, key=lambda raw: raw.value_start)
    stated = parse_value(segment[last.value_start : last.value_end])
    if last.metric == "camera_count" or not stated or not stated[0]:
        return None
    factor = last.low / stated[0]
    if not (last.low / 20 <= value * factor <= last.low * 20):
        return None
    if _COMPARED_RATE_RE.fullmatch(segment, last.phrase_end, start) is None and (
        # "… compared with 6.4 in Taipei and 5.1 in Taichung": the comparison goes on.
        _CHAINED_RATE_RE.fullmatch(segment, last.phrase_end, start) is None
    ):
        return None
    return last.metric, factor


def _in_parentheses(segment: str, position: int) -> bool:
    """Whether `position` is inside parentheses: the nearest bracket before it opens one, and
    one closes after it."""
    opening = segment.rfind("(", 0, position)
    return (
        opening != -1
        and segment.rfind(")", 0, position) < opening
        and segment.find(")", position) != -1
    )


def _finish(segment: str, offset: int, raws: list[_Raw]) -> list[Figure]:
    figures: list[Figure] = []
    # A timeline entry ("2008 – Beijing's network reaches roughly 300,000 cameras") dates every
    # figure in it that states no year of its own.
    leading = _LEADING_YEAR_RE.match(segment)
    entry_year = int(leading.group(1)) if leading else None
    raws.sort(key=lambda raw: raw.value_start)
    respectively = _RESPECTIVELY_RE.search(segment) is not None
    floor = 0
    previous_year: int | None = None
    for index, raw in enumerate(raws):
        ceiling = raws[index + 1].phrase_start if index + 1 < len(raws) else len(segment)
        # "from 250,000 cameras in 2017 to about 300,000 today": the year before "to" is the
        # earlier figure's, and "today" is no year at all.
        changed = index > 0 and _CHANGE_TO_RE.search(segment, floor, raw.phrase_start) is not None
        now = _NOW_AFTER_RE.match(segment, raw.phrase_end) is not None
        year = (
            None
            if now
            else year_for(
                segment,
                raw.phrase_start,
                raw.phrase_end,
                raw.phrase_start if changed else floor,
                max(ceiling, raw.phrase_end),
            )
        )
        # "By the end of 2016 London had 627,707 cameras, or 68.4 per 1,000": one time for both;
        # but not "from 250,000 cameras in 2017 to about 300,000 today".
        linked = (
            (
                _CLAUSE_BREAK_RE.search(segment, floor, raw.phrase_start) is None
                # "… 700 million cameras in 2023, according to analysts – roughly one camera
                # for every two people": a ratio restating the count after a dash.
                or (
                    index > 0
                    and raw.metric != "camera_count"
                    and raws[index - 1].metric == "camera_count"
                    and _DASH_RESTATEMENT_RE.search(segment, floor, raw.phrase_start) is not None
                )
            )
            and not changed
            and not now
            and not _YEARS_EARLIER_AFTER_RE.match(segment, raw.phrase_end)
            # "Ottawa (48, as of 2025), Halifax (fewer than 20)": a parenthesis keeps its year.
            and not (index > 0 and _in_parentheses(segment, raws[index - 1].value_start))
        )
        year = year if year is not None or not linked else previous_year
        if year is None:
            year = entry_year
        previous_year = year
        common = {
            "metric": raw.metric,
            "year": year,
            "value_start": offset + raw.value_start,
            "value_end": offset + raw.value_end,
            "phrase_start": offset + raw.phrase_start,
            "phrase_end": offset + raw.phrase_end,
        }
        grew = (
            _GREW_FROM_BEFORE_RE.search(segment, max(0, raw.value_start - 40), raw.value_start)
            if raw.high is not None and raw.metric == "camera_count"
            else None
        )
        to = _TO_BETWEEN_RE.search(segment, raw.value_start, raw.value_end) if grew else None
        if grew is not None and to is not None:
            # "… grew from 310 to 1,576 cameras": the network before and after, not a range; the
            # year stated goes with the later state.
            high_words = _WORDS_BEFORE_DIGIT_RE.match(segment, to.end(), raw.value_end)
            low_qualifier = qualifier_of_words(segment[grew.end() : raw.value_start])
            high_qualifier = qualifier_of_words(high_words.group() if high_words else "")
            earlier = {**common, "year": None}
            figures.append(Figure(value=raw.low, qualifier=low_qualifier, **earlier))  # type: ignore[arg-type]
            figures.append(Figure(value=raw.high, qualifier=high_qualifier, **common))  # type: ignore[arg-type]
        elif raw.high is not None:
            figures.append(Figure(value=raw.low, qualifier="range_low", **common))  # type: ignore[arg-type]
            figures.append(Figure(value=raw.high, qualifier="range_high", **common))  # type: ignore[arg-type]
        else:
            qualifier = qualifier_for(
                segment,
                raw.phrase_start,
                raw.phrase_end,
                floor,
                raw.plus,
                raw.value_start,
                raws[index + 1].value_start if index + 1 < len(raws) else None,
            )
            hedged = raw.hedged or _HEDGE_AFTER_PHRASE_RE.match(segment, raw.phrase_end)
            if hedged and qualifier in ("exact", "estimated"):
                qualifier = "about"
            if (
                qualifier == "exact"
                and index > 0
                and figures
                and respectively
                and LIST_JOIN_RE.fullmatch(segment, raws[index - 1].value_end, raw.value_start)
            ):
                # "roughly 55,000 and 60,000 cameras respectively": one modifier for the list.
                qualifier = figures[-1].qualifier
            figures.append(Figure(value=raw.low, qualifier=qualifier, **common))  # type: ignore[arg-type]
        floor = raw.phrase_end
    # A later figure's year dates the one before it when they are "… operate 96 and 74 cameras
    # respectively, according to their 2025 annual reports" (a list's values) or "… said 488 of
    # its 517 cameras were operational in September 2026" (a part of a dated whole).
    for index in range(len(figures) - 2, -1, -1):
        first, second = figures[index], figures[index + 1]
        if first.year is not None or second.year is None or first.metric != second.metric:
            continue
        if (
            respectively
            and LIST_JOIN_RE.fullmatch(
                segment, first.value_end - offset, second.value_start - offset
            )
        ) or (
            first.metric == "camera_count"
            and _PART_OF_WHOLE_GAP_RE.fullmatch(
                segment, first.phrase_end - offset, second.phrase_start - offset
            )
        ):
            figures[index] = replace(first, year=second.year)
    return figures
