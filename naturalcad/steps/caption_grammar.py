"""A grammar for captions of a finished object: a named base body, named features, sizes bound by reference.

"The object is a rectangular prism with a cylindrical hole through its centre. The prism measures
40 mm in length ... The hole has a diameter of 12 mm and passes through the full 15 mm height."

Writers of CADPrompt / DeepCAD captions and of Text2CAD's beginner and intermediate prose all do the
same three things, in any wording: the opening names a base body (a noun and shape adjectives) and
its features (a hole, a bore, a notch, a collar, a dome ...); later clauses bind sizes to one of
those things by naming it ("The prism measures ...", "the collar is 18 mm in diameter"); placement
words ("through its centre", "at one end", "one of its corners", "on the top face") say where.
This module reads those three layers into `Thing`s (`name_things`, `bind_sizes`); `captions.py`
builds the part from them. Every number must be bound to a role or be a check the part meets
(an overall length that adds up, a through-hole's height), else the caption is not read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .text import NUM

_U = r"\s*(?:mm|-units?)?"  # '15 mm', '15-unit height' (normalised units as written)
_WORD_COUNT = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twin": 2, "pair": 2}

# base nouns by shape; the noun the writer used is also the name later clauses call it by
BASE_NOUNS: dict[str, tuple[str, ...]] = {
    "box": ("rectangular prism", "prism", "cuboid", "block", "box", "cube", "plate", "bar", "slab", "base plate", "tube", "object", "part", "frame"),
    "cylinder": ("cylinder", "shaft", "rod", "pin", "peg", "dowel", "disc", "disk", "bushing", "bush", "sleeve", "spacer", "washer", "ring",
                 "pipe", "tube", "flange", "puck", "object", "part", "plate", "cap"),
    "frustum": ("frustum", "truncated cone", "cone"),
    "hex": ("hexagonal prism", "hex prism", "prism"),
}
# feature nouns (singular) -> kind
FEATURES: dict[str, str] = {
    "hole": "hole", "bore": "hole", "through-hole": "hole", "through hole": "hole",
    "notch": "notch", "corner section": "notch", "removed corner": "notch",
    "cutout": "cutout", "cut-out": "cutout", "window": "cutout", "opening": "cutout", "aperture": "cutout",
    "slot": "slot",
    "collar": "collar", "head": "collar", "shoulder": "collar", "flange": "collar",
    "hub": "boss", "boss": "boss", "spigot": "boss",
    "dome": "dome", "hemisphere": "dome", "hemispherical end": "dome", "domed top": "dome", "domed end": "dome", "hemispherical top": "dome", "hemispherical cap": "dome", "rounded end": "dome", "rounded hemispherical end": "dome",
    "chamfer": "chamfer", "fillet": "fillet",
    "step": "step", "rebate": "step", "ledge": "step",
    "pocket": "pocket", "recess": "pocket",
    "channel": "channel", "groove": "channel",
}
# members of a T / L / U profile
MEMBERS = {"crossbar": "bar", "cross bar": "bar", "top bar": "bar", "bar": "bar", "stem": "stem", "web": "stem",
           "horizontal leg": "leg1", "vertical leg": "leg2", "base": "leg1", "vertical section": "leg2", "upright": "leg2"}

_QUAL = r"(?:larger|smaller|bigger|main|first|second|upper|lower|inner|outer)"


@dataclass
class Thing:
    """One named thing of the caption: the base body or a feature, with the sizes bound to it."""

    kind: str  # box | cylinder | frustum | hex | tee | ell | you  (base) or a FEATURES kind / member kind
    noun: str  # as the writer called it first
    base: bool = False
    count: int = 1
    qualifier: str = ""
    adjectives: str = ""  # "rectangular", "cylindrical", "hollow", "blind" ... as written before the noun
    place: str = ""  # the placement words written with it ("through its centre", "at one end")
    sizes: dict[str, float] = field(default_factory=dict)
    spans: list[str] = field(default_factory=list)  # every clause that spoke of it

    def size(self, *roles: str) -> float | None:
        return next((self.sizes[r] for r in roles if r in self.sizes), None)


@dataclass
class Named:
    base: Thing
    features: list[Thing]
    bound: dict[int, tuple[str, str, float]] = field(default_factory=dict)  # number start -> (thing noun, role, value)
    loose: list[tuple[int, float, str]] = field(default_factory=list)  # numbers no clause bound: (start, value, clause)

    @property
    def things(self) -> list[Thing]:
        return [self.base, *self.features]


_OPEN = re.compile(
    r"^\s*(?:(?:the|this)\s+(?:final\s+|resulting\s+|finished\s+)?(?:object|part|model|shape|design|component|item)\s+is\s+|"
    r"(?:please\s+)?(?:create|make|design|model|build|construct|generate|draw)\s+|(?:begin|start)\s+with\s+|it\s+is\s+|this\s+is\s+|(?=an?\s))"
    r"(?:an?\s+|the\s+)?(?P<np>(?:[^.;:]|(?<=\d)\.(?=\d))*?)(?=(?:\s*[.;:](?!\d))|$)", re.I)


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ches") or w.endswith("shes") or w.endswith("xes"):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and not w.endswith("us"):
        return w[:-1]
    return w


def _phrases(np: str) -> list[str]:
    """'a rectangular plate with two holes and a collar, with rounded corners' -> ['rectangular plate', 'two holes', ...]."""
    head = re.split(r"\b(?:with|having|featuring|that|which|made of|consisting of|topped by|topped with)\b|,", np, maxsplit=1, flags=re.I)[0]
    parts = re.split(r"\b(?:with|having|featuring|that|which|made of|consisting of|topped by|topped with|and|plus)\b|,|\bas well as\b", np, flags=re.I)
    return [head.strip()] + [p.strip() for p in parts[1:] if p.strip()]


def _count_of(phrase: str) -> int:
    m = re.match(r"\s*(?:an?\s+|the\s+)?(\d+(?![\d.])(?!\s*mm)|one|two|three|four|five|six|eight|single|twin|pair)\b", phrase, re.I)
    if m:
        w = m.group(1).lower()
        return int(w) if w.isdigit() else _WORD_COUNT.get(w, 1)
    if re.search(r"\b(?:in|at|near)\s+(?:each|every|all four|the four)\s+corners?\b|\bin\s+the\s+(?:four\s+)?corners\b", phrase, re.I):
        return 4
    return 1


def _base_of(head: str, text: str) -> Thing | None:
    h = head.lower()
    h = re.sub(r"^\s*(?:an?|the)\s+", "", h)
    # 'a rectangular plate 0.75 units long', 'a square plate 0.5 on each side': the sizes are bound later, the noun is before them
    h = re.sub(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:mm)?\s*(?:(?:in\s+)?(?:long|wide|thick|tall|high|deep|diameter|length|width|height|thickness|depth)\b|"
               r"on\s+(?:each|a|every|all)\s+sides?\b|across\s+(?:the\s+)?flats\b)?(?:\s*(?:x|by)\s*)?", " ", h)
    h = re.sub(r"\s+(?:and|,)?\s*$", "", h).strip()
    if re.search(r"\b(?:plus|cross)[- ]shaped\b|\bcruciform\b", h):
        return Thing("cross", re.findall(r"[a-z]+", h)[-1], base=True, adjectives=h)  # two arms crossing at their centres
    profile = re.search(r"\b([tlu])[- ]shaped\b", h)
    if profile:
        noun = re.findall(r"[a-z]+", h)[-1] if re.findall(r"[a-z]+", h) else "block"
        return Thing({"t": "tee", "l": "ell", "u": "you"}[profile.group(1)], noun, base=True, adjectives=h)
    if re.search(r"\b(?:frustum|truncated cone|conical frustum|tapered cylinder)\b", h):
        return Thing("frustum", "frustum", base=True, adjectives=h)
    if re.search(r"\bhex(?:agonal|agon)?\b", h) and re.search(r"\b(?:prism|bar|block|hexagon|nut|blank)\b", h):
        return Thing("hex", "prism" if "prism" in h else "hexagon", base=True, adjectives=h)
    words = re.findall(r"[a-z-]+", h)
    if not words:
        return None
    noun = _singular(words[-1])
    adj = " ".join(words[:-1])
    round_noun = noun in ("cylinder", "shaft", "rod", "pin", "peg", "dowel", "disc", "disk", "bushing", "bush", "sleeve", "spacer", "washer",
                          "ring", "pipe", "flange", "puck")
    if noun == "cap" and not re.search(r"\b(?:cylindrical|circular|round)\b", adj):
        return None
    if (round_noun or re.search(r"\b(?:cylindrical|circular|round|annular|disc|disk)\b", adj)) and (
            noun in BASE_NOUNS["cylinder"] or noun in ("object", "part", "body", "plate", "block", "base")):
        return Thing("cylinder", noun, base=True, adjectives=adj)
    if noun in ("tube", "pipe") and re.search(r"\b(?:square|rectangular|box)\b", adj):
        return Thing("box", noun, base=True, adjectives=adj + " hollow")
    if noun == "tube":
        return Thing("cylinder", noun, base=True, adjectives=adj + " hollow")
    if noun in ("prism", "cuboid", "block", "box", "cube", "plate", "bar", "slab", "object", "part", "body", "frame", "base"):
        if noun in ("object", "part", "body", "base") and not re.search(r"\b(?:rectangular|square|cubic|box|block)\b", adj):
            return None
        return Thing("box", noun, base=True, adjectives=adj)
    return None


def _feature_of(phrase: str) -> Thing | None:
    p = phrase.lower()
    for noun in sorted(FEATURES, key=len, reverse=True):
        m = re.search(rf"\b{re.escape(noun)}(?:e?s)?\b", p)
        if m:
            return Thing(FEATURES[noun], noun, count=_count_of(p), adjectives=p[: m.start()].strip(), place=p[m.end():].strip())
    if re.search(r"\brounded\s+corners?\b", p):
        return Thing("corners", "corner", adjectives=p)
    if re.search(r"\b(?:rounded|filleted)\s+(?:\w+\s+)?edges?\b", p):
        return Thing("fillet", "edge", adjectives=p)
    if re.search(r"\bchamfered\s+(?:\w+\s+)?edges?\b", p):
        return Thing("chamfer", "edge", adjectives=p)
    return None


# features this grammar does not build: a caption naming one is not read (the part would lack it)
_UNBUILT = re.compile(r"\b(?:counter-?bor\w*|counter-?sunk|countersinks?|key-?ways?|key-?seats?|thread\w*|tapped|knurl\w*|splines?|teeth|tooth|"
                      r"gears?|ribs?|gussets?|fins?|lips?|tabs?|flats?\s+(?:on|machined)|cross[- ]holes?|tapers?\b|tapered|grooves?|"
                      r"countersunk|engrav\w*|emboss\w*|patterns?\s+of|array|spokes?|webs?\s+between|cross[- ]section\s+of\s+an?\s+(?:i|h))\b", re.I)


# phrases of an opening that describe the base or place a feature, and name nothing to build
_SAYS_NOTHING = re.compile(r"^\s*(?:(?:an?|the|its|two|four)\s+)?(?:(?:flat|smooth|sharp|uniform|solid|straight|plain|parallel|square|even|"
                           r"circular|round|rectangular|vertical|horizontal|central|top|bottom|open|closed|equal|same|overall|constant|"
                           r"perpendicular|consistent|thin|thick|small|large|cylindrical)\s+)*(?:ends?|edges?|faces?|surfaces?|top|bottom|sides?|"
                           r"bar|stem|legs?|upright|crossbar|sections?|thickness|walls?|profile|shape|appearance|finish|corners?|plates?|"
                           r"base|arms?|cross[- ]section|outline|body|axis|centre|center|middle|one\s+end|the\s+other|diameter|length|"
                           r"height|width|is\s+\w+|are\s+\w+)?(?:\s+(?:at|on|in|of|along|around|to)\b[^,]*)?\s*$|^\s*(?:open|flush|centred|centered|coaxial|concentric|aligned|located|"
                           r"positioned|placed|running|passing|extending|one\s+(?:near|in|at|close\s+to|next\s+to|by|on|towards?)|is|are|sits?|lies|through|at|on|in|near|along|"
                           r"perpendicular|parallel|rising|made|forming|giving)\b", re.I)


# "(don't model the thread)", "without threads", "no chamfers": the word is there, the feature is not
_UNSAID = re.compile(r"\b(?:no|without|not|don'?t|do\s+not|never|plain|unthreaded|omit|ignore)\s+(?:[\w()-]+\s+){0,3}?"
                     r"(?:thread\w*|knurl\w*|chamfers?|fillets?|ribs?|grooves?|keyways?|tapers?|counterbores?|countersinks?)\b", re.I)


def name_things(text: str) -> Named | None:
    """The opening sentence's base body and features ('a rectangular prism with a cylindrical hole through its centre')."""
    if _UNBUILT.search(_UNSAID.sub(" ", text)):
        return None
    first = re.split(r"(?<!\d)\.(?!\d)", text, maxsplit=1)[0]
    m = _OPEN.match(first)
    if not m:
        return None
    np = m.group("np")
    phrases = _phrases(np)
    base = _base_of(phrases[0], text)
    if base is None:
        return None
    base.place = np
    features: list[Thing] = []
    # "a cylindrical shaft with a larger diameter collar at one end", "a flanged bushing", "a stepped shaft"
    if re.search(r"\bflanged\b", phrases[0], re.I):
        features.append(Thing("collar", "flange", adjectives="flanged"))
    if re.search(r"\bstepped\b", phrases[0], re.I) and base.kind == "cylinder":
        features.append(Thing("section", "section", count=0))  # how many: a later phrase may say ('made of three sections')
    if re.search(r"\bhollow\b|\btube\b|\bpipe\b|\bwasher\b|\bring\b|\bbushing\b|\bsleeve\b", phrases[0], re.I) and base.kind in ("cylinder", "box"):
        base.adjectives += " hollow"
    if base.kind == "box" and base.noun == "cube":
        base.adjectives += " cube"
    if base.kind == "box" and re.search(r"\bopen\s+(?:at\s+the\s+)?top\b|\bopen[- ]topped\b|\bopen\s+box\b", np, re.I):
        features.append(Thing("shell", "walls", place="open at the top"))
    for phrase in phrases[1:]:
        f = _feature_of(phrase)
        if f is None and base.kind == "box" and re.search(r"\b(?:blocks?|box|prisms?|cuboids?)\b[^,]*\b(?:on\s+top|sits?\s+on|stands?\s+on|rises?\s+from)\b|"
                                                          r"\b(?:on\s+top\s+of\s+which|above\s+which)\b[^,]*\b(?:blocks?|box|prisms?|cuboids?)\b", phrase, re.I):
            f = Thing("block", "top block", place=phrase.lower())  # 'a rectangular block with a smaller rectangular block on top'
        if f is None and re.search(r"\b(?:on\s+top|top\s+of|above|sits?|stands?|rises?|rising|projects?|projecting|protrud\w*)\b[^,]*\bcylinders?\b|"
                                   r"\bcylinders?\b[^,]*\b(?:on\s+top|sits?\s+on|stands?\s+on|rises?\s+from|projects?\s+from)\b", phrase, re.I):
            f = Thing("boss", "cylinder", count=_count_of(re.sub(r"^.*?\b(?=(?:an?|one|two|three|four)\s+(?:[\w-]+\s+)?cylinders?\b)", "", phrase)),
                      place=phrase.lower())
        if f is not None:
            features.append(f)
        elif re.search(r"\b(?:section|sections|steps|diameters)\b", phrase, re.I) and base.kind == "cylinder":
            known = next((f for f in features if f.kind == "section"), None)
            if known is None:
                features.append(Thing("section", "section", count=_count_of(phrase)))
            else:
                known.count = _count_of(phrase)
        elif re.search(r"\bhollow\b", phrase, re.I) and base.kind in ("cylinder", "box"):
            base.adjectives += " hollow"  # 'a cylindrical object with a hollow center'
        elif not _SAYS_NOTHING.search(phrase) and not re.search(r"\d", phrase) and re.search(r"[a-z]{3,}", phrase, re.I):
            return None  # a feature this grammar does not know ('a rounded top'): not built as if it were absent
    opening = re.search(r"\b((?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?)(openings?|windows?|cut-?outs?|apertures?)\b", text, re.I)
    if base.noun == "frame" and opening and not any(f.kind == "cutout" for f in features):
        # "Make a square frame. ... the square opening in its centre is 0.4 on each side": the opening a frame
        # has, named in a later sentence rather than in the title
        features.append(Thing("cutout", _singular(opening.group(2).lower()), adjectives=opening.group(1).strip().lower(),
                              place=text[opening.start():].split(".")[0].lower()))
    return Named(base, features)


