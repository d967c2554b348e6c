# ruff: noqa
# Generator for text2cad9 held-out set (t901..t940). Models every reference part in build123d.
import json, math
from build123d import *

def B(x0, x1, y0, y1, z0, z1):
    return Pos((x0+x1)/2, (y0+y1)/2, (z0+z1)/2) * Box(x1-x0, y1-y0, z1-z0)
def CZ(r, z0, z1, x=0, y=0):
    return Pos(x, y, (z0+z1)/2) * Cylinder(r, z1-z0)
def CX(r, x0, x1, y=0, z=0):
    return Pos((x0+x1)/2, y, z) * Rot(0, 90, 0) * Cylinder(r, x1-x0)
def CY(r, y0, y1, x=0, z=0):
    return Pos(x, (y0+y1)/2, z) * Rot(90, 0, 0) * Cylinder(r, y1-y0)

def genus_of(s):
    V = len(s.vertices()); E = len(s.edges())
    F = sum(2 - len(f.wires()) for f in s.faces())
    chi = V - E + F
    return round(1 - chi/2)

def measure(part, sig5):
    solids = part.solids()
    assert len(solids) == 1, f"{len(solids)} solids"
    s = solids[0]
    assert (s.is_valid() if callable(s.is_valid) else s.is_valid)
    assert len(s.shells()) == 1
    bb = s.bounding_box()
    ext = sorted([round(bb.size.X, 2), round(bb.size.Y, 2), round(bb.size.Z, 2)])
    v = s.volume
    assert v > 0
    vol = float(f"{v:.5g}") if sig5 else round(v, 1)
    return {"extents": ext, "volume": vol, "genus": genus_of(s)}

items = []
def add(id_, level, prompt, part, genus, intent, why, sig5=None, impossible=False):
    if sig5 is None:
        sig5 = level in ("beginner", "intermediate")
    if impossible:
        exp = {}
    else:
        exp = measure(part, sig5)
        assert exp["genus"] == genus, (id_, exp["genus"], genus)
    items.append({"id": id_, "level": level, "prompt": prompt, "expect": exp, "intent": intent,
                  "why": why, "out_of_scope": False, "impossible": impossible})

# ---------------- beginner ----------------
p = B(0, .75, 0, .4375, 0, .0625) - CZ(.0625, -1, 1, .375, .21875)
add("t901", "beginner", "Create a rectangular plate 0.75 units long, 0.4375 units wide and 0.0625 units thick with a circular hole of diameter 0.125 at its centre.",
    p, 1, "thin plate with one centred through hole", "box 0.75x0.4375x0.0625 minus centred cylinder d0.125; 1 unit = 1 mm")

p = CZ(.375, 0, .2813)
add("t902", "beginner", "A solid cylinder, diameter 0.75 and height 0.2813.",
    p, 0, "short solid cylinder / disc", "cylinder r=0.375 h=0.2813")

p = CZ(.375, 0, .0937) - CZ(.27, -1, 1)
add("t903", "beginner", "Make a flat ring. Outer diameter is 0.75 units, inner diameter 0.54 units, and it is 0.0937 units tall.",
    p, 1, "flat annular ring", "annulus r 0.375 / 0.27, height 0.0937")

p = B(0, .75, 0, .2344, 0, .3516)
add("t904", "beginner", "rectangluar block: length 0.75, width 0.2344, height 0.3516",
    p, 0, "plain rectangular prism", "box 0.75 x 0.2344 x 0.3516")

p = B(0, .75, 0, .25, 0, .125) + B(0, .125, 0, .25, 0, .5)
add("t905", "beginner", "Design an L-shaped part. The horizontal leg is 0.75 long and the vertical leg is 0.5 tall, both legs are 0.125 thick, and the L profile is extruded 0.25 units.",
    p, 0, "L-section extrusion", "L profile: 0.75 x 0.125 horizontal leg + 0.125 x 0.5 vertical leg (overall heights measured outside), extruded 0.25")

p = CZ(.15, 0, .75) - CZ(.12, -1, 2)
add("t906", "beginner", "Create a hollow tube 0.75 units long with an outer diameter of 0.3 and an inner diameter of 0.24.",
    p, 1, "thin-walled tube", "annulus r 0.15/0.12 extruded 0.75")

