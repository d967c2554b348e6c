# ruff: noqa
"""Held-out prompt set s12: step-by-step modelling descriptions, 6 styles x 10.

Writes prompts.jsonl next to this script. All expected values are computed
below with explicit formulas (prisms, cylinders, frustums, Pappus for
revolved cuts and sweeps, exact 1-D integrals for cross-drilled holes).
"""
import json
import math
import os

PI = math.pi
IN = 25.4
SQ3 = math.sqrt(3.0)


# ---------------------------------------------------------------- helpers
def cyl(r, h):
    return PI * r * r * h


def frustum(r1, r2, h):
    return PI * h / 3.0 * (r1 * r1 + r1 * r2 + r2 * r2)


def hex_area(af):
    """regular hexagon, af = across flats"""
    return SQ3 / 2.0 * af * af


def hex_corners(af):
    return af * 2.0 / SQ3


def obround(w, ctc):
    """slot of width w, centre-to-centre ctc"""
    return w * ctc + PI * w * w / 4.0


def rrect(a, b, r):
    """rectangle a x b with four corner radii r"""
    return a * b - (4.0 - PI) * r * r


def chamfer_outer(R, c):
    """45 deg chamfer c on the outer circular edge of a cylinder radius R (Pappus)"""
    return PI * c * c * (R - c / 3.0)


def prismatoid(a1, b1, a2, b2, h):
    """ruled loft between centred rectangles a1 x b1 and a2 x b2"""
    am = (a1 + a2) / 2.0 * (b1 + b2) / 2.0
    return h / 6.0 * (a1 * b1 + a2 * b2 + 4.0 * am)


def simpson(f, a, b, n=4000):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3.0


def cross_hole(r, R):
    """volume removed by a radius-r hole drilled diametrically right through a
    solid cylinder of radius R (axes perpendicular and intersecting):
    V = int_{-r}^{r} 2 sqrt(r^2-x^2) * 2 sqrt(R^2-x^2) dx, with x = r sin t"""
    f = lambda t: 4.0 * (r * math.cos(t)) * math.sqrt(R * R - (r * math.sin(t)) ** 2) * r * math.cos(t)
    return simpson(f, -PI / 2, PI / 2)


def radial_hole(r, Ro, Ri):
    """radius-r radial hole through ONE wall of a tube Ro/Ri (hole axis through the tube axis):
    V = int_{-r}^{r} 2 sqrt(r^2-y^2) (sqrt(Ro^2-y^2) - sqrt(Ri^2-y^2)) dy, y = r sin t"""
    def f(t):
        y = r * math.sin(t)
        return 2.0 * (r * math.cos(t)) * (math.sqrt(Ro * Ro - y * y) - math.sqrt(Ri * Ri - y * y)) * r * math.cos(t)
    return simpson(f, -PI / 2, PI / 2)


def int_sqrt(R, y):
    """antiderivative of sqrt(R^2 - y^2)"""
    return 0.5 * (y * math.sqrt(R * R - y * y) + R * R * math.asin(y / R))


def strip_in_circle(R, a):
    """area of the circle radius R inside the strip |y| <= a"""
    return 2.0 * (int_sqrt(R, a) - int_sqrt(R, -a))


def chamfer_loop(a, b, c):
    """45 deg chamfer c all round the top edge loop of an a x b block:
    int_0^c [ab - (a-2s)(b-2s)] ds = c^2 (a+b) - 4 c^3 / 3"""
    return c * c * (a + b) - 4.0 * c ** 3 / 3.0


P = []


def add(id_, style, prompt, ext, vol, genus, intent, why):
    P.append(dict(id=id_, style=style, prompt=prompt.strip(),
                  expect={"extents": sorted(round(float(e), 4) for e in ext),
                          "volume": round(vol, 3), "genus": genus},
                  intent=intent, why=why, out_of_scope=False, impossible=False))


# ================================================================ numbered
add("s1201", "numbered", """
1. Start a sketch on the top plane and draw a 120 x 80 rectangle.
2. Extrude it 10 mm.
3. Put a 9 mm through hole in each corner, 12 mm in from both adjacent edges.
4. At the exact centre of the plate add a counterbored hole: 11 mm through, counterbore 18 mm dia x 6 deep from the top face.
5. Leave every edge sharp.
""", [120, 80, 10],
    120 * 80 * 10 - 4 * cyl(4.5, 10) - cyl(5.5, 10 - 6) - cyl(9, 6), 5,
    "rectangular plate, 4 corner holes, central counterbored hole",
    "120*80*10 - 4*pi*4.5^2*10 - (pi*5.5^2*4 + pi*9^2*6); 5 through holes")

add("s1202", "numbered", """
Stepped shaft, everything in mm:
1) Cylinder dia 30, 40 long.
2) From one end face carry on at dia 24 for 60.
3) Then dia 16 for a further 25, so 125 overall.
4) 1 x 45 deg chamfer on the outer edge of the dia 16 end only.
5) No centre drills, no other chamfers.
""", [30, 30, 125],
    cyl(15, 40) + cyl(12, 60) + cyl(8, 25) - chamfer_outer(8, 1), 0,
    "three-step turned shaft with end chamfer",
    "pi*15^2*40 + pi*12^2*60 + pi*8^2*25 - pi*c^2*(R - c/3) with R=8, c=1 (Pappus)")

add("s1203", "numbered", """
Step 1: Make the base, an 80 x 50 x 8 mm plate lying flat.
Step 2: On one of the 50 mm ends stand up a wall, 8 mm thick and flush with that end, so the bracket is 60 mm tall overall.
Step 3: Drill two 8.5 mm holes through the base on its centreline (25 from each long side), at 35 mm and 65 mm from the outside face of the wall.
Step 4: One 10 mm hole through the wall, centred across its width, 40 mm up from the underside of the base.
""", [80, 50, 60],
    80 * 50 * 8 + 50 * 8 * (60 - 8) - 2 * cyl(4.25, 8) - cyl(5, 8), 3,
    "L bracket with 2 base holes and 1 wall hole",
    "base 80*50*8 + wall 50*8*52 - 2*pi*4.25^2*8 - pi*5^2*8")

