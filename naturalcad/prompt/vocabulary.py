"""Words the app knows, by what they do in a prompt.

Kept as plain sets so the lexicon (typo tolerance), the scanner (what a number sizes) and the
reading (what was not acted on) agree on one vocabulary.  Part families add their own nouns
on top (see `sources/templates/registry.py`).
"""

from __future__ import annotations

# A word next to a number that says what the number sizes -> the hint the size check uses.
SIZE_WORDS: dict[str, str] = {
    "diameter": "diameter", "dia": "diameter", "diam": "diameter", "od": "diameter", "ø": "diameter",
    "across": "diameter", "id": "hole", "inner": "hole", "inside": "hole", "bore": "hole", "hole": "hole", "holes": "hole", "bores": "hole",
    "radius": "radius", "rad": "radius", "radii": "radius", "fillet": "radius", "fillets": "radius",
    "filleted": "radius", "rounded": "radius", "rounds": "radius",
    "tall": "height", "height": "height", "high": "height", "heigh": "height",
    "long": "length", "length": "length", "len": "length",
    "wide": "width", "width": "width", "broad": "width", "breadth": "width",
    "thick": "thickness", "thickness": "thickness", "thk": "thickness", "gauge": "thickness",
    "deep": "depth", "depth": "depth",
    "wall": "wall", "walls": "wall", "walled": "wall",
    "pitch": "pitch", "spacing": "pitch", "apart": "pitch", "centres": "pitch", "centers": "pitch",
    "pcd": "pcd", "bcd": "pcd", "circle": "pcd",
    "chamfer": "chamfer", "chamfers": "chamfer", "chamfered": "chamfer", "bevel": "chamfer",
    "module": "module", "mod": "module",
    "side": "side", "sides": "side", "sided": "side", "square": "side", "cube": "side", "edge": "side",
    "flats": "across_flats", "af": "across_flats",
    "span": "length", "spanning": "length", "rise": "height",
}

# Nouns a bare whole number can count ("4 holes", "twenty teeth") -> what is counted.
COUNT_NOUNS: dict[str, str] = {
    "hole": "holes", "holes": "holes", "slot": "holes", "slots": "holes", "bores": "holes",
    "tooth": "teeth", "teeth": "teeth", "spoke": "spokes", "spokes": "spokes",
    "side": "sides", "sides": "sides", "sided": "sides", "face": "sides", "faces": "sides", "gon": "sides",
    "panel": "panels", "panels": "panels", "bay": "panels", "bays": "panels", "segment": "panels",
    "segments": "panels", "web": "panels", "webs": "panels", "cells": "panels", "divisions": "panels",
    "leg": "legs", "legs": "legs", "row": "rows", "rows": "rows", "column": "columns", "columns": "columns",
    "floor": "tiers", "floors": "tiers", "storey": "tiers", "storeys": "tiers", "story": "tiers",
    "stories": "tiers", "tier": "tiers", "tiers": "tiers", "level": "tiers", "levels": "tiers",
    "setback": "tiers", "setbacks": "tiers",
    "jog": "jogs", "jogs": "jogs", "bend": "jogs", "bends": "jogs", "turn": "jogs", "turns": "jogs",
    "step": "jogs", "steps": "jogs", "notch": "notches", "notches": "notches", "fin": "fins", "fins": "fins",
    "rib": "ribs", "ribs": "ribs", "compartment": "compartments", "compartments": "compartments",
    "divider": "dividers", "dividers": "dividers", "pin": "pins", "pins": "pins", "peg": "pins", "pegs": "pins",
    "screw": "holes", "screws": "holes", "bolt": "holes", "bolts": "holes", "times": "times",
    # catalogue parts counted by their features: pulleys, springs, hinges, knobs, clips
    "groove": "grooves", "grooves": "grooves", "coil": "coils", "coils": "coils", "knuckle": "knuckles",
    "knuckles": "knuckles", "lobe": "lobes", "lobes": "lobes", "tab": "tabs", "tabs": "tabs",
}

