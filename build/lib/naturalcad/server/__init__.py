"""The hosted NaturalCAD backend: the same pipeline behind an HTTP API."""
