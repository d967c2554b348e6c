"""Words people write for sizes and parts that are not the reader's English: read them first.

Three kinds, each a named pattern with a producer (a `Rule`) whose use the reading records like a
standard's, so the words count as understood and the numbers beside them keep their roles:

- `notepad shorthand`: "blk", "pl 10", "cyl", "cols", "brkt", "flg", "pls": a part or grid word
  shortened the way a note pad or a drawing title block shortens it;
- `other-language size words`: "Scheibe ... 3,5 mm dick, Bohrung 12,7", "rondelle ... épaisseur 2",
  "arandela ... espesor 2": the size and part words of German, French, Spanish, Italian and Dutch that
  a part description uses, each read as the English word (the numbers are already universal);
- `gloss in brackets`: "Bohrung (bore) 12,7", "outer (OD) 40": a word followed by its own gloss is
  one word; the gloss is the one the reader knows;
- `decimal comma after its size word`: "agujero 10,5, espesor 2" (a list comma follows);
- `count times hole size`: "6 x 8mm holes on 70 PCD" is six 8 mm holes, not a 6 x 8 size;
- `bare size of a hole in the middle`: "a 30 hole in the centre" is a 30 mm hole;
- `what the part serves`: "coaster for a 350 ml mug", "lid to fit a 500 ml jar": the vessel named after "for" /
  "under" is what the part serves, so neither its noun nor its capacity chooses or sizes the part;
- `one hole of a size in the middle`, `holes of a bare size`: "one hole of 20 in the middle", "4 holes of 9 at 20
  from every edge": the bare number after "of" is the holes' diameter;
- `one hole in each corner`: "a 6 mm hole in each corner" is four corner holes;
- `wall round a bore`: "6 mm of wall around it" is a 6 mm wall;
- `shape corrected`: "hex no — round", "not hex but round", "round (not hex)": the shape meant is the one kept.

Only whole words are read, never part of a longer word, and no English word of a part description
is in the tables ("ring", "tube" and "long" are the same in English and are left alone).
"""

from __future__ import annotations

import re

from .standards import Rule, StandardUse
from .written_forms import apply_rules

# ---- note-pad shorthand ---------------------------------------------------------------------------------------
_SHORTHAND: dict[str, str] = {
    "blk": "block", "blck": "block", "cyl": "cylinder", "cyld": "cylinder", "brkt": "bracket", "bkt": "bracket",
    "flg": "flange", "wshr": "washer", "spcr": "spacer", "rnd": "round", "col": "column", "cols": "columns",
    "pls": "please", "plz": "please", "pl": "plate",
}
# "pl" is a plate only where a drawing writes it: before its sizes ("PL 10 x 100 x 200", "pl 100x60x5")
_SHORTHAND_WORD = re.compile(r"(?<![\w'/-])(blk|blck|cyld?|brkt|bkt|flg|wshr|spcr|rnd|cols?|pls|plz|pl(?=\.?\s*\d))\.?(?![\w'/-])", re.I)


def _shorthand_use(m: re.Match[str], text: str) -> StandardUse | None:
    word = m.group(1).lower()
    if word in ("col", "cols") and not re.search(r"\brows?\b", text, re.I):
        return None  # "cols" means columns of a grid only beside rows
    meant = _SHORTHAND[word]
    return StandardUse(m.group(0), f"“{m.group(0)}” is short for {meant}", meant)