# ---------------------------------------------------------------------------------- size binding
# Each pattern binds one number (group 1) to a role; patterns are tried in order, so a number
# bound by an earlier, more specific pattern ("24 mm across the flats") is not bound again.
_ROLES: list[tuple[str, str]] = [
    ("across_flats", NUM + _U + r"\s*across\s+(?:the\s+)?flats"),
    ("across_flats", r"across\s+(?:the\s+)?flats\s*(?:of|is)?\s*" + NUM),
    ("pcd", NUM + _U + r"\s*(?:diameter\s+)?(?:pitch|bolt)\s+circle"),
    ("pcd", r"(?:pitch|bolt)\s+circle\s*(?:diameter\s*)?(?:of\s*|is\s*)?" + NUM),
    ("pcd", r"\bcircle\s+(?:of\s+)?" + NUM + _U + r"\s*(?:in\s+)?diameter"),
    ("pcd", r"\bon\s+an?\s+" + NUM + _U + r"\s*(?:diameter\s+)?circle"),
    ("corner_radius", r"corners?\b[^.;,]{0,40}?radi(?:us|i)\s*(?:of\s*|is\s*)?" + NUM),
    ("corner_radius", r"corner\s+radius\s*(?:of\s*|is\s*)?" + NUM),
    ("corner_radius", NUM + _U + r"\s*corner\s+radius"),
    ("od", r"(?:outer|outside|external|overall)\s+diameter\s*(?:of\s*|is\s*)?" + NUM),
    ("od", NUM + _U + r"\s*(?:outer|outside|external|overall)\s+diameter"),
    ("od", NUM + _U + r"\s*(?:in\s+)?(?:outer|outside)\s+diameter"),
    ("id", r"(?:inner|inside|internal)\s+diameter\s*(?:of\s*|is\s*)?" + NUM),
    ("id", NUM + _U + r"\s*(?:inner|inside|internal)\s+diameter"),
    ("wall", r"wall(?:s)?\s*(?:thickness\s*)?(?:is\s*|are\s*|of\s*)?(?:uniform\s+)?" + NUM + _U + r"(?:\s*thick)?"),
    ("wall", NUM + _U + r"\s*(?:thick\s+)?walls?\b"),
    # '0.1 from each of the two nearest edges', '8 mm in from both adjacent sides', '10 from the neighbouring edges'
    ("edge", NUM + _U + r"\s*(?:in\s+)?from\s+(?:(?:the|each|both|its|all|of|two|four|either)\s+)*(?:(?:nearest|adjacent|short|long|outer|"
             r"neighbou?ring|closest|two)\s+(?:and\s+)?)*(?:edges?|sides?|ends?)"),
    ("edge", r"(?:edges?|sides?)\s+(?:by|at)\s+" + NUM),
    ("spacing", r"spaced\s+" + NUM + _U + r"\s*apart"),
    ("spacing", NUM + _U + r"\s*apart"),
    ("spacing", r"(?:pitch|spacing|centres?|centers?)\s+(?:of\s+)?" + NUM + r"(?!\s*(?:mm\s*)?(?:from|in\s+from|in\s+diameter|diameter|apart))" + _U),
    ("diameter", NUM + _U + r"\s*(?:in\s+)?diameter"),
    ("diameter", r"diameter\s*(?:of\s*|is\s*|=\s*|:\s*)?" + NUM),
    ("diameter", NUM + _U + r"\s*across\b"),
    ("diameter", NUM + _U + r"\s*(?:(?:central|centre|center|axial|mounting|bolt|clearance|through|blind|round|circular)\s+)?(?:bore|holes?|through[- ]holes?)\b"),
    ("radius", r"radius\s*(?:of\s*|is\s*)?" + NUM),
    ("radius", NUM + _U + r"\s*radius"),
    ("radius", r"\bR" + NUM),
    ("side", r"\bsides?\s*(?:length\s*)?(?:of\s*|is\s*|are\s*)?" + NUM),
    ("side", NUM + _U + r"\s*(?:on|along)\s+(?:each|every|a|all)\s+(?:side|edge)s?"),
    ("side", NUM + _U + r"\s*(?:cube|square)\b"),
    ("side", r"\bcube\s+(?:of\s+)?" + NUM),
    ("size", NUM + _U + r"\s*(?:chamfer|fillet|bevel)"),
    ("size", r"(?:chamfer|fillet|bevel)\s*(?:of\s*|is\s*)?" + NUM),
    ("length", NUM + _U + r"\s*(?:long|in\s+length)\b"),
    ("length", r"\blength\s*(?:of\s*|is\s*)?" + NUM),
    ("width", NUM + _U + r"\s*(?:wide|in\s+width)\b"),
    ("width", r"\bwidth\s*(?:of\s*|is\s*)?" + NUM),
    ("depth", NUM + _U + r"\s*(?:deep|in\s+depth)\b"),
    ("depth", r"\bdepth\s*(?:of\s*|is\s*)?" + NUM),
    ("extrusion", r"\bextrude[ds]?\s+(?:it\s+|the\s+\w+\s+)?(?:by\s+|to\s+a\s+depth\s+of\s+|a\s+distance\s+of\s+)?" + NUM + _U),
    ("height", r"(?:rises?|rising|stands?|standing|extends?|extending|projects?|projecting|protrudes?|protruding)\s+" + NUM + _U),
    ("height", NUM + _U + r"\s*(?:proud|high|tall|in\s+height)\b"),
    ("height", r"\bheight\s*(?:of\s*|is\s*)?" + NUM),
    ("thickness", NUM + _U + r"\s*(?:thick|in\s+thickness)\b"),
    ("thickness", NUM + _U + r"\s*(?:wall\s+|plate\s+|uniform\s+)?thickness\b"),
    ("thickness", r"\bthickness\s*(?:of\s*|is\s*)?" + NUM),
    ("@", r"\b(length|width|height|thickness|diameter|depth|radius)\b[^.;\d]{0,60}?\b(?:is|are|of|=|:)\s*" + NUM),
    ("bare", r"\b(?:is|are)\s+" + NUM + r"(?![\d.]*\d)" + _U + r"(?=\s*(?:[,;.)]|$|and\b))"),  # 'the chamfers are 1 mm': a size only a chamfer or fillet takes
]
_X = r"\s*(?:x|by)\s*"
_DIMS3 = re.compile(NUM + _U + _X + NUM + _U + _X + NUM + _U)
_DIMS2 = re.compile(NUM + _U + _X + NUM + _U + r"(?!\s*(?:x|by)\b)")
_TOTAL = re.compile(r"\b(?:overall|in\s+total|total|including|in\s+all|altogether|not\s+counting|excluding)\b", re.I)
_CHECK = re.compile(r"(?:the\s+)?(?:full|whole|entire)\s+" + NUM + _U + r"\s*(?:height|thickness|length|depth)|(?:through|along)\s+(?:the\s+|all\s+|its\s+)?"
                    + NUM + _U + r"\s*(?:height|thickness|length)|the\s+" + NUM + _U + r"\s*(?:height|thickness|length|depth)", re.I)