# Words that may sit between a count and its noun ("4 countersunk M5 mounting holes").
COUNT_ADJECTIVES = {
    "off",  # "4 off countersunk holes": the drawing office's quantity word before what it counts
    "active", "working", "bolt", "corner", "mounting", "clearance", "through", "countersunk", "counterbored", "blind",
    "threaded", "tapped", "evenly", "equally", "spaced", "round", "circular", "small", "large", "big",
    "fixing", "screw", "equal", "identical", "drilled", "straight", "involute", "spur", "gear", "extra",
    "more", "fastener", "locating", "centre", "center", "central", "lightening", "vent", "rectangular",
    "square", "outer", "inner", "thru", "pin", "dowel", "additional", "vertical", "horizontal", "long",
    "short", "wide", "pilot", "tap", "perimeter", "edge", "sharp", "triangular", "diagonal", "regular",
    "flat", "x", "of", "the", "mm", "m", "evenly-spaced", "equally-spaced", "cooling", "radial",
    # drawing-office abbreviations of the hole's kind: "2 csk holes", "3 cbore holes", "4 c'sunk holes"
    "csk", "cbore", "cbored", "csunk", "countersink", "counterbore",
}

# Features or parts a person can ask for; acted on only when the script has a parameter for it.
# word -> the stem a parameter name carries when the script makes it.
FEATURE_WORDS: dict[str, str] = {
    "hole": "hole", "holes": "hole", "bore": "hole", "bored": "hole", "drilled": "hole",
    "fillet": "fillet", "fillets": "fillet", "filleted": "fillet", "rounded": "fillet", "radiused": "fillet",
    "chamfer": "chamfer", "chamfers": "chamfer", "chamfered": "chamfer", "bevel": "chamfer",
    "bevelled": "chamfer", "beveled": "chamfer",
    "handle": "handle", "handles": "handle", "lid": "lid", "hinge": "hinge", "hinged": "hinge",
    "thread": "thread", "threads": "thread", "threaded": "thread", "tapped": "thread",
    "countersunk": "countersink", "countersink": "countersink", "csk": "countersink",
    "counterbore": "counterbore", "counterbored": "counterbore", "cbore": "counterbore",
    "slot": "slot", "slots": "slot", "slotted": "slot", "keyway": "keyway", "keyed": "keyway",
    "text": "text", "logo": "text", "engraved": "text", "engraving": "text", "lettering": "text",
    "knurl": "knurl", "knurled": "knurl", "rib": "rib", "ribs": "rib", "ribbed": "rib",
    "boss": "boss", "bosses": "boss", "pocket": "pocket", "pockets": "pocket", "groove": "groove",
    "grooves": "groove", "notch": "notch", "notches": "notch", "cutout": "cutout", "cutouts": "cutout",
    "window": "window", "windows": "window", "vent": "vent", "vents": "vent", "spout": "spout",
    "tab": "tab", "tabs": "tab", "clip": "clip", "hook": "hook", "lip": "lip", "rim": "rim",
    "flat": "flat", "flats": "flat", "hub": "hub", "spigot": "hub", "spigots": "hub", "spokes": "spoke", "spoke": "spoke",
    "compartments": "compartment", "compartment": "compartment", "dividers": "divider",
    "divider": "divider", "standoffs": "standoff", "feet": "foot", "foot": "foot",
    "magnet": "magnet", "magnets": "magnet", "gusset": "gusset", "gussets": "gusset",
    "teeth": "teeth", "tooth": "teeth", "mesh": "mesh", "perforated": "hole", "perforations": "hole",
}

# Standards and product words before a number: the number names a size class, not a length.
DESIGNATION_BEFORE = {
    "nema", "iphone", "galaxy", "pixel", "pi", "series", "sch", "schedule", "size", "no", "number",
    "type", "model", "version", "gt", "htd", "din", "iso", "ansi", "awg", "gauge#", "raspberry",
    "arduino", "ipad", "note", "mk", "v",
}
# Catalogue nouns after a number: "608 bearing", "2020 extrusion", "17 stepper".
DESIGNATION_AFTER = {
    "bearing", "bearings", "extrusion", "extrusions", "stepper", "motor", "servo", "series", "rail",
    "profile-extrusion", "zz", "rs", "2rs", "vslot", "v-slot", "tslot", "t-slot", "sch", "schedule", "nps",
}

