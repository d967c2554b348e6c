"""Published tables of standard sizes, one module per family of standards, each naming its source.

They are data only (dataclasses and dicts keyed by the designation people write); reading a
prompt with them is `naturalcad.prompt.standards`.
"""