_FRAME = {"frustum": {"bottom": r"(?:base|bottom|lower|larger)(?:\s+(?:face|end|circle|diameter))?", "top": r"(?:top|upper|smaller)(?:\s+(?:face|end|circle|diameter))?"},
          "tee": {"bar": r"(?:top\s+bar|cross\s*bar|crossbar|bar|flange|head)", "stem": r"(?:stem|web|leg|upright)"},
          "ell": {"leg1": r"(?:horizontal\s+(?:leg|section|part|arm|plate)|base|bottom\s+leg|foot)", "leg2": r"(?:vertical\s+(?:leg|section|part|arm|plate)|upright|wall|back|leg)"},
          "you": {}, "cross": {"arms": r"(?:arms?|bars?|limbs?)"}}
_NEW = {"hole": r"(?:central\s+|centre\s+|center\s+)?(?:bores?|holes?|through[- ]holes?)", "collar": r"(?:collar|head|flange|shoulder)",
        "cutout": r"(?:openings?|cut-?outs?|windows?|apertures?)",
        "boss": r"(?:hub|boss)", "dome": r"(?:dome|hemisphere)"}


def _aliases(named: Named) -> list[tuple[re.Pattern[str], Thing]]:
    """The words a later clause names each thing by: its noun, its synonyms, 'it', a qualifier ('the main cube')."""
    out: list[tuple[re.Pattern[str], Thing]] = []
    b = named.base
    words = {b.noun}
    if b.kind == "box":
        words |= {"prism", "block", "box", "cube", "main cube", "plate", "bar", "slab", "cuboid", "main body", "tube", "outside of the box", "outside",
                  "frame", "outer boundary", "outer edge", "outer outline", "outer square", "outer rectangle", "outer profile", "outer size"}
    elif b.kind == "cylinder":
        words |= {"cylinder", "shaft", "rod", "pin", "pin body", "peg", "body", "sleeve", "bushing", "disc", "disk", "pipe", "tube", "washer", "ring",
                  "flange disc", "main body", "spacer", "plate"}
    elif b.kind == "frustum":
        words |= {"frustum", "cone", "truncated cone"}
    elif b.kind == "hex":
        words |= {"prism", "hexagon", "hex"}
    else:
        words |= {"block", "part", "bracket", "profile", "both legs", "whole block", "whole part"}
    words -= {f.noun for f in named.features}
    for f in named.features:
        nouns = {f.noun}
        if f.kind == "hole":  # 'the holes' names a pattern, 'the bore' / 'the hole' a single one
            pat = r"\b(?:each\s+hole|each\s+bore|holes|bores)\b" if f.count > 1 else r"\b(?:central\s+|centre\s+|center\s+)?(?:hole|bore|through[- ]hole)(?!s)\b"
            out.append((re.compile(pat, re.I), f))
            continue
        if f.kind == "notch":
            nouns |= {"notch", "removed corner section", "corner section", "removed section", "cut-out", "cutout"}
        if f.kind == "cutout":
            nouns |= {"cutout", "cut-out", "window", "opening"}
        if f.kind == "boss":
            nouns |= {"hub", "boss"}
        if f.kind == "block":
            out.append((re.compile(r"\b(?:top|upper|smaller|second|raised)\s+(?:rectangular\s+)?(?:block|box|prism|cuboid)\b|\b(?:block|box|prism)\s+on\s+top\b", re.I), f))
            out.append((re.compile(r"\b(?:base|bottom|lower|larger|main|first)\s+(?:rectangular\s+)?(?:block|box|prism|cuboid)\b|\bbase\b", re.I), named.base))
            continue
        if f.kind == "collar":
            nouns |= {"collar", "head", "flange", "shoulder"}
        if f.kind == "dome":
            nouns |= {"dome", "hemisphere", "rounded end"}
        if f.kind == "corners":
            nouns |= {"corners", "corner"}
        if f.kind == "shell":
            nouns |= {"walls", "wall", "bottom", "floor"}
        if f.kind == "section":
            out.append((_SECTION, f))
            continue
        if f.kind in ("fillet", "chamfer") and f.noun == "edge":
            nouns |= {"edges", "vertical edges", "top edges", "top edge", "vertical edge", "edge", f.kind}
        for n in sorted(nouns, key=len, reverse=True):
            out.append((re.compile(rf"\b{re.escape(n)}(?:e?s)?\b", re.I), f))
    for key, pattern in _FRAME.get(b.kind, {}).items():
        member = next((f for f in named.features if f.kind == key), None)
        if member is None:
            member = Thing(key, key)
            named.features.append(member)
        out.append((re.compile(rf"\b{pattern}\b", re.I), member))
    for n in sorted(words, key=len, reverse=True):
        out.append((re.compile(rf"\b{re.escape(n)}(?:e?s)?\b", re.I), b))
    out.append((re.compile(r"^\s*(?:it|its)\b|\b(?:object|whole\s+part|whole\s+block|part)\b", re.I), b))
    return out


