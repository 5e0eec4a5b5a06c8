"""The gold corpus and `khobor eval`: stand-off gold joined with ../shared at run time, scored per
layer and language with the rules of ../shared/tools/score.py."""
