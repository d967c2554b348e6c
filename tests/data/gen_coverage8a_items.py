# ruff: noqa
# ---------- item 1: numbers and units ----------
add(901, 1, 'need a little aluminium plate, 3" x 2" x 1/4", with a 3/8 in hole dead center', lambda: drill(plate(3*IN, 2*IN, 0.25*IN), [(0,0)], 0.375*IN),
    "imperial plate with one centre hole", "76.2 x 50.8 x 6.35 mm plate, 9.525 mm through hole at centre", 1)
add(902, 1, 'Spacer tube 1-1/4" OD, 1" ID, 2-1/2" long please', lambda: ring(1.25*IN, 1.0*IN, 2.5*IN),
    "imperial spacer tube", "mixed numbers: OD 31.75, ID 25.4, length 63.5 mm", 1)
add(903, 1, 'Scheibe / disc: Ø 40 mm, 3,5 mm dick, Bohrung (bore) 12,7 mm', lambda: ring(40, 12.7, 3.5),
    "washer-like disc with decimal commas", "decimal commas: 3,5 mm thick, 12,7 mm bore; German-style decimal commas", 1)
add(904, 1, 'block four inches long, two wide, one thick. no holes.', lambda: plate(4*IN, 2*IN, 1*IN),
    "plain imperial block", "numbers as words: 101.6 x 50.8 x 25.4 mm", 0)
add(905, 1, 'plate 6 x 120 x 80 (thickness first), a 10 mm radius hole in the middle', lambda: drill(plate(120, 80, 6), [(0,0)], 20),
    "plate with one hole given by radius", "thickness listed first: 120 x 80 x 6; radius 10 -> 20 mm diameter", 1)
add(906, 1, 'Can you make a ⌀60 round boss, 15 tall, with ⌀8 through the middle. mm obviously', lambda: ring(60, 8, 15),
    "round boss with centre hole", "⌀ means diameter: 60 OD, 8 bore, 15 high", 1)
add(907, 1, 'a dozen 5mm holes in a row on a flat bar 25 wide 4 thick, holes every 20, bar cut to 260 mm', lambda: drill(plate(260, 25, 4), row(12, 20), 5),
    "perforated flat bar", "a dozen = 12 holes at 20 pitch centred on a 260 x 25 x 4 bar (spans 220, 20 mm margins)", 12)
add(908, 1, 'round rod Ø 0.75 in, 3 in long', lambda: disc(0.75*IN, 3*IN),
    "imperial round bar", "19.05 mm diameter x 76.2 mm", 0)
add(909, 1, 'Square 50 plate 5 thick with R6 corners, nothing else', lambda: plate(50, 50, 5, 6),
    "square plate with rounded corners", "50 x 50 x 5, vertical corners radius 6", 0)
add(910, 1, 'washer: 2.5 cm across, 1 cm hole, 2 mm thick', lambda: ring(25, 10, 2),
    "washer in mixed cm/mm", "2.5 cm = 25 OD, 1 cm = 10 ID, 2 thick", 1)
add(911, 1, 'hey all, want to print a bushing — 22 outer, 8 inner, 7 long. mm omitted cause its always mm lol', lambda: ring(22, 8, 7),
    "small bushing", "mm implied: OD 22, ID 8, length 7", 1)
add(912, 1, 'rectangular pad 0,8 m x 0,4 m x 12 mm', lambda: plate(800, 400, 12),
    "large plate in metres with decimal commas", "0,8 m = 800 mm, 0,4 m = 400 mm, 12 thick", 0)
add(913, 1, 'strip of 3/16" steel, 1-1/2" wide, cut to 400 mm, two 1/4" holes 1" in from each end on the centreline', lambda: drill(plate(400, 1.5*IN, 3/16*IN), [(-200+IN,0),(200-IN,0)], 0.25*IN),
    "mixed-unit strip with end holes", "4.7625 thick, 38.1 wide, 400 long; 6.35 holes at 25.4 from each end", 2)
add(914, 1, 'standoff, hex no — round, dia 7, 25 long, M3 tap hole full length (2.5 drill)', lambda: ring(7, 2.5, 25),
    "round standoff with tap-drill bore", "OD 7, length 25, bore = M3 tap drill 2.5 through", 1)