p = B(0, .75, 0, .75, 0, .03)
for x in (.075, .675):
    for y in (.075, .675):
        p -= CZ(.03, -1, 1, x, y)
add("t907", "beginner", "Square plate, 0.75 x 0.75, 0.03 thick, with a 0.06 diameter hole in each corner. Hole centres are 0.075 in from both edges.",
    p, 4, "square plate with 4 corner holes", "square plate minus 4 d0.06 holes at (0.075,0.075) from each corner")

p = CZ(.375, 0, .15) + CZ(.2, .15, .45)
add("t908", "beginner", "Make a two-step cylinder: a base disc of diameter 0.75 and height 0.15, with a smaller cylinder of diameter 0.4 and height 0.3 centred on top of it.",
    p, 0, "stepped cylinder", "cylinder d0.75 h0.15 + coaxial cylinder d0.4 h0.3; total height 0.45")

p = extrude(RegularPolygon(.3, 6), .12)
add("t909", "beginner", "A hexagonal prism where each side of the hexagon is 0.3 units, extruded to a height of 0.12 units.",
    p, 0, "regular hexagonal prism", "regular hexagon side 0.3 (circumradius 0.3, across flats 0.5196), height 0.12")

p = B(0, .75, 0, .6, 0, .04) - B(.075, .675, .075, .525, -1, 1)
add("t910", "beginner", "Create a rectangular frame with outer dimensions 0.75 by 0.6 and a centred rectangular opening of 0.6 by 0.45. Thickness 0.04.",
    p, 1, "flat picture-frame outline", "outer 0.75x0.6 minus centred 0.6x0.45 opening, 0.04 thick; border 0.075 all round")

p = B(-.375, .375, -.15, .15, 0, .2) - extrude(SlotOverall(.4, .1), 1, both=True)
add("t911", "beginner", "A block that is 0.75 long, 0.3 wide and 0.2 high with a rounded-end slot cut all the way through its height in the middle. The slot is 0.4 long overall and 0.1 wide, running along the length of the block.",
    p, 1, "block with a centred through slot", "box 0.75x0.3x0.2 minus stadium slot 0.4 overall x 0.1 wide through the 0.2 height")

p = B(-.3, .3, 0, .75, .4, .5) + B(-.05, .05, 0, .75, 0, .4)
add("t912", "beginner", "Make a T-shaped beam 0.75 units long. Top flange 0.6 wide and 0.1 thick, the web underneath is 0.1 thick, and the total height of the T is 0.5.",
    p, 0, "T-section beam", "flange 0.6x0.1, web 0.1 thick x 0.4 tall (0.5 total - 0.1 flange), length 0.75")

p = B(-.25, .25, 0, .75, 0, .3) - B(-.2, .2, -1, 2, .05, 1)
add("t913", "beginner", "Create a U channel: 0.5 wide, 0.3 tall, 0.75 long, wall and base thickness 0.05, open at the top.",
    p, 0, "U-channel", "outer 0.5x0.3 minus inner 0.4 wide from z=0.05 up, length 0.75")

add("t914", "beginner", "Create a rectangular plate 0.5 units long, 0.3 units wide and 0.05 thick with a hole of diameter 0.4 at its centre.",
    None, None, "plate with centre hole", "impossible: hole diameter 0.4 exceeds the plate width 0.3, the hole would cut the plate in two / break through both long edges", impossible=True)

# ---------------- intermediate ----------------
p = B(-.375, .375, -.1875, .1875, 0, .25)
for x in (-.2, .2):
    p -= CZ(.05, -1, 1, x)
p -= B(-.125, .125, -1, 1, .15, 1)
add("t915", "intermediate", "Start with a rectangular block 0.75 long, 0.375 wide and 0.25 high. Drill two through holes of diameter 0.1 from the top face, both on the long centreline, one 0.2 either side of the centre. Then cut a straight groove across the full width of the top face, centred on the block, 0.25 wide and 0.1 deep. Final size stays 0.75 x 0.375 x 0.25.",
    p, 2, "block with two vertical holes and a transverse top groove", "box minus 2 d0.1 holes at x=+-0.2 minus groove 0.25 wide x 0.1 deep across the width (holes at +-0.2 lie outside the groove, which spans +-0.125)")

