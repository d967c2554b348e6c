# ruff: noqa
"""Generator for the text2cad8 held-out set (Text2CAD beginner/intermediate + CADPrompt style).
"units" in the Text2CAD-style prompts are taken as mm (1 unit = 1 mm) for expected values."""
import json, math
from build123d import *

MIN3 = (Align.MIN, Align.MIN, Align.MIN)
CXY = (Align.CENTER, Align.CENTER, Align.MIN)


def box(x, y, z, at=(0, 0, 0)):
    return Pos(*at) * Box(x, y, z, align=MIN3)


def cyl(d, h, at=(0, 0, 0), axis="z"):
    c = Cylinder(d / 2, h, align=CXY)
    if axis == "x":
        c = Rot(0, 90, 0) * c
    elif axis == "y":
        c = Rot(-90, 0, 0) * c
    return Pos(*at) * c


def prism(pts, depth):
    """polygon in XZ plane (x, z) extruded along +Y by depth"""
    face = Plane.XZ * Polygon(*pts, align=None)
    s = extrude(face, -depth) if True else None
    return s


def measure(s):
    solids = s.solids()
    assert len(solids) == 1, len(solids)
    sol = solids[0]
    assert sol.is_valid
    bb = sol.bounding_box()
    ext = sorted([bb.size.X, bb.size.Y, bb.size.Z])
    V = len(sol.vertices()); E = len(sol.edges()); F = len(sol.faces())
    L = sum(len(f.wires()) for f in sol.faces())
    assert len(sol.shells()) == 1
    # Euler-Poincare: V - E + F - (L - F) = 2(1 - g)
    g = 1 - (V - E + 2 * F - L) / 2
    vol = sol.volume
    assert vol > 0
    return ext, vol, int(round(g))


def fmt_vol(v):
    if v < 100:
        return float(f"{v:.5g}")
    return round(v, 1)


ITEMS = []


def add(id_, level, prompt, shape, genus, intent, why, **kw):
    ITEMS.append(dict(id=id_, level=level, prompt=prompt, shape=shape, genus=genus,
                      intent=intent, why=why, **kw))


# ---------------------------------------------------------------- beginner
add("t801", "beginner",
    "Create a cylindrical object with a hollow center. The outer diameter is 0.75 units, the inner diameter is 0.3 units and the height is 0.25 units.",
    cyl(0.75, 0.25) - cyl(0.3, 0.25), 1,
    "short hollow cylinder (thick ring)",
    "OD 0.75, ID 0.3 through, height 0.25; units taken as mm. Volume = pi/4*(0.75^2-0.3^2)*0.25.")

add("t802", "beginner",
    "A rectangular plate. Length 0.75 units, width 0.5 units, thickness 0.0937 units.",
    box(0.75, 0.5, 0.0937), 0,
    "thin rectangular plate",
    "0.75 x 0.5 x 0.0937 box; units taken as mm.")

add("t803", "beginner",
    "Construct a cube with a side length of 0.75 units. A cylindrical hole of diameter 0.25 units passes through the center of the cube from the top face to the bottom face.",
    box(0.75, 0.75, 0.75) - cyl(0.25, 0.75, at=(0.375, 0.375, 0)), 1,
    "cube with central vertical through hole",
    "0.75 cube minus coaxial 0.25 dia through hole along the height.")

add("t804", "beginner",
    "The design is a simple solid cylinder with a diameter of 0.5 units and a height of 0.75 units.",
    cyl(0.5, 0.75), 0,
    "solid cylinder",
    "dia 0.5, height 0.75.")

add("t805", "beginner",
    "Create a square frame. The outer square measures 0.75 units on each side and the inner square opening measures 0.5 units on each side, centered. The frame is 0.1 units thick.",
    box(0.75, 0.75, 0.1) - box(0.5, 0.5, 0.1, at=(0.125, 0.125, 0)), 1,
    "square picture-frame ring",
    "0.75 sq outer minus centered 0.5 sq opening, thickness 0.1; volume = (0.75^2-0.5^2)*0.1.")

