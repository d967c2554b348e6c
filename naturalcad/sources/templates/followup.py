"""Offline follow-ups: "make it 10 mm thicker", "use 6 holes", "double the width".

A follow-up becomes updates to the named parameters of the previous script, applied
with params.override_params so the rest of the script is untouched.  When it asks for
something the previous script has no parameter for ("add 4 corner holes" to a plain
plate), the template is regenerated from the original prompt plus the follow-up, keeping
every earlier value the follow-up did not change.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...params import Param, override_params, read_params
from .additions import apply as apply_additions
from .additions import carry_over, plan_additions
from .numbers import MM_PER_UNIT, UNIT_WORDS, normalize
from .parse import PartSpec, parse_prompt
from .script import prompt_of, template_tag

if TYPE_CHECKING:
    from . import TemplateResult

_NUM = r"(\d+ \d+/\d+|\d+/\d+|\d*\.\d+|\d+)"
_UNIT = r"(?: ?(mm|cm|m|in|inch|inches|ft|millimet(?:er|re)s?|centimet(?:er|re)s?))?"

# adjective -> (sign, parameter names to try, word to look for in parameter comments)
ADJECTIVES: dict[str, tuple[int, list[str], str]] = {
    "thicker": (1, ["thickness", "face_width", "wall", "height"], "thick"),
    "thinner": (-1, ["thickness", "face_width", "wall", "height"], "thick"),
    "wider": (1, ["width", "outer_width", "face_width", "diameter", "outer_diameter"], "width"),
    "narrower": (-1, ["width", "outer_width", "face_width", "diameter", "outer_diameter"], "width"),
    "longer": (1, ["length", "span", "height"], "length"),
    "shorter": (-1, ["length", "span", "height"], "length"),
    "taller": (1, ["height", "rise", "leg_b", "length"], "height"),
    "higher": (1, ["height", "rise", "leg_b", "length"], "height"),
    "lower": (-1, ["height", "rise", "leg_b", "length"], "height"),
    "deeper": (1, ["depth", "height"], "depth"),
    "shallower": (-1, ["depth", "height", "rise"], "depth"),
    "bigger": (1, [], ""),
    "larger": (1, [], ""),
    "smaller": (-1, [], ""),
}
ADJ_TO_NOUN = {"thicker": "thick", "thinner": "thick", "wider": "wide", "narrower": "wide", "longer": "long",
               "shorter": "long", "taller": "tall", "higher": "tall", "lower": "tall", "deeper": "deep",
               "shallower": "deep", "bigger": "big", "larger": "big", "smaller": "big"}

# nouns a person uses for a parameter -> parameter names to try, in order
NOUNS: dict[str, list[str]] = {
    "thickness": ["thickness", "face_width", "wall", "height"],
    "thick": ["thickness", "face_width", "wall", "height"],
    "width": ["width", "outer_width", "face_width"],
    "wide": ["width", "outer_width", "face_width"],
    "length": ["length", "span", "height"],
    "long": ["length", "span", "height"],
    "height": ["height", "rise", "leg_b", "length"],
    "tall": ["height", "rise", "leg_b", "length"],
    "depth": ["depth", "height"],
    "deep": ["depth", "height"],
    "diameter": ["diameter", "outer_diameter", "base_diameter", "across_flats"],
    "od": ["outer_diameter", "diameter"],
    "outer diameter": ["outer_diameter", "diameter"],
    "inner diameter": ["inner_diameter", "bore_diameter", "hole_diameter"],
    "id": ["inner_diameter", "bore_diameter", "hole_diameter"],
    "bore": ["bore_diameter", "inner_diameter", "hole_diameter"],
    "hole": ["hole_diameter", "bore_diameter"],
    "holes": ["hole_diameter", "bore_diameter"],
    "wall": ["wall"],
    "walls": ["wall"],
    "span": ["span", "length"],
    "rise": ["rise", "height"],
    "module": ["module"],
    "fillet": ["fillet_radius", "corner_radius", "inner_fillet"],
    "fillets": ["fillet_radius", "corner_radius", "inner_fillet"],
    "chamfer": ["chamfer_size"],
    "chamfers": ["chamfer_size"],
    "bolt circle": ["bolt_circle"],
    "pcd": ["bolt_circle"],
    "offset": ["edge_offset", "jog_offset"],
    "margin": ["edge_offset"],
    "legs": ["leg_a", "leg_b"],
    "leg": ["leg_a", "leg_b"],
    "size": [],
}

ROLE_TO_PARAMS: dict[str, list[str]] = {
    "width": ["width", "outer_width", "face_width"],
    "length": ["length", "span", "height"],
    "height": ["height", "rise", "leg_b", "length"],
    "thickness": ["thickness", "face_width", "height"],
    "depth": ["depth", "height"],
    "diameter": ["diameter", "outer_diameter", "base_diameter", "across_flats"],
    "outer_diameter": ["outer_diameter", "diameter"],
    "inner_diameter": ["inner_diameter", "bore_diameter", "hole_diameter"],
    "bore": ["bore_diameter", "inner_diameter", "hole_diameter"],
    "hole_diameter": ["hole_diameter", "bore_diameter"],
    "wall": ["wall"],
    "fillet": ["fillet_radius", "corner_radius", "inner_fillet"],
    "chamfer": ["chamfer_size"],
    "across_flats": ["across_flats"],
    "pcd": ["bolt_circle"],
    "span": ["span", "length"],
    "rise": ["rise"],
    "module": ["module"],
    "edge_offset": ["edge_offset"],
    "face_width": ["face_width", "thickness"],
    "side": ["side_length", "base_length"],
    "base": ["base_length", "side_length"],
    "major_radius": ["ring_radius"],
    "minor_radius": ["tube_radius"],
}

COUNT_TO_PARAMS: dict[str, list[str]] = {
    "holes": ["hole_count", "holes_per_leg", "columns"],
    "teeth": ["teeth"],
    "panels": ["panels"],
    "sides": ["sides"],
    "jogs": ["jogs"],
    "tiers": ["tiers"],
}


@dataclass
class Plan:
    """What the follow-up asks for, as parameter updates plus what was not understood."""

    updates: dict[str, float | int | bool] = field(default_factory=dict)
    said: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)   # understood, but no parameter for it


def _mm(number: str, unit: str | None, default_unit: str = "mm") -> float:
    from .numbers import _number

    u = UNIT_WORDS.get(unit or "", None) or ("mm" if unit and unit.startswith("milli") else
                                             "cm" if unit and unit.startswith("centi") else default_unit)
    return _number(number) * MM_PER_UNIT[u]


def _pick(params: dict[str, Param], names: list[str], comment_word: str = "") -> str | None:
    for n in names:
        if n in params:
            return n
    if comment_word:
        for p in params.values():
            if comment_word in p.comment.lower() and isinstance(p.value, float):
                return p.name
    return None


def _sizes(params: dict[str, Param]) -> list[str]:
    """Every length parameter (comment starts with 'mm'), for 'make it bigger' and 'scale by 2'."""
    return [p.name for p in params.values() if p.comment.lower().startswith("mm") and not isinstance(p.value, bool)]


def _set(plan: Plan, params: dict[str, Param], name: str, value: float | int | bool, why: str) -> None:
    old = plan.updates.get(name, params[name].value)
    if isinstance(old, float) and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = round(float(value), 4)
        if value <= 0 and not any(w in params[name].comment for w in ("0 =", "0 means")):
            value = old
            plan.said.append(f"{name} cannot be zero or negative; kept {old:g}")
            return
    plan.updates[name] = value
    plan.said.append(f"{name}: {_show(params[name].value)} -> {_show(value)} ({why})")


def _shift(plan: Plan, params: dict[str, Param], targets: list[str], sign: int, number: str,
           pct: str | None, unit: str | None, why: str) -> None:
    """Grow or shrink each target by an amount ("10 mm") or a share ("20%")."""
    for name in targets:
        old = float(plan.updates.get(name, params[name].value))
        new = old * (1 + sign * float(number) / 100) if pct else old + sign * _mm(number, unit)
        _set(plan, params, name, new, why)


def _show(v: float | int | bool) -> str:
    return str(v) if isinstance(v, (bool, int)) else f"{v:g}"


def _noun_target(text: str, params: dict[str, Param]) -> list[str]:
    """Parameter names a noun phrase in `text` points at ("the width", "the holes")."""
    for noun in sorted(NOUNS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(noun)}\b", text):
            if noun in ("size",) or not NOUNS[noun]:
                return _sizes(params)
            if noun in ("legs", "leg"):
                return [n for n in NOUNS[noun] if n in params]
            name = _pick(params, NOUNS[noun], noun if noun.endswith("thick") else "")
            return [name] if name else []
    return []


def plan_follow_up(text: str, params: dict[str, Param]) -> Plan:
    plan = Plan()
    t = normalize(text)
    consumed: list[tuple[int, int]] = []

    def mark(m: re.Match[str]) -> None:
        consumed.append(m.span())

    # 1) "10 mm thicker", "5 mm shorter", "20% longer", "2 mm bigger holes"
    adj = "|".join(ADJECTIVES)
    for m in re.finditer(r"{}{} (?:more |less )?({})(?: (?:the )?([a-z ]+))?".format(_NUM, r"(?: ?(%)| ?(mm|cm|m|in|inch|inches|ft))?", adj), t):
        number, pct, unit, word, tail = m.group(1), m.group(2), m.group(3), m.group(4), (m.group(5) or "")
        sign, names, cword = ADJECTIVES[word]
        targets = _noun_target(tail, params) if tail else []
        if not targets:
            targets = _sizes(params) if not names else [n for n in [_pick(params, names, cword)] if n]
        if not targets:
            plan.missing.append(word)
            continue
        _shift(plan, params, targets, sign, number, pct, unit, m.group(0))
        mark(m)

    # 2) "increase the width by 10 mm", "reduce thickness by 20%"
    for m in re.finditer(r"\b(increase|grow|extend|enlarge|raise|add|reduce|decrease|shrink|cut|trim|lower|lengthen|shorten|widen|thicken|thin)\b"
                         rf"(?: the| its)? ([a-z ]+?) by {_NUM}(?: ?(%)| ?(mm|cm|m|in|inch|inches|ft))?", t):
        verb, noun, number, pct, unit = m.groups()
        sign = -1 if verb in ("reduce", "decrease", "shrink", "cut", "trim", "lower", "shorten", "thin") else 1
        targets = [n for n in _noun_target(noun, params) if n]
        if not targets and verb in ("extend", "lengthen", "shorten"):
            targets = [n for n in [_pick(params, NOUNS["length"])] if n]
        if not targets:
            plan.missing.append(noun)
            continue
        _shift(plan, params, targets, sign, number, pct, unit, m.group(0))
        mark(m)

    # 3) "double the width", "halve the length", "twice as thick", "scale by 1.5", "3 times bigger"
    factor_words = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "halve": 0.5, "half": 0.5}
    for m in re.finditer(r"\b(double|triple|treble|halve|twice|half)\b(?: as)?(?: the| its)? ?([a-z ]*)", t):
        factor = factor_words[m.group(1)]
        tail = m.group(2)
        first = tail.split(" ")[0] if tail else ""
        if first in ADJ_TO_NOUN:
            tail = ADJ_TO_NOUN[first]
        targets = _noun_target(tail, params) if tail else []
        if not targets and (not tail or re.match(r"(size|it|everything|all|big|large|bigger|larger|scale)", tail)):
            targets = _sizes(params)
        if not targets:
            continue
        for name in targets:
            _set(plan, params, name, float(plan.updates.get(name, params[name].value)) * factor, m.group(0).strip())
        mark(m)
    for m in re.finditer(rf"\bscale(?: it| everything| the part| the whole thing)?(?: up| down)? by (?:a factor of )?{_NUM}\b(%)?|{_NUM} times (bigger|larger|smaller)", t):
        if m.group(1):
            factor = float(m.group(1)) / (100 if m.group(2) else 1)
        else:
            factor = float(m.group(3)) if m.group(4) != "smaller" else 1 / float(m.group(3))
        for name in _sizes(params):
            _set(plan, params, name, float(plan.updates.get(name, params[name].value)) * factor, m.group(0))
        mark(m)

    # 4) features on and off
    if re.search(r"\b(no|remove|without|delete|drop)(?: the| all)? (fillets?|rounds?|rounding|rounded edges|round(?:ed)? corners)\b|\bsharp (edges|corners)\b", t):
        for name in ("fillet_radius", "corner_radius", "inner_fillet"):
            if name in params:
                _set(plan, params, name, 0.0, "no fillets")
    if (re.search(r"\b(no|remove|without|delete|drop)(?: the| all)? (chamfers?|bevels?)\b", t)
            and "chamfer_size" in params):
        _set(plan, params, "chamfer_size", 0.0, "no chamfers")
    if re.search(r"\b(no|remove|without|delete|drop)(?: the| all)? (holes?|bores?)\b", t):
        for name in ("hole_count", "holes_per_leg", "columns", "bore_diameter"):
            if name in params:
                _set(plan, params, name, 0, "no holes") if isinstance(params[name].value, int) else _set(plan, params, name, 0.0, "no bore")
    if re.search(r"\b(close|closed|add a lid|with a lid|lidded|seal)\b", t) and "open_top" in params:
        _set(plan, params, "open_top", False, "closed top")
    elif re.search(r"\b(open(?: the)? top|open-top|remove the lid|no lid|without (?:a )?lid)\b", t) and "open_top" in params:
        _set(plan, params, "open_top", True, "open top")
    if re.search(r"\bhemisphere|half (a )?sphere|dome\b", t) and "hemisphere" in params:
        _set(plan, params, "hemisphere", True, "hemisphere")

    # 5) absolute values, read with the prompt parser: "make it 200 long", "use 6 holes", "8 mm holes"
    rest = t
    for a, b in sorted(consumed, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    rest = re.sub(r"\bto\b", " ", rest)  # "set the width to 50" reads like "width 50"
    spec = parse_prompt(rest)
    _apply_spec(spec, params, plan, rest)
    return plan


def _apply_spec(spec: PartSpec, params: dict[str, Param], plan: Plan, text: str) -> None:
    from .iso import metric

    for key, count in spec.counts.items():
        names = COUNT_TO_PARAMS.get(key)
        if not names:
            continue
        name = _pick(params, names)
        if name is None:
            plan.missing.append(f"{count} {key}")
            continue
        if name == "columns":
            rows = int(plan.updates.get("rows", params["rows"].value)) if "rows" in params else 1
            if spec.grid:
                _set(plan, params, "columns", spec.grid[0], "grid")
                if "rows" in params:
                    _set(plan, params, "rows", spec.grid[1], "grid")
                continue
            rows = max(rows, 1)
            if count % rows:
                rows = 1 if "rows" in params else rows
                if "rows" in params:
                    _set(plan, params, "rows", rows, f"{count} holes")
            _set(plan, params, "columns", math.ceil(count / rows), f"{count} holes")
            continue
        if name == "holes_per_leg" and not re.search(r"each|per leg|both", text):
            count = math.ceil(count / 2)
        _set(plan, params, name, int(count), f"{count} {key}")
    for role, value in spec.dims.items():
        if role.startswith("_") or role in ("angle",):
            continue
        if role == "hole_metric":
            if "hole_diameter" in params:
                _set(plan, params, "hole_diameter", metric(value).clearance, f"M{value:g} clearance")
            continue
        if role in ("radius",) and "radius" not in params:
            name = _pick(params, ["diameter", "outer_diameter", "base_diameter"])
            if name:
                _set(plan, params, name, value * 2, f"radius {value:g}")
            continue
        if role == "cube":
            for name in ("length", "width", "height"):
                if name in params:
                    _set(plan, params, name, value, f"cube {value:g}")
            continue
        if role in ("fillet", "chamfer") and spec.edge is not None:
            pass
        names = ROLE_TO_PARAMS.get(role)
        name = _pick(params, names or [], role if role in ("thickness",) else "") if names else None
        if name is None:
            plan.missing.append(role.replace("_", " "))
            continue
        _set(plan, params, name, value, "{} {:g} mm".format(role.replace("_", " "), value))
    if spec.edge is not None and spec.edge.size is not None and not any(k in plan.updates for k in ("fillet_radius", "chamfer_size", "corner_radius")):
        # "round the corners 5 mm", "chamfer the edges 1": the knob the part already has
        names = (["corner_radius", "fillet_radius"] if spec.edge.which == "vertical" else ["fillet_radius", "corner_radius"]) \
            if spec.edge.kind == "fillet" else ["chamfer_size"]
        name = _pick(params, names)
        if name is not None:
            _set(plan, params, name, spec.edge.size, f"{spec.edge.kind} {spec.edge.size:g} mm")
            plan.missing = [m for m in plan.missing if m not in ("fillet", "chamfer")]
    if spec.edge is not None and spec.edge.size is None and re.search(r"\badd\b", text):
        plan.missing.append(f"{spec.edge.kind} size")
    if spec.metric is not None and "thread_size" in params:
        row = metric(spec.metric)
        _set(plan, params, "thread_size", spec.metric, f"M{spec.metric:g}")
        _set(plan, params, "across_flats", row.nut_af if "height" in params else row.standoff_af, "ISO size")
        if "height" in params:
            _set(plan, params, "height", row.nut_height, "ISO 4032")
        _set(plan, params, "hole_diameter", row.tap_drill, "tap drill")
    groups = spec.groups
    if groups:
        sizes = [n for n in _sizes(params) if n not in plan.updates][:len(groups[0])]
        for name, value in zip(sizes, groups[0], strict=False):
            _set(plan, params, name, value, "size")
    loose = [v for v in spec.loose]
    if loose and not plan.updates and not plan.missing:
        plan.missing.append(f"a bare number ({loose[0]:g} mm) with no name")


def refine_code(previous_code: str, follow_up: str) -> TemplateResult:
    """A TemplateResult for `follow_up` applied to `previous_code`."""
    from . import TemplateResult, generate_from_prompt

    tag = template_tag(previous_code)
    family, output_type = tag if tag else ("custom", "3d_solid")
    if tag and output_type == "3d_solid":
        added, rest = plan_additions(follow_up, previous_code)
        if added:  # "add a 20 mm hole in the middle": on top of the part as it is, keeping its features
            code = apply_additions(previous_code, added)
            notices = ["added " + a.what for a in added]
            if re.search(r"\d|\b(?:thicker|thinner|wider|longer|shorter|taller|bigger|smaller|double|halve)\b", rest):
                more = refine_code(code, rest)
                code, notices = more.code, notices + more.notices
            values = {p.name: p.value for p in read_params(code)}
            return TemplateResult(code=code, family=family, params=values, notices=notices,
                                  reason="Follow-up added to the previous {} (its earlier features kept).".format(
                                      family.replace("_", " ")), output_type=output_type)
    params = {p.name: p for p in read_params(previous_code)}
    plan = plan_follow_up(follow_up, params)
    original = prompt_of(previous_code)

    if (plan.missing or not plan.updates) and original and tag:
        # the follow-up asks for something this script has no knob for: regenerate
        combined = original + ". " + follow_up
        base = generate_from_prompt(original, output_type=output_type)
        fresh = generate_from_prompt(combined, output_type=output_type)
        keep = {name: params[name].value for name, value in fresh.params.items()
                if name in params and base.params.get(name) == value and params[name].value != value}
        keep.update({k: v for k, v in plan.updates.items() if k in fresh.params})
        code = carry_over(previous_code, override_params(fresh.code, keep) if keep else fresh.code)
        values = {**fresh.params, **keep}
        old_values = {n: p.value for n, p in params.items()}
        if fresh.family != family or values != old_values:
            return TemplateResult(code=code, family=fresh.family, params=values,
                                  notices=["rebuilt from the original prompt plus: " + follow_up, *fresh.notices],
                                  reason=fresh.reason, output_type=fresh.output_type)
    if not plan.updates:
        what = ", ".join(plan.missing) if plan.missing else follow_up
        return TemplateResult(code=previous_code, family=family,
                              params={n: p.value for n, p in params.items()},
                              notices=[f"did not understand the follow-up '{follow_up}' ({what}); nothing changed"],
                              reason="Follow-up not understood; the previous script is unchanged.",
                              output_type=output_type)
    code = override_params(previous_code, plan.updates)
    values = {n: p.value for n, p in params.items()}
    values.update({p.name: p.value for p in read_params(code) if p.name in plan.updates})
    notices = ["changed " + s for s in plan.said]
    if plan.missing:
        notices.append("no parameter for: " + ", ".join(plan.missing))
    return TemplateResult(code=code, family=family, params=values, notices=notices,
                          reason="Follow-up applied to the previous {} parameters.".format(family.replace("_", " ")),
                          output_type=output_type)
