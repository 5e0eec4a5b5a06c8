"""The actor registry: who is who, in English and Bengali, and what role they held when.

    build.py     `khobor actors build`: Phoenix dictionaries + CLDR + our overlay -> data/actors/registry.jsonl
    model.py     ActorRecord / Role: one registry line, date-aware country and sector
    keys.py      alias normalisation (NFC, case folding, hyphen/space folding, ending stripping)
    registry.py  Registry: alias, role and fuzzy indexes; resolve(name, lang, date)
    scan.py      gazetteer scan of article text (prefix dict over word tokens, longest match)
    cli.py       `khobor actors show NAME` / `khobor actors build`
"""