_PREP = re.compile(r"(?:\b(?:through|of|from|on|onto|above|below|under|into|in|at|to|along|across|around|between|with|near|over|beyond|past|than|"
                   r"within|inside|and|both|including|is|are|forms?|has|have)\s+(?:the\s+|its\s+|each\s+|one\s+of\s+its\s+|a\s+|an\s+|both\s+)?(?:[\w-]+\s+){0,2}?)$", re.I)


_LEAD = re.compile(r"(?:\b(?:an?|the|its|\d+(?![\d.])(?!\s*mm)|one|two|three|four|five|six|eight|twelve|single)\s+)?"
                   r"(?:(?<![\w.])\d+(?:\.\d+)?\s*(?:mm\s*)?x\s*)?(?<![\w.])\d+(?:\.\d+)?\s*(?:mm\s*)?"
                   r"(?:(?:in\s+)?diameter\s+)?(?:[a-z-]+\s+){0,2}$", re.I)


# a new subject after a comma or 'and a' / 'with a' ('..., and a 20 mm bore passes', 'a disc with a central bore of 40 mm'),
# not a place ('one near each corner')
_FRESH = re.compile(r"(?:(?:^\s*|[,;]\s*)(?:and\s+)?(?:the|its|each|a|an|both|\d+|one|two|three|four|five|six|eight)|\b(?:and|with)\s+an?|"
                    r"\b(?:consists?\s+of|consisting\s+of|comprises?|comprising|(?:is\s+)?made\s+(?:up\s+)?of|composed\s+of|formed\s+(?:by|from|of)|there\s+(?:is|are)|(?:shape|part|object|model|result|design)\s+(?:is|was))\s+(?:an?|two|the)?)\s+"
                    r"(?:(?!(?:near|in|at|on|of|from|through|to|along|around)\b)[\w.-]+\s+){0,3}$|[,;]\s*(?:and\s+)?$", re.I)