p = CZ(.375, 0, .1) + CZ(.175, .1, .3) - CZ(.1, -1, 1)
for i in range(6):
    a = math.radians(60*i)
    p -= CZ(.03, -1, 1, .29*math.cos(a), .29*math.sin(a))
add("t916", "intermediate", "Sketch a circle of diameter 0.75 and extrude it 0.1 to form the flange. On the top face draw a concentric circle of diameter 0.35 and extrude it another 0.2 to make the hub, so the total height is 0.3. Cut a 0.2 diameter bore through the whole part along the axis. Finally add six 0.06 diameter through holes equally spaced on a 0.58 diameter bolt circle in the flange.",
    p, 7, "hubbed flange with bore and 6 bolt holes", "disc d0.75 t0.1 + hub d0.35 h0.2, bore d0.2, 6x d0.06 on PCD 0.58 (radius 0.29; hole edge at 0.26 > hub radius 0.175, < 0.375)")

p = B(0, 60, 0, 40, 0, 6) + B(0, 6, 0, 40, 0, 50)
for y in (12, 28):
    p -= CZ(3.3, -1, 10, 38, y)
p -= CX(4.2, -1, 10, 20, 30)
add("t917", "intermediate", "L bracket in mm. Base plate 60 x 40 x 6. At one of the 40 mm ends an upright rises so the bracket is 50 mm tall overall; the upright is 6 thick and 40 wide. Base gets two 6.6 mm holes, 38 mm from the outside face of the upright, 12 mm and 28 mm from one long edge. The upright gets a single 8.4 mm hole, centred across its width and 30 mm above the bottom of the base.",
    p, 3, "angle bracket with 3 mounting holes", "base 60x40x6 + upright 6x40x50 (overall), 2x d6.6 at x=38 y=12/28, 1x d8.4 horizontal at y=20 z=30", sig5=False)

p = CZ(.375, 0, .25) - CZ(.1875, -1, 1) - B(0, 1, -.025, .025, -1, 1)
add("t918", "intermediate", "Create a split shaft collar. It is a ring with outer diameter 0.75 and inner diameter 0.375, 0.25 thick. Cut a 0.05 wide slit straight through the wall on one side, from the bore to the outside, over the full thickness, so the ring is open.",
    p, 0, "split ring (C-shape)", "annulus r0.375/0.1875 h0.25 minus radial slit 0.05 wide on +x side; slit breaks the loop so genus 0")

p = B(-.375, .375, -.25, .25, 0, .06)
p = fillet(p.edges().filter_by(Axis.Z), .05)
p -= B(-.15, .15, -.075, .075, -1, 1)
add("t919", "intermediate", "Draw a 0.75 by 0.5 rectangle with its four corners rounded to a radius of 0.05 and extrude it 0.06. In the middle of the plate cut a rectangular window 0.3 by 0.15 (long side parallel to the long side of the plate) all the way through.",
    p, 1, "rounded-corner plate with centre window", "0.75x0.5x0.06 plate, R0.05 vertical corner fillets, minus centred 0.3x0.15 through cut")

p = CZ(10, 0, 15) + CZ(7, 15, 45) + CZ(5, 45, 57) - CZ(2, -1, 60)
add("t920", "intermediate", "A stepped shaft made of three coaxial cylinders: first 20 mm diameter and 15 mm long, then 14 mm diameter and 30 mm long, then 10 mm diameter and 12 mm long. A 4 mm hole runs through the full length along the axis. Overall length 57 mm.",
    p, 1, "hollow 3-step shaft", "cylinders d20x15 + d14x30 + d10x12 (total 57) minus d4 axial through hole", sig5=False)

p = B(-.375, .375, -.15, .15, 0, .075) + B(-.375, -.3, -.15, .15, 0, .4) + B(.3, .375, -.15, .15, 0, .4)
p -= CX(.05, -1, 1, 0, .3)
add("t921", "intermediate", "Build a clevis-style U bracket. The base is 0.75 long, 0.3 wide and 0.075 thick. At each end of the base stands a 0.075 thick upright, 0.3 wide, reaching 0.4 above the bottom of the base. Both uprights have a 0.1 diameter hole whose centre is 0.3 above the bottom, drilled along the length so the two holes line up.",
    p, 2, "U clevis with aligned pin holes", "base 0.75x0.3x0.075 + two 0.075x0.3x0.4 uprights at the ends, d0.1 hole along x at z=0.3 through both uprights")