add("s1204", "numbered", """
1. Sketch a regular hexagon 19 mm across the flats.
2. Extrude 10 mm.
3. Cut a 10.2 mm hole straight through the middle (M12 tap drill size, threads not needed).
4. No chamfers on the faces.
""", [19, hex_corners(19), 10],
    hex_area(19) * 10 - cyl(5.1, 10), 1,
    "plain M12 hex nut",
    "sqrt(3)/2*19^2*10 - pi*5.1^2*10; extents AF 19, AC 19*2/sqrt(3), 10")

add("s1205", "numbered", """
1 - Make a dia 40 disc, 5 thick, for the flange.
2 - Add a dia 25 spigot on one face, 25 long, so the part is 30 long in total.
3 - Bore dia 16 straight through flange and spigot.
4 - Three 4.5 holes through the flange only, equally spaced on a 32 PCD.
""", [40, 40, 30],
    cyl(20, 5) + cyl(12.5, 25) - cyl(8, 30) - 3 * cyl(2.25, 5), 4,
    "flanged bushing with 3 flange holes",
    "pi*20^2*5 + pi*12.5^2*25 - pi*8^2*30 - 3*pi*2.25^2*5")

add("s1206", "numbered", """
1. Block 100 in X, 60 in Y, 30 in Z.
2. From the top face pocket a rectangle 40 along X by 30 along Y, 12 deep. Its centre is 30 mm from the left end (X = 0) and it is centred in Y. Square corners.
3. Cut a through slot the full 30 height: 10 wide, round ends, 30 between the end centres, running in the Y direction, centred in Y, with its centre at X = 75.
4. Nothing else.
""", [100, 60, 30],
    100 * 60 * 30 - 40 * 30 * 12 - obround(10, 30) * 30, 1,
    "block with a blind rectangular pocket and a through obround slot",
    "100*60*30 - 40*30*12 - (10*30 + pi*5^2)*30")

add("s1207", "numbered", """
1. Disc dia 150, 18 thick.
2. Hub dia 90 on top, standing 22 above the disc face (40 overall).
3. Dia 60 bore through the whole thing.
4. One dia 14 hole through the disc on a 120 pitch circle.
5. Circular pattern that hole, 8 total, equally spaced.
""", [150, 150, 40],
    cyl(75, 18) + cyl(45, 22) - cyl(30, 40) - 8 * cyl(7, 18), 9,
    "weld-neck style flange with 8 bolt holes",
    "pi*75^2*18 + pi*45^2*22 - pi*30^2*40 - 8*pi*7^2*18")

vx = cross_hole(1.5, 5)
add("s1208", "numbered", """
Clevis pin (mm):
1. Head: cylinder 16 dia, 4 long.
2. Shank 10 dia, 45 long, off the head (49 overall).
3. Cross drill 3 dia right through the shank, square to the axis and passing through it, hole centre 5 from the free end.
4. Edges left sharp.
""", [16, 16, 49],
    cyl(8, 4) + cyl(5, 45) - vx, 1,
    "headed clevis pin with split-pin cross hole",
    "pi*8^2*4 + pi*5^2*45 - V_cross, V_cross = int_{-r}^{r} 4 sqrt(r^2-x^2) sqrt(R^2-x^2) dx, r=1.5, R=5 (Simpson) = %.3f" % vx)

vr = radial_hole(2.1, 20, 10)
add("s1209", "numbered", """
1. Two concentric circles, dia 40 and dia 20, extruded 15 -> a ring.
2. Halfway across the 15 mm width, drill a radial 4.2 hole from the outside in to the bore (for an M5 grub screw, no thread modelled), through one wall only.
3. That's the whole shaft collar.
""", [40, 40, 15],
    PI * (20 ** 2 - 10 ** 2) * 15 - vr, 2,
    "shaft collar with radial set-screw hole",
    "pi*(20^2-10^2)*15 - V_rad, V_rad = int 2 sqrt(r^2-y^2)(sqrt(Ro^2-y^2)-sqrt(Ri^2-y^2)) dy, r=2.1 = %.3f; ring + radial hole -> genus 2" % vr)

add("s1210", "numbered", """
1) Box 120 x 80, 50 high.
2) Round the four vertical edges R8.
3) Shell inwards 3 mm, removing the top face (walls and floor both 3).
4) No lid, no other features.
""", [120, 80, 50],
    rrect(120, 80, 8) * 50 - rrect(114, 74, 5) * 47, 0,
    "open-top shelled box with rounded vertical corners",
    "(120*80-(4-pi)*8^2)*50 - (114*74-(4-pi)*5^2)*47; inner corner radius 8-3=5")

# ================================================================ sequence
add("s1211", "sequence", """
First draw a 6 by 4 inch rectangle and extrude it 3/8". Then put four 0.266" holes through it, each one half an inch in from the two nearest edges. Next bore a 1.5" hole right in the centre. Finally leave the edges as they are, no breaks.
""", [6 * IN, 4 * IN, 0.375 * IN],
    (6 * IN) * (4 * IN) * (0.375 * IN) - 4 * cyl(0.133 * IN, 0.375 * IN) - cyl(0.75 * IN, 0.375 * IN), 5,
    "inch plate, 4 corner holes and central bore",
    "(6*4*0.375 in^3 - 4*pi*0.133^2*0.375 - pi*0.75^2*0.375)*25.4^3")

add("s1212", "sequence", """
Start with a plain tube: 35 OD, 22 ID, 40 long. Then put a 1.5 mm x 45 degree chamfer on the outside edge at both ends. The bore edges stay sharp. That is all for this bushing.
""", [35, 35, 40],
    PI * (17.5 ** 2 - 11 ** 2) * 40 - 2 * chamfer_outer(17.5, 1.5), 1,
    "plain bushing with OD chamfers",
    "pi*(17.5^2-11^2)*40 - 2*pi*1.5^2*(17.5-0.5)")

