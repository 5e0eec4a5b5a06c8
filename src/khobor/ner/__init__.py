"""Named-entity recognition: training-data harmonisation (harmonise), training (train), the
shipped models and tagging pre-tokenised text (model), scoring (evaluate) and the CLI (cli).
The pipeline stage that uses the models is khobor.ner.entities."""