p = CZ(.2, 0, .75) + CZ(.35, 0, .08) - CZ(.15, -1, 2)
for i in range(4):
    a = math.radians(90*i + 45)
    p -= CZ(.03, -1, 1, .275*math.cos(a), .275*math.sin(a))
add("t922", "intermediate", "Flanged tube: the tube is 0.75 long with an outside diameter of 0.4 and an inside diameter of 0.3. At one end there's a flange of diameter 0.7 and thickness 0.08 (flush with the tube end, part of the 0.75 length). Put four holes of diameter 0.06 through the flange, evenly spaced on a 0.55 diameter circle.",
    p, 5, "tube with end flange and 4 bolt holes", "tube r0.2/0.15 x0.75, flange r0.35 t0.08 at z=0, 4x d0.06 on r0.275 (between 0.2 and 0.35)")

p = B(-20, 20, -20, 20, 0, 20) - CZ(3.3, -1, 21) - CZ(5.5, 13.5, 21)
add("t923", "intermediate", "Block 40 x 40 x 20 mm. In the centre of the top face a counterbored hole for an M6 cap screw: 6.6 mm through hole, counterbore 11 mm diameter and 6.5 mm deep.",
    p, 1, "block with centred counterbored hole", "40x40x20 box minus d6.6 through + d11 x 6.5 deep counterbore from top", sig5=False)

p = B(0, .75, 0, .5, 0, .05) - B(.05, .35, .05, .45, -1, 1) - B(.4, .7, .05, .45, -1, 1)
add("t924", "intermediate", "Window frame: outer rectangle 0.75 x 0.5, all bars 0.05 wide, with one vertical bar in the middle dividing it into two equal openings. Extrude 0.05.",
    p, 2, "frame with central mullion (two openings)", "0.75x0.5 outer; openings 0.3x0.4 each (0.75 - 3*0.05 = 0.6 split in two), 0.05 thick")

p = B(-.25, .25, 0, .75, 0, .3) - B(-.06, .06, -1, 2, .2, 1) - B(-.12, .12, -1, 2, .12, .2)
add("t925", "intermediate", "Make a block 0.75 long, 0.5 wide and 0.3 tall with a T-slot running its whole length along the top. The neck of the slot is 0.12 wide and 0.1 deep from the top face; below it the wider part is 0.24 wide and 0.08 high. Everything centred across the width.",
    p, 0, "T-slot block", "box 0.5x0.75x0.3 minus neck 0.12 wide z 0.2..0.3 minus head 0.24 wide z 0.12..0.2, full length")

p = B(-.375, .375, -.25, .25, 0, .3) - B(-.345, .345, -.22, .22, .03, 1)
add("t926", "intermediate", "Open-top rectangular tray. Outside 0.75 x 0.5, 0.3 tall. Walls and floor are all 0.03 thick.",
    p, 0, "open box / tray", "outer box 0.75x0.5x0.3 minus inner 0.69x0.44 from z=0.03 upward")

p = CX(.2, 0, .75) - CZ(.05, -1, 1, .2) - CY(.05, -1, 1, .55)
add("t927", "intermediate", "Sketch a 0.4 diameter circle and extrude it 0.75 to make a round bar lying along the X axis. Drill two cross holes of diameter 0.1 straight through the bar: one vertical at 0.2 from the left end, and one horizontal, perpendicular to the first, at 0.2 from the right end.",
    p, 2, "round bar with two perpendicular cross holes", "cylinder r0.2 x 0.75 along X; d0.1 hole along Z at x=0.2, d0.1 hole along Y at x=0.55")

# ---------------- cadprompt ----------------
p = CZ(15, 0, 15) - CZ(3, -1, 16)
for i in range(4):
    p -= Rot(0, 0, 90*i) * B(13, 20, -1.5, 1.5, -1, 16)
add("t928", "cadprompt", "A cylindrical knob 30 mm in diameter and 15 mm tall with a 6 mm hole through its axis and four grip grooves on the outside, equally spaced, each 3 mm wide and 2 mm deep, running the full height.",
    p, 1, "fluted knob", "cylinder d30 h15 minus d6 axial hole minus 4 flat-bottomed slots 3 wide, floor at radius 13 (2 mm deep), at 90 deg", sig5=False)

