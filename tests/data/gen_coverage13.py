# ruff: noqa
"""Held-out coverage prompts, prefix c17, items 1..7 (12 each)."""
import json, math, os

pi = math.pi
IN = 25.4
S3 = math.sqrt(3)

def cyl(d, h):            # solid cylinder by diameter
    return pi * d * d / 4 * h

def ring(D, d, h):        # annulus
    return pi * (D * D - d * d) / 4 * h

def hexarea(s):           # regular hexagon, across flats s
    return S3 / 2 * s * s

def frustum(D1, D2, h):
    R, r = D1 / 2, D2 / 2
    return pi * h / 3 * (R * R + R * r + r * r)

def csk_extra(D, d, angle_deg=90):
    """volume a countersink adds to a through hole of diameter d"""
    h = (D - d) / 2 / math.tan(math.radians(angle_deg / 2))
    return frustum(D, d, h) - cyl(d, h)

def vfillet(r, h):        # straight edge fillet of radius r, length h
    return (1 - pi / 4) * r * r * h

def chamf(c, L):          # 45 deg chamfer c on straight edge of length L
    return c * c / 2 * L

def top_chamfer_box(a, b, c):   # 45 deg chamfer around the full top perimeter
    return c * c * (a + b) - 4 * c ** 3 / 3

def circ_chamfer(R, c):   # 45 deg chamfer on outer circular edge of radius R (Pappus)
    return 2 * pi * (R - c / 3) * c * c / 2

def circ_fillet(R, r):    # fillet r on outer circular edge of radius R (Pappus)
    A = (1 - pi / 4) * r * r
    xbar = r * (10 - 3 * pi) / (3 * (4 - pi))
    return 2 * pi * (R - xbar) * A

def torus(R, r):
    return 2 * pi * pi * R * r * r

def segment(r, h):        # circular segment of height h
    return r * r * math.acos((r - h) / r) - (r - h) * math.sqrt(2 * r * h - h * h)

def slot_area(w, L):      # obround, width w, overall length L
    return w * (L - w) + pi * w * w / 4

def radial_hole(a, Ro, Ri, n=20000):
    """volume of a radial drill (radius a) through the wall of a tube Ri..Ro (one wall)"""
    # V = int_{-a}^{a} 2 sqrt(a^2-y^2) [sqrt(Ro^2-y^2) - sqrt(Ri^2-y^2)] dy, y = a sin t
    f = lambda t: 2 * a * a * math.cos(t) ** 2 * (math.sqrt(Ro * Ro - (a * math.sin(t)) ** 2)
                                                - math.sqrt(Ri * Ri - (a * math.sin(t)) ** 2))
    lo, hi = -pi / 2, pi / 2
    hstep = (hi - lo) / n
    s = f(lo) + f(hi)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(lo + i * hstep)
    return s * hstep / 3

P = []

def add(item, prompt, ext=None, vol=None, genus=None, intent="", why="", oos=False, imp=False):
    if ext is None:
        expect = {}
    else:
        expect = {"extents": sorted(round(x, 4) for x in ext),
                  "volume": round(vol, 3), "genus": genus}
    P.append(dict(item=item, prompt=prompt, expect=expect, intent=intent, why=why,
                  out_of_scope=oos, impossible=imp))

# ---------------------------------------------------------------- item 1: numbers and units
a, b, t, d = 1.25 * IN, 3 * IN, 3 / 16 * IN, 0.25 * IN
add(1, 'Can somebody model me a little plate 1-1/4" x 3" x 3/16" thick with one 1/4" hole dead center? '
       'Printing it on my old Ender 3 so nothing fancy, sharp edges are fine.',
    [a, b, t], a * b * t - cyl(d, t), 1, "small inch plate with centre hole",
    "31.75*76.2*4.7625 - pi/4*6.35^2*4.7625 (1-1/4\"=31.75, 3\"=76.2, 3/16\"=4.7625, 1/4\"=6.35)")

add(1, "Scheibe Ø 3,5 cm, 4 mm stark, in der Mitte ein Loch mit 8 mm Durchmesser.",
    [35, 35, 4], ring(35, 8, 4), 1, "disc with centre hole, decimal comma cm",
    "3,5 cm = 35 mm; pi/4*(35^2-8^2)*4")

add(1, "i need a cube twenty-five millimetres on every side with a ten millimetre hole going straight "
       "through the middle of two opposite faces",
    [25, 25, 25], 25 ** 3 - cyl(10, 25), 1, "cube with through hole, numbers as words",
    "25^3 - pi/4*10^2*25")

