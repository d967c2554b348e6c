"""Write a `Sheet` as SVG (real text, one group per view), PDF (reportlab) and layered DXF (ezdxf).

We draw the sheet ourselves rather than through ExportSVG because ExportSVG turns text into
outlines: a drawing's callouts must stay text (searchable, selectable, and what the tests read).
Each writer writes to the path it is given; `make.py` handles the atomic rename.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .sheet import FONT, LAYERS, Arc, Circle, Fill, Item, Label, Sheet, Stroke

# stroke width (mm) and dash pattern (mm) per layer; the same look in SVG and PDF.
STYLE: dict[str, tuple[float, tuple[float, ...]]] = {
    "outline": (0.5, ()),
    "hidden": (0.3, (2.5, 1.2)),
    "centre": (0.2, (7.0, 1.2, 1.0, 1.2)),
    "dimensions": (0.2, ()),
    "text": (0.2, ()),
    "frame": (0.35, ()),
}
SVG_FONT = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"


def _f(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


# -- SVG --------------------------------------------------------------------------------------
def _svg_item(item: Item, height: float) -> str:
    def pt(p: tuple[float, float]) -> str:
        return f"{_f(p[0])},{_f(height - p[1])}"

    if isinstance(item, Stroke):
        tag = "polygon" if item.closed else "polyline"
        return f'<{tag} points="{" ".join(pt(p) for p in item.points)}"/>'
    if isinstance(item, Fill):
        return f'<polygon points="{" ".join(pt(p) for p in item.points)}" fill="#000" stroke="none"/>'
    if isinstance(item, Circle):
        return f'<circle cx="{_f(item.centre[0])}" cy="{_f(height - item.centre[1])}" r="{_f(item.radius)}"/>'
    if isinstance(item, Arc):
        import math

        (cx, cy), r = item.centre, item.radius
        a0, a1 = math.radians(item.start), math.radians(item.end)
        sweep = (item.end - item.start) % 360.0
        start = (cx + r * math.cos(a0), cy + r * math.sin(a0))
        end = (cx + r * math.cos(a1), cy + r * math.sin(a1))
        return (f'<path d="M {pt(start)} A {_f(r)} {_f(r)} 0 {1 if sweep > 180 else 0} 0 {pt(end)}"/>')
    anchor = {"start": "start", "middle": "middle", "end": "end"}[item.anchor]
    x, y = _f(item.at[0]), _f(height - item.at[1])
    turn = f' transform="rotate({_f(-item.angle)} {x} {y})"' if item.angle else ""
    weight = ' font-weight="bold"' if item.bold else ""
    return (f'<text x="{x}" y="{y}" font-size="{_f(item.height)}" text-anchor="{anchor}"{weight}{turn}>'
            f"{escape(item.text)}</text>")


def svg_text(sheet: Sheet) -> str:
    """The sheet as an SVG document, millimetre units, one `<g>` per view and per layer."""
    w, h = sheet.width, sheet.height
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(w)}mm" height="{_f(h)}mm" viewBox="0 0 {_f(w)} {_f(h)}">',
        f"<title>{escape(sheet.title)}</title>",
        f'<rect x="0" y="0" width="{_f(w)}" height="{_f(h)}" fill="#fff"/>',
    ]
    groups: dict[str, list[Item]] = {}
    for item in sheet.items:
        groups.setdefault(item.group, []).append(item)
    for group, items in groups.items():
        box = sheet.view_boxes.get(group)
        data = f' data-box="{" ".join(_f(v) for v in box)}"' if box else ""
        out.append(f"<g id={quoteattr(group)}{data}>")
        for layer in LAYERS:
            mine = [i for i in items if i.layer == layer]
            if not mine:
                continue
            width, dash = STYLE[layer]
            if layer == "text" or all(isinstance(i, Label) for i in mine):
                attrs = f'fill="#000" stroke="none" font-family="{SVG_FONT}"'
            else:
                attrs = f'fill="none" stroke="#000" stroke-width="{_f(width)}" stroke-linecap="round" stroke-linejoin="round"'
                if dash:
                    attrs += f' stroke-dasharray="{" ".join(_f(d) for d in dash)}"'
                if any(isinstance(i, Label) for i in mine):
                    attrs += f' font-family="{SVG_FONT}"'
            out.append(f'<g class="{layer}" {attrs}>')
            for item in mine:
                if isinstance(item, Label) and layer != "text":
                    out.append(_svg_item(item, h).replace("<text ", '<text fill="#000" stroke="none" ', 1))
                else:
                    out.append(_svg_item(item, h))
            out.append("</g>")
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


# -- PDF --------------------------------------------------------------------------------------
def write_pdf(sheet: Sheet, path: str) -> None:
    """The sheet as a one-page vector PDF at true scale (print at 100 % to measure it)."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(path, pagesize=(sheet.width * mm, sheet.height * mm), pageCompression=1)
    canvas.setTitle(sheet.title)
    canvas.setCreator("NaturalCAD")
    canvas.setAuthor("NaturalCAD")
    canvas.scale(mm, mm)  # draw in millimetres from here on
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for item in sheet.items:
        width, dash = STYLE[item.layer]
        canvas.setLineWidth(width)
        canvas.setDash(list(dash)) if dash else canvas.setDash([])
        if isinstance(item, Stroke):
            path_ = canvas.beginPath()
            path_.moveTo(*item.points[0])
            for p in item.points[1:]:
                path_.lineTo(*p)
            if item.closed:
                path_.close()
            canvas.drawPath(path_, stroke=1, fill=0)
        elif isinstance(item, Fill):
            path_ = canvas.beginPath()
            path_.moveTo(*item.points[0])
            for p in item.points[1:]:
                path_.lineTo(*p)
            path_.close()
            canvas.drawPath(path_, stroke=0, fill=1)
        elif isinstance(item, Circle):
            canvas.circle(item.centre[0], item.centre[1], item.radius, stroke=1, fill=0)
        elif isinstance(item, Arc):
            (cx, cy), r = item.centre, item.radius
            path_ = canvas.beginPath()
            path_.arc(cx - r, cy - r, cx + r, cy + r, startAng=item.start, extent=(item.end - item.start) % 360.0)
            canvas.drawPath(path_, stroke=1, fill=0)
        else:
            canvas.saveState()
            canvas.setFont(FONT + ("-Bold" if item.bold else ""), item.height)
            canvas.translate(*item.at)
            canvas.rotate(item.angle)
            draw = {"start": canvas.drawString, "middle": canvas.drawCentredString, "end": canvas.drawRightString}
            draw[item.anchor](0, 0, item.text)
            canvas.restoreState()
    canvas.showPage()
    canvas.save()