# ---- other-language size and part words -------------------------------------------------------------------------
_FOREIGN: dict[str, str] = {
    # German
    "scheibe": "disc", "unterlegscheibe": "washer", "platte": "plate", "blech": "sheet", "bohrung": "bore",
    "loch": "hole", "löcher": "holes", "durchmesser": "diameter", "dick": "thick", "dicke": "thickness",
    "stärke": "thickness", "breit": "wide", "breite": "width", "lang": "long", "länge": "length", "hoch": "high",
    "höhe": "height", "tief": "deep", "tiefe": "depth", "welle": "shaft", "rohr": "tube", "hülse": "sleeve",
    "würfel": "cube", "zylinder": "cylinder", "kugel": "sphere", "mittig": "centred", "durchgehend": "through",
    "in der mitte": "in the middle", "mit": "with", "und": "and",
    # a hole grid and its pitch: "2 x 5 Bohrungen Ø6, Teilung 25 in beide Richtungen"
    "bohrungen": "holes", "teilung": "pitch", "lochabstand": "pitch", "lochteilung": "pitch",
    "in beide richtungen": "in both directions", "in beiden richtungen": "in both directions",
    "beide richtungen": "both directions", "lochkreis": "PCD", "ohne": "without", "keine": "no",
    "hallo": "hello", "danke": "thanks", "ich brauche": "I need", "eine": "a", "einen": "a",
    # French
    "plaque": "plate", "rondelle": "washer", "disque": "disc", "trou": "hole", "trous": "holes", "perçage": "hole",
    "alésage": "bore", "épaisseur": "thickness", "épais": "thick", "diamètre": "diameter", "largeur": "width",
    "longueur": "length", "hauteur": "height", "profondeur": "depth", "arbre": "shaft", "cylindre": "cylinder",
    "au centre": "in the centre", "au milieu": "in the middle", "avec": "with",
    # Spanish
    "placa": "plate", "arandela": "washer", "disco": "disc", "agujero": "hole", "agujeros": "holes",
    "taladro": "hole", "espesor": "thickness", "grosor": "thickness", "diámetro": "diameter", "ancho": "wide",
    "largo": "long", "alto": "high", "profundidad": "depth", "eje": "shaft", "tubo": "tube", "cilindro": "cylinder",
    "en el centro": "in the centre", "con": "with",
    # Italian
    "piastra": "plate", "rondella": "washer", "foro": "hole", "fori": "holes", "spessore": "thickness",
    "diametro": "diameter", "larghezza": "width", "lunghezza": "length", "altezza": "height", "albero": "shaft",
    # Dutch
    "plaat": "plate", "gat": "hole", "gaten": "holes", "dikte": "thickness", "dik": "thick", "breedte": "width",
    "lengte": "length", "hoogte": "height",
    # stock and part nouns, by the name a stockholder's list or a drawing gives them
    "vierkantrohr": "square tube", "rechteckrohr": "rectangular tube", "rundrohr": "tube", "rundstab": "round bar",
    "rundmaterial": "round bar", "rundstahl": "round bar", "flachstahl": "flat bar", "flacheisen": "flat bar",
    "flachstab": "flat bar", "flachmaterial": "flat bar", "vierkantstab": "square bar", "sechskantstab": "hex bar",
    "winkelprofil": "angle", "winkelstahl": "angle", "u-profil": "U channel", "passfedernut": "keyway", "nabe": "hub",
    "bolzen": "pin", "distanzhülse": "spacer", "buchse": "bush", "flansch": "flange", "deckel": "lid",
    "zahnrad": "gear", "zähne": "teeth", "wand": "wall", "wandstärke": "wall", "boden": "floor", "außendurchmesser": "outer diameter",
    "innendurchmesser": "inner diameter", "senkung": "countersink", "gewinde": "thread", "nut": "groove",
    "bague": "ring", "entretoise": "spacer", "tige": "rod", "barre": "bar", "cornière": "angle",
    "fer plat": "flat bar", "plat": "flat bar", "tube carré": "square tube", "rainure de clavette": "keyway",
    "rainure": "slot", "paroi": "wall", "fond": "floor", "extérieur": "outer", "intérieur": "inner", "ép.": "thickness", "ép": "thickness",
    "dans les coins": "in the corners", "aux coins": "in the corners", "des bords": "from the edges",
    "du bord": "from the edge", "traversant": "through", "débouchant": "through",
    "perfil en u": "U channel", "perfil en l": "angle", "tubo cuadrado": "square tube", "barra redonda": "round bar",
    "pletina": "flat bar", "ranura": "slot", "chavetero": "keyway", "pasante": "through", "pared": "wall",
    "paredes": "walls", "parois": "walls", "profilé en u": "U channel", "profilé en l": "angle", "haut": "high",
    "large": "wide", "fondo": "floor", "exterior": "outer", "interior": "inner", "una": "a", "un": "a", "de": "of",
    "vaso": "cup", "tazza": "cup", "cilindrico": "cylindrical", "parete": "wall", "tondo": "round bar",
    "piatto": "flat bar", "tubo quadro": "square tube", "cava": "slot", "sede chiavetta": "keyway", "passante": "through",
    "esterno": "outer", "interno": "inner", "profondità": "depth", "anello": "ring", "distanziale": "spacer",
    "met": "with", "in het midden": "in the middle", "een": "a", "van": "of", "buis": "tube",
    "staf": "rod", "koker": "square tube", "sleuf": "slot", "bodem": "floor",
    # a Romance noun before its adjective: the English order, so "outer" and "through" name the size they go with
    "diamètre extérieur": "outer diameter", "diamètre intérieur": "inner diameter", "diámetro exterior": "outer diameter",
    "diámetro interior": "inner diameter", "diametro esterno": "outer diameter", "diametro interno": "inner diameter",
    "diâmetro externo": "outer diameter", "diâmetro interno": "inner diameter", "średnica zewnętrzna": "outer diameter",
    "średnica wewnętrzna": "inner diameter", "ranura pasante": "through slot", "agujero pasante": "through hole",
    "foro passante": "through hole", "cava passante": "through slot", "trou débouchant": "through hole",
    "trou traversant": "through hole", "rainure traversante": "through slot", "furo passante": "through hole",
    "rasgo passante": "through slot", "otwór przelotowy": "through hole",
    # Portuguese
    "chapa": "plate", "furo": "hole", "furos": "holes", "espessura": "thickness", "diâmetro": "diameter",
    "externo": "outer", "parede": "wall", "comprimento": "length", "largura": "width", "altura": "height",
    "aço": "steel", "anilha": "washer", "arruela": "washer", "veio": "shaft", "rasgo": "slot", "barra": "bar",
    # Polish
    "płaskownik": "flat bar", "długość": "length", "otwór": "hole", "otwory": "holes", "otworów": "holes",
    "otworami": "holes", "fi": "Ø", "rura": "tube", "pręt": "round bar", "blacha": "sheet", "grubość": "thickness",
    "szerokość": "width", "wysokość": "height", "średnica": "diameter", "tuleja": "bush", "podkładka": "washer",
    "wałek": "shaft", "wał": "shaft", "kątownik": "angle", "ceownik": "U channel", "pierścień": "ring",
    "tarcza": "disc", "płyta": "plate", "profil kwadratowy": "square tube", "ścianka": "wall", "rowek": "groove",
    "wpust": "keyway", "przelotowy": "through", "przelotowe": "through",
    # the hole in the middle, in one word or two; please
    "mittelloch": "centre hole", "mittenbohrung": "centre hole", "zentralbohrung": "centre hole", "mittelbohrung": "centre hole",
    "trou central": "centre hole", "agujero central": "centre hole", "foro centrale": "centre hole", "middengat": "centre hole",
    "furo central": "centre hole", "otwór centralny": "centre hole", "bitte": "please", "s'il vous plaît": "please",
    "por favor": "please", "per favore": "please", "alstublieft": "please", "proszę": "please",
    # small numbers, read only beside another word of the language (see _ALSO_ENGLISH)
    "zwei": "two", "drei": "three", "vier": "four", "fünf": "five", "sechs": "six", "acht": "eight", "zehn": "ten",
    "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "huit": "eight", "dix": "ten",
    "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "ocho": "eight", "diez": "ten",
    "due": "two", "tre": "three", "quattro": "four", "cinque": "five", "sei": "six", "otto": "eight", "dieci": "ten",
    "twee": "two", "drie": "three", "vijf": "five", "zes": "six", "tien": "ten",
    "dois": "two", "duas": "two", "três": "three", "quatro": "four", "oito": "eight", "dez": "ten",
    "dwa": "two", "dwie": "two", "trzy": "three", "cztery": "four", "pięć": "five", "sześć": "six", "osiem": "eight",
}
# size nouns written before their number ("Länge 250", "ép. 5")
_ROLE_NOUNS = {"thickness", "length", "width", "height", "depth", "diameter", "wall", "outer diameter", "inner diameter"}
# words that are English too ("con rod", "alto", "fond of", "due to") are read only when the prompt has another
# foreign word, so an English prompt keeps its own word ("wand", "strip", "interior")
_ALSO_ENGLISH = {"con", "alto", "largo", "large", "haut", "mit", "und", "lang", "dick", "hoch", "gat", "dik", "tief", "eje", "nut",
                 "plat", "fond", "fondo", "una", "un", "de", "met", "een", "van", "strip", "wand", "exterior",
                 "interior", "barra", "barre", "fi", "due", "tre", "sei", "dos", "tres", "dix", "otto", "vier", "acht",
                 "zes", "tien", "dez", "staf", "nabe", "boden", "deckel", "cava", "rasgo", "passante",
                 "buis", "koker", "bolzen", "buchse"}