add("t806", "beginner",
    "An L-shaped bracket. The horizontal base is 0.75 units long and 0.25 units tall. The vertical leg is 0.25 units wide, sits at one end of the base, and reaches a total height of 0.5 units. The L profile is extruded 0.5 units.",
    prism([(0, 0), (0.75, 0), (0.75, 0.25), (0.25, 0.25), (0.25, 0.5), (0, 0.5)], 0.5), 0,
    "L-shaped extrusion",
    "L profile: 0.75x0.25 base + 0.25 wide leg to 0.5 total height, depth 0.5. Area = 0.75*0.25+0.25*0.25.")

add("t807", "beginner",
    "Create a circular disc with a diameter of 0.75 units and a thickness of 0.05 units. There is a central hole with a diameter of 0.125 units.",
    cyl(0.75, 0.05) - cyl(0.125, 0.05), 1,
    "thin disc with center hole",
    "dia 0.75 x 0.05 disc minus 0.125 center through hole.")

add("t808", "beginner",
    "The part is a rectangular block 0.75 units long, 0.375 units wide and 0.25 units high with a single round hole of diameter 0.1875 units drilled vertically through its center.",
    box(0.75, 0.375, 0.25) - cyl(0.1875, 0.25, at=(0.375, 0.1875, 0)), 1,
    "block with a central vertical hole",
    "0.75x0.375x0.25 block minus 0.1875 dia hole through the 0.25 height at the center.")

add("t809", "beginner",
    "Create a triangular prism. The base is a right triangle with legs of 0.75 units and 0.5 units, and the prism is extruded to a depth of 0.25 units.",
    prism([(0, 0), (0.75, 0), (0, 0.5)], 0.25), 0,
    "right-triangle prism",
    "triangle area 0.5*0.75*0.5, times depth 0.25.")

add("t810", "beginner",
    "A flat washer with an outer diameter of 0.75 units, an inner diameter of 0.375 units and a thickness of 0.0625 units.",
    cyl(0.75, 0.0625) - cyl(0.375, 0.0625), 1,
    "flat washer",
    "annulus 0.75/0.375 times 0.0625.")

add("t811", "beginner",
    "Create a hexagonal prism. The regular hexagon measures 0.75 units from corner to corner and the prism height is 0.2 units.",
    extrude(RegularPolygon(0.375, 6), 0.2), 0,
    "hexagonal prism",
    "regular hexagon circumradius 0.375 (corner-to-corner 0.75), across flats 0.6495, height 0.2. Area = 3*sqrt(3)/2*0.375^2.")

add("t812", "beginner",
    "The design is a long hollow tube. Its outer diameter is 0.1875 units, inner diameter 0.125 units, and it is 0.75 units long.",
    cyl(0.1875, 0.75) - cyl(0.125, 0.75), 1,
    "thin tube",
    "annulus 0.1875/0.125 times length 0.75.")

add("t813", "beginner",
    "Two cylinders stacked on each other. The lower cylinder has a diameter of 0.75 units and a height of 0.1 units; the upper, smaller cylinder is centered on it with a diameter of 0.4 units and a height of 0.3 units.",
    cyl(0.75, 0.1) + cyl(0.4, 0.3, at=(0, 0, 0.1)), 0,
    "coaxial two-step cylinder",
    "dia 0.75 x 0.1 base + dia 0.4 x 0.3 on top; total height 0.4.")

add("t814", "beginner",
    "Create a rectangular bar 0.75 units long, 0.25 units wide and 0.125 units thick with two through holes of diameter 0.0625 units. The holes lie on the centerline, each 0.125 units from its end of the bar.",
    box(0.75, 0.25, 0.125) - cyl(0.0625, 0.125, at=(0.125, 0.125, 0)) - cyl(0.0625, 0.125, at=(0.625, 0.125, 0)), 2,
    "bar with two end holes",
    "0.75x0.25x0.125 bar, two 0.0625 holes through the 0.125 thickness at x=0.125 and 0.625 on the centerline.")