p = CZ(50, 0, 12) + CZ(32.5, 12, 30) - CZ(25, -1, 31)
for i in range(4):
    a = math.radians(90*i + 45)
    p -= CZ(7, -1, 13, 41*math.cos(a), 41*math.sin(a))
add("t929", "cadprompt", "A pipe flange: a round plate 100 mm across and 12 mm thick with a raised hub 65 mm in diameter, the flange is 30 mm tall overall. There's a 50 mm bore straight through and four 14 mm bolt holes on an 82 mm bolt circle.",
    p, 5, "hubbed pipe flange", "disc d100 t12 + hub d65 up to z=30, d50 bore, 4x d14 on PCD 82 (hole edges 34..48 from axis, clear of hub r32.5 and rim r50)", sig5=False)

p = extrude(RegularPolygon(8/math.sqrt(3), 6, major_radius=True), 20) - CZ(1.65, -1, 21)
add("t930", "cadprompt", "hex standoff, 8mm across flats, 20mm long, 3.3mm hole all the way through (tap drill for M4, I'll tap it myself)",
    p, 1, "hex spacer with through hole", "hexagon across flats 8 (circumradius 4.6188), length 20, d3.3 axial through hole", sig5=False)

prof = Plane.XZ * Polygon((4, 0), (25, 0), (25, 3), (17, 7), (17, 9), (25, 13), (25, 16), (4, 16), align=None)
p = revolve(prof, Axis.Z)
add("t931", "cadprompt", "Small V-belt pulley, 50 mm outside diameter and 16 mm wide with an 8 mm bore. The V groove is centred on the width, 10 mm wide at the rim, narrowing to a 2 mm flat at the bottom, and 8 mm deep.",
    p, 1, "V-groove pulley", "revolved profile: r 4..25, z 0..16, groove from z3..13 at r25 to z7..9 at r17 (8 deep)", sig5=False)

p = B(-30, 30, -30, 30, 0, 5) - CZ(11.5, -1, 6)
for x in (-15.5, 15.5):
    for y in (-15.5, 15.5):
        p -= CZ(1.7, -1, 6, x, y)
add("t932", "cadprompt", "A NEMA 17 motor mounting plate, 60 x 60 mm and 5 mm thick, with a 23 mm centre hole for the pilot and four M3 clearance holes (3.4 mm) on the standard 31 mm square pattern.",
    p, 5, "stepper motor plate", "60x60x5 plate, d23 centre hole, 4x d3.4 at +-15.5 (NEMA 17 31 mm bolt square)", sig5=False)

p = B(-25, 25, 0, 12, 0, 30) - CY(11, -1, 13, 0, 18)
for x in (-19, 19):
    p -= CY(2.75, -1, 13, x, 6)
add("t933", "cadprompt", "Bearing block for a 608 bearing: a rectangular block 50 mm wide, 30 mm tall and 12 mm thick. The bearing seat is a through hole sized to the bearing OD, centred left-right and 18 mm up from the bottom, going through the 12 mm thickness. Two M5 clearance holes (normal fit) also go through the thickness, 19 mm either side of centre and 6 mm up from the bottom.",
    p, 3, "608 bearing block", "608 OD 22 -> d22 bore at z=18 (top wall 1 mm), M5 normal fit = 5.5 mm per ISO 273 at x=+-19, z=6", sig5=False)

p = B(0, 40, -15, 15, 0, 4) + B(0, 4, -15, 15, 0, 40)
p += extrude(Plane.XZ * Polygon((4, 4), (29, 4), (4, 29), align=None), 2, both=True)
for y in (-9, 9):
    p -= CZ(2.75, -1, 5, 26, y)
    p -= CX(2.75, -1, 5, y, 26)
add("t934", "cadprompt", "Angle bracket with a stiffening rib. Two legs at 90 degrees, each 40 mm long (measured outside), 30 mm wide and 4 mm thick. In the middle of the width there is a triangular gusset, 4 mm thick, whose two short sides run 25 mm along the inside faces of the legs. Each leg has two M5 clearance holes (5.5 mm), 26 mm from the outside corner and 9 mm either side of the gusset centreline.",
    p, 4, "gusseted angle bracket", "legs 40x30x4 each, gusset right triangle 25x25 from inner corner (4,4) thickness 4 centred, 4x d5.5 at 26 from outer corner, y=+-9", sig5=False)