# -- DXF --------------------------------------------------------------------------------------
_DXF_LAYERS = {  # colour (AutoCAD index), linetype
    "outline": (7, "Continuous"),
    "hidden": (8, "DASHED"),
    "centre": (1, "CENTER"),
    "dimensions": (3, "Continuous"),
    "text": (7, "Continuous"),
    "frame": (7, "Continuous"),
}


def write_dxf(sheet: Sheet, path: str) -> None:
    """The sheet in millimetres with one layer per line kind, text as TEXT entities."""
    import ezdxf
    from ezdxf import units
    from ezdxf.enums import TextEntityAlignment

    doc = ezdxf.new("R2010", setup=["linetypes"])  # type: ignore[attr-defined]
    doc.units = units.MM
    doc.header["$MEASUREMENT"] = 1
    doc.header["$LTSCALE"] = 6.0  # ezdxf's patterns are in drawing units: 3 mm dashes on a mm sheet
    for name, (colour, linetype) in _DXF_LAYERS.items():
        doc.layers.add(name, color=colour, linetype=linetype)
    msp = doc.modelspace()
    align = {"start": TextEntityAlignment.BOTTOM_LEFT, "middle": TextEntityAlignment.BOTTOM_CENTER,
             "end": TextEntityAlignment.BOTTOM_RIGHT}
    for item in sheet.items:
        attrs = {"layer": item.layer}
        if isinstance(item, Stroke):
            msp.add_lwpolyline(item.points, close=item.closed, dxfattribs=attrs)
        elif isinstance(item, Fill):
            hatch = msp.add_hatch(color=256, dxfattribs=attrs)
            hatch.paths.add_polyline_path(item.points, is_closed=True)
        elif isinstance(item, Circle):
            msp.add_circle(item.centre, item.radius, dxfattribs=attrs)
        elif isinstance(item, Arc):
            msp.add_arc(item.centre, item.radius, item.start, item.end, dxfattribs=attrs)
        else:
            text = msp.add_text(item.text, height=item.height, rotation=item.angle, dxfattribs=attrs)
            text.set_placement(item.at, align=align[item.anchor])
    doc.saveas(path)