# ---------------------------------------------------------------- intermediate
add("t815", "intermediate",
    "The design consists of a rectangular block with two holes. Begin by drawing a rectangle on the XY plane from (0, 0) to (0.75, 0.5). Inside this rectangle draw two circles of radius 0.05, the first centered at (0.1875, 0.25) and the second at (0.5625, 0.25). Extrude the sketch 0.125 units in the positive normal direction to create a solid body. The final block measures 0.75 units in length, 0.5 units in width and 0.125 units in height.",
    box(0.75, 0.5, 0.125) - cyl(0.1, 0.125, at=(0.1875, 0.25, 0)) - cyl(0.1, 0.125, at=(0.5625, 0.25, 0)), 2,
    "block with two through holes",
    "0.75x0.5 rectangle with two r0.05 circles, extruded 0.125; holes go through.")

add("t816", "intermediate",
    "The part is a flange. First sketch a circle of diameter 0.75 units centered at the origin and extrude it 0.1 units to form the base disc. On the top face of the disc, sketch a concentric circle of diameter 0.35 units and extrude it 0.2 units upward to form a hub, giving a total height of 0.3 units. Cut a central bore of diameter 0.2 units through the entire part. Finally, cut four holes of diameter 0.08 units through the base disc, equally spaced on a bolt circle of diameter 0.55 units, starting on the positive X axis. The final dimensions are 0.75 by 0.75 by 0.3 units.",
    (cyl(0.75, 0.1) + cyl(0.35, 0.2, at=(0, 0, 0.1)) - cyl(0.2, 0.3)
     - [cyl(0.08, 0.1, at=(0.275 * math.cos(a), 0.275 * math.sin(a), 0)) for a in (0, math.pi / 2, math.pi, 3 * math.pi / 2)]), 5,
    "hubbed flange with bore and 4 bolt holes",
    "disc 0.75x0.1 + hub 0.35x0.2, bore 0.2 through, 4x 0.08 holes on PCD 0.55 (radius 0.275 < 0.375-0.04, clear of hub 0.175+0.04). genus 1+4.")

add("t817", "intermediate",
    "Construct an L-shaped mounting bracket from two rectangular plates of 0.0625 units thickness. The horizontal plate is 0.75 units long (X) and 0.5 units wide (Y). The vertical plate stands at the X = 0 end of the horizontal plate, spans the full 0.5 units width, and rises to a total height of 0.5 units. Cut one circular hole of diameter 0.125 units through the horizontal plate centered at X = 0.45, Y = 0.25, and another hole of the same diameter through the vertical plate centered at Y = 0.25 and a height of Z = 0.3. The final bracket is 0.75 units long, 0.5 units wide and 0.5 units tall.",
    (box(0.75, 0.5, 0.0625) + box(0.0625, 0.5, 0.5) - cyl(0.125, 0.0625, at=(0.45, 0.25, 0))
     - cyl(0.125, 0.0625, at=(0, 0.25, 0.3), axis="x")), 2,
    "L-bracket with one hole per leg",
    "base 0.75x0.5x0.0625, upright 0.0625x0.5x0.5 at x=0 (overlaps base corner), holes 0.125 dia at (0.45,0.25) in base and (y 0.25, z 0.3) in upright.")

add("t818", "intermediate",
    "Create a stepped cylindrical shaft made of three coaxial sections joined end to end. The first section has a diameter of 0.25 units and a length of 0.3 units. The second, middle section has a diameter of 0.375 units and a length of 0.2 units. The third section has a diameter of 0.15 units and a length of 0.25 units. The overall length of the shaft is 0.75 units and its maximum diameter is 0.375 units.",
    cyl(0.25, 0.3) + cyl(0.375, 0.2, at=(0, 0, 0.3)) + cyl(0.15, 0.25, at=(0, 0, 0.5)), 0,
    "three-step shaft",
    "sum of three cylinders 0.25x0.3, 0.375x0.2, 0.15x0.25.")