add("s1213", "sequence", """
First extrude a rectangle 7 cm wide by 3 cm high to a depth of 2 cm. Then cut a half circle of radius 1.5 cm out of the bottom edge, centred on the width, straight through the 2 cm depth, so the piece can sit over a 30 mm pipe. After that drill two vertical 6.6 mm holes from top to bottom, 1 cm in from each end, in the middle of the depth. Finally you have the pipe saddle.
""", [70, 30, 20],
    70 * 30 * 20 - 0.5 * PI * 15 ** 2 * 20 - 2 * cyl(3.3, 30), 2,
    "pipe saddle clamp with half-round cutout",
    "70*30*20 - pi*15^2/2*20 - 2*pi*3.3^2*30")

add("s1214", "sequence", """
First sketch a hexagon 10 mm across the flats. Then extrude it 25 long. After that put a 3.3 mm hole through the full length on the axis. Finally leave both ends flat - it's a hex spacer.
""", [10, hex_corners(10), 25],
    hex_area(10) * 25 - cyl(1.65, 25), 1,
    "hex standoff",
    "sqrt(3)/2*10^2*25 - pi*1.65^2*25")

add("s1215", "sequence", """
First make a cylinder 30 dia and 12 tall. Then on its top face build a cone frustum going from 30 dia down to 20 dia over 8 mm of height. Next, from the flat bottom face drill a blind 6 mm hole 10 deep on the axis for the shaft. Finally that's the knob, no knurl.
""", [30, 30, 20],
    cyl(15, 12) + frustum(15, 10, 8) - cyl(3, 10), 0,
    "knob: cylinder + frustum with blind bore",
    "pi*15^2*12 + pi*8/3*(15^2+15*10+10^2) - pi*3^2*10")

add("s1216", "sequence", """
First a block 80 long, 50 wide, 25 high. Then mill a groove the whole 80 length along the top: 12 wide, 6 deep, centred on the width. Next come four counterbored holes for M6 from the top face: 6.6 through, 11 counterbore 6.5 deep, placed 15 from each end and 10 in from each long side. Finally check the counterbores stay clear of the groove (they do).
""", [80, 50, 25],
    80 * 50 * 25 - 12 * 6 * 80 - 4 * (cyl(5.5, 6.5) + cyl(3.3, 25 - 6.5)), 4,
    "block with top groove and 4 counterbored holes",
    "80*50*25 - 12*6*80 - 4*(pi*5.5^2*6.5 + pi*3.3^2*18.5)")

add("s1217", "sequence", """
First sketch an 80 x 50 rectangle on the base plane. Then make a plane 60 mm higher and sketch a 40 x 30 rectangle on it, centred over the first one, long sides parallel. Next loft between the two with straight ruled sides. Finally drill a 12 mm hole vertically through the middle.
""", [80, 50, 60],
    prismatoid(80, 50, 40, 30, 60) - cyl(6, 60), 1,
    "ruled loft rectangle to rectangle with central hole",
    "prismatoid h/6*(A1+A2+4*Am) = 60/6*(4000+1200+4*60*40) - pi*6^2*60")

add("s1218", "sequence", """
First extrude a base plate 60 long x 40 wide x 6 thick. Then add an upright on one of the 40 mm ends, also 6 thick and 40 wide, reaching 60 mm above the bottom of the base. Next, in the inside corner, put a triangular gusset 6 thick, centred on the width, with 30 mm legs along the top of the base and up the inner face of the upright. After that drill two 6.5 holes through the base, 45 from the upright's outer face and 10 from each long edge, and two more 6.5 holes through the upright, 45 above the bottom and 10 from each side edge. Finally, no fillets anywhere.
""", [60, 40, 60],
    60 * 40 * 6 + 40 * 6 * (60 - 6) + 0.5 * 30 * 30 * 6 - 4 * cyl(3.25, 6), 4,
    "angle bracket with centre gusset and 4 holes",
    "60*40*6 + 40*6*54 + 30*30/2*6 - 4*pi*3.25^2*6")

add("s1219", "sequence", """
First draw the bottom flange as a 22 x 30 rectangle and extrude it 5 mm. Then on top, centred, add a tongue 12 wide, the full 30 long and 7 tall. Next drill a 6.8 hole vertically through the centre of both. Finally you should have a 12 mm high T-slot nut.
""", [22, 30, 12],
    22 * 30 * 5 + 12 * 30 * 7 - cyl(3.4, 12), 1,
    "T-slot nut",
    "22*30*5 + 12*30*7 - pi*3.4^2*12")

add("s1220", "sequence", """
First draw the path: a 40 mm vertical line, then a semicircular arc of 30 radius (to the centreline) over the top, then a 40 mm line straight back down parallel to the first, so the legs end up 60 apart. Then sketch a 12 mm circle at the start of the path, perpendicular to it. Next sweep the circle along the path. Finally leave the two ends cut square - that's the handle.
""", [72, 12, 76],
    cyl(6, 80 + PI * 30), 0,
    "U handle swept from a round bar",
    "pi*6^2*(40+40+pi*30); extents x 60+12, y 12, z 40+30+6")

# ================================================================ prose
add("s1221", "prose", """
Hi, I need a quick adapter plate for a NEMA 23 stepper. Make it 80 x 80 out of 6 mm plate with the four outside corners rounded R6. The motor pilot needs a 38.5 through hole dead centre, and the motor screws sit on a 47.14 mm square pattern around it, 5.2 mm holes. To bolt the plate to the frame put a 6.6 hole in each corner, 8 mm in from both edges. Nothing else fancy, all holes straight through.
""", [80, 80, 6],
    80 * 80 * 6 - 4 * (1 - PI / 4) * 36 * 6 - cyl(19.25, 6) - 4 * cyl(2.6, 6) - 4 * cyl(3.3, 6), 9,
    "NEMA 23 motor plate",
    "80*80*6 - 4*(1-pi/4)*6^2*6 - pi*19.25^2*6 - 4*pi*2.6^2*6 - 4*pi*3.3^2*6")