_FOREIGN_WORD = re.compile(r"(?<![\w'-])(" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _FOREIGN),
                                                             key=len, reverse=True)) + r")(?![\w'-])", re.I)


def _foreign_use(m: re.Match[str], text: str) -> StandardUse | None:
    word = re.sub(r"\s+", " ", m.group(1).lower())
    if word in _ALSO_ENGLISH:
        others = [w for w in (re.sub(r"\s+", " ", f.lower()) for f in _FOREIGN_WORD.findall(text)) if w not in _ALSO_ENGLISH]
        if not others:
            return None
    meant = _FOREIGN[word]
    if meant in _ROLE_NOUNS and re.search(r"\d\s*(?:mm|cm|m)?\s*$", text[:m.start()]) and re.match(r"\s*[:=]?\s*[Ø⌀ø]?\s*\d", text[m.end():]):
        meant = ", " + meant   # "100 x 60 ép. 5": the role word stands before its own number, not after the last one
    return StandardUse(m.group(1), f"“{m.group(1)}” is {meant.strip(', ')}", meant)


# ---- a word and its gloss in brackets: "Bohrung (bore) 12,7", "outer (OD) 40" ----------------------------------
_GLOSSES = {"bore", "hole", "holes", "od", "id", "diameter", "dia", "thick", "thickness", "wide", "width", "long",
            "length", "high", "height", "tall", "deep", "depth", "wall", "radius", "pcd", "disc", "washer", "plate",
            "shaft", "tube", "ring", "block", "cylinder", "sleeve", "spacer", "bush", "bushing", "flange"}
