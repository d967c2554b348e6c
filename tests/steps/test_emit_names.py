"""Parameter names in a step script are Python names, whatever words the part was named with."""
import ast

import pytest

from naturalcad.steps.emit import identifier
from naturalcad.steps.generate import generate_steps


@pytest.mark.parametrize("words, name", [("round bar", "round_bar"), ("Round-Bar", "round_bar"),
                                         ("2nd boss", "part_2nd_boss"), ("class", "part_class"), ("  ", "size")])
def test_identifier(words, name):
    assert identifier(words) == name


def test_a_part_named_in_two_words_gives_a_script_that_parses():
    made = generate_steps("Make a solid round bar 1.5 inches in diameter and 3 inches long. "
                          "Drill a 0.25 inch diameter hole through its centre.")
    assert made is not None
    tree = ast.parse(made.code)
    names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)]
    assert "round_bar_diameter" in names and "round_bar_height" in names
    assert all(name.isidentifier() for name in names)