add(915, 1, 'Ring, 3 mm thick, inner radius 15, outer radius 21', lambda: ring(42, 30, 3),
    "flat ring given by radii", "radii 15/21 -> diameters 30/42, 3 thick", 1)
add(916, 1, '100 per 50 plate, 8mm, holes 6 mm at each corner 8 mm in from both edges', lambda: drill(plate(100, 50, 8), rect4(84, 34), 6),
    "plate with four corner holes", "'100 per 50' = 100 x 50; holes at 8 from edges -> 84 x 34 rectangle", 4)
add(917, 1, 'I need two and a half inch disc, quarter inch thick, plain', lambda: disc(2.5*IN, 0.25*IN),
    "plain imperial disc", "63.5 dia x 6.35", 0)
add(918, 1, 'cube 1.5cm', lambda: plate(15, 15, 15),
    "small cube", "1.5 cm = 15 mm each side", 0)
add(919, 1, 'Pls model a bar 12x12 square section cut to 150 mm with a 6 mm cross hole 10 mm from one end', lambda: (lambda b: b - Pos(-75+10, 0, 6) * Rot(90, 0, 0) * Cylinder(3, 100))(plate(150, 12, 12)),
    "square bar with cross hole", "150 x 12 x 12 bar, 6 mm hole through the 12 mm side, centre 10 from end", 1)
add(920, 1, 'Tube 2" OD x 0.065" wall, 6" long', lambda: ring(2*IN, 2*IN - 2*0.065*IN, 6*IN),
    "thin wall imperial tube", "OD 50.8, wall 1.651 -> ID 47.498, length 152.4", 1)
add(921, 1, 'three holes, 4,2 mm, equally spaced on a 30 mm circle, in a 40 mm diameter disk that is 5 mm thick', lambda: drill(disc(40, 5), pcd(3, 30), 4.2),
    "disc with 3 holes on a circle", "decimal comma 4,2; 3 holes on 30 PCD; disc 40 x 5", 3)
add(922, 1, 'Block 30 (H) x 60 (L) x 40 (W) mm', lambda: plate(60, 40, 30),
    "block with sizes out of order", "H 30, L 60, W 40", 0)
add(923, 1, '5/8 thick, 4 x 6 in. plate w/ a 1-3/8" bore in the center', lambda: drill(plate(4*IN, 6*IN, 5/8*IN), [(0,0)], 1.375*IN),
    "imperial plate with large bore", "15.875 thick, 101.6 x 152.4; bore 34.925", 1)
add(924, 1, 'pin 3/8" dia, 1-3/4 long', lambda: disc(0.375*IN, 1.75*IN),
    "imperial pin", "9.525 dia x 44.45 long", 0)
add(925, 1, 'Plate 80x50x4 with a 60 mm diameter hole in the middle', None,
    "plate with an impossible hole", "a 60 mm hole cannot fit in a 50 mm wide plate: it breaks through both long edges", imp=True)
# ---------- item 2: roles in context ----------
def openbox(L, W, H, wall, bottom):
    return plate(L, W, H) - Pos(0, 0, bottom) * Box(L - 2*wall, W - 2*wall, H, align=MIN)
add(926, 2, 'pipe ID 50, wall 5, 120 long', lambda: ring(60, 50, 120),
    "pipe from ID and wall", "OD = 50 + 2*5 = 60, length 120", 1)
add(927, 2, 'Sleeve: OD 32 mm with a 2.5 mm wall, length 45 mm.', lambda: ring(32, 27, 45),
    "sleeve from OD and wall", "ID = 32 - 2*2.5 = 27", 1)
add(928, 2, 'open top box 100 x 60 x 40 outside, walls 3 mm, bottom 5 mm', lambda: openbox(100, 60, 40, 3, 5),
    "open box / tray", "outer 100x60x40, cavity 94x54, 35 deep (bottom 5)", 0)
add(929, 2, 'tray 150 by 90, 30 deep, 3 mm sides and floor', lambda: openbox(150, 90, 33, 3, 3),
    "tray where depth is inside", "30 deep = cavity depth; floor 3 -> outer height 33; cavity 144 x 84", 0)
add(930, 2, 'square plate 70 x 70 x 6 with a hole of 20 in the centre', lambda: drill(plate(70, 70, 6), [(0,0)], 20),
    "plate with one 20 mm centre hole", "'hole of 20' = one 20 mm diameter hole", 1)