_GLOSS = re.compile(r"(?<![\w'-])([^\W\d_]+)\s*\(\s*([A-Za-z]+)\s*\)(?=\s*[:=,]?\s*(?:[Ø⌀ø]\s*)?\d|\s*[:,]|\s*$)")


def _gloss_use(m: re.Match[str], text: str) -> StandardUse | None:
    gloss = m.group(2)
    if gloss.lower() not in _GLOSSES:
        return None  # "(vertical)", "(typ)": a remark about the size, not the size word's gloss
    return StandardUse(m.group(0), f"“{m.group(1)}”, glossed as “{gloss}”", gloss)


# ---- "diámetro 24, agujero 10,5, espesor 2": a decimal comma right after its size word, before a list comma --------
_SIZE_THEN_COMMA = re.compile(r"(?<![\w'-])(diameter|dia|bore|hole|thickness|thick|width|length|height|depth|wall|radius|od|id|[Ø⌀ø])"
                              r"(\s*(?:of\s+)?[:=]?\s*)(\d+),(\d{1,2})(?!\d|,\d)(?!\s*(?:x\b|[x×]\s*\d|and\b|&))", re.I)


def _size_then_comma_use(m: re.Match[str], text: str) -> StandardUse | None:
    value = f"{m.group(3)}.{m.group(4)}"
    return StandardUse(m.group(0), f"{m.group(3)},{m.group(4)} after “{m.group(1)}”: a decimal comma, {value}",
                       f"{m.group(1)}{m.group(2)}{value}")


# ---- "6 x 8mm holes on 70 PCD": a whole count times a hole size, the count first -------------------------------------
_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_COUNT_TIMES_HOLES = re.compile(r"(?<![\d.,])(\d{1,2})\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s+(?:dia(?:meter)?\.?\s+)?(holes)\b", re.I)


def _count_times_holes_use(m: re.Match[str], text: str) -> StandardUse | None:
    n = int(m.group(1))
    if not 1 < n < len(_WORDS) or re.search(r"\d\s*(?:mm\s*)?[x×]\s*$", text[:m.start()]):
        return None  # "120 x 80 x 6 mm holes" is no count
    return StandardUse(m.group(0), f"{n} x {m.group(2)} mm holes: {n} holes of {m.group(2)} mm",
                       f"{_WORDS[n]} {m.group(2)} mm {m.group(3)}")


# ---- "a 30 hole in the centre": a bare size before a hole placed in the middle is its diameter -----------------------
_BARE_PLACED_HOLE = re.compile(r"\b(an?|one|single)\s+(\d+(?:\.\d+)?)\s+(hole|bore)\s+(in|at|through)\s+the\s+(centre|center|middle)\b",
                               re.I)