add("t819", "intermediate",
    "The object is a T-shaped extrusion. Sketch the T profile on the front plane: a horizontal top bar 0.75 units wide and 0.125 units tall, and a vertical stem 0.25 units wide centered beneath the bar, extending 0.375 units down from the underside of the bar. Extrude the profile 0.25 units. The final part is 0.75 units wide, 0.5 units tall and 0.25 units deep.",
    prism([(0.25, 0), (0.5, 0), (0.5, 0.375), (0.75, 0.375), (0.75, 0.5), (0, 0.5), (0, 0.375), (0.25, 0.375)], 0.25), 0,
    "T-profile extrusion",
    "area 0.75*0.125 + 0.25*0.375, depth 0.25.")

add("t820", "intermediate",
    "Begin with a rectangular block 0.75 units long, 0.5 units wide and 0.25 units high. On the top face, sketch a rectangle 0.5 units by 0.3 units centered on the face, with the 0.5 side parallel to the block's length. Cut this rectangle 0.15 units deep into the block to form a rectangular pocket. The remaining floor under the pocket is 0.1 units thick.",
    box(0.75, 0.5, 0.25) - box(0.5, 0.3, 0.15, at=(0.125, 0.1, 0.1)), 0,
    "block with centered blind pocket",
    "0.75*0.5*0.25 minus 0.5*0.3*0.15 pocket.")

add("t821", "intermediate",
    "Create a thin rectangular plate measuring 0.75 units by 0.3 units with a thickness of 0.05 units. In the middle of the plate, cut an obround (stadium-shaped) slot through the full thickness. The slot is 0.4 units long overall, 0.1 units wide with semicircular ends, and runs parallel to the long side, centered on the plate.",
    box(0.75, 0.3, 0.05) - Pos(0.375, 0.15, 0) * extrude(SlotOverall(0.4, 0.1), 0.05), 1,
    "plate with central obround slot",
    "slot area = 0.3*0.1 + pi*0.05^2; removed through 0.05 thickness.")

add("t822", "intermediate",
    "The design is a U-shaped channel. Draw the profile on the XZ plane: an outer rectangle 0.75 units wide and 0.375 units tall, with a rectangular notch removed from the top that leaves two side walls 0.0625 units thick and a bottom web 0.0625 units thick. Extrude the profile 0.5 units along Y. The final channel measures 0.75 by 0.5 by 0.375 units.",
    prism([(0, 0), (0.75, 0), (0.75, 0.375), (0.6875, 0.375), (0.6875, 0.0625), (0.0625, 0.0625), (0.0625, 0.375), (0, 0.375)], 0.5), 0,
    "U channel",
    "profile area = 0.75*0.375 - 0.625*0.3125, depth 0.5.")

add("t823", "intermediate",
    "Start with a square base 0.75 units by 0.75 units and 0.15 units thick. On its top face, centered, add a cylinder with a diameter of 0.4 units extruded 0.35 units upward. Then cut a hole with a diameter of 0.15 units through both the cylinder and the base along the central axis. The overall height is 0.5 units.",
    box(0.75, 0.75, 0.15) + cyl(0.4, 0.35, at=(0.375, 0.375, 0.15)) - cyl(0.15, 0.5, at=(0.375, 0.375, 0)), 1,
    "square base with central boss and through bore",
    "0.75^2*0.15 + cylinder 0.4x0.35, minus 0.15 bore over 0.5 height.")

add("t824", "intermediate",
    "Create a rectangular mounting plate of length 0.75 units, width 0.5 units and thickness 0.0469 units. Draw four circles of diameter 0.0625 units, one near each corner, with their centers offset 0.075 units from both adjacent edges, i.e. at (0.075, 0.075), (0.675, 0.075), (0.675, 0.425) and (0.075, 0.425). Extrude-cut the circles through the plate.",
    box(0.75, 0.5, 0.0469) - [cyl(0.0625, 0.0469, at=(x, y, 0)) for x in (0.075, 0.675) for y in (0.075, 0.425)], 4,
    "plate with four corner holes",
    "0.75x0.5x0.0469 minus four 0.0625 dia holes.")

add("t825", "intermediate",
    "The part is a rounded rectangular plate. Sketch a rectangle 0.75 units long and 0.45 units wide and round all four corners with a radius of 0.1 units. At the center of the rectangle add a circle with a diameter of 0.2 units. Extrude the sketch 0.06 units so the circle becomes a through hole. Final size: 0.75 x 0.45 x 0.06 units.",
    extrude(RectangleRounded(0.75, 0.45, 0.1), 0.06) - cyl(0.2, 0.06), 1,
    "rounded-corner plate with center hole",
    "area = 0.75*0.45 - (4-pi)*0.1^2 - pi*0.1^2, thickness 0.06.")