# the sections of a stepped shaft, by their order or size ('the base cylinder', 'a smaller coaxial cylinder', 'the middle section')
_SECTION = re.compile(r"\b(?:(?:base|lower|bottom|first|larger|bigger|upper|top|smaller|second|third|middle|end|last|main)\s+(?:coaxial\s+)?"
                      r"(?:cylinder|section|step|part|portion)|sections?)\b", re.I)


def _lead(clause: str, start: int) -> int:
    """Where a subject's phrase begins: 'six 9 mm diameter holes' begins at 'six', so its sizes are its own."""
    m = _LEAD.search(clause[:start])
    if not m or re.search(r"\b(?:is|are|and|of|by|x|with|has)\s", re.sub(r"\d\s*(?:mm\s*)?x\s*(?=\d)", "", m.group(0)), re.I):
        return start
    return m.start()


def _choose(clause: str, at: int, things: list[Thing]) -> Thing:
    """Of several things a word can name ('the central hole', 'the six holes'), the one its count or adjectives say."""
    if len(things) == 1:
        return things[0]
    before = clause[max(0, at - 30): at].lower()
    for t in things:
        c = re.search(r"\b(\d+|one|two|three|four|five|six|eight)\s+(?:[\w-]+\s+)?$", before)
        if c and _WORD_COUNT.get(c.group(1), int(c.group(1)) if c.group(1).isdigit() else 0) == t.count:
            return t
    for t in things:
        words = set(re.findall(r"[a-z]+", t.adjectives)) - {"a", "an", "the", "with"}
        if words & set(re.findall(r"[a-z]+", before[-20:])):
            return t
    return things[0]


