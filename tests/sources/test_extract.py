"""Response handling: code out of fences or prose, and the fixes that need no judgement."""

from __future__ import annotations

import ast

from naturalcad.sandbox.guard import check
from naturalcad.sources.extract import extract_code, handle_reply, normalize

SCRIPT = """from build123d import *

length = 60.0  # mm
with BuildPart() as part:
    Box(length, 40, 10)

result = part.part
"""


def test_fenced_python_block_with_prose_around():
    reply = f"Sure! Here is the part.\n\n```python\n{SCRIPT}```\n\nThe box is 60 mm long."
    assert extract_code(reply) == (SCRIPT, False)


def test_unfenced_reply_drops_leading_and_trailing_prose():
    reply = f"Here is a script for your part:\n{SCRIPT}\nThis creates a 60 mm box.\nLet me know!"
    code, truncated = extract_code(reply)
    assert code == SCRIPT and not truncated


def test_plain_fence_and_tilde_fence():
    assert extract_code(f"```\n{SCRIPT}```")[0] == SCRIPT
    assert extract_code(f"~~~py\n{SCRIPT}~~~")[0] == SCRIPT


def test_best_block_wins_over_usage_snippets():
    reply = f"Install first:\n```bash\npip install build123d\n```\n```python\n{SCRIPT}```\nThen:\n```python\nprint(result.volume)\n```"
    assert extract_code(reply)[0] == SCRIPT


def test_script_told_in_steps_is_joined():
    reply = ("First the parameters:\n```python\nfrom build123d import *\n\nlength = 60.0\n```\n"
             "Then the body:\n```python\nwith BuildPart() as part:\n    Box(length, 40, 10)\n\nresult = part.part\n```")
    code, _ = extract_code(reply)
    assert "length = 60.0" in code and "result = part.part" in code
    ast.parse(code)


def test_think_tags_are_dropped():
    reply = f"<think>The user wants a box. Box(1, 2) maybe? ```python\nBox(1)\n```</think>\n```python\n{SCRIPT}```"
    assert extract_code(reply)[0] == SCRIPT


def test_cut_off_reply_is_flagged():
    reply = "```python\nfrom build123d import *\nwith BuildPart() as part:\n    Box(10, 10"
    code, truncated = extract_code(reply)
    assert truncated and code.startswith("from build123d import *")


def test_no_code_at_all():
    assert handle_reply("I'm sorry, I can't help with that.").code is None
    assert handle_reply("").code is None


def test_alias_import_is_unwrapped():
    code, fixes = normalize("import build123d as bd\n\nbox = bd.Box(10, 20, 30)\nresult = box\n")
    assert code.startswith("from build123d import *\n") and "bd." not in code and "Box(10, 20, 30)" in code
    assert check(code) == [] and fixes


def test_partial_import_becomes_star_import():
    code, fixes = normalize("from build123d import Box, Cylinder\nresult = Box(1, 2, 3) - Pos(1, 0, 0) * Cylinder(0.2, 3)\n")
    assert code.splitlines()[0] == "from build123d import *" and "Box, Cylinder" not in code and fixes


def test_missing_import_is_added_after_docstring():
    code, fixes = normalize('"""A box."""\nresult = Box(1, 2, 3)\n')
    assert code.splitlines()[:2] == ['"""A box."""', "from build123d import *"] and fixes


def test_viewer_and_export_calls_are_removed():
    script = ("from build123d import *\nfrom ocp_vscode import show, set_port\nset_port(3939)\n"
              "result = Box(1, 2, 3)\nshow(result)\nexport_stl(result, 'out.stl')\nresult.export_step('x.step')\n"
              "if __name__ == '__main__':\n    show_object(result)\n")
    code, fixes = normalize(script)
    assert code.strip() == "from build123d import *\nresult = Box(1, 2, 3)"
    assert check(code) == [] and len(fixes) == 2


def test_main_guard_with_real_code_is_kept():
    script = "from build123d import *\nif __name__ == '__main__':\n    result = Box(1, 2, 3)\n    show(result)\n"
    code, _ = normalize(script)
    assert "result = Box(1, 2, 3)" in code and "show(" not in code
    ast.parse(code)


def test_diameter_keyword_becomes_radius():
    code, fixes = normalize("from build123d import *\nd = 8.0\nresult = Cylinder(diameter=d, height=10) - Sphere(diameter=d + 1)\n")
    assert "Cylinder(radius=d / 2, height=10)" in code and "Sphere(radius=(d + 1) / 2)" in code
    assert any("radius" in f for f in fixes)


def test_short_keywords_become_full_names():
    code, _ = normalize("from build123d import *\nresult = Cylinder(r=4, h=10)\n")
    assert "Cylinder(radius=4, height=10)" in code


def test_extrude_with_a_number_gets_amount():
    script = ("from build123d import *\nthickness = 6.0\nwith BuildPart() as part:\n    with BuildSketch():\n"
              "        Rectangle(10, 20)\n    extrude(thickness)\nresult = part.part\n")
    code, _ = normalize(script)
    assert "extrude(amount=thickness)" in code


def test_extrude_with_a_sketch_is_left_alone():
    script = "from build123d import *\nsk = Rectangle(10, 20)\nresult = extrude(sk, 5)\n"
    assert normalize(script)[0] == script


def test_missing_result_uses_the_builder():
    code, fixes = normalize("from build123d import *\nwith BuildPart() as bracket:\n    Box(10, 20, 30)\n")
    assert code.rstrip().endswith("result = bracket.part") and fixes


def test_missing_result_for_a_sketch_output():
    script = "from build123d import *\nwith BuildSketch() as profile:\n    Circle(5)\n"
    code, _ = normalize(script, "2d_vector")
    assert code.rstrip().endswith("result = profile.sketch")


def test_missing_result_uses_a_named_shape():
    code, _ = normalize("from build123d import *\nsize = 10\npart = Box(size, size, size)\nhole = Cylinder(2, size)\npart = part - hole\n")
    assert code.rstrip().endswith("result = part")


def test_clean_script_is_unchanged():
    code, fixes = normalize(SCRIPT)
    assert code == SCRIPT and fixes == []


def test_handling_never_breaks_a_script_that_parses():
    replies = [SCRIPT, "import build123d as b\nwith b.BuildPart() as p:\n    b.Box(1, 1, 1)\n",
               "from build123d import *\nx = Cylinder(diameter=2 * (3 + 1), height=1)\n"]
    for reply in replies:
        handled = handle_reply(reply)
        ast.parse(handled.code)