def _bare_placed_hole_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0), f"a {m.group(2)} mm {m.group(3).lower()} in the {m.group(5).lower()}",
                       f"{m.group(1)} {m.group(2)} mm {m.group(3)} {m.group(4)} the {m.group(5)}")


# ---- "coaster for a 350 ml mug", "lid for a 500 ml jar": the vessel the part serves is not the part ---------------------
_VESSELS = r"(?:mugs?|cups?|jars?|bottles?|jugs?|glass(?:es)?|cans?|tins?|vases?|flasks?|tumblers?|kettles?|teapots?|pitchers?|" \
           r"carafes?|buckets?|tubs?|pots?)"
_CAPACITY = r"(?:\d+(?:[.,]\d+)?\s*(?:ml|millilit(?:re|er)s?|cl|l|lit(?:re|er)s?|oz|fl\.?\s*oz|pints?|gallons?)\s+)"
_SERVED = re.compile(r"(?<![\w-])(?P<lead>for|under|beneath|to\s+(?:go|sit|stand)\s+(?:under|beneath)|to\s+(?:hold|fit|suit|cover|close))"
                     r"\s+(?:an?|the|my|one|our)\s+" + _CAPACITY + r"?(?:[a-z]+\s+){0,2}?" + _VESSELS + r"(?![\w-])", re.I)


def _served_use(m: re.Match[str], text: str) -> StandardUse | None:
    rest = text[:m.start()] + text[m.end():]
    if not re.search(r"\d", rest):
        return None  # "a mug for ..." with no sizes of its own is left to the names that are not sizes
    return StandardUse(m.group(0), f"“{m.group(0)}”: what the part serves, not the part (its capacity is not a size)", f"{m.group('lead')} it")


# ---- "one hole of 20 in the middle", "4 holes of 9 at 20 from every edge": the size after "of" is the diameter ---------
_ONE_HOLE_OF = re.compile(r"\b(an?|one|single)\s+(hole|bore)\s+of\s+(?:[Ø⌀ø]\s*)?(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:dia(?:meter)?\.?\s*)?"
                          r"(in|at|through)\s+the\s+(centre|center|middle)\b", re.I)
_HOLES_OF = re.compile(r"\b(holes)\s+of\s+(\d+(?:\.\d+)?)(?!\s*(?:mm|cm|in\b|inch|\"|[x×]|\.\d|%|radius|rad\b|dia|diameter|deep|long))"
                       r"(?=\s+(?:at|on|spaced|placed|equally|evenly|and|plus|in|from|with|each|dia|diameter)\b|\s*[,;.)]|\s*$)", re.I)
# "a 6 mm hole in each corner": one per corner, four
_ONE_PER_CORNER = re.compile(r"\b(?:an?|one)\s+((?:[Ø⌀ø]\s*)?\d+(?:\.\d+)?\s*(?:mm\s*)?)?((?:dia(?:meter)?|clearance|mounting|fixing)\s+)?"
                             r"(hole|bore)\s+(?:in|at|near)\s+(?:each|every)\s+(?:of\s+the\s+(?:four|4)\s+)?corners?\b", re.I)


def _one_hole_of_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0), f"one {m.group(3)} mm {m.group(2).lower()} in the {m.group(5).lower()}",
                       f"a {m.group(3)} mm {m.group(2)} {m.group(4)} the {m.group(5)}")


def _holes_of_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0), f"holes of {m.group(2)}: {m.group(2)} mm holes", f"{m.group(1)} of {m.group(2)} mm")


def _one_per_corner_use(m: re.Match[str], text: str) -> StandardUse | None:
    if re.search(r"\b(?:triang\w*|hexag\w*|pentag\w*|octag\w*)\b", text, re.I):
        return None  # four corners only on a four-cornered part
    size = (m.group(1) or "").strip()
    return StandardUse(m.group(0), f"a {m.group(3).lower()} in each corner: four", f"four {size + ' ' if size else ''}"
                       f"{m.group(2) or ''}corner {m.group(3)}s")


# ---- "6 mm of wall around it", "with 5 mm of material all round": the wall round a bore ---------------------------
_WALL_AROUND = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mm\s+)?of\s+(?:wall|material|meat)(?:\s+(?:all\s+)?(?:a?round|about)(?:\s+(?:it|the\s+(?:bore|hole)))?)?",
                          re.I)