def _subjects(clause: str, aliases: list[tuple[re.Pattern[str], Thing]], named: Named, opening: bool = False) -> list[tuple[int, Thing]]:
    """Where in the clause each thing is the subject (named, not after a preposition: 'through the boss' is a place)."""
    hits: list[tuple[int, int, Thing]] = []
    for pat, thing in aliases:
        for m in pat.finditer(clause):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in hits):
                continue
            before = clause[max(0, m.start() - 40): m.start()]
            if _PREP.search(before) and not _FRESH.search(before):
                continue
            same = [t for p, t in aliases if p.pattern == pat.pattern]
            hits.append((_lead(clause, m.start()), m.end(), _choose(clause, m.start(), same) if thing.kind == "hole" else thing))
    for kind, pattern in ({} if opening else _NEW).items():  # a feature first named in a later sentence ('A 20 mm bore passes ...')
        for m in re.finditer(rf"\b{pattern}\b", clause, re.I):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in hits):
                continue
            before = clause[max(0, m.start() - 40): m.start()]
            if _PREP.search(before) and not _FRESH.search(before):
                continue
            lead = _lead(clause, m.start())
            t = Thing(kind, m.group(0).lower(), count=_count_of(clause[lead: m.start()] or "a"), adjectives=before[-25:].lower())
            if kind == "hole" and not m.group(0).lower().endswith("s"):
                t.count = 1
            named.features.append(t)
            hits.append((_lead(clause, m.start()), m.end(), t))
    hits.sort(key=lambda h: h[0])
    out: list[tuple[int, Thing]] = []
    for s, _, t in hits:
        if out and out[-1][1] is t:
            continue
        out.append((s, t))
    return out