add(1, "Round bar R6, cut to 400 mm. Plain, no chamfers.",
    [12, 12, 400], cyl(12, 400), 0, "round bar given by radius",
    "R6 -> dia 12; pi/4*12^2*400")

add(1, 'plain wooden-style dowel, 1/2" diameter, 2\' long',
    [12.7, 12.7, 609.6], cyl(12.7, 609.6), 0, "dowel in inches and feet",
    "1/2\"=12.7 mm, 2'=24\"=609.6 mm; pi/4*12.7^2*609.6")

add(1, "spacer block 12 high 80 long 45 wide",
    [12, 45, 80], 12 * 45 * 80, 0, "block, sizes in unusual order, no unit",
    "12*45*80, units assumed mm")

a, b, t, d = 4.5 * IN, 2 * IN, 3 / 8 * IN, 0.25 * IN
add(1, "3/8 in thick aluminium flat bar piece, 4 1/2 by 2 inches, with two 0.25in holes on the long "
       "centreline, 3 inches apart and centred along the length.",
    [a, b, t], a * b * t - 2 * cyl(d, t), 2, "inch flat bar with two holes",
    "114.3*50.8*9.525 - 2*pi/4*6.35^2*9.525")

add(1, "hockey-puck shape ⌀60 x 15 tall please",
    [60, 60, 15], cyl(60, 15), 0, "puck, ⌀ symbol",
    "pi/4*60^2*15")

add(1, "Disc 90 dia., 5 thk, with a 20 radius hole in the middle.",
    [90, 90, 5], ring(90, 40, 5), 1, "disc with hole given as radius after number",
    "hole radius 20 -> dia 40; pi/4*(90^2-40^2)*5")

add(1, "Placa base de 12,5 cm x 8 cm, espesor 6 mm, con cuatro agujeros pasantes de 5 mm, "
       "cada uno a 1 cm de los dos bordes más cercanos.",
    [125, 80, 6], 125 * 80 * 6 - 4 * cyl(5, 6), 4, "base plate, Spanish, cm with comma",
    "125*80*6 - 4*pi/4*5^2*6")

add(1, "Un cylindre de 2,5 cm de diamètre et 10 cm de long, percé d'un trou de 6 mm sur toute sa longueur, "
       "dans l'axe.",
    [25, 25, 100], ring(25, 6, 100), 1, "drilled cylinder, French",
    "pi/4*(25^2-6^2)*100")

D, d, t = 1.75 * IN, 7 / 8 * IN, 0.0625 * IN
add(1, 'Washer, outside 1 3/4", inside 7/8", thickness .0625"',
    [D, D, t], ring(D, d, t), 1, "inch washer with mixed numbers",
    "44.45 OD, 22.225 ID, 1.5875 thick; pi/4*(44.45^2-22.225^2)*1.5875")

# ---------------------------------------------------------------- item 2: roles in context
add(2, "tube, ID 30, 2.5 wall, 120 length",
    [35, 35, 120], ring(35, 30, 120), 1, "tube from ID + wall",
    "OD = 30 + 2*2.5 = 35; pi/4*(35^2-30^2)*120")

add(2, "Need a pipe stub OD48.3 x 3.2 wall, 200 long, square cut both ends.",
    [48.3, 48.3, 200], ring(48.3, 48.3 - 6.4, 200), 1, "pipe from OD + wall",
    "ID = 48.3 - 2*3.2 = 41.9; pi/4*(48.3^2-41.9^2)*200")

add(2, "Open-top tray, 100 x 60 x 40 on the outside. Walls 3, bottom 5. Sharp inside corners are fine.",
    [40, 60, 100], 100 * 60 * 40 - 94 * 54 * 35, 0, "open box with wall and floor thickness",
    "100*60*40 - (100-6)*(60-6)*(40-5)")

add(2, "Make a cup: cylinder 70 across and 50 tall, with a 60 mm pocket going 30 deep from the top, "
       "flat bottom.",
    [70, 70, 50], cyl(70, 50) - cyl(60, 30), 0, "cup with blind pocket",
    "pi/4*70^2*50 - pi/4*60^2*30")

add(2, "square plate 80x80x10, bore of 20 right in the middle of it",
    [80, 80, 10], 80 * 80 * 10 - cyl(20, 10), 1, "plate with central bore",
    "80*80*10 - pi/4*20^2*10")

add(2, "o-ring for my pump lid: 40 ID, 3 mm cross-section. Just the solid torus is fine.",
    [46, 46, 3], torus(21.5, 1.5), 1, "O-ring torus",
    "major R = 20 + 1.5 = 21.5, minor r = 1.5; 2*pi^2*R*r^2; OD = 46")

