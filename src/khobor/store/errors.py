"""The one exception the store raises for things a user can act on (bad path, a file that is not
a khobor database, a database newer than this khobor, an ambiguous id prefix)."""
from __future__ import annotations


class StoreError(Exception):
    """A store problem with a message meant for the person running khobor."""
