"""The Streamlit shell's building blocks, shared by the pages in `pages/`.

`format` turns results into short display strings (pure, testable without Streamlit),
`state` holds what a browser session is looking at, `actions` runs the pipeline with a
visible progress box, `components` draws a run (preview, facts, downloads, notices),
`engine` reports where generation comes from and how it is sandboxed, and `safe` keeps
a failure on a page to one sentence and a retry button.
"""