add(2, "Flat strip 200 x 20 x 3 with Ø4 holes on the centreline at 20 mm pitch, first and last hole 10 in "
       "from the ends.",
    [3, 20, 200], 200 * 20 * 3 - 10 * cyl(4, 3), 10, "strip with pitched holes",
    "holes at 10,30,...,190 -> 10 holes; 200*20*3 - 10*pi/4*4^2*3")

add(2, "perforated sheet 150x100x2, holes Ø6 in 5 rows by 7 columns on a 20 mm grid, pattern centred on the sheet",
    [2, 100, 150], 150 * 100 * 2 - 35 * cyl(6, 2), 35, "perforated plate rows x columns",
    "35 holes; 150*100*2 - 35*pi/4*6^2*2")

add(2, "shim ring with a 25 bore and 5 mm of wall, 1 thick",
    [35, 35, 1], ring(35, 25, 1), 1, "shim ring from bore + wall",
    "OD = 25 + 10 = 35; pi/4*(35^2-25^2)*1")

add(2, "Small parts bin: the INSIDE has to be 50 x 30 x 20. Walls 2 everywhere including the floor, no lid.",
    [22, 34, 54], 54 * 34 * 22 - 50 * 30 * 20, 0, "box from inside size",
    "outer 54 x 34 x 22 (floor 2, open top); 54*34*22 - 50*30*20")

add(2, "peg rail: 300 long, 25 wide, 4 thick, Ø5 holes every 25 mm along the middle, the outer ones 12.5 from each end",
    [4, 25, 300], 300 * 25 * 4 - 12 * cyl(5, 4), 12, "rail with pitch holes, count derived",
    "holes at 12.5..287.5 step 25 -> 12 holes; 300*25*4 - 12*pi/4*5^2*4")

add(2, "Un toro, como una junta tórica, de 100 mm de diámetro exterior y 8 mm de sección.",
    [8, 100, 100], torus(46, 4), 1, "torus by OD and section, Spanish",
    "R = 50 - 4 = 46, r = 4; 2*pi^2*46*16")

# ---------------------------------------------------------------- item 3: standard names
add(3, "Round housing for a 608 bearing: 32 mm OD, 12 mm tall. Bearing pocket from the top, exactly the "
       "bearing's outside diameter and as deep as the bearing is wide; under it a 12 mm hole the rest of the way through.",
    [32, 32, 12], cyl(32, 12) - cyl(22, 7) - cyl(12, 5), 1, "608 bearing housing",
    "608 = 8x22x7; pi/4*32^2*12 - pi/4*22^2*7 - pi/4*12^2*(12-7)")

add(3, "spacer that sits on the shaft against the inner race of a 6204: bore same as the bearing bore, "
       "26 OD, 10 long",
    [26, 26, 10], ring(26, 20, 10), 1, "spacer for 6204 inner race",
    "6204 bore = 20; pi/4*(26^2-20^2)*10")

add(3, "joining strip for 3030 profile, 90 x 30 x 5, three M6 clearance holes (medium fit) on the centreline, 30 apart",
    [5, 30, 90], 90 * 30 * 5 - 3 * cyl(6.6, 5), 3, "3030 joining plate",
    "M6 medium clearance 6.6 (ISO 273); 90*30*5 - 3*pi/4*6.6^2*5")

add(3, "Rebuilding the Z axis on a 2016 Prusa i3 clone I got for 80 bucks, so: motor plate for a NEMA 17 stepper, 60 x 60 x 5. Hole for the motor's centring boss (nominal boss size, "
       "no extra clearance) and the four M3 screw holes, medium clearance, in the standard NEMA 17 pattern, all centred.",
    [5, 60, 60], 60 * 60 * 5 - cyl(22, 5) - 4 * cyl(3.4, 5), 5, "NEMA 17 mount plate",
    "NEMA17 boss 22, holes on 31 square; M3 medium 3.4; 3600*5 - pi/4*22^2*5 - 4*pi/4*3.4^2*5")

add(3, "80x80x6 adapter for a NEMA 23: the pilot hole at the nominal pilot diameter, plus M5 clearance holes "
       "(ISO 273 medium) on the NEMA 23 bolt square, everything concentric with the plate",
    [6, 80, 80], 80 * 80 * 6 - cyl(38.1, 6) - 4 * cyl(5.5, 6), 5, "NEMA 23 mount plate",
    "NEMA23 pilot 38.1 (1.5\"), bolt square 47.14; M5 medium 5.5; 6400*6 - pi/4*38.1^2*6 - 4*pi/4*5.5^2*6")