add(931, 2, 'O-ring, 40 ID, 3 mm cross-section', lambda: Torus(21.5, 1.5),
    "O-ring by ID and cross-section", "torus: tube dia 3, inner dia 40 -> major radius 21.5, outer 46", 1)
add(932, 2, '10 mm holes at 50 mm pitch along a 250 mm bar, bar is 30 x 10', lambda: drill(plate(250, 30, 10), row(5, 50), 10),
    "drilled bar, hole count from pitch", "250 / 50 = 5 holes, centred, first at 25 from each end", 5)
add(933, 2, 'mounting plate 200x150x5, M5-ish 5.5 holes in 3 rows x 4 columns, 40 mm apart both ways, centred', lambda: drill(plate(200, 150, 5), grid(4, 3, 40, 40), 5.5),
    "plate with hole grid", "3 rows x 4 columns = 12 holes at 40 pitch, centred", 12)
add(934, 2, 'torus, mean diameter 80, section dia 12', lambda: Torus(40, 6),
    "torus", "major radius 40, minor 6 -> 92 x 92 x 12", 1)
add(935, 2, 'Flanged bushing: bore 10, body 14 OD sticking out 12 below a 22 dia x 2 thick flange', lambda: ring(22, 10, 2) + ring(14, 10, 14),
    "flanged bushing", "flange 2 + body 12 = 14 overall; bore 10 through both", 1)
add(936, 2, 'cup: OD 50, wall 2, base 4, overall height 60', lambda: disc(50, 60) - Pos(0, 0, 4) * disc(46, 60),
    "cylindrical cup", "ID 46, bottom 4, open top", 0)
add(937, 2, 'i need a round spacer, 6 mm wall, 18 bore, 10 thick', lambda: ring(30, 18, 10),
    "spacer from bore and wall", "OD = 18 + 12 = 30", 1)
add(938, 2, 'Bar 20x20, 300 lg. 6.6 holes on 60 pitch, first hole 30 from the end', lambda: drill(plate(300, 20, 20), [(-150+30+60*k, 0) for k in range(5)], 6.6),
    "bar with pitched holes", "holes at 30, 90, 150, 210, 270 -> 5 holes (next at 330 is off the bar)", 5)
add(939, 2, 'rectangular tube 40 x 20 outside, 2 wall, 500 long', lambda: plate(40, 20, 500) - Box(36, 16, 2000),
    "rectangular hollow section", "inner 36 x 16, length 500", 1)
add(940, 2, 'Gasket ring: inside 65, 4 wide, 1.5 thick', lambda: ring(73, 65, 1.5),
    "flat gasket", "4 wide radial -> OD 65 + 8 = 73", 1)
add(941, 2, 'pocket block: 80 x 50 x 25, 20 deep rectangular pocket leaving 5 mm walls all round', lambda: openbox(80, 50, 25, 5, 5),
    "block with pocket", "pocket 70 x 40 x 20 deep, floor 5", 0)
add(942, 2, 'perforated strip 1000 long 40 wide 2 thick, 8 mm holes every 100 mm', lambda: drill(plate(1000, 40, 2), row(10, 100), 8),
    "long perforated strip", "1000 / 100 = 10 holes centred, first at 50 from each end", 10)
add(943, 2, 'shaft collar: ID 12, OD 24, width 10', lambda: ring(24, 12, 10),
    "plain collar (no screw)", "ID/OD/width", 1)
add(944, 2, 'plate 120x80x8, 2 rows x 5 cols of 6 mm holes, 20 mm pitch, centered', lambda: drill(plate(120, 80, 8), grid(5, 2, 20, 20), 6),
    "plate with 2x5 hole grid", "10 holes, centred", 10)
add(945, 2, 'Tube OD 25 wall 15, 50 long', None,
    "tube with impossible wall", "a 15 mm wall on a 25 OD would need a negative ID (25 - 30 = -5)", imp=True)
add(946, 2, 'hollow cylinder, 3 mm sides, inside dia 44, closed bottom 3 mm, 25 high inside', lambda: disc(50, 28) - Pos(0, 0, 3) * disc(44, 40),
    "cup with inside dims", "OD 44 + 6 = 50; height 25 + 3 = 28", 0)