p = CZ(7, 0, 20) + CZ(10, 0, 2) - CZ(5, -1, 21)
add("t935", "cadprompt", "Flanged bronze bushing: 10 mm bore, 14 mm outside diameter, 20 mm long overall, with a flange at one end 20 mm across and 2 mm thick.",
    p, 1, "flanged sleeve bearing", "tube r7/r5 length 20 + flange r10 t2 at one end (within the 20 length)", sig5=False)

p = CZ(12.5, 0, 30) - CZ(4, -1, 15) - CZ(2.5, 14, 31)
for z in (7.5, 22.5):
    p -= CX(1.5, 0, 13, 0, z)
add("t936", "cadprompt", "Shaft coupler for joining an 8 mm shaft to a 5 mm shaft. Body is a 25 mm diameter cylinder, 30 mm long. One end bored 8 mm for 15 mm depth, the other end bored 5 mm for the remaining 15 mm so the bore goes right through. Two 3 mm radial holes for grub screws, both on the same side, one at the middle of each half (7.5 mm from each end), drilled from the outside into the bore.",
    p, 3, "rigid shaft coupler with set screw holes", "cylinder d25x30, stepped bore d8 (0-15) / d5 (15-30), 2 radial d3 holes at z=7.5 and 22.5 from surface into bore", sig5=False)

add("t937", "cadprompt", "Round mounting flange 40 mm in diameter and 5 mm thick, 10 mm centre hole, with six 8 mm bolt holes equally spaced on a 38 mm bolt circle.",
    None, None, "small flange with 6 bolt holes", "impossible: holes of radius 4 centred at radius 19 reach radius 23, beyond the 20 mm flange edge, so they break out of the rim", impossible=True)

p = B(-40, 40, 50, 70, 0, 3) + B(-10, 10, 0, 50, 0, 3)
for (x, y) in ((-30, 60), (30, 60), (0, 10)):
    p -= CZ(2.25, -1, 4, x, y)
add("t938", "cadprompt", "T-shaped mending plate from 3mm steel. The top bar is 80 long by 20 high, the stem is 20 wide and hangs down so the T is 70 tall overall. Three 4.5mm screw hoels: one near each end of the bar and one at the bottom of the stem, each 10mm in from the end it's closest to, on the centreline of the bar/stem.",
    p, 3, "flat T mending plate", "bar 80x20 + stem 20x50 (70-20), t3; d4.5 holes at (+-30, 60) and (0, 10)", sig5=False)

p = CZ(16, 0, 18) - CZ(14, -1, 15) - CZ(3, 14, 19)
add("t939", "cadprompt", "End cap for a tube: a cup 32 mm outside diameter and 18 mm high, open at the bottom, side wall 2 mm thick, closed top 3 mm thick with a 6 mm hole in the middle of the top.",
    p, 1, "cup-shaped end cap with top hole", "cylinder r16 h18 minus r14 cavity to z=15 (3 mm top) minus d6 hole in top", sig5=False)

p = B(-12.5, 12.5, -12.5, 12.5, 0, 150) - B(-10.5, 10.5, -10.5, 10.5, -1, 151)
for z in (20, 130):
    p -= CX(3.25, -20, 20, 0, z)
add("t940", "cadprompt", "Piece of 25 x 25 mm square tube, 2 mm wall, cut to 150 mm. Drill a 6.5 mm hole straight through both walls 20 mm from each end, both holes in the same direction.",
    p, 5, "square tube with two cross-drilled holes", "outer 25x25, inner 21x21, length 150; 2 x d6.5 through both opposite walls at 20 and 130: tube genus 1 + 2 per cross hole = 5", sig5=False)

with open(str(__import__("pathlib").Path(__file__).with_name("text2cad9_prompts.jsonl")), "w") as f:
    for it in items:
        f.write(json.dumps(it) + "\n")
print(len(items), "written")
from collections import Counter
print(Counter(i["level"] for i in items))
for it in items:
    print(it["id"], it["level"], it["expect"])