add(3, "flat bar 100 x 25 x 8 with two clearance holes for M8, normal/medium fit, 60 mm apart centred",
    [8, 25, 100], 100 * 25 * 8 - 2 * cyl(9, 8), 2, "bar with M8 clearance holes",
    "M8 medium clearance 9.0; 100*25*8 - 2*pi/4*9^2*8")

add(3, "Make me an ISO 7089 washer for M10.",
    [2, 20, 20], ring(20, 10.5, 2), 1, "ISO 7089 M10 washer",
    "ISO 7089 M10: d1 10.5, d2 20, h 2; pi/4*(20^2-10.5^2)*2")

add(3, "Bitte eine Karosseriescheibe nach DIN 9021 für M6 modellieren.",
    [1.6, 18, 18], ring(18, 6.4, 1.6), 1, "DIN 9021 M6 washer, German",
    "DIN 9021 M6: 6.4 x 18 x 1.6; pi/4*(18^2-6.4^2)*1.6")

OD, w = 1.315 * IN, 0.133 * IN
add(3, "For a 2023 refinery mock-up (scale 1:1, don't ask): 150 mm length of 1 inch NPS schedule 40 pipe, plain ends",
    [OD, OD, 150], ring(OD, OD - 2 * w, 150), 1, "NPS 1 sch 40 pipe",
    "NPS 1: OD 1.315\" = 33.401, sch40 wall 0.133\" = 3.378; pi/4*(OD^2-ID^2)*150")

add(3, "can you make a desk stand for my iPhone 15? something that looks clean, I'll print it in white PLA",
    None, None, None, "phone stand, size unknown",
    "no dimensions given; the shape and size of a stand cannot be determined", oos=True)

s, m = 13, 6.8
add(3, "M8 nut to ISO 4032 as a simple hex blank: nominal across-flats and height, no chamfers, with a plain "
       "hole at the M8 tap drill size instead of the thread.",
    [m, s, s * 2 / S3], hexarea(s) * m - cyl(6.8, m), 1, "ISO 4032 M8 nut blank",
    "ISO 4032 M8: s 13, m 6.8; tap drill 6.8; sqrt(3)/2*13^2*6.8 - pi/4*6.8^2*6.8; across corners 15.011")

a, b, t, d = 2 * IN, 2 * IN, 1 * IN, 27 / 64 * IN
add(3, "2 x 2 x 1 inch steel block with one 1/2-13 tapped hole through the 1\" thickness at the center. "
       "Model the thread as its standard tap drill.",
    [a, b, t], a * b * t - cyl(d, t), 1, "block with 1/2-13 tap drill hole",
    "1/2-13 tap drill 27/64\" = 10.716 mm; 50.8*50.8*25.4 - pi/4*10.716^2*25.4")

# ---------------------------------------------------------------- item 4: drawing shorthand
add(4, "PLATE 120 x 80 x 10\n4x Ø9 THRU, 10 FROM EDGES",
    [10, 80, 120], 120 * 80 * 10 - 4 * cyl(9, 10), 4, "plate 4 corner holes",
    "120*80*10 - 4*pi/4*9^2*10")

add(4, "BLOCK 60 x 40 x 20. 2x Ø6.6 THRU FROM 60x40 FACE, C'BORE Ø11 x 6.5 DP, 30 APART ON CL.",
    [20, 40, 60], 60 * 40 * 20 - 2 * (cyl(6.6, 20 - 6.5) + cyl(11, 6.5)), 2, "block with two counterbored holes",
    "60*40*20 - 2*(pi/4*6.6^2*13.5 + pi/4*11^2*6.5)")

add(4, "plate 100x100x8, 4x Ø6.4 THRU, CSK Ø12 x 90° near side, holes 15 from edges",
    [8, 100, 100], 100 * 100 * 8 - 4 * (cyl(6.4, 8) + csk_extra(12, 6.4)), 4, "plate with countersunk holes",
    "csk depth (12-6.4)/2 = 2.8; 80000 - 4*(pi/4*6.4^2*8 + frustum(12,6.4,2.8) - pi/4*6.4^2*2.8)")

add(4, "PLATE 80 x 40 x 3 — 8x Ø5 THRU, 2 ROWS OF 4, EQ SP, 60 x 20 CTRS, PATTERN CENTRED",
    [3, 40, 80], 80 * 40 * 3 - 8 * cyl(5, 3), 8, "plate 2 rows of 4 holes",
    "80*40*3 - 8*pi/4*5^2*3")

add(4, "FLANGE Ø100 x 12 THK\nBORE Ø40 THRU\n6x Ø9 THRU EQ SP ON PCD 70",
    [12, 100, 100], ring(100, 40, 12) - 6 * cyl(9, 12), 7, "flange with bore and bolt circle",
    "pi/4*(100^2-40^2)*12 - 6*pi/4*9^2*12; genus 1+6")