kw = ((int_sqrt(16, 4) - int_sqrt(16, -4)) - 8 * 12) * 50
add("s1222", "prose", """
I'm after a simple drive shaft, 180 mm long overall. Both ends are 25 mm bearing journals, 30 long each, and the 120 mm section between them is 32 diameter. There's one keyway centred in the big section, 8 wide, 4 deep measured from the top of the 32 diameter and 50 long - just model it with square ends. Put a 1 mm 45 degree chamfer on both end faces and leave the shoulders sharp.
""", [32, 32, 180],
    cyl(12.5, 30) * 2 + cyl(16, 120) - 2 * chamfer_outer(12.5, 1) - kw, 0,
    "stepped drive shaft with keyway",
    "2*pi*12.5^2*30 + pi*16^2*120 - 2*pi*1^2*(12.5-1/3) - keyway; keyway = 50*int_{-4}^{4}(sqrt(16^2-y^2)-12)dy = %.3f" % kw)

add("s1223", "prose", """
Could you model a bearing block for me? The body is a plain rectangular block 80 wide, 30 deep and 60 tall. A 35 mm bore goes through the 30 mm depth with its centre 32 up from the base, central across the 80. On the front face that bore opens out into a 47 dia x 8 deep seat for the bearing (front only, the back stays at 35). Two 9 mm mounting holes run vertically top to bottom, 10 in from each end and centred in the depth.
""", [80, 30, 60],
    80 * 30 * 60 - cyl(17.5, 30 - 8) - cyl(23.5, 8) - 2 * cyl(4.5, 60), 3,
    "bearing block with stepped bore and 2 vertical bolt holes",
    "80*30*60 - pi*17.5^2*22 - pi*23.5^2*8 - 2*pi*4.5^2*60")

add("s1224", "prose", """
We need a round mounting flange: a 120 dia disc, 12 thick, with six 9 mm bolt holes equally spaced on a 100 PCD. Sitting on top of it, concentric, is a tubular boss of 60 OD standing 30 above the flange face. The 40 mm bore of the boss carries straight on through the flange, so you can see through the part. Sharp edges everywhere is fine.
""", [120, 120, 42],
    cyl(60, 12) + cyl(30, 30) - cyl(20, 42) - 6 * cyl(4.5, 12), 7,
    "flange with tubular boss and 6 bolt holes",
    "pi*60^2*12 + pi*30^2*30 - pi*20^2*42 - 6*pi*4.5^2*12")

add("s1225", "prose", """
For the electronics box: outside is 150 x 90 and 40 tall, open on top, 2.5 mm walls and a 2.5 mm floor. In each of the four inside corners there's a square post 8 x 8 going from the floor up flush with the rim, tucked tight into the corner against both walls. Each post gets a 2.5 pilot hole 12 deep from the top, in the middle of the post. Plus one cable entry, a 12 mm hole through one of the 90 mm end walls, centred across it with its centre 15 mm up from the outside bottom.
""", [150, 90, 40],
    150 * 90 * 40 - 145 * 85 * 37.5 + 4 * 8 * 8 * 37.5 - 4 * cyl(1.25, 12) - cyl(6, 2.5), 1,
    "open enclosure with corner screw posts and a cable hole",
    "150*90*40 - 145*85*37.5 + 4*8*8*37.5 - 4*pi*1.25^2*12 - pi*6^2*2.5")

g_A = (14 + 4) / 2 * 9
g_rc = 40 - 9 * (14 + 2 * 4) / (3 * (14 + 4))
add("s1226", "prose", """
Pulley for a small belt drive. The main body is 80 dia and 20 wide, with a hub on one side, 30 dia, sticking out another 10, so 30 long overall, and a 15 bore through everything. The V groove is centred on the 20 mm rim: 14 wide at the outside diameter, narrowing to a 4 mm flat bottom at 9 mm depth. Keep it simple, no keyway or set screw.
""", [80, 80, 30],
    cyl(40, 20) + cyl(15, 10) - cyl(7.5, 30) - 2 * PI * g_rc * g_A, 1,
    "V-belt pulley with hub",
    "pi*40^2*20 + pi*15^2*10 - pi*7.5^2*30 - 2*pi*rc*A; trapezoid A=(14+4)/2*9, centroid depth h(a+2b)/(3(a+b)), rc=%.4f" % g_rc)

slit = 2 * 40 - (int_sqrt(10, 1) - int_sqrt(10, -1))  # int_{-1}^{1} (40 - sqrt(100-t^2)) dt
add("s1227", "prose", """
Need a split clamp block to grab a 20 mm rod. The block is 60 long, 40 wide and 20 thick; the 20 mm bore goes through the thickness, centred on the width and 20 from one end. From the bore out to the far end cut a 2 mm wide slit straight through, centred on the width, so that end turns into two jaws. Across the jaws, 12 from the slotted end and in the middle of the thickness, drill a 5.5 clearance hole through both jaws for the pinch screw.
""", [60, 40, 20],
    60 * 40 * 20 - cyl(10, 20) - slit * 20 - cyl(2.75, 40 - 2), 2,
    "split rod clamp with pinch-screw hole",
    "60*40*20 - pi*10^2*20 - 20*int_{-1}^{1}(40-sqrt(100-t^2))dt - pi*2.75^2*38; bore+slit is C-shaped (genus 0), cross hole through two jaws -> genus 2")

add("s1228", "prose", """
Please can you make for me a hex connector with round collar. The hex is 22 across flats and 12 high. On top of it sit a plain cylinder collar of 20 diameter, 6 high and concentric, so all the part is 18 tall. One hole of 12 diameter goes all through on the axis. No chamfer on anything please.
""", [22, hex_corners(22), 18],
    hex_area(22) * 12 + cyl(10, 6) - cyl(6, 18), 1,
    "hex body with cylindrical collar and through bore",
    "sqrt(3)/2*22^2*12 + pi*10^2*6 - pi*6^2*18")

