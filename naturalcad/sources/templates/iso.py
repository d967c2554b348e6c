"""Kept for imports from before the move: standard sizes live in `naturalcad.prompt.standards`."""

from ...prompt.standards import MetricSize, known_sizes, metric

__all__ = ["MetricSize", "known_sizes", "metric"]
