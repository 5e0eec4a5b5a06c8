"""Running the pipeline over many inputs into a store: `ingest` (checkpointed, resumable, on any
executor of `khobor.executors`) and the tally it reports."""