add("t826", "intermediate",
    "Create a three-step staircase block. The profile, drawn on the side plane, consists of three steps each 0.25 units deep: the first step is 0.125 units high, the second 0.25 units high, and the third 0.375 units high, giving an overall length of 0.75 units. Extrude the profile 0.5 units to give the width. The final dimensions are 0.75 units long, 0.5 units wide and 0.375 units high.",
    prism([(0, 0), (0.75, 0), (0.75, 0.375), (0.5, 0.375), (0.5, 0.25), (0.25, 0.25), (0.25, 0.125), (0, 0.125)], 0.5), 0,
    "stair-step block",
    "profile area 0.25*(0.125+0.25+0.375), depth 0.5.")

add("t827", "intermediate",
    "Begin by creating a cylinder with a diameter of 0.6 units and a height of 0.4 units. On the top circular face, sketch a concentric circle with a diameter of 0.3 units and cut it 0.25 units deep to form a blind hole, leaving a 0.15 units thick bottom. The result is a cup-like cylinder measuring 0.6 by 0.6 by 0.4 units.",
    cyl(0.6, 0.4) - cyl(0.3, 0.25, at=(0, 0, 0.15)), 0,
    "cylinder with blind center hole (cup)",
    "pi/4*0.6^2*0.4 - pi/4*0.3^2*0.25; blind so genus 0.")

# ---------------------------------------------------------------- cadprompt (mm)
add("t828", "cadprompt",
    "A rectangular plate with four holes near the corners, 100 x 60 x 5. The holes are 6 mm in diameter and their centres are 8 mm in from each edge.",
    box(100, 60, 5) - [cyl(6, 5, at=(x, y, 0)) for x in (8, 92) for y in (8, 52)], 4,
    "plate with 4 corner holes", "100x60x5 minus 4x dia 6 at 8 mm from the edges.")

add("t829", "cadprompt",
    "A cylinder with a smaller cylinder on top. The bottom one is 40 mm across and 20 mm tall, the top one is 20 mm across and 30 mm tall, both on the same axis.",
    cyl(40, 20) + cyl(20, 30, at=(0, 0, 20)), 0,
    "two stacked coaxial cylinders", "dia40x20 + dia20x30, total height 50.")

add("t830", "cadprompt",
    "a flat ring, outside diamter 50 mm, inside diameter 38 mm, 12 mm thick",
    cyl(50, 12) - cyl(38, 12), 1,
    "ring", "annulus 50/38 x 12.")

add("t831", "cadprompt",
    "An L shaped block. It is 60 long, 30 tall and 40 deep, and both legs of the L are 8 thick (the bottom leg runs the full 60, the upright leg is at one end and goes up the full 30).",
    prism([(0, 0), (60, 0), (60, 8), (8, 8), (8, 30), (0, 30)], 40), 0,
    "L-section block", "profile area 60*8 + 8*22, extruded 40.")

add("t832", "cadprompt",
    "A thick round disk with a square hole cut through the middle. Disk is 80 in diameter and 15 thick, the square hole is 25 x 25.",
    cyl(80, 15) - box(25, 25, 15, at=(-12.5, -12.5, 0)), 1,
    "disk with central square through hole", "pi*40^2*15 - 25*25*15.")

add("t833", "cadprompt",
    "Rectangular block 50 x 30 x 20 with a round hole of 10 diameter going all the way through the long way, in the centre of the 30 x 20 end faces.",
    box(50, 30, 20) - cyl(10, 50, at=(0, 15, 10), axis="x"), 1,
    "block with lengthwise through hole", "50*30*20 - pi*5^2*50.")