add("s1229", "prose", """
Base plate for the motor slide: 160 x 60, 10 thick. At each end there's an adjustment slot 9 wide with full radius ends, 25 between the arc centres, running lengthwise on the plate centreline, with the slot's centre 28 in from that end. In the middle of the top face mill a 60 x 30 pocket, 4 deep, with R5 corners and its long side along the plate. Both slots go straight through.
""", [160, 60, 10],
    160 * 60 * 10 - 2 * obround(9, 25) * 10 - rrect(60, 30, 5) * 4, 2,
    "slotted base plate with central pocket",
    "160*60*10 - 2*(9*25+pi*4.5^2)*10 - (60*30-(4-pi)*5^2)*4")

add("s1230", "prose", """
Tooling plate, aluminium, 200 x 120 x 15. Six counterbored holes for M8 cap screws (9 through, 15 counterbore 9 deep from the top) in two rows of three: rows 20 in from each long edge, holes at 25, 100 and 175 from the left end. There's also a 40 mm clearance hole right in the middle. Run a 2 mm x 45 chamfer round the top edge, the four edges of the top face only.
""", [200, 120, 15],
    200 * 120 * 15 - 6 * (cyl(7.5, 9) + cyl(4.5, 6)) - cyl(20, 15) - chamfer_loop(200, 120, 2), 7,
    "tooling plate with 6 counterbored holes, centre hole, top chamfer",
    "200*120*15 - 6*(pi*7.5^2*9+pi*4.5^2*6) - pi*20^2*15 - [c^2(a+b) - 4c^3/3] with c=2")

# ================================================================ benchmark
add("s1231", "benchmark", """
Define a coordinate system whose Euler angles are 0.0, 0.0, 0.0 and whose translation vector is 0.0, 0.0, 0.0. Open a 2D sketch on the XY plane. In face 1, loop 1, draw four lines: line 1 from (0.0, 0.0) to (100.0, 0.0); line 2 from (100.0, 0.0) to (100.0, 60.0); line 3 from (100.0, 60.0) to (0.0, 60.0); line 4 from (0.0, 60.0) to (0.0, 0.0). In loop 2 draw one circle centred at (50.0, 30.0) with radius 12.0. Scale the entire sketch by a factor of 0.75. Transform the scaled sketch into 3D using the same Euler angles and translation vector. Extrude the sketch 9.0 units along the normal and 0.0 units in the opposite direction to create a new solid body.
""", [75, 45, 9],
    75 * 45 * 9 - cyl(9, 9), 1,
    "scaled rectangular plate with central hole",
    "scaled 0.75: 75*45*9 - pi*9^2*9 (extrude depth not scaled)")

add("s1232", "benchmark", """
This model is a circular flange with a raised central hub. The flange is 90 mm in diameter and 10 mm thick. The hub is 40 mm in diameter and rises 15 mm above the flange. A 20 mm diameter hole passes through the centre of both, and four 8 mm holes are evenly spaced on a 70 mm diameter circle through the flange.
""", [90, 90, 25],
    cyl(45, 10) + cyl(20, 15) - cyl(10, 25) - 4 * cyl(4, 10), 5,
    "flange with hub and 4 holes",
    "pi*45^2*10 + pi*20^2*15 - pi*10^2*25 - 4*pi*4^2*10")

add("s1233", "benchmark", """
Establish a local coordinate system rotated by Euler angles 0.0, 0.0, -90.0 degrees and translated by 0.0, 25.0, 0.0. On face 1 draw loop 1 with six lines: line 1 from (0, 0) to (50, 0); line 2 from (50, 0) to (50, 10); line 3 from (50, 10) to (10, 10); line 4 from (10, 10) to (10, 40); line 5 from (10, 40) to (0, 40); line 6 from (0, 40) back to (0, 0). Apply a sketch scale of 1.0. Rotate and translate the sketch using the coordinate system. Extrude 25 units in the direction of the normal to create a new solid body. The final part is an L-shaped angle of length 50, height 40 and width 25.
""", [50, 40, 25],
    (50 * 10 + 10 * 30) * 25, 0,
    "L-section extrusion",
    "area 50*10 + 10*30 = 800, times 25")

add("s1234", "benchmark", """
Set up a coordinate system with all Euler angles and the translation vector at zero. Sketch on the XY plane: face 1 contains loop 1, a circle with centre (40, 40) and radius 40, and loop 2, a circle with the same centre and radius 24. Scale the sketch by 0.5. Transform it into 3D with the coordinate system. Extrude 4 units towards the normal and 4 units opposite the normal to produce a new body. The result is a flat ring.
""", [40, 40, 8],
    PI * (20 ** 2 - 12 ** 2) * 8, 1,
    "flat ring, scaled sketch, two-sided extrude",
    "scaled radii 20 and 12, thickness 4+4: pi*(20^2-12^2)*8")

add("s1235", "benchmark", """
Part 1: Define a coordinate system at the origin with Euler angles (0, 0, 0) and translation (0, 0, 0). Sketch a rectangle on the XY plane with opposite corners (0, 0) and (60, 40). Extrude 15 units along the normal to form a rectangular base.
Part 2: Set a second coordinate system with Euler angles (0, 0, 0) and translation (30, 20, 15). Draw a circle centred at (0, 0) with radius 10. Extrude 25 units along the normal and join it to the existing body.
Part 3: Add a third coordinate system with Euler angles (0, 0, 0) and translation (30, 20, 40). Draw a circle at (0, 0) with radius 5. Extrude 40 units opposite to the normal, cutting material from the existing body.
""", [60, 40, 40],
    60 * 40 * 15 + cyl(10, 25) - cyl(5, 40), 1,
    "block with cylindrical boss, hole through both",
    "60*40*15 + pi*10^2*25 - pi*5^2*40 (cut spans z 0..40, through all)")