def _wall_around_use(m: re.Match[str], text: str) -> StandardUse | None:
    return StandardUse(m.group(0), f"{m.group(1)} mm of wall round the bore: a {m.group(1)} mm wall", f"{m.group(1)} mm wall")


# ---- "hex no — round", "not hex but round", "round (not hex)": a shape named, then corrected ---------------------------
_SHAPE = r"(?:hex(?:agonal)?|square|round|cylindrical)"
_SHAPE_CORRECTED = re.compile(r"\b(?P<no>" + _SHAPE + r")\s+no\b\s*[—–-]*\s*,?\s*(?P<yes>" + _SHAPE + r")\b"
                              r"|\bnot\s+(?P<no2>" + _SHAPE + r")\b\s*[,;—–-]*\s*(?:but\s+)?(?P<yes2>" + _SHAPE + r")\b"
                              r"|\b(?P<yes3>" + _SHAPE + r")\s*(?:\(\s*not\s+(?P<no3>" + _SHAPE + r")\s*\)|,?\s+not\s+(?P<no4>" + _SHAPE
                              + r")\b)", re.I)


def _shape_corrected_use(m: re.Match[str], text: str) -> StandardUse | None:
    yes = m.group("yes") or m.group("yes2") or m.group("yes3")
    no = m.group("no") or m.group("no2") or m.group("no3") or m.group("no4")
    if yes.lower()[:3] == no.lower()[:3]:
        return None
    return StandardUse(m.group(0), f"“{m.group(0)}”: {yes.lower()}, not {no.lower()}", yes)


# "80 de largo", "30 de ancho exterior", "paredes de 3 mm", "24 de haut": the Romance "de" between a size and its
# role word says nothing; without it the size word stands beside its number as in English ("80 long", "walls 3 mm")
_ROMANCE_ROLES = (r"largo|ancho|alto|espesor|grosor|di[aá]metro|profundidad|long|large|haut|[ée]paisseur|diam[eè]tre|"
                  r"profondeur|lungo|largo|alto|spessore|comprimento|largura|altura|espessura")
_DE_ROLE = re.compile(r"(?P<n>\d(?:\s*mm)?)\s+(?:de|di|d')\s*(?P<role>(?:" + _ROMANCE_ROLES + r")\b)"
                      r"|\b(?P<wall>paredes|pared|parois|paroi|pareti|parete)\s+(?:de|di)\s+(?=\d)", re.I)


def _de_role_use(m: re.Match[str], text: str) -> StandardUse | None:
    if not any(re.sub(r"\s+", " ", w.lower()) not in _ALSO_ENGLISH for w in _FOREIGN_WORD.findall(text)):
        return None   # "de" alone is no other language: another word of it must be there
    meant = f"{m.group('n')} {m.group('role')}" if m.group("n") else f"{m.group('wall')} "
    return StandardUse(m.group(0), "the Romance “de” between a size and its role word", meant)


RULES: list[Rule] = [
    Rule("Romance de before a size word", _DE_ROLE, _de_role_use),
    Rule("shape corrected", _SHAPE_CORRECTED, _shape_corrected_use),
    Rule("what the part serves", _SERVED, _served_use),
    Rule("wall round a bore", _WALL_AROUND, _wall_around_use),
    Rule("one hole of a size in the middle", _ONE_HOLE_OF, _one_hole_of_use),
    Rule("holes of a bare size", _HOLES_OF, _holes_of_use),
    Rule("one hole in each corner", _ONE_PER_CORNER, _one_per_corner_use),
    Rule("count times hole size", _COUNT_TIMES_HOLES, _count_times_holes_use),
    Rule("bare size of a hole in the middle", _BARE_PLACED_HOLE, _bare_placed_hole_use),
    Rule("notepad shorthand", _SHORTHAND_WORD, _shorthand_use),
    Rule("other-language size words", _FOREIGN_WORD, _foreign_use),
    Rule("gloss in brackets", _GLOSS, _gloss_use),
    Rule("decimal comma after its size word", _SIZE_THEN_COMMA, _size_then_comma_use),
]


def expand(text: str) -> tuple[str, list[StandardUse]]:
    """The text with shorthand, other-language words and bracketed glosses read as the reader's words."""
    return apply_rules(RULES, text)
