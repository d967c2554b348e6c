"""NaturalCAD: describe a part in plain English, get a real build123d solid back."""

__version__ = "0.1.0"
