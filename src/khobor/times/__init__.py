"""Times: time expressions found with the pack's times.yaml grammar (grammar.py) and resolved to
TIMEX3-like values against the publication date (expressions.py, the pipeline stage)."""