add("t834", "cadprompt",
    "A round flange: a disc 90 mm in diameter and 10 mm thick, with a hub 40 mm in diameter sticking up 25 mm from the top of the disc. There is a 20 mm hole through the middle of the whole thing and six 8 mm bolt holes through the disc, evenly spaced on a 70 mm circle.",
    (cyl(90, 10) + cyl(40, 25, at=(0, 0, 10)) - cyl(20, 35)
     - [cyl(8, 10, at=(35 * math.cos(math.radians(60 * i)), 35 * math.sin(math.radians(60 * i)), 0)) for i in range(6)]), 7,
    "hubbed flange with 6 bolt holes", "disc 90x10 + hub 40x25 (total height 35), bore 20 through, 6x dia 8 on PCD 70. genus 1+6. Bolt holes lie inside the 90 disc (35+4 < 45), so the angular start does not change extents or volume.")

add("t835", "cadprompt",
    "T shaped piece. The top bar is 80 wide and 15 thick, the stem is 20 wide and hangs 50 down from the bar in the middle. The whole thing is 10 deep.",
    prism([(30, 0), (50, 0), (50, 50), (80, 50), (80, 65), (0, 65), (0, 50), (30, 50)], 10), 0,
    "T-profile plate", "area 80*15 + 20*50, depth 10; overall 80 x 65 x 10.")

add("t836", "cadprompt",
    "A box 70 x 40 x 25 with a slot cut along the top. The slot is 10 wide and 12 deep, runs the full 70 length and is centerd across the 40 width.",
    box(70, 40, 25) - box(70, 10, 12, at=(0, 15, 13)), 0,
    "block with full-length top slot", "70*40*25 - 70*10*12; slot open at both ends so genus 0.")

add("t837", "cadprompt",
    "Square hollow tube, 30 x 30 on the outside with 3 mm walls, 120 long.",
    box(30, 30, 120) - box(24, 24, 120, at=(3, 3, 0)), 1,
    "square tube", "(30^2 - 24^2)*120.")

add("t838", "cadprompt",
    "An angle bracket. The base plate is 60 long, 40 wide and 6 thick. At one end there is an upright plate 40 wide, 6 thick, going up to 50 tall overall. Two 6.5 mm holes go through the base, 20 apart, centred on the width, 38 from the back face of the upright.",
    box(60, 40, 6) + box(6, 40, 50) - cyl(6.5, 6, at=(38, 10, 0)) - cyl(6.5, 6, at=(38, 30, 0)), 2,
    "L angle bracket with two base holes", "base 60x40x6 + upright 6x40x50 (overlap at corner), holes at x=38 from the back face, y=10 and 30.")

add("t839", "cadprompt",
    "A rod 12 mm in diameter and 80 mm long, with a smaller 8 mm diameter section 20 mm long sticking out of one end, same axis. So 100 mm long in total.",
    cyl(12, 80) + cyl(8, 20, at=(0, 0, 80)), 0,
    "stepped rod", "dia12x80 + dia8x20.")

add("t840", "cadprompt",
    "A square plate 40 x 40 x 5 with a round hole in the centre of it that is 50 mm in diameter.",
    None, None,
    "square plate with an oversized center hole",
    "The 50 mm hole is bigger than the 40 mm plate, so it would cut the plate away entirely: impossible.",
    impossible=True)


def main():
    out = []
    for it in ITEMS:
        rec = {"id": it["id"], "level": it["level"], "prompt": it["prompt"]}
        if it.get("impossible"):
            rec["expect"] = {}
        else:
            ext, vol, g = measure(it["shape"])
            assert g == it["genus"], (it["id"], g, it["genus"])
            rec["expect"] = {"extents": [round(e, 2) for e in ext], "volume": fmt_vol(vol), "genus": g}
        rec["intent"] = it["intent"]
        rec["why"] = it["why"] + ("" if it["level"] == "cadprompt" or it.get("impossible") else " Units read as mm.")
        rec["out_of_scope"] = False
        rec["impossible"] = bool(it.get("impossible"))
        out.append(rec)
        print(rec["id"], rec["level"], rec["expect"])
    with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "text2cad8_prompts.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r) + "\n")
    from collections import Counter
    print(Counter(r["level"] for r in out))


if __name__ == "__main__":
    main()
