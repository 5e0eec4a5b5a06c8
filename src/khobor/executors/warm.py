"""Imported by the process executor's fork server (and only there): the models, the registry and
the event coders load once in it, and every worker forked from it starts with them in memory."""
from ..pipeline import warm_up

warm_up()