add(4, "BLOCK 50 x 50 x 15, 4x M6x1.0 TAP THRU ON 36 SQ, model threads at tap drill size",
    [15, 50, 50], 50 * 50 * 15 - 4 * cyl(5.0, 15), 4, "block with tapped holes",
    "M6x1.0 tap drill 5.0; 50*50*15 - 4*pi/4*5^2*15")

add(4, "PLATE 150 x 90 x 6, R5 ALL CORNERS",
    [6, 90, 150], 150 * 90 * 6 - 4 * vfillet(5, 6), 0, "plate with rounded corners",
    "150*90*6 - 4*(1-pi/4)*5^2*6")

add(4, "BLOCK 50 x 30 x 20\n1 x 45° CHAMFER ALL ROUND TOP EDGE\nALL OTHER EDGES SHARP",
    [20, 30, 50], 50 * 30 * 20 - top_chamfer_box(50, 30, 1), 0, "block with top perimeter chamfer",
    "chamfered top: removed = c^2*(a+b) - 4c^3/3 (integral of the shrinking rectangle) = 80 - 4/3")

add(4, "PIN Ø10 h6 x 40 LG, 0.5 x 45° CH BOTH ENDS",
    [10, 10, 40], cyl(10, 40) - 2 * circ_chamfer(5, 0.5), 0, "dowel pin with end chamfers",
    "pi/4*10^2*40 - 2*2*pi*(5-0.5/3)*0.5^2/2 (Pappus); tolerance ignored")

add(4, "DISC Ø50 x 8 / CENTRE Ø12 THRU / 3x Ø6.6 THRU EQ SP ON PCD 35",
    [8, 50, 50], ring(50, 12, 8) - 3 * cyl(6.6, 8), 4, "disc with centre hole and 3 bolt holes",
    "pi/4*(50^2-12^2)*8 - 3*pi/4*6.6^2*8")

add(4, "BAR 200 x 30 x 10. 5x Ø8.5 THRU EQ SP @ 40 CTRS ON CL, C'BORE Ø14 x 6 DP.",
    [10, 30, 200], 200 * 30 * 10 - 5 * (cyl(8.5, 4) + cyl(14, 6)), 5, "bar with 5 counterbored holes",
    "6000*10 - 5*(pi/4*8.5^2*(10-6) + pi/4*14^2*6)")

add(4, "PLATE 100 x 50 x 5, R3 ALL CORNERS. 2x SLOT 6.5 W x 20 OA THRU, PARALLEL TO LONG SIDE, 60 CTRS.",
    [5, 50, 100], 100 * 50 * 5 - 4 * vfillet(3, 5) - 2 * slot_area(6.5, 20) * 5, 2, "plate with corner radii and slots",
    "25000 - 4*(1-pi/4)*9*5 - 2*(6.5*(20-6.5) + pi/4*6.5^2)*5")

# ---------------------------------------------------------------- item 5: features and negations
add(5, "70 x 70 x 15 block, four counterbored holes for M5 socket caps going through the 15: 5.5 hole, "
       "10 mm counterbore 5.5 deep, each 10 in from both edges at the corners.",
    [15, 70, 70], 70 * 70 * 15 - 4 * (cyl(5.5, 15 - 5.5) + cyl(10, 5.5)), 4, "block with counterbored holes",
    "73500 - 4*(pi/4*5.5^2*9.5 + pi/4*10^2*5.5)")

add(5, "acrylic front panel 200 x 100 x 5 with four countersunk screw holes, one near each corner "
       "(12 mm in). Hole 4.5, countersink 9 diameter, 90 degree.",
    [5, 100, 200], 200 * 100 * 5 - 4 * (cyl(4.5, 5) + csk_extra(9, 4.5)), 4, "panel with countersunk holes",
    "csk depth 2.25; 100000 - 4*(pi/4*4.5^2*5 + frustum(9,4.5,2.25) - pi/4*4.5^2*2.25)")

add(5, "block 60 x 60 x 30, 12 mm hole in the middle of the top face, 18 deep, flat bottomed - NOT through",
    [30, 60, 60], 60 * 60 * 30 - cyl(12, 18), 0, "block with blind hole",
    "108000 - pi/4*12^2*18; blind so genus 0")

