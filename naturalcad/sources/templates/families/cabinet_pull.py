"""Cabinet / drawer pull: a bar (round or rectangular) sitting on two round posts at the hole
centres, each post tapped from below for its mounting screw.

How catalogues and people size them: the hole centres ("96 mm centres", "100 apart", the
standard 32 mm system's 64 / 96 / 128), the bar ("bar 116 x 12 x 8", "Ø10 bar 120 long"), the
posts ("two round posts Ø10 x 25") or the overall height ("25 tall overall": posts = overall less
the bar). The mounting thread is a blind tap-drill hole in each post (M4 8 deep when not given,
as most pulls), and the reading says so.
"""

from __future__ import annotations

import re

from ....prompt.standards import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z

VOCABULARY = ("pull", "pulls", "handle", "handles", "cabinet", "drawer", "cupboard", "door", "posts", "post",
              "legs", "centres", "centers", "bar", "sitting")

_NUM = r"(\d+(?:\.\d+)?)"
_CENTRES = re.compile(r"(?:at\s+)?" + _NUM + r"\s*(?:mm\s*)?(?:centres|centers|c/c|ctrs|apart|hole (?:spacing|centres|centers))\b"
                      r"|\b(?:centres|centers|hole spacing|spacing)\s*(?:of\s*)?" + _NUM, re.I)
_POSTS = re.compile(r"\bposts?\b[^,;.]{0,20}?(?:[øØ⌀]|dia\.?\s*)\s*" + _NUM + r"(?:\s*mm)?(?:\s*[x×]\s*" + _NUM + r")?"
                    r"|(?:[øØ⌀]\s*)?" + _NUM + r"\s*(?:mm\s*)?(?:dia\.?\s*)?(?:round\s+)?posts?\b(?:\s+" + _NUM
                    + r"\s*(?:mm\s*)?(?:high|tall|long))?", re.I)
_ROUND_BAR = re.compile(r"(?:[øØ⌀]\s*)" + _NUM + r"\s*(?:mm\s*)?(?:round\s+)?(?:bar|rod)\b[^,;]{0,12}?" + _NUM
                        + r"\s*(?:mm\s*)?long|\b(?:bar|rod)\s*(?:[øØ⌀])\s*" + _NUM + r"\s*[x×]\s*" + _NUM, re.I)
_FLAT_BAR = re.compile(r"\bbar\s+" + _NUM + r"\s*[x×]\s*" + _NUM + r"\s*[x×]\s*" + _NUM, re.I)
_OVERALL = re.compile(_NUM + r"\s*(?:mm\s*)?(?:tall|high)\s+overall|\boverall\s+(?:height\s+)?" + _NUM, re.I)


def match(spec: PartSpec) -> Match | None:
    pull = spec.phrase(r"\b(?:cabinet|drawer|cupboard|door|bar)\s+(?:pull|handle)s?\b") or (
        spec.has("pull", "handle") and spec.has("post", "posts", "legs"))
    return Match(90, "it names a cabinet pull: a bar on two posts") if pull else None


def _first(m: re.Match[str] | None) -> list[float]:
    return [float(g) for g in m.groups() if g is not None] if m else []