# Words that carry no part meaning: never "unread", never corrected into something else.
COMMON_WORDS = set(["almost", "nearly", "rest", "else", "everything", "nothing", "later", "latter", "slip-on", "slip", "motor", "motors", "motor's", "take", "takes", "suit", "suits", "adapt", "adapter", "adaptor", "adapters", "adaptors", "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with", "without", "within", "about", "above", "across", "after", "against", "along", "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "down", "during", "except", "inside", "near", "outside", "past", "per", "since", "through", "throughout", "toward", "towards", "under", "underneath", "until", "upon", "via", "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "she", "it", "its", "they", "them", "their", "this", "that", "these", "those", "there", "here", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both", "each", "every", "few", "many", "more", "most", "much", "no", "none", "not", "nor", "only", "other", "some", "such", "same", "own", "very", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "do", "does", "did", "done", "doing", "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get", "gets", "got", "make", "makes", "made", "making", "need", "needs", "want", "wants", "wanted", "like", "please", "thanks", "thank", "hi", "hello", "hey", "create", "design", "designed", "draw", "model", "build", "print", "printed", "printing", "give", "generate", "produce", "cut", "want", "let", "lets", "just", "also", "still", "even", "really", "quite", "rather", "about", "approximately", "approx", "around", "roughly", "nominal", "exactly", "total", "overall", "simple", "simply", "basic", "standard", "normal", "regular", "small", "smaller", "big", "bigger", "large", "larger", "tiny", "huge", "little", "nice", "good", "new", "old", "same", "different", "typical", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "pair", "couple", "half", "quarter", "single", "double", "triple", "first", "second", "third", "last", "next", "other", "another", "left", "right", "top", "bottom", "front", "back", "side", "sides", "middle", "center", "centre", "central", "centered", "centred", "end", "ends", "edge", "edges", "corner", "corners", "face", "faces", "inner", "outer", "internal", "external", "upper", "lower", "base", "whole", "full", "thin", "thick", "wide", "narrow", "long", "short", "tall", "high", "deep", "shallow", "heavy", "light", "strong", "solid", "hollow", "open", "closed", "flat", "straight", "curved", "smooth", "sharp", "rough", "even", "odd", "evenly", "equally", "spaced", "spacing", "distance", "mm", "cm", "m", "in", "inch", "inches", "ft", "foot", "feet", "millimeter", "millimeters", "millimetre", "millimetres", "centimeter", "centimeters", "meter", "meters", "metre", "metres", "deg", "degree", "degrees", "percent", "x", "by", "steel", "aluminium", "aluminum", "brass", "copper", "bronze", "plastic", "pla", "abs", "petg", "nylon", "wood", "wooden", "acrylic", "metal", "rubber", "stainless", "iron", "titanium", "resin", "delrin", "pom", "carbon", "fibre", "fiber", "mild", "galvanised", "galvanized", "part", "parts", "piece", "pieces", "thing", "object", "item", "shape", "body", "component", "something", "unit", "version", "kind", "sort", "type", "style", "size", "sizes", "dimension", "dimensions", "measuring", "measure", "measures", "measurement", "fit", "fits", "fitting", "hold", "holds", "holding", "holder", "mount", "mounting", "mounted", "attach", "attached", "attaching", "use", "used", "using", "uses", "go", "goes", "going", "put", "place", "placed", "sit", "sits", "sitting", "stand", "stands", "keep", "keeps", "my", "our", "someone", "friend", "project", "home", "office", "desk", "workshop", "garage", "kitchen", "room", "wall", "floor", "table", "shelf", "car", "bike", "bicycle", "printer", "machine", "robot", "drone", "3d", "2d", "i'm", "im", "it's", "its", "i'd", "i'll", "don't", "dont", "ok", "okay", "yes", "sure", "maybe", "probably", "around", "ish", "about", "roughly", "each", "both", "either", "neither", "all", "should", "must", "would", "could", "might", "please", "kindly", "quick", "quickly", "fast", "asap", "urgently", "now", "today", "show", "showing", "shown", "look", "looks", "looking", "see", "seen", "new", "version", "again", "also", "too", "well", "way", "with", "without", "plus", "having", "featuring", "that", "which", "where", "while", "whose", "whatever", "any", "anything", "is", "are", "be", "been", "something", "work", "works", "working", "job", "task", "need", "needed", "require", "required", "requires", "add", "added", "adding", "remove", "removed", "include", "includes", "including", "included", "put", "cut", "cuts", "cutting", "drill", "drilled", "drilling", "bored", "milled", "milling", "machined", "through", "thru", "blind", "equal", "equally", "identical", "matching", "match",
                    # drawing shorthand (typical, places, equally spaced, depth, counterbore / countersink)
                    "typ", "plcs", "plc", "places", "eq", "sp", "dp", "c'bore", "cbore", "c'sink", "csk", "tap", "thru",
                    "c-c", "cc", "ctr", "thk", "shcs", "ctrd", "oa", "cnrs", "lg", "equi-spaced", "equispaced", "6h"])