add(5, "Little mounting block 40x20x20. Two M4 tapped holes through it, perpendicular to the 40x20 face, "
       "20 apart. Model the tapped holes as plain tap-drill holes.",
    [20, 20, 40], 40 * 20 * 20 - 2 * cyl(3.3, 20), 2, "block with tapped holes",
    "M4 tap drill 3.3; 16000 - 2*pi/4*3.3^2*20")

add(5, "plate 120 x 60 x 8 with one through slot along the middle, 10 wide and 50 long end to end, round ends",
    [8, 60, 120], 120 * 60 * 8 - slot_area(10, 50) * 8, 1, "plate with slot",
    "57600 - (10*40 + pi/4*10^2)*8")

kw_area = 6 * 12.8 - (3 * math.sqrt(91) + 100 * math.asin(0.3))
add(5, "Gear blank Ø60 x 20 with a 20 bore and one keyway, 6 wide, running the full 20 length. Keyway depth: "
       "22.8 measured from the far side of the bore to the bottom of the keyway.",
    [20, 60, 60], (ring(60, 20, 20) - kw_area * 20), 1, "hub with bore and keyway",
    "keyway floor 12.8 from axis; area = 6*12.8 - (3*sqrt(91) + 100*asin(0.3)); "
    "(pi/4*(60^2-20^2) - area)*20")

add(5, "Box-shaped weight, solid, 100 x 60 x 30 (30 tall). Round the four vertical edges with R8, leave "
       "the top and bottom edges sharp.",
    [30, 60, 100], 100 * 60 * 30 - 4 * vfillet(8, 30), 0, "block with vertical edge fillets",
    "180000 - 4*(1-pi/4)*64*30")

add(5, "plain disc, Ø40, 3 mm thick. No hole in the middle, it's a blanking cover.",
    [3, 40, 40], cyl(40, 3), 0, "plain disc, explicit no hole",
    "pi/4*40^2*3")

add(5, "Blind flange, 150 OD, 16 thick, eight Ø18 bolt holes equally spaced on a 120 circle. No centre bore.",
    [16, 150, 150], cyl(150, 16) - 8 * cyl(18, 16), 8, "blind flange",
    "pi/4*150^2*16 - 8*pi/4*18^2*16")

add(5, "bump stop: solid cylinder Ø25, 15 high, no screw hole, the top circular edge rounded R2. Bottom edge sharp.",
    [15, 25, 25], cyl(25, 15) - circ_fillet(12.5, 2), 0, "solid cylinder with top fillet",
    "pi/4*25^2*15 - 2*pi*(12.5 - xbar)*(1-pi/4)*4, xbar = r(10-3pi)/(3(4-pi)) (Pappus)")

add(5, "hey, I just got a Bambu A1 mini and want to test it with a box without a lid, 80 x 80 x 50 outside, walls and floor both 2 mm. Nothing else on it, no fillets, no text.",
    [50, 80, 80], 80 * 80 * 50 - 76 * 76 * 48, 0, "open box",
    "320000 - 76*76*48")

add(5, "Bar 100 x 40 x 20 (20 high). 4 mm x 45° chamfer on the two long top edges only; the short top edges "
       "and everything else stay square.",
    [20, 40, 100], 100 * 40 * 20 - 2 * chamf(4, 100), 0, "bar with chamfer on two edges",
    "80000 - 2*(4^2/2)*100")

# ---------------------------------------------------------------- item 6: common parts
V = (50 * 5 + 45 * 5) * 30 + 0.5 * 30 * 30 * 4 - 4 * cyl(5.5, 5)
add(6, "Corner bracket: two legs at 90°, each 50 long measured on the outside, 5 thick, 30 wide. A triangular "
       "gusset 4 thick in the middle of the width fills the inside corner, its two straight sides 30 long along "
       "the inner faces of the legs. Two Ø5.5 holes through each leg, 7.5 in from the side edges and 35 from "
       "the outside corner.",
    [30, 50, 50], V, 4, "gusseted corner bracket",
    "L profile 50*5 + 45*5 = 475, *30; gusset 0.5*30*30*4; minus 4*pi/4*5.5^2*5")

add(6, "flanged bushing - bore 8, body OD 12, flange OD 20 x 3 thick, 15 long overall including the flange",
    [15, 20, 20], cyl(20, 3) + cyl(12, 12) - cyl(8, 15), 1, "flanged bushing",
    "pi/4*20^2*3 + pi/4*12^2*12 - pi/4*8^2*15")

add(6, "female-female M3 hex standoff, 5.5 across flats, 20 long, threaded the whole way through - just model "
       "the 2.5 mm tap drill hole",
    [5.5, 5.5 * 2 / S3, 20], hexarea(5.5) * 20 - cyl(2.5, 20), 1, "hex standoff",
    "sqrt(3)/2*5.5^2*20 - pi/4*2.5^2*20; across corners 6.351")

