"""Events: PLOVER event coding. extraction.py is the pipeline stage (candidates -> classifier ->
defaults); the engine beside it (lexicon, roles, coder, classifier, schema of events.yaml). Training
that needs the whole pipeline is in khobor.train."""