# describing words and drawing abbreviations that name no part
COMMON_WORDS |= {"dummy", "placeholder", "plain", "blank", "envelope", "mock", "spare", "sch", "schedule", "nps",
                 "eq", "sp", "ctr", "lg", "dp", "thk"}
# what a screw hole is for, and where a feature is not ("for M5 socket head screws", "nothing in the middle")
COMMON_WORDS |= {"socket", "head", "heads", "nothing"}
# sizes named by a sheet, a standard part or a part it goes with ("A4 sized", "backing board", "same bore as a 6202")
COMMON_WORDS |= {"sized", "paper", "sheet", "page", "format", "backing", "outline", "race", "races", "joining",
                 "connector", "connecting", "splice", "picture", "photo", "style"}
# fit classes of clearance holes (ISO 273 close / medium / coarse, ASME B18.2.8 close / normal / loose)
COMMON_WORDS |= {"close", "medium", "loose", "tight", "coarse", "fine", "free"}
# seal and gasket materials ("nitrile o ring", "EPDM gasket")
COMMON_WORDS |= {"nitrile", "nbr", "epdm", "viton", "fkm", "silicone", "neoprene", "cork", "ptfe", "teflon", "felt"}
# plain English a writer thinks aloud in ("I'll tap it M4 later ... no wait, leave it 3.2"): never a typo of a
# vocabulary word ("later" is no "laser": read as one, it turned a hex standoff into a 2D laser profile)
COMMON_WORDS |= {"later", "leave", "wait", "afterwards", "myself", "anyway"}
# the words of a hole pattern and its margin, which the parser reads ("3 x 5 grid", "30 apart in both directions",
# "between the outermost holes and the edge", "from the nearest hole centres")
COMMON_WORDS |= {"grid", "array", "directions", "direction", "ways", "outermost", "nearest", "material"}
COMMON_WORDS |= {"axially", "incl", "inc", "storage"}  # "drill 12 dia x 35 deep axially into one end": along the axis, where a bore runs
# stock and order text: quantities, references and materials a stockholder's or a shop's order line carries
COMMON_WORDS |= {"qty", "pcs", "pc", "pce", "pces", "nos", "ea", "dwg", "rev", "po", "ref", "job", "order", "alu", "ally", "alloy",
                 "aluminio", "inox", "stahl", "edelstahl", "acier", "acero", "acciaio", "staal", "stal", "messing", "laiton",
                 "latón", "ottone", "saw", "sawn", "flame", "laser", "plasma", "waterjet", "deburred", "deburr", "stock",
                 "lengths", "bars", "bar", "supplied", "supply", "delivery", "deliver", "arrives", "invoice", "quote", "price",
                 "paid", "euros", "euro", "dollars", "bucks", "cost", "costs", "model", "version"}
# what people say around a request in chat and are no part: greetings, feelings, the story of the last print
COMMON_WORDS |= {"hey", "ouch", "lol", "haha", "oops", "ugh", "wow", "cheers", "anyway", "anyways", "basically", "honestly",
                 "actually", "literally", "advance", "thanks", "thx", "ty", "pls", "plz", "i've", "i'd", "we've", "you're",
                 "it'll", "there's", "that's", "what's", "here's", "jammed", "cracked", "broke", "broken", "snapped",
                 "failed", "failing", "fail", "kept", "took", "tried", "trying", "printing", "running", "got", "gotten",
                 "been", "everywhere", "since", "ago", "last", "just", "first", "daughter", "son", "kid", "kids", "wife",
                 "husband", "dad", "mum", "mom", "friend's", "nozzle", "infill", "layers", "layer", "petg", "tpu", "asa"}
# how a part goes with another ("a 608 presses into", "linear bearing", "itself"): the relation, not a feature
COMMON_WORDS |= {"press", "presses", "pressed", "linear", "itself", "direction", "actual", "dressed", "stick", "offcut",
                 "stub", "slice", "length"}
# "one 8 hole dead center", "smack in the middle": intensifiers of a place, no feature
COMMON_WORDS |= {"dead", "smack", "bang", "slap", "exactly", "precisely"}
# the story around a replacement part ("my kid lost the original"): no feature
COMMON_WORDS |= {"lost", "lose", "original", "replacement", "replace", "missing", "misplaced"}