def bind_sizes(text: str, named: Named) -> Named:
    """Every clause's numbers bound to the thing the clause names; numbers no clause binds are left unbound."""
    aliases = _aliases(named)
    for k, sm in enumerate(re.finditer(r"(?:[^.;]|(?<=\d)\.(?=\d))+", text)):
        sentence, s0 = sm.group(0), sm.start()
        cuts = [0] + [m.start() for m in re.finditer(r",\s*(?:and\s+|while\s+|whereas\s+)?(?=(?:the|its|each|both|an?)\s)|\band\s+(?=it\s)|\s+and\s+(?=(?:the|its|each|both)\s+[\w-]+(?:\s+[\w-]+){0,2}(?:\s+(?:in|at|of)\s+(?:its|the)\s+[\w-]+)?\s+(?:is|are|has|have|measures?)\b)|\bwhile\b|\bwhereas\b", sentence, re.I)] + [len(sentence)]
        current: Thing | None = None
        for a, b in itertools.pairwise(cuts):
            clause = sentence[a:b]
            subs = _subjects(clause, aliases, named, opening=k == 0)  # the opening's features were all named by name_things
            aliases = _aliases_with(aliases, named)
            # a sentence naming nothing ('The total length, including the dome, is 1.0') speaks of the whole part
            marks: list[tuple[int, Thing]] = subs or [(0, current if current is not None else named.base)]
            if subs and current is not None and re.search(r"\d", clause[: subs[0][0]]):
                marks = [(0, current), *subs]  # ', a thickness of 0.1 and a corner radius of ...': the sizes before it are the last thing's
            for i, (start, thing) in enumerate(marks):
                seg_from = 0 if i == 0 else start
                seg_to = marks[i + 1][0] if i + 1 < len(marks) else len(clause)
                _bind_segment(clause[seg_from:seg_to], s0 + a + seg_from, thing, named)
                current = thing
    return named