add("s1236", "benchmark", """
The object is a hexagonal prism with a cylindrical hole through its centre. Each side of the hexagon is 12 units long and the prism is 20 units tall. The hole is coaxial with the prism and has a diameter of 10 units.
""", [12 * SQ3, 24, 20],
    3 * SQ3 / 2 * 12 ** 2 * 20 - cyl(5, 20), 1,
    "hex prism with through hole",
    "hexagon area 3*sqrt(3)/2*12^2, times 20, minus pi*5^2*20; AF 12*sqrt(3), AC 24")

add("s1237", "benchmark", """
Start from a coordinate system with zero Euler angles and no translation. Sketch on the XY plane one closed loop of four lines forming a rectangle from (0, 0) to (120, 0) to (120, 80) to (0, 80). Extrude 20 units along the normal to obtain the base body. Next, set up another coordinate system with zero Euler angles and translation vector (0, 0, 20). Sketch a rectangle from (30, 20) to (90, 60). Extrude this sketch 12 units opposite to the normal, removing material to form a rectangular pocket. Finally, on a coordinate system translated by (0, 0, 8), sketch a circle centred at (60, 40) with radius 8 and extrude it 8 units opposite to the normal, cutting through the remaining floor.
""", [120, 80, 20],
    120 * 80 * 20 - 60 * 40 * 12 - cyl(8, 8), 1,
    "block with pocket and hole through pocket floor",
    "120*80*20 - 60*40*12 - pi*8^2*8")

add("s1238", "benchmark", """
Construct a coordinate system using Euler angles (-90, 0, -90) and translation vector (0, 0, 0). On face 1, loop 1, draw eight lines: from (0, 0) to (40, 0), from (40, 0) to (40, 8), from (40, 8) to (25, 8), from (25, 8) to (25, 38), from (25, 38) to (15, 38), from (15, 38) to (15, 8), from (15, 8) to (0, 8), and from (0, 8) back to (0, 0). Scale the sketch by 1.5. Transform the scaled sketch into 3D. Extrude it 90 units along the normal and 0 in the opposite direction, making a new solid. This gives a T-section bar.
""", [60, 57, 90],
    (40 * 8 + 10 * 30) * 1.5 ** 2 * 90, 0,
    "T-section bar from scaled profile",
    "profile area (40*8+10*30)*1.5^2 = 1395, times 90")

add("s1239", "benchmark", """
The design is a square plate with rounded corners and a pattern of holes. The plate is 80 mm on each side and 6 mm thick, and its four corners are rounded with a 10 mm radius. A 30 mm diameter hole is cut at the centre, and four 6 mm holes are placed symmetrically on a 56 mm diameter circle, at 45 degrees to the plate edges.
""", [80, 80, 6],
    rrect(80, 80, 10) * 6 - cyl(15, 6) - 4 * cyl(3, 6), 5,
    "rounded square plate with central hole and 4 holes on PCD",
    "(80^2-(4-pi)*10^2)*6 - pi*15^2*6 - 4*pi*3^2*6")

add("s1240", "benchmark", """
Begin by creating a coordinate system with Euler angles 0, 0, 0 and translation 0, 0, 0. On the XY plane draw loop 1 as a circle centred at (25, 25) with radius 25. Scale this sketch by 0.8 and extrude it 10 units along the normal to make a cylindrical base. Create a second coordinate system with translation (0, 0, 10) and draw a circle centred at (20, 20) with radius 12; extrude it 18 units along the normal and join it to the base. Create a third coordinate system with translation (0, 0, 28), draw a circle centred at (20, 20) with radius 6 and extrude it 28 units opposite to the normal to cut a hole through the whole part.
""", [40, 40, 28],
    cyl(20, 10) + cyl(12, 18) - cyl(6, 28), 1,
    "stepped cylinder with through hole",
    "scaled base r=20: pi*20^2*10 + pi*12^2*18 - pi*6^2*28")

# ================================================================ sketch
add("s1241", "sketch", """
Sketch on XY: centre rectangle 90 x 50 about the origin. Pad 10.
New sketch on the top face: four circles dia 6.5 at (+-35, +-15), equal constraint. Pocket through all.
Sketch on the top face again: circle dia 24 at (0, 0). Pad 15 for the boss.
Sketch on top of the boss: circle dia 12 at the origin, pocket through all.
""", [90, 50, 25],
    90 * 50 * 10 + cyl(12, 15) - 4 * cyl(3.25, 10) - cyl(6, 25), 5,
    "plate with 4 holes and a bored central boss",
    "90*50*10 + pi*12^2*15 - 4*pi*3.25^2*10 - pi*6^2*25")

add("s1242", "sketch", """
Sketch on the XZ plane a closed polyline: (0,0) -> (6,0) -> (6,20) -> (9,20) -> (9,32) -> (5,32) -> (5,50) -> (0,50) -> back down the Z axis to (0,0). Fully constrain it. Revolve 360 deg about Z. Then sketch on the bottom face a dia 4 circle at the origin and pocket it 8 deep.
""", [18, 18, 50],
    cyl(6, 20) + cyl(9, 12) + cyl(5, 18) - cyl(2, 8), 0,
    "revolved stepped pin with blind centre hole",
    "pi*6^2*20 + pi*9^2*12 + pi*5^2*18 - pi*2^2*8")

add("s1243", "sketch", """
Sketch on XY: rectangle from (0,0) to (140,30). Pad 8.
Sketch on the top face: circle dia 8 at (20, 15). Pocket through all.
Linear pattern the pocket along +X, 5 occurrences at 25 pitch.
Fillet the four vertical corner edges R5.
""", [140, 30, 8],
    140 * 30 * 8 - 5 * cyl(4, 8) - 4 * (1 - PI / 4) * 25 * 8, 5,
    "strip with a row of 5 holes and rounded corners",
    "140*30*8 - 5*pi*4^2*8 - 4*(1-pi/4)*5^2*8")

add("s1244", "sketch", """
Sketch XY: circle dia 16 at the origin, pad 10 (the head).
Sketch on the bottom face of the head: circle dia 10 at the origin, pad 30 away from the head (the shank).
Sketch on the top face of the head: regular hexagon centred on the origin, 8 across flats. Pocket 6.
""", [16, 16, 40],
    cyl(8, 10) + cyl(5, 30) - hex_area(8) * 6, 0,
    "socket head screw blank (no thread)",
    "pi*8^2*10 + pi*5^2*30 - sqrt(3)/2*8^2*6")

