"""The 3D viewer in a Streamlit page: an iframe holding the offline vtk.js viewer page.

NaturalCAD's own small component (Streamlit components v2, inline HTML and JavaScript),
in place of stpyvista's: that package imports panel and bokeh at start (some 130 000 Python
objects that every garbage collection then walks) only to hand a page to an iframe, which
is all this does. The iframe keeps stpyvista's id (`stpyvistaframe`), so the page looks the
same to people and to the browser tests.

The vtk.js program is served from this server (`viewer_assets`), so the page sent for each
preview holds only the part's scene; where the program cannot be written, the whole
self-contained page is sent, as before.
"""

from __future__ import annotations

import functools
from typing import Any

from . import viewer_assets

FRAME_ID = "stpyvistaframe"
HTML = f'<div class="naturalcad-viewer"><iframe id="{FRAME_ID}" frameborder="0" allowfullscreen></iframe></div>'
CSS = ".naturalcad-viewer { display: block; width: 100%; line-height: 0; } .naturalcad-viewer iframe { border: 0; }"
# Runs in the app's page each time the data changes: a new page reloads the iframe.
JS = """
export default function (component) {
    const { parentElement, data } = component;
    const frame = parentElement.querySelector("#FRAME_ID");
    frame.height = data.height;
    frame.width = "100%";
    if (frame.dataset.page !== data.digest) {
        frame.dataset.page = data.digest;
        frame.srcdoc = data.html;
    }
    const tidy = () => { const doc = frame.contentDocument; if (doc && doc.body) { doc.body.style.overflow = "hidden"; } };
    frame.addEventListener("load", tidy);
    return () => frame.removeEventListener("load", tidy);
}
""".replace("FRAME_ID", FRAME_ID)


@functools.cache
def _renderer() -> Any:
    import streamlit as st

    return st.components.v2.component("naturalcad.viewer", html=HTML, css=CSS, js=JS, isolate_styles=True)


@functools.cache
def _asset_route() -> str:
    """Serve the program's directory (a components v1 static route) and return its URL path."""
    import streamlit.components.v1 as components_v1
    from streamlit import config

    directory = viewer_assets.cache_directory()
    directory.mkdir(parents=True, exist_ok=True)  # Streamlit serves only a directory that exists
    declared = components_v1.declare_component("vtk_assets", path=str(directory))
    base = (config.get_option("server.baseUrlPath") or "").strip("/")
    return ("/" + base if base else "") + f"/component/{declared.name}/"


def page_for_browser(html: str) -> str:
    """The page as sent: the vtk.js program linked, not inline (the whole page if that fails)."""
    try:
        route = _asset_route()
    except Exception:  # no Streamlit runtime (or a Streamlit without components v1)
        return html
    linked = viewer_assets.linked_page(html, lambda bundle: route + bundle.name)
    return linked[0] if linked is not None else html


def mount(html: str, height: int, key: str) -> None:
    """Show a viewer page in an iframe `height` px tall, as wide as its column."""
    import hashlib

    page = _linked(html)
    digest = hashlib.sha1(page.encode("utf-8")).hexdigest()[:16]
    _renderer()(key=key, data={"html": page, "height": height, "digest": digest})


@functools.lru_cache(maxsize=16)
def _linked(html: str) -> str:
    return page_for_browser(html)
