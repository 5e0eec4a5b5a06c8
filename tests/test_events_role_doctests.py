"""The examples in events/roles.py's docstrings run (RoleGrammar's three failed unseen for several
rounds: they built the grammar by position, and new fields broke them)."""
import doctest

import khobor.events.roles as roles


def test_role_docstring_examples_hold():
    result = doctest.testmod(roles, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 3 and result.failed == 0