add("s1245", "sketch", """
Sketch XY: circle dia 100, pad 12.
Sketch on top face: concentric circle dia 50, pad 20.
Sketch on top of that boss: circle dia 30, pocket through all.
Sketch on the flange top face: circle dia 8 centred at (40, 0), pocket through all.
Polar pattern that pocket about the Z axis, 6 occurrences over 360 deg.
""", [100, 100, 32],
    cyl(50, 12) + cyl(25, 20) - cyl(15, 32) - 6 * cyl(4, 12), 7,
    "flange with boss, bore and 6-hole polar pattern",
    "pi*50^2*12 + pi*25^2*20 - pi*15^2*32 - 6*pi*4^2*12")

add("s1246", "sketch", """
Sketch on the XZ plane: polyline (0,0)-(70,0)-(70,8)-(8,8)-(8,50)-(0,50)-close. Pad symmetric to the plane, 40 total.
Sketch on the top face of the horizontal leg: two circles dia 7 at x = 45, y = +10 and y = -10. Pocket through all.
Sketch on the outside face of the vertical leg (the x = 0 face): one circle dia 10 at y = 0, z = 32. Pocket through all.
""", [70, 40, 50],
    (70 * 8 + 8 * 42) * 40 - 2 * cyl(3.5, 8) - cyl(5, 8), 3,
    "angle bracket from an L profile with 3 holes",
    "(70*8 + 8*42)*40 - 2*pi*3.5^2*8 - pi*5^2*8")

add("s1247", "sketch", """
On XY draw a rectangle 100 x 70 centred on the origin and a second rectangle 80 x 50 inside it, also centred (10 offset all round). Pad the region between them 12.
Sketch on the top face: circles dia 5 at (45, 0), (-45, 0), (0, 30) and (0, -30). Pocket through all.
""", [100, 70, 12],
    (100 * 70 - 80 * 50) * 12 - 4 * cyl(2.5, 12), 5,
    "rectangular frame with 4 holes in its sides",
    "(100*70-80*50)*12 - 4*pi*2.5^2*12; frame 1 + 4 holes")

add("s1248", "sketch", """
Sketch on XY: circles R10 at (0,0) and (60,0) joined by tangent lines top and bottom, trim to an obround outline. Pad 6.
Pocket two dia 8 holes through all, concentric with the end arcs.
Sketch a slot 6 wide between centres (22, 0) and (38, 0), round ends. Pocket through all.
""", [80, 20, 6],
    (20 * 60 + PI * 10 ** 2) * 6 - 2 * cyl(4, 6) - obround(6, 16) * 6, 3,
    "flat link with two end holes and a centre slot",
    "(20*60+pi*10^2)*6 - 2*pi*4^2*6 - (6*16+pi*3^2)*6")

add("s1249", "sketch", """
Sketch XY: rectangle 120 x 60 with its lower-left corner on the origin. Pad 25.
On the top face sketch a 30 x 20 rectangle (30 along X); constrain its left edge 10 from the block's left face and its bottom edge 20 from the front face (y = 0). Pocket 10.
Mirror the pocket about the plane x = 60.
Then a dia 10 hole at the centre of the top face, through all.
""", [120, 60, 25],
    120 * 60 * 25 - 2 * 30 * 20 * 10 - cyl(5, 25), 1,
    "block with two mirrored pockets and a centre hole",
    "120*60*25 - 2*30*20*10 - pi*5^2*25")

gw_rc = 40 - 4 * 4 / (3 * PI)
add("s1250", "sketch", """
Sketch on the XZ plane: rectangle from (10, 0) to (40, 16). On the outer vertical edge (x = 40) cut a semicircle of radius 4 centred at (40, 8), so the profile has a half-round notch. Revolve 360 deg about the Z axis. You end up with a grooved wheel, bore 20.
""", [80, 80, 16],
    PI * (40 ** 2 - 10 ** 2) * 16 - 2 * PI * gw_rc * (PI * 4 ** 2 / 2), 1,
    "revolved wheel with half-round groove",
    "pi*(40^2-10^2)*16 - 2*pi*(40-4r/(3pi))*(pi r^2/2), r=4 (Pappus)")

# ================================================================ mixed
add("s1251", "mixed", """
Revolve a funnel. The outer profile is a 20 dia spout 40 long, then a cone opening out from 20 dia to 100 dia over the next 60 mm. Hollow it by subtracting the same revolved shape with every diameter 4 mm smaller (spout bore 16, inside of the cone going 16 up to 96 over the same heights), open at both ends.
""", [100, 100, 100],
    (cyl(10, 40) + frustum(10, 50, 60)) - (cyl(8, 40) + frustum(8, 48, 60)), 1,
    "revolved funnel",
    "[pi*10^2*40 + frustum(10,50,60)] - [pi*8^2*40 + frustum(8,48,60)], frustum = pi*h/3*(r1^2+r1 r2+r2^2)")

add("s1252", "mixed", """
Sweep a tube, 30 OD and 24 ID, along an L path: 50 straight, then a 90 deg bend with 40 centreline radius, then another 50 straight. At each open end add a flange: 60 dia disc, 6 thick, flush with the end face of the tube and running back over the tube, with the 24 bore carried through. Each flange gets four 6 mm holes on a 46 pitch circle.
""", [120, 60, 120],
    PI * (15 ** 2 - 12 ** 2) * (50 + 50 + PI * 40 / 2) + 2 * PI * (30 ** 2 - 15 ** 2) * 6 - 8 * cyl(3, 6), 9,
    "flanged swept pipe elbow",
    "pi*(15^2-12^2)*(100+pi*40/2) + 2*pi*(30^2-15^2)*6 - 8*pi*3^2*6; extents x -30..90, y 60, z 0..120")