add(947, 2, 'disc 90 dia 8 thk, a 30 hole in the centre and 6 x 8mm holes on 70 PCD', lambda: drill(drill(disc(90, 8), [(0,0)], 30), pcd(6, 70), 8),
    "flange-like disc", "centre hole 30, 6 holes dia 8 on 70 circle", 7)
add(948, 2, 'thin ring, cross-section 5 x 5 square, ID 100', lambda: ring(110, 100, 5),
    "square-section ring", "5 x 5 section: OD 110, height 5", 1)
add(949, 2, 'angle bracket 2 legs 50 x 40 wide, 5 thk, no holes', lambda: plate(50, 40, 5) + Pos(-25+2.5, 0, 0) * Box(5, 40, 50, align=MIN),
    "L bracket", "two 50 legs (outside), 40 wide, 5 thick; L of 50 x 50 outside", 0)
add(950, 2, 'base plate 160 x 100, 10 thick. 4 holes of 9 at 20 from every edge plus one hole of 25 in the centre', lambda: drill(drill(plate(160, 100, 10), rect4(120, 60), 9), [(0,0)], 25),
    "base plate", "corner holes on 120 x 60; one 25 mm centre hole", 5)
# ---------- item 3: names and standards ----------
def nema_plate(L, W, T, sq, pilot, hd):
    return drill(drill(plate(L, W, T), [(0,0)], pilot), rect4(sq, sq), hd)
add(951, 3, 'housing ring for a 608 bearing: press bore = bearing OD, 6 mm of wall around it, as wide as the bearing', lambda: ring(34, 22, 7),
    "bearing housing ring", "608 = 8 x 22 x 7; bore 22, OD 22 + 12 = 34, width 7", 1)
add(952, 3, 'Spacer to sit on the inner race of a 6204 — same ID as the bearing, 26 OD, 10 long', lambda: ring(26, 20, 10),
    "inner race spacer", "6204 = 20 x 47 x 14 -> ID 20", 1)
add(953, 3, 'model a dummy 6001 bearing as a plain ring (just bore, OD, width)', lambda: ring(28, 12, 8),
    "bearing envelope", "6001 = 12 x 28 x 8", 1)
add(954, 3, 'NEMA 17 motor plate, 60 x 60 x 5, pilot hole 22 and the 4 M3 holes (3.4) on the 31 mm square, centered', lambda: nema_plate(60, 60, 5, 31, 22, 3.4),
    "NEMA 17 mount plate", "NEMA 17: 31 mm bolt square, 22 pilot; M3 clearance 3.4", 5)
add(955, 3, 'nema23 mount, 80x80 plate 6 thick, 38.1 pilot, 4x 5.5 on the standard bolt square', lambda: nema_plate(80, 80, 6, 47.14, 38.1, 5.5),
    "NEMA 23 mount plate", "NEMA 23 bolt square 47.14 mm (1.856\"), pilot 38.1", 5)
add(956, 3, 'End cap for 2020 extrusion: a 20x20 square, 4 mm thick, with a 5 mm centre hole for the M5 tapped core', lambda: drill(plate(20, 20, 4), [(0,0)], 5),
    "2020 end cap", "2020 profile = 20 x 20; hole 5", 1)
add(957, 3, '4040 joining plate: flat, 120 x 40 x 5, two M8 clearance holes medium fit, 20 from each end on the centre line', lambda: drill(plate(120, 40, 5), [(-40,0),(40,0)], 9),
    "joining plate for 4040", "width matches 4040 = 40; M8 medium (ISO 273) = 9.0; holes at x = ±40", 2)
add(958, 3, 'Please make a plate 50x30x6 with 2 M5 close fit holes 30 apart', lambda: drill(plate(50, 30, 6), [(-15,0),(15,0)], 5.3),
    "plate with close-fit M5 holes", "ISO 273 fine/close M5 = 5.3; holes centred 30 apart", 2)
add(959, 3, 'block 40 x 40 x 20 with one M6 tapped hole through the middle (model the tap drill)', lambda: drill(plate(40, 40, 20), [(0,0)], 5.0),
    "block with tapped hole as tap drill", "M6 coarse tap drill 5.0", 1)
add(960, 3, 'Washer to ISO 7089 for M8', lambda: ring(16, 8.4, 1.6),
    "standard washer", "ISO 7089 M8: 8.4 ID, 16 OD, 1.6 thick", 1)
