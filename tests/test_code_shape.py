"""The events layer stays in small parts: no function in it longer than 60 lines (from its `def`
to its last line) or of a cyclomatic complexity over 20, as radon measures it.

A function that grows past these limits is split into named parts (see events/roles.py for
how the role rules are kept small) rather than the limits raised.
"""
from __future__ import annotations

import ast
from pathlib import Path

from radon.complexity import cc_visit

SRC = Path(__file__).resolve().parents[1] / "src" / "khobor" / "events"
CHECKED = sorted(SRC.glob("*.py"))
MAX_LINES = 60
MAX_COMPLEXITY = 20


def _functions(blocks):
    """Every function radon reports, methods and closures included (radon lists a method both
    on its own and in its class: each is yielded once)."""
    seen = set()

    def walk(blocks):
        for b in blocks:
            if hasattr(b, "methods"):
                yield from walk(b.methods)
                yield from walk(b.inner_classes)
            elif b.lineno not in seen:
                seen.add(b.lineno)
                yield b
                yield from walk(b.closures)
    yield from walk(blocks)


def _last_lines(tree: ast.AST) -> dict[int, int]:
    """def line -> last line of each function (radon's own end line stops at the last
    statement's first line, before a call's closing parenthesis)."""
    return {n.lineno: n.end_lineno for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def oversized(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    last = _last_lines(ast.parse(source))
    out = []
    for f in _functions(cc_visit(source)):
        lines = last.get(f.lineno, f.endline) - f.lineno + 1
        name = f"{f.classname}.{f.name}" if f.classname else f.name
        if lines > MAX_LINES or f.complexity > MAX_COMPLEXITY:
            out.append(f"{path.relative_to(SRC.parent)}:{f.lineno} {name}: {lines} lines, complexity {f.complexity}")
    return out


def test_the_checked_files_exist():
    assert SRC / "coder.py" in CHECKED and SRC / "extraction.py" in CHECKED and all(p.exists() for p in CHECKED)


def test_no_function_over_the_limits():
    found = [line for path in CHECKED for line in oversized(path)]
    assert not found, (f"functions over {MAX_LINES} lines or complexity {MAX_COMPLEXITY}:\n  "
                       + "\n  ".join(found))