add("s1253", "mixed", """
Start with a base plate 120 x 80 x 8. On its top face sketch a 100 x 60 rectangle, centred; 40 mm above that, a 50 x 30 rectangle, also centred. Loft between the two with ruled faces and union it with the plate. Then drill a 20 mm hole straight down through the loft and the plate on the centre axis.
""", [120, 80, 48],
    120 * 80 * 8 + prismatoid(100, 60, 50, 30, 40) - cyl(10, 48), 1,
    "plate with lofted pyramid frustum and central bore",
    "120*80*8 + 40/6*(6000+1500+4*75*45) - pi*10^2*48")

add("s1254", "mixed", """
Clevis bracket. Base plate 60 long (X) x 40 (Y) x 8 thick, centred on the origin in X. On it stand one lug 8 thick in X, running the full 40 in Y and 40 tall above the base, its inner face 10 from the centre plane. Put a 12 mm hole through the lug along X, centred in Y, 28 above the base top. Mirror the lug and its hole about the YZ plane so the gap between lugs is 20. Finally two 6.6 holes through the base, on the Y centreline at X = +24 and -24.
""", [60, 40, 48],
    60 * 40 * 8 + 2 * 8 * 40 * 40 - 2 * cyl(6, 8) - 2 * cyl(3.3, 8), 4,
    "mirrored clevis bracket",
    "60*40*8 + 2*8*40*40 - 2*pi*6^2*8 - 2*pi*3.3^2*8")

add("s1255", "mixed", """
Disc 80 dia, 10 thick, with a 20 mm hole through the centre. On the top face put a cylindrical boss 10 dia, 8 tall, centred on a 60 mm pitch circle, and give it a 4 mm blind hole 6 deep from its top. Polar-pattern the boss together with its hole six times around the axis.
""", [80, 80, 18],
    cyl(40, 10) - cyl(10, 10) + 6 * (cyl(5, 8) - cyl(2, 6)), 1,
    "disc with 6 drilled bosses in a polar pattern",
    "pi*40^2*10 - pi*10^2*10 + 6*(pi*5^2*8 - pi*2^2*6)")

vr2 = radial_hole(2.5, 15, 10)
add("s1256", "mixed", """
Revolve a flanged sleeve: flange 60 dia x 8 thick, sleeve 30 OD projecting 42 from the flange (50 overall), 20 bore right through. Four 6.5 holes in the flange on a 46 PCD. Then one radial 5 mm hole through the sleeve wall into the bore, 25 from the free end of the sleeve, polar-patterned 4x at 90 deg.
""", [60, 60, 50],
    cyl(30, 8) + cyl(15, 42) - cyl(10, 50) - 4 * cyl(3.25, 8) - 4 * vr2, 9,
    "flanged sleeve with 4 flange holes and 4 radial holes",
    "pi*30^2*8 + pi*15^2*42 - pi*10^2*50 - 4*pi*3.25^2*8 - 4*V_rad(r=2.5, Ro=15, Ri=10) = %.3f each; genus 1+4+4" % vr2)

add("s1257", "mixed", """
Make two bodies and union them: a block 40 x 40 x 20, and a 16 dia cylinder 60 long lying along X through the middle of the block, centred on it so 10 sticks out each side. Then an 8 mm hole along the cylinder's axis, end to end through both.
""", [60, 40, 20],
    40 * 40 * 20 + cyl(8, 60) - cyl(8, 40) - cyl(4, 60), 1,
    "block with a cross cylinder and axial bore",
    "40*40*20 + pi*8^2*(60-40) - pi*4^2*60")

add("s1258", "mixed", """
Box 80 x 60 x 40, shelled 2 mm with the bottom face removed. On the outside of the top add a 20 dia boss 10 high in the centre, and drill an 8 mm hole through the boss and the top wall. On one 80 mm side wall put two 4 mm holes, 15 from each end and 20 up from the open bottom edge.
""", [80, 60, 50],
    80 * 60 * 40 - 76 * 56 * 38 + cyl(10, 10) - cyl(4, 12) - 2 * cyl(2, 2), 3,
    "shelled cover with top boss and side holes",
    "80*60*40 - 76*56*38 + pi*10^2*10 - pi*4^2*12 - 2*pi*2^2*2")

add("s1259", "mixed", """
Sweep a 30 x 4 flat bar profile along a path: 60 straight up, a 90 deg bend of 8 centreline radius (bending across the 4 mm thickness), then 40 straight horizontal. In the horizontal leg drill two 6.5 holes through the 4 mm thickness, on the bar's centreline, 12 and 28 from its free end.
""", [50, 30, 70],
    30 * 4 * (60 + 40 + PI * 8 / 2) - 2 * cyl(3.25, 4), 2,
    "swept bent strap bracket with 2 holes",
    "30*4*(60+40+pi*8/2) - 2*pi*3.25^2*4; extents x -2..48, y 30, z 0..70")

slot = 5 * 3 * (4 * 19 - strip_in_circle(5.1, 2))
add("s1260", "mixed", """
Castle nut: hexagon 19 across flats, 14 high, 10.2 bore through. Across the top cut a slot 4 wide and 5 deep running straight from one flat to the opposite flat through the axis, then polar-pattern the slot 3 times at 60 deg so you get six castellations.
""", [19, hex_corners(19), 14],
    hex_area(19) * 14 - cyl(5.1, 14) - slot, 1,
    "castle nut with 3 cross slots",
    "sqrt(3)/2*19^2*14 - pi*5.1^2*14 - 3*5*(4*19 - strip area of bore |y|<=2); slot overlaps lie inside bore")

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ids = set()
    with open(os.path.join(here, "steps12_prompts.jsonl"), "w") as f:
        for p in P:
            assert p["id"] not in ids
            ids.add(p["id"])
            e = p["expect"]
            assert e["volume"] > 0 and e["extents"] == sorted(e["extents"])
            f.write(json.dumps(p) + "\n")
    from collections import Counter
    print(len(P), dict(Counter(p["style"] for p in P)))
