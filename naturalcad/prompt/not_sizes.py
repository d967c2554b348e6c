"""Numbers in stock, order and chat text that are not sizes: set aside before any family reads lengths.

"Flat bar 50 per 8, cut to 400, S235JR, 2 pcs", "Round bar 1.4301 dia 30 ... PO 2024-0117", "for my Ender 3 V2",
"paid $1,199", "back in 2021", "PETG at 240 C, 20% infill", "order #5532 arrives 12/05": a material grade,
an order or drawing reference, a year or a date, a price, a printer, a print setting, a voltage or a weight
carries a number that no part is sized by. Each kind is one named pattern in `RULES`; a match is blanked
from the text the families read and recorded (a `StandardUse` whose meaning says what the number is), so
the reading lists the number as understood and set aside instead of binding it or leaving it unbound.

Each pattern needs the word that says what the number is ("S235", "6061-T6", "AISI 304", "order no.",
"rev", "$", "euros", "nozzle", "infill", "V", "kg"): a bare number is never set aside here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .standards import Rule, StandardUse
from .written_forms import SET_ASIDE, apply_rules

__all__ = ["KINDS", "RULES", "SET_ASIDE", "Kind", "set_aside"]

# ---- material grades -------------------------------------------------------------------------------------------
# EN 10025 structural steels, EN 10083 / 10084 engineering steels, Werkstoff numbers of common steels
_STEEL = (r"(?<![\w.])(?:[SE](?:185|235|275|355|420|460|690)(?:J[R02]|JR|J2|K2|NL?|ML?|MC|W|G\d)?(?:\+[A-Z]+)?|St\s?(?:37|44|52)(?:-\d)?|"
          r"C(?:35|45|55|60)[ER]?(?!\s*chamf)|\d{2}(?:CrMo|CrNiMo|NiCrMo|MnCr|CrV|SMnPb|SMn|Mn|Cr)\d{1,2}|DC0[1-6]|"
          r"1\.(?:0037|0038|0044|0045|0050|0060|0503|0570|0577|0715|0718|0737|1191|2312|2379|2842|4016|4021|4034|4057|4104|"
          r"4301|4305|4307|4310|4401|4404|4435|4462|4541|4571|7131|7225))(?!\w|\.\d)")
# the alloys that stand alone beside a part noun ("Tube 6061 OD38"): never a year, seldom a size
_BARE_ALLOY = r"(?:5005|5052|5083|5754|6005|6060|6061|6063|6082|6101|6262|7020|7075)"
# aluminium alloys (EN AW / AA numbers) with a temper, or named as aluminium; 20xx alloys only so (they are years too)
_ALLOY = r"(?:1050|1100|2007|2011|2014|2017|2024|3003|5005|5052|5083|5754|6005|6060|6061|6063|6082|6101|6262|7020|7075)"
_ALUMINIUM = (r"(?<![\w.])(?:(?:EN\s?)?AW[- ]?" + _ALLOY + r"(?:[- ]?(?:T\d{1,4}|O|H\d{2,3}|F))?|" + _ALLOY +
              r"[- ]?(?:T\d{1,4}|H\d{2,3})|(?<![x×*]\s)(?<![x×*])" + _BARE_ALLOY + r"(?!\s*(?:mm|cm|m\b|in\b|inch|\"|[x×*]|by\b|long|wide|thick|"
              r"tall|high|deep|dia|lg\b|/))|(?<=\balu\s)" + _ALLOY + r"|(?<=\balloy\s)" + _ALLOY
              + r"|(?<=\baluminium\s)" + _ALLOY + r"|(?<=\baluminum\s)" + _ALLOY + r")(?!\w|\.\d)")
# stainless grades named as stainless: "AISI 304", "SS316", "316L stainless", "304 s/s"
_STAINLESS = (r"(?<![\w.])(?:(?:AISI|SS|SUS|V2A|V4A)[\s-]?(?:303|304L?|316L?|316Ti|321|410|420|430|440C?)|"
              r"(?:303|304L?|316L?|316Ti|321|410|420|430|440C?)(?=\s*(?:stainless|ss\b|s/s|inox|steel))|"
              r"(?<=stainless\s)(?:303|304L?|316L?|321|410|420|430)|17-4\s?PH|A[24]-(?:50|70|80))(?!\w|\.\d)")

# ---- order, job, drawing and part references ----------------------------------------------------------------------
_REF_WORD = (r"(?:p\.?\s?o\.?|purchase\s+order|order\s+(?:ref(?:erence)?|no\.?|number|nr\.?)|order(?=\s*#)|job(?:\s+(?:no\.?|number|#))?|"
             r"work\s+order|w/o|ticket|invoice|quote|quotation|ref(?:erence)?(?:\s+no\.?)?|dwg(?:\s+no\.?)?|drawing\s+(?:no\.?|number|#)|"
             r"part\s+(?:no\.?|number|#)|p/n|item\s+(?:no\.?|#)|batch|lot|serial(?:\s+no\.?)?|s/n|sku|art(?:icle)?\.?\s*(?:no\.?|nr\.?)|"
             r"model(?:\s+(?:no\.?|number))?)")
_REFERENCE = re.compile(r"\b" + _REF_WORD + r"\s*[#:.]?\s*#?\s*(?=[A-Z]{0,4}\d)[A-Z]{0,4}\d[\w]*(?:\s*[-/]\s*[A-Z]{0,3}\d[\w]*)*", re.I)
_REVISION = re.compile(r"\brev(?:ision)?\.?\s*[#:]?\s*(?:\d{1,3}|[A-Z]\d?)\b(?!\s*(?:mm|cm|in\b|x\b))", re.I)
_VERSION = re.compile(r"\bversion\s+\d+(?:\.\d+)*\b|\bv\d+\.\d+(?:\.\d+)*\b|\bfirmware\s+\d+(?:\.\d+)*\b", re.I)
_NUMBER_SIGN = re.compile(r"(?<![\w#])#\s?\d{3,}(?![\d-])")

# ---- years, dates, times, ages -------------------------------------------------------------------------------------
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_NOT_AFTER_YEAR = r"(?!\s*(?:mm|cm|m\b|in\b|x\b|[x×*]|extrusions?|profiles?|series|rails?|v-?slot|t-?slot|slots?|bearings?|long|wide|-))"
_YEARS = re.compile(r"\b(?:in|since|from|back\s+in|year|circa|c\.|made\s+in|bought\s+in|built\s+in|until|till)\s+" + _YEAR + r"\b"
                    + _NOT_AFTER_YEAR +
                    r"|\b" + _YEAR + r"\s+(?:model|version|edition|vintage|build)\b", re.I)
_YEAR_BEFORE_NAME = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Oo]ld|[Aa]n|[Tt]he)\s+(?P<n>" + _YEAR + r")(?=\s+[A-Z][a-z])")
_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_DATES = re.compile(r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r"\b)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                    + _MONTH + r"\b(?:,?\s+" + _YEAR + r"\b)?|\b(?:arrives?|arriving|due|delivered|delivery|dated?|shipped|ships|"
                    r"deadline|needed)\s+(?:on\s+|by\s+)?(?:the\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b(?!\s*(?:mm|cm|in\b|inch|\"|thick|wide|long))", re.I)
_TIMES = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins\b|seconds?|secs?|days?|weeks?|"
                    r"months?|years?|yrs?)\b(?:\s+(?:old|ago|later))?|\b(?:she's|he's|i'm|they're|who's|aged?)\s+\d{1,2}\b(?!\s*(?:mm|cm|in\b|x\b))"
                    r"|\b(?:tried|failed|printed|attempted|redid|reprinted|done)\b[^.,;\d]{0,20}\d+\s+times\b", re.I)

# ---- money ------------------------------------------------------------------------------------------------------------
_PRICES = re.compile(r"[$€£¥]\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?k\b)?|\b\d+(?:,\d{3})*(?:\.\d+)?\s?(?:euros?|eur|dollars?|usd|bucks|quid|pounds|gbp|"
                     r"cents?|pence|€|\$)(?![\w])", re.I)

# ---- printers, print settings, electrics, weights ----------------------------------------------------------------------
_PRINTERS = re.compile(r"\b(?:ender|voron|kobra|neptune|mars|photon|saturn|ultimaker|sovol\s*sv|artillery\s+(?:sidewinder|genius)\s*x?)"
                       r"[\s-]?\d{1,2}(?:\.\d)?(?!\d)(?:\s*(?:v\d|pro|max|plus|s\d|neo|se|ultra|\+))*|\bcr-?(?:10|6)(?!\d)(?:\s?(?:se|max|pro|s1|v\d))*"
                       r"|\bprusa\s*(?:i3\s*)?(?:mk\s?\d\w*\+?|mini\+?|xl|core\s*one)|\bi3\s*mk\s?\d\w*\+?"
                       r"|\bbambu(?:\s*lab)?\s*(?:x1[ce]?|p1[ps]|a1(?:\s*mini)?|h2d)\b", re.I)
_PRINT_SETTINGS = re.compile(r"\b\d*\.\d+\s*(?:mm\s+)?(?:nozzle|layers?|layer\s+(?:height|lines?)|lines?)\b|\b(?:nozzle|layer\s+height)\s+(?:of\s+)?\d*\.\d+(?:\s*mm)?"
                             r"|\b\d+(?:\.\d+)?\s*%\s*(?:infill|gyroid|cubic|grid|density)\b|\b\d{2,3}\s*°\s*C\b"
                             r"|\b(?:at|@|temp(?:erature)?|nozzle|bed|hotend|hot\s+end)\s+\d{2,3}\s*(?:deg(?:rees?)?\s*)?C\b(?=\s|[,.;)]|$)", re.I)
_PHYSICAL = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:v|volts?|vdc|vac|watts?|amps?|mah|ah|hz|khz|rpm|kg|kilos?|grams?|lbs?|newtons?|psi)(?![\w-])"
                       r"(?!\s*(?:x\b|[x×]\s*\d|long|wide|thick|tall|high|deep|dia))", re.I)


_SIZE_BEFORE = re.compile(r"(?:\b(?:length|width|height|thickness|depth|dia(?:meter)?|radius|od|id|bore|long|wide|thick|tall|high|"
                         r"deep|side|by)|[=x×*])\s*[:=]?\s*$", re.I)


@dataclass(frozen=True)
class Kind:
    """One kind of number that is not a size: its pattern and what the reading says it is."""

    name: str
    pattern: re.Pattern[str]
    meaning: str


KINDS: list[Kind] = [
    Kind("order or drawing reference", _REFERENCE, "an order, job or drawing reference"),
    Kind("revision", _REVISION, "a drawing revision"),
    Kind("number sign", _NUMBER_SIGN, "a reference number"),
    Kind("version", _VERSION, "a version number"),
    Kind("steel grade", re.compile(_STEEL), "a steel grade"),
    Kind("aluminium alloy", re.compile(_ALUMINIUM, re.I), "an aluminium alloy and temper"),
    Kind("stainless grade", re.compile(_STAINLESS, re.I), "a stainless steel grade"),
    Kind("printer", _PRINTERS, "a 3D printer model"),
    Kind("print setting", _PRINT_SETTINGS, "a print setting"),
    Kind("price", _PRICES, "a price"),
    Kind("date", _DATES, "a date"),
    Kind("year", _YEARS, "a year"),
    Kind("year before a name", _YEAR_BEFORE_NAME, "a year"),
    Kind("time, age or tries", _TIMES, "a time, an age or a number of tries"),
    Kind("volts, weight, speed", _PHYSICAL, "a voltage, weight, speed or pressure"),
]


_GRADES = {"steel grade", "aluminium alloy", "stainless grade"}


def _producer(kind: Kind):  # type: ignore[no-untyped-def]
    def produce(m: re.Match[str], text: str) -> StandardUse | None:
        if _SIZE_BEFORE.search(text[:m.start()]):
            return None   # "length 6061", "x 7075": a role word or a size group claims the number
        span = "n" if "n" in m.re.groupindex and m.group("n") else 0
        typed = m.group(span).strip()
        if not re.search(r"\d", typed):
            return None
        kept = m.group(0)[:m.start(span) - m.start()] + " " + m.group(0)[m.end(span) - m.start():]
        if kind.name in _GRADES and re.search(r"\bin\s*$", text[:m.start()], re.I):
            kept = "material"  # "40 x 20 in S355.": 'in' stays a preposition once the grade is blanked, never an inch
        return StandardUse(typed, f"“{typed}”: {kind.meaning}, {SET_ASIDE}", kept)
    return produce


RULES: list[Rule] = [Rule(k.name, k.pattern, _producer(k)) for k in KINDS]


def set_aside(text: str) -> tuple[str, list[StandardUse]]:
    """`text` with the numbers that are not sizes blanked, and what each was read as."""
    return apply_rules(RULES, text)