add(961, 3, 'DIN 9021 M6 big washer pls', lambda: ring(18, 6.4, 1.6),
    "large washer", "DIN 9021 M6: 6.4 x 18 x 1.6", 1)
add(962, 3, 'DIN 125 washer M10', lambda: ring(20, 10.5, 2),
    "standard washer", "DIN 125-A M10: 10.5 x 20 x 2", 1)
add(963, 3, 'hex nut M8, ISO 4032 dims, no thread, just the 8 mm... no, tap drill bore 6.8', lambda: hexprism(13, 6.8) - Cylinder(3.4, 100),
    "nut blank", "ISO 4032 M8: s = 13 AF, m = 6.8; bore 6.8 tap drill", 1)
add(964, 3, "1-1/4\" sch 40 pipe, 300 mm long", lambda: ring(42.2, 42.2 - 2*3.56, 300),
    "pipe by NPS and schedule", "1-1/4\" sch 40 = 42.2 OD x 3.56 wall -> ID 35.08", 1)
add(965, 3, 'short 2" schedule 80 pipe nipple, 100 long, plain ends', lambda: ring(60.3, 60.3 - 2*5.54, 100),
    "pipe nipple", "2\" sch 80 = 60.3 OD x 5.54 wall", 1)
add(966, 3, '1/2 inch sch40 pipe stub 2 inches long', lambda: ring(21.3, 21.3 - 2*2.77, 2*IN),
    "short pipe stub", "1/2\" sch 40 = 21.3 OD x 2.77 wall; length 50.8", 1)
add(967, 3, 'a stand for my iPhone 15', None,
    "phone stand", "no sizes given and the phone's size does not fix the stand geometry: out of scope for a size check", oos=True)
add(968, 3, 'coaster for a 350 ml mug — 100 mm disc, 5 mm thick', lambda: disc(100, 5),
    "coaster", "mug volume is not a size; the disc is 100 x 5 as stated", 0)
add(969, 3, 'plate 100 x 40 x 8 with two 1/4-20 tapped holes 60 apart (use the #7 tap drill)', lambda: drill(plate(100, 40, 8), [(-30,0),(30,0)], 0.201*IN),
    "plate with UNC tapped holes", "1/4-20 UNC tap drill #7 = 0.201\" = 5.105 mm", 2)
add(970, 3, 'bracket plate 60 x 25 x 3, 2 holes for M4 loose fit, 40 c/c', lambda: drill(plate(60, 25, 3), [(-20,0),(20,0)], 4.8),
    "plate with loose-fit holes", "ISO 273 coarse/loose M4 = 4.8", 2)
add(971, 3, 'Shim ring for 6202 bearing OD, 0.5 thick, 2 mm wide radially, sits against the outer race', lambda: ring(35, 31, 0.5),
    "outer race shim", "6202 = 15 x 35 x 11; OD 35, ID 31", 1)
add(972, 3, 'NEMA 17 spacer block: 42 x 42 x 10, 22 bore thru, M3 clearance medium at the corners of the 31 square', lambda: nema_plate(42, 42, 10, 31, 22, 3.4),
    "motor spacer", "NEMA 17 face 42 x 42, 31 bolt square, 22 pilot, M3 medium 3.4", 5)
add(973, 3, '3030 extrusion, 200 mm, modelled as a solid 30x30 bar with the 6.8 center bore', lambda: drill(plate(30, 30, 200), [(0,0)], 6.8),
    "simplified extrusion", "3030 = 30 x 30; core bore 6.8 as stated", 1)
add(974, 3, 'adapter bushing: bore fits a 625 bearing OD, outside 22, width same as bearing', lambda: ring(22, 16, 5),
    "bearing adapter", "625 = 5 x 16 x 5", 1)
add(975, 3, 'housing block 50 x 50 x 20 with a through bore that the OD of a 6205 presses into, centred', None,
    "bearing block with too-large bore", "6205 = 25 x 52 x 15: a 52 mm bore cannot fit in a 50 x 50 block", imp=True)
# ---------- item 4: drawing / catalogue shorthand ----------
add(976, 4, 'PLATE 80 x 60 x 10. 4x Ø6.6 THRU ON 64 x 44. C\'BORE Ø11 x 6.5 DP.', lambda: cbore(plate(80, 60, 10), rect4(64, 44), 6.6, 11, 6.5, 10),
    "plate with 4 counterbored holes", "4 holes 6.6 through on 64 x 44 rectangle, counterbore 11 dia 6.5 deep from top", 4)