A = (11 + 5) / 2 * 9
ybar = 9 * (11 + 2 * 5) / (3 * (11 + 5))
add(6, "V-belt pulley, OD 60, 16 wide, Ø10 bore. One V-groove centred on the width: 11 wide at the rim, "
       "5 wide at the bottom, 9 deep. No hub, no set screw.",
    [16, 60, 60], cyl(60, 16) - cyl(10, 16) - 2 * pi * (30 - ybar) * A, 1, "V pulley",
    "groove trapezoid area 72, centroid 3.9375 below rim -> radius 26.0625; "
    "pi/4*60^2*16 - pi/4*10^2*16 - 2*pi*26.0625*72 (Pappus)")

add(6, "Knob for my lathe's cross slide: Ø35, 18 high, a 6 mm shaft hole 12 deep in the bottom, "
       "1.5 mm chamfer around the top edge. That's it.",
    [18, 35, 35], cyl(35, 18) - circ_chamfer(17.5, 1.5) - cyl(6, 12), 0, "knob with blind hole and chamfer",
    "pi/4*35^2*18 - 2*pi*(17.5-0.5)*1.5^2/2 - pi/4*6^2*12")

A = 30 * 2 + pi * 9 - (math.sqrt(8) + 9 * math.asin(1 / 3)) - pi * 1.25 ** 2
add(6, "Hinge leaf: flat leaf 60 long x 30 wide x 2 thick. Along one 60 mm edge a single continuous knuckle, "
       "OD 6, whose axis lies on that edge at the leaf's mid-thickness, with a 2.5 pin hole through it. "
       "Two Ø4 screw holes through the leaf, 18 from the knuckle axis, 15 in from each end.",
    [6, 33, 60], A * 60 - 2 * cyl(4, 2), 3, "hinge leaf with knuckle",
    "section = 30*2 + pi*3^2 - overlap - pi*1.25^2, overlap = int_{-1}^{1} sqrt(9-t^2) dt = sqrt(8)+9*asin(1/3); "
    "*60 - 2*pi/4*4^2*2; genus pin hole + 2")

add(6, "simple wall hook, all 25 wide and 5 thick stock: a back plate 70 tall, an arm sticking out 45 from the "
       "wall at the bottom (measured from the back face), and a 20 tall lip at the tip of the arm "
       "(measured from the bottom), lip thickness 5. Two Ø4.5 screw holes through the back plate on its centreline, "
       "35 and 58 up from the bottom.",
    [25, 45, 70], (5 * 70 + 40 * 5 + 5 * 15) * 25 - 2 * cyl(4.5, 5), 2, "J wall hook",
    "profile 5*70 + 40*5 + 5*15 = 625, *25 - 2*pi/4*4.5^2*5")

cap = segment(4, 1)
add(6, "snap-in cable clip: block 30 long, 10 deep, 12 high. An Ø8 channel for the cable runs through the 10 mm "
       "depth, centred on the length with its axis 9 up from the bottom, so it opens out through the top. "
       "Plus an Ø3.4 screw hole top to bottom 11 mm each side of the centre.",
    [10, 12, 30], 30 * 10 * 12 - (16 * pi - cap) * 10 - 2 * cyl(3.4, 12), 2, "cable clip",
    "channel area below top = pi*16 - cap(h=1) = 16pi - (16*acos(3/4) - 3*sqrt(7)); "
    "3600 - area*10 - 2*pi/4*3.4^2*12; open channel adds no genus")

base = 100 * 70 * 35 - 95 * 65 * 32
lid = 100 * 70 * 3 + (94.6 * 64.6 - 91.6 * 61.6) * 5
add(6, "Electronics enclosure, two separate parts. Base: 100 x 70 x 35 outside, 2.5 walls, 3 floor, open top. "
       "Lid: 100 x 70 x 3 plate that sits on top, with a 1.5 thick locating lip 5 deep on its underside that goes "
       "inside the base walls with 0.2 clearance each side. Give me both as separate bodies, lid in the closed position.",
    [38, 70, 100], base + lid, -1, "enclosure base + lid assembly",
    "base 100*70*35 - 95*65*32; lid 100*70*3 + (94.6*64.6 - 91.6*61.6)*5; closed height 38; "
    "two solids without holes -> genus (2-4)/2 = -1")

add(6, "Shaft Ø12 x 80 with a D-flat 1 mm deep, 25 long, at one end (running out of the end face).",
    [12, 12, 80], cyl(12, 80) - segment(6, 1) * 25, 0, "shaft with flat",
    "pi/4*12^2*80 - 25*(36*acos(5/6) - 5*sqrt(11))")

