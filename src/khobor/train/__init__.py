"""Training entry points that need the whole pipeline (and the gold corpus's dev split), so they
sit above it: `khobor train events` (events.py), the dev-split threshold (threshold.py) and the
training examples run through the stages before events (events_training.py). The engines they
train live below (khobor.events); nothing below imports this package."""