add(977, 4, 'Disc Ø50 x 8. 3x Ø5.5 THRU EQ SP ON PCD 36, CSK Ø11 x 90°.', lambda: csk(disc(50, 8), pcd(3, 36), 5.5, 11, 8),
    "disc with countersunk holes", "3 holes equally spaced on 36 PCD, 90° countersink to 11 at top", 3)
add(978, 4, 'FLANGE OD 110, ID 50, THK 12. 6x Ø9 EQ SP PCD 85.', lambda: drill(ring(110, 50, 12), pcd(6, 85), 9),
    "flange", "ring 110/50 x 12 with 6 holes on 85 PCD", 7)
add(979, 4, 'blk 60x40x20, R5 ALL CORNERS (vertical), Ø8 THRU CENTRE', lambda: drill(plate(60, 40, 20, 5), [(0,0)], 8),
    "block with rounded corners", "vertical edges R5, 8 mm centre hole through the 20 height", 1)
add(980, 4, 'PLATE 100 x 50 x 6\n2 ROWS OF 3 HOLES Ø5.5 THRU, 30 PITCH X, 25 PITCH Y, CENTRED', lambda: drill(plate(100, 50, 6), grid(3, 2, 30, 25), 5.5),
    "plate with 2x3 hole pattern", "6 holes at x = -30/0/30, y = ±12.5", 6)
add(981, 4, 'Block 50x50x25, M6 x 1.0 TAP THRU in centre (Ø5.0 tap drill)', lambda: drill(plate(50, 50, 25), [(0,0)], 5.0),
    "block with tapped hole", "M6 x 1.0 tap drill 5.0 through", 1)
add(982, 4, 'Square bar 30 x 30 x 100 long. 1 x 45° CHAMFER both ends, all 4 edges each end', lambda: chamfer(plate(30, 30, 100).edges().group_by(Axis.Z)[0] + plate(30, 30, 100).edges().group_by(Axis.Z)[-1], 1) if False else chamfer((lambda b: b.edges().group_by(Axis.Z)[0] + b.edges().group_by(Axis.Z)[-1])(plate(30,30,100)), 1),
    "chamfered bar", "1 mm x 45° on the 8 end edges", 0)
add(983, 4, 'spacer Ø20 x 15 LG, Ø10.5 THRU, 0.5 x 45° CHAMFER BOTH ENDS OD', lambda: chamfer(disc(20, 15).edges(), 0.5) - Cylinder(5.25, 100),
    "chamfered spacer", "OD edges chamfered 0.5, bore 10.5 (M10 medium)", 1)
add(984, 4, 'MTG PLATE 120X90X8 R5 ALL CORNERS. 4X Ø9 THRU @ 100X70. Ø40 THRU CTR.', lambda: drill(drill(plate(120, 90, 8, 5), rect4(100, 70), 9), [(0,0)], 40),
    "mounting plate", "4 holes on 100 x 70 rectangle, 40 centre hole, R5 corners", 5)
add(985, 4, 'Ring OD 80 ID 60 T 6, 4x M4 x 0.7 TAP EQ SP PCD 70 (3.3 drill thru)', lambda: drill(ring(80, 60, 6), pcd(4, 70), 3.3),
    "ring with tapped holes", "4 tap-drill holes 3.3 on 70 PCD", 5)
add(986, 4, 'plate 70x40x10: 2x Ø5.5 THRU, C\'BORE Ø10 x 5.4 DP, 50 CRS ON CL', lambda: cbore(plate(70, 40, 10), [(-25,0),(25,0)], 5.5, 10, 5.4, 10),
    "plate with 2 counterbores", "M5 SHCS counterbores, holes at ±25 on centreline", 2)
add(987, 4, 'COVER 90 x 90 x 3, 4x Ø3.4 THRU CSK Ø6.5 x 90° ON 80 SQ', lambda: csk(plate(90, 90, 3), rect4(80, 80), 3.4, 6.5, 3),
    "cover plate with countersunk holes", "countersink depth (6.5-3.4)/2 = 1.55 < 3 thick", 4)