add(6, "Shaft collar for a 10 mm shaft: OD 20, 10 wide, one radial M4 set screw hole through one wall at "
       "mid-width, model it at tap drill size.",
    [10, 20, 20], ring(20, 10, 10) - radial_hole(1.65, 10, 5), 2, "shaft collar with set screw",
    "pi/4*(20^2-10^2)*10 - radial drill d3.3 volume between r=5 and r=10 "
    "(int 2sqrt(a^2-y^2)[sqrt(100-y^2)-sqrt(25-y^2)]dy, Simpson); genus bore + radial hole = 2")

add(6, "spacer for an M5 bolt, 10 OD, 8 long",
    [8, 10, 10], ring(10, 5.5, 8), 1, "bolt spacer",
    "assumed M5 medium clearance 5.5 bore (ISO 273), OD 10 given; pi/4*(10^2-5.5^2)*8")

# ---------------------------------------------------------------- item 7: impossible / odd
add(7, "little tag 20 x 20 x 2 with four 12 mm holes, each centred 5 mm from the two nearest edges",
    None, None, None, "tag with oversized corner holes",
    "holes 12 dia on 10 mm centres overlap each other and break out of the edges", imp=True)

add(7, "Disc Ø30, 5 thick, with a 35 mm hole through the centre.",
    None, None, None, "disc with hole bigger than disc", "hole 35 > disc 30", imp=True)

add(7, "Rohr, Außendurchmesser 20, Wandstärke 12, Länge 50.",
    None, None, None, "tube with wall thicker than radius", "wall 12 > OD/2 = 10", imp=True)

add(7, "strip 50 long, 12 wide, 3 thick, with ten Ø6 holes at 8 mm pitch along it",
    None, None, None, "strip too short for hole row", "span 9*8 + 6 = 78 > 50", imp=True)

add(7, "hollow closed box 5 x 40 x 40 outside with 3 mm walls all round",
    None, None, None, "hollow box thinner than two walls", "5 < 2*3, no cavity possible", imp=True)

add(7, "FLANGE Ø40 x 6, 12x Ø10 THRU EQ SP ON PCD 30",
    None, None, None, "flange with overlapping bolt holes",
    "chord between holes 30*sin(15°) = 7.76 < 10; holes overlap and reach the rim", imp=True)

add(7, "O-ring 20 ID, 20 OD, 3 mm cord",
    None, None, None, "contradictory O-ring", "OD must be ID + 2*3 = 26", imp=True)

add(7, "block 40 x 40 x 20 (20 thick) with a 10 mm blind hole 25 deep from the top. Must NOT break through.",
    None, None, None, "blind hole deeper than block", "25 > 20 thickness", imp=True)

add(7, "odd one I know: square plate 100 x 100 x 1 with a 98 mm round hole in the centre. yes really, it's a mask frame",
    [1, 100, 100], 100 * 100 * 1 - cyl(98, 1), 1, "thin frame plate, possible",
    "10000 - pi/4*98^2*1; 1 mm ligament remains at the side midpoints")

add(7, "a 1 metre long pin, 2 mm diameter",
    [2, 2, 1000], cyl(2, 1000), 0, "very slender rod, possible", "pi/4*2^2*1000")

add(7, "plate 40x40x3 with four 8 mm holes at the corners, centres 5 mm from the edges",
    [3, 40, 40], 40 * 40 * 3 - 4 * cyl(8, 3), 4, "plate with large corner holes, possible",
    "1 mm left to the edges, holes 22 apart; 4800 - 4*pi/4*8^2*3")

r = 5
union = 3 * pi * r * r * 20 - 3 * (16 / 3) * r ** 3 + 8 * (2 - math.sqrt(2)) * r ** 3
add(7, "20 mm cube with a 10 mm hole straight through the centre of every face pair, so three holes crossing in the middle",
    [20, 20, 20], 8000 - union, 5, "cube with three crossing holes, possible",
    "union of 3 cylinders r=5 L=20: 3*pi*r^2*20 - 3*16r^3/3 + 8(2-sqrt2)r^3; 8000 - union; "
    "remaining frame retracts to cube skeleton, b1 = 12-8+1 = 5")

# ---------------------------------------------------------------- write
here = os.path.dirname(os.path.abspath(__file__))
counts = {}
with open(os.path.join(here, "coverage13_prompts.jsonl"), "w") as f:
    for i, p in enumerate(P, 1):
        rec = {"id": "c17%02d" % i, **p}
        counts[p["item"]] = counts.get(p["item"], 0) + 1
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(P), counts)