def pull_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    text = spec.text
    written = _first(_CENTRES.search(text))
    centres = written[0] if written else dim(spec, "pitch")
    if centres is None:
        centres = 96.0
        notes.assume("hole centres (the 32 mm system's 96)", centres, main=True)
    post = _first(_POSTS.search(text))
    post_d = post[0] if post else None
    post_h = post[1] if len(post) > 1 else None
    flat = _first(_FLAT_BAR.search(text))
    rnd = _first(_ROUND_BAR.search(text))
    params: list[P] = []
    if flat:
        length, width, thick = flat
        params += [P("bar_length", r4(length), "mm, bar length"), P("bar_width", r4(width), "mm, bar width"),
                   P("bar_thickness", r4(thick), "mm, bar thickness")]
        bar_h = thick
    else:
        bar_d = rnd[0] if rnd else (post_d or 10.0)
        given = rnd[1] if rnd else dim(spec, "length")
        if not rnd:
            notes.assume("bar diameter", bar_d, main=True)
        length = given if given is not None else r4(centres + 2 * (post_d or bar_d))
        if given is None:
            notes.assume("bar length", length)
        params += [P("bar_length", r4(length), "mm, bar length"), P("bar_diameter", r4(bar_d), "mm, round bar diameter")]
        bar_h = bar_d
    if post_d is None:
        post_d = r4(min(10.0, bar_h if not flat else flat[1]))
        notes.assume("post diameter", post_d)
    overall = _first(_OVERALL.search(text))
    if post_h is None and overall:
        post_h = r4(overall[0] - bar_h)   # "25 tall overall": the posts carry the bar that high
    if post_h is None:
        post_h = 25.0
        notes.assume("post height", post_h, main=True)
    if centres + post_d > length + 1e-6:
        raise Impossible(f"posts {centres:g} mm apart (Ø{post_d:g}) stick out past the {length:g} mm bar "
                         f"by {r4((centres + post_d - length) / 2):g} mm at each end")
    size = spec.metric or (spec.hole_callout.tapped if spec.hole_callout is not None else None)
    if size is None:
        size = 4.0
        notes.assume("mounting thread", "M4", "")
    drill = metric(size).tap_drill
    depth = spec.hole_callout.depth if spec.hole_callout is not None and spec.hole_callout.depth else None
    deep = re.search(_NUM + r"\s*(?:mm\s*)?deep\b", text, re.I)
    if depth is None and deep is not None:
        depth = float(deep.group(1))   # "M4 threads 10 deep"
    if depth is None:
        depth = r4(min(8.0, post_h - 1))
        notes.assume("tapped depth", depth)
    notes.add(f"M{size:g} mounting thread modelled as a {drill:g} mm tap drill {depth:g} deep in each post")
    return [*params, P("centres", r4(centres), "mm, post (hole) centres"),
                     P("post_diameter", r4(post_d), "mm, post diameter"),
                     P("overall_height", r4(overall[0]), "mm, overall height (posts + bar)") if overall and len(post) < 2 else
                     P("post_height", r4(post_h), "mm, post height under the bar"),
                     P("thread_size", r4(size), "mm, M size of the mounting screws"),
                     P("hole_diameter", r4(drill), "mm, tap drill of the mounting thread"),
                     P("hole_depth", r4(min(depth, post_h)), "mm, tapped depth into each post, from below")]


def pull_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if "overall_height" in values:
        high = "post_height = overall_height - {}  # the posts carry the bar that high\n".format(
            "bar_diameter" if "bar_diameter" in values else "bar_thickness")
        return "\n" + high + pull_body({k: v for k, v in values.items() if k != "overall_height"}, output_type, spec)
    if "bar_diameter" in values:
        bar = ("# the round bar along X, resting on the posts\n"
               "result = Pos(0, 0, post_height + bar_diameter / 2) * Rot(0, 90, 0) * Cylinder(bar_diameter / 2, bar_length)\n")
    else:
        bar = ("# the flat bar along X, resting on the posts\n"
               f"result = Pos(0, 0, post_height) * Box(bar_length, bar_width, bar_thickness, {ALIGN_MIN_Z})\n")
    return "\n" + bar + f"""for x in (-centres / 2, centres / 2):
    # a post up into the bar (so they fuse), tapped from below
    result += Pos(x, 0, 0) * Cylinder(post_diameter / 2, post_height + 0.5, {ALIGN_MIN_Z})
    result -= Pos(x, 0, 0) * Cylinder(hole_diameter / 2, hole_depth, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("cabinet pull: bar 116 x 12 x 8 sitting on two round posts Ø10 x 25 at 96 mm centres, M4 tapped 8 deep into "
            "the bottom of each post (flat bottom)", (12, 33, 116), 116 * 12 * 8 + 2 * 3.14159265 * 25 * 25
            - 2 * 3.14159265 * 1.65 ** 2 * 8, 0),
    Example("cabinet pull handle: Ø10 bar 120 long on two Ø10 posts 100 apart, 25 tall overall", (10, 25, 120), holes=0),
)

FAMILY = Family("cabinet_pull", "cabinet / drawer pull: a bar on two tapped posts", ("3d_solid",), pull_params, pull_body,
                vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