def _aliases_with(aliases: list[tuple[re.Pattern[str], Thing]], named: Named) -> list[tuple[re.Pattern[str], Thing]]:
    """New features a clause named become names later clauses can use."""
    known = {id(t) for _, t in aliases}
    extra = []
    for f in named.features:
        if id(f) not in known:
            if f.kind == "hole":
                pat = r"\b(?:holes|bores)\b" if f.count > 1 else r"\b(?:central\s+|centre\s+|center\s+)?(?:hole|bore)(?!s)\b"
            else:
                pat = rf"\b{_NEW.get(f.kind, re.escape(f.noun))}\b"
            extra.append((re.compile(pat, re.I), f))
    return extra + aliases


def _bind_segment(seg: str, offset: int, thing: Thing, named: Named) -> None:
    taken: list[tuple[int, int]] = []
    thing.spans.append(seg)
    for m in _CHECK.finditer(seg):
        k = next(i for i in range(1, 4) if m.group(i) is not None)
        named.bound[offset + m.start(k)] = (thing.noun, "check", float(m.group(k)))
        taken.append((m.start(k), m.end(k)))
    for rx in (_DIMS3, _DIMS2):
        for m in rx.finditer(seg):
            if any(s <= m.start(1) < e for s, e in taken):
                continue
            role = "dims3" if rx is _DIMS3 else "dims2"
            vals = [float(v) for v in m.groups() if v is not None]
            for i, v in enumerate(vals):
                named.bound[offset + m.start(i + 1)] = (thing.noun, f"{role}{i}", v)
                thing.sizes[f"{role}{i}"] = v
                taken.append((m.start(i + 1), m.end(i + 1)))
    for role, pattern in _ROLES:
        for m in re.finditer(pattern, seg, re.I):
            g: int | None = (m.re.groups or 0) if role == "@" else next((i for i in range(1, (m.re.groups or 0) + 1) if m.group(i) is not None), None)
            if g is None or m.group(g) is None or any(s <= m.start(g) < e for s, e in taken):
                continue
            if m.start(g) > 0 and re.match(r"[\w.]", seg[m.start(g) - 1]) and not re.search(r"\bR$", seg[: m.start(g)]):
                continue  # the 6 of 'M6', the 5 of '0.5' (the 6 of 'R6' is a radius)

            v = float(m.group(g))
            r = m.group(1).lower() if role == "@" else role
            w0 = max(0, m.start() - 30)
            window, at = seg[w0: m.end() + 30], m.start(g) - w0
            cuts = [0] + [c.end() for c in re.finditer(r";|\bwith\b", window)] + [len(window)]
            near = next(window[a:b] for a, b in itertools.pairwise(cuts) if a <= at < b)  # 'tall overall, with walls 3 thick': not the 3's
            if r in ("length", "height", "thickness") and re.search(r"\b(?:overall|in\s+total|total|including|in\s+all|altogether)\b", near, re.I):
                r = "overall"
            if r in thing.sizes and abs(thing.sizes[r] - v) > 1e-9:
                # a second size of one kind said of the same thing (sections in a row, a second hole size): r2, r3 ...
                base_role, k = r, 2
                while f"{base_role}{k}" in thing.sizes:
                    k += 1
                r = f"{base_role}{k}"
            thing.sizes.setdefault(r, v)
            named.bound[offset + m.start(g)] = (thing.noun, r, v)
            taken.append((m.start(g), m.end(g)))


def all_bound(text: str, named: Named) -> list[float]:
    """The numbers of the caption no clause bound to a thing (an empty list: every number has a role)."""
    # 'M6', 'R6', 'Ø6' count too: a size written with a letter is still a size the part must have
    return [float(m.group(0)) for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?", text) if m.start() not in named.bound]