add(988, 4, 'BAR 25 x 10 x 200. 5x Ø6.6 THRU EQ SP, 20 FROM ENDS', lambda: drill(plate(200, 25, 10), [(-80+40*k, 0) for k in range(5)], 6.6),
    "bar with equally spaced holes", "first/last at 20 from ends -> 160 span / 4 = 40 pitch", 5)
add(989, 4, 'disc Ø60 x 10, Ø20 THRU, 8x Ø4.5 EQ SP PCD 45', lambda: drill(drill(disc(60, 10), [(0,0)], 20), pcd(8, 45), 4.5),
    "disc with bolt circle", "centre 20 + 8 holes on 45 PCD", 9)
add(990, 4, 'Plate 40 x 40 x 5, 4x Ø8 THRU ON 40 SQ', None,
    "holes on the plate edges", "a 40 mm hole square on a 40 mm plate puts the hole centres on the edges: the holes break out", imp=True)
add(991, 4, 'standoff HEX 8 A/F x 20 LG, Ø3.4 THRU', lambda: hexprism(8, 20) - Cylinder(1.7, 100),
    "hex standoff", "8 across flats, 20 long, 3.4 bore", 1)
add(992, 4, 'Washer Ø30 / Ø13 x 3, 0.5 x 45° both sides on OD', lambda: chamfer(disc(30, 3).edges(), 0.5) - Cylinder(6.5, 100),
    "chamfered washer", "OD 30, ID 13, 3 thick, 0.5 chamfers on the OD edges", 1)
add(993, 4, 'BLOCK 80 x 30 x 30. 2x Ø8.4 THRU (30 side) 50 CRS. 1 x 45° CHAMFER ALL TOP EDGES', lambda: drill(topchamfer(plate(80, 30, 30), 1), [(-25,0),(25,0)], 8.4),
    "chamfered block with two holes", "holes 8.4 through the 30 height at x = ±25; 1 mm chamfer on top 4 edges", 2)
add(994, 4, 'plt 150x100x12 / 6x Ø11 THRU, 2 ROWS OF 3, 60 x 70 / CBORE Ø18x11 DP', lambda: cbore(plate(150, 100, 12), grid(3, 2, 60, 70), 11, 18, 11, 12),
    "plate with counterbored hole grid", "2 rows of 3: x = -60/0/60, y = ±35; M10 SHCS counterbore 18 x 11 deep", 6)
add(995, 4, 'Bushing Ø16 x Ø10 x 20 LG, 1 x 45° CHAMFER OD BOTH ENDS', lambda: chamfer(disc(16, 20).edges(), 1) - Cylinder(5, 100),
    "chamfered bushing", "OD 16, ID 10, 20 long; 1 mm chamfers on OD edges", 1)
add(996, 4, 'Flange Ø75 x 10, CTR Ø35 THRU, 4x Ø6.6 THRU EQ SP PCD 58 C\'BORE Ø11 x 6.5 DP', lambda: cbore(drill(disc(75, 10), [(0,0)], 35), pcd(4, 58), 6.6, 11, 6.5, 10),
    "flange with counterbored holes", "4 M6 counterbores on 58 PCD, centre bore 35", 5)
add(997, 4, 'PLATE 200 x 120 x 10  R10 ALL CORNERS  4x Ø13.5 THRU  EQ SP 160 x 80', lambda: drill(plate(200, 120, 10, 10), rect4(160, 80), 13.5),
    "base plate", "4 holes on 160 x 80, R10 vertical corners", 4)
add(998, 4, 'Pin Ø6 x 40, 0.5 x 45° CHAMFER BOTH ENDS', lambda: chamfer(disc(6, 40).edges().filter_by(GeomType.CIRCLE), 0.5),
    "dowel-like pin", "two end edges chamfered 0.5", 0)
add(999, 4, 'Block 40 x 40 x 15, Ø10 x 8 DP blind hole in centre of top face', lambda: blind(plate(40, 40, 15), [(0,0)], 10, 8, 15),
    "block with blind hole", "blind hole does not go through: genus 0", 0)
add(1000, 4, 'Bracket plate 90 x 45 x 6, 3x Ø5.5 THRU EQ SP 30, CSK Ø11 x 90°, R3 ALL CORNERS', lambda: csk(plate(90, 45, 6, 3), row(3, 30), 5.5, 11, 6),
    "bracket plate with countersunk row", "3 holes at x = -30/0/30 on centreline, 90° countersink to 11", 3)
