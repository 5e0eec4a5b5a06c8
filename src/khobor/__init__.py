"""khobor: raw news articles in, auditable records of who did what to whom out."""
__version__ = "0.1.0"
