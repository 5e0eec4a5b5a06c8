"""The package graph of khobor has no cycle, and every package imports alone.

Every module under src/khobor is parsed with `ast`; each import (at module level, inside a
function or under `if TYPE_CHECKING:`, absolute or relative) becomes an edge between the
top-level units of khobor it links: a package (`khobor.ner`, `khobor.actors`, ...) or a
top-level module (`khobor.pipeline`, `khobor.cli`, ...). An import hidden inside a function is
still a dependency: it only moves the failure from import time to the first call.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT = SRC / "khobor"


def module_name(path: Path) -> str:
    """The dotted name of a source file: src/khobor/ner/model.py -> "khobor.ner.model"."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def unit_of(dotted: str) -> str | None:
    """The top-level unit a dotted name belongs to: "khobor.ner.model" -> "ner"; None outside."""
    parts = dotted.split(".")
    if parts[0] != "khobor" or len(parts) < 2:
        return None
    return parts[1]


def is_unit(name: str) -> bool:
    """Whether khobor.NAME is a package or module of its own (not a name defined in khobor/__init__)."""
    return (ROOT / name / "__init__.py").exists() or (ROOT / f"{name}.py").exists()


def resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute module a `from ... import` names: in khobor.ner.model, `from .x` -> khobor.ner.x."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imported_names(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """Every khobor module an import statement may load (`from khobor import ner` loads khobor.ner)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        target = resolve(node, module, is_package)
        if target == "khobor":  # `from khobor import __version__` names no unit
            return [f"khobor.{alias.name}" for alias in node.names if is_unit(alias.name)]
        return [target]
    return []


def import_edges() -> dict[tuple[str, str], list[str]]:
    """(from unit, to unit) -> the places ("ner/gazetteer.py:12") where the first imports the second."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(ROOT.rglob("*.py")):
        module = module_name(path)
        source = unit_of(module)
        if source is None:  # khobor/__init__.py belongs to no unit
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            for name in imported_names(node, module, path.name == "__init__.py"):
                target = unit_of(name)
                if target is not None and target != source:
                    edges[(source, target)].append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return edges


def shortest_path(graph: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    """Breadth-first path start -> goal, e.g. ["extract", "pipeline", "ner"]; None when none exists."""
    previous: dict[str, str | None] = {start: None}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(graph.get(node, ())):
                if nxt in previous:
                    continue
                previous[nxt] = node
                if nxt == goal:
                    path = [goal]
                    while previous[path[-1]] is not None:
                        path.append(previous[path[-1]])
                    return path[::-1]
                following.append(nxt)
        frontier = following
    return None


def find_cycles(edges: dict[tuple[str, str], list[str]]) -> list[str]:
    """One line per cycle: "ner -> extract -> ner via ner/gazetteer.py:12, extract/actors.py:30".

    Every edge that lies on a cycle is reported in the shortest cycle through it; a cycle
    reached from several of its edges is listed once.
    """
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
    seen: set[tuple[str, ...]] = set()
    lines = []
    for a, b in sorted(edges):
        back = shortest_path(graph, b, a)
        if back is None:
            continue
        cycle = [a] + back  # a -> b -> ... -> a
        ring = cycle[:-1]
        turn = ring.index(min(ring))
        key = tuple(ring[turn:] + ring[:turn])
        if key in seen:
            continue
        seen.add(key)
        places = [edges[(x, y)][0] for x, y in zip(cycle, cycle[1:])]
        lines.append(" -> ".join(cycle) + " via " + ", ".join(places))
    return lines


def module_path(dotted: str) -> Path | None:
    """The file of a khobor module or package: "khobor.ner.model" -> src/khobor/ner/model.py; None if absent."""
    base = SRC.joinpath(*dotted.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.exists():
            return path
    return None


def top_level_names(path: Path) -> set[str] | None:
    """The names a module binds at its top level (also under if/try); None when it defines a
    module __getattr__ (any name may then exist)."""
    names: set[str] = set()
    body = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while body:
        node = body.pop()
        if isinstance(node, (ast.If, ast.Try)):
            body += node.body + node.orelse + getattr(node, "finalbody", [])
            body += [s for h in getattr(node, "handlers", []) for s in h.body]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return None if "__getattr__" in names else names


def missing_imports() -> list[str]:
    """Every import of a khobor module or name that does not exist: "pipeline.py:20 khobor.extract.actors"."""
    problems = []
    for path in sorted(ROOT.rglob("*.py")):
        module = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                problems += [f"{where} {a.name}" for a in node.names
                             if a.name.startswith("khobor") and module_path(a.name) is None]
            elif isinstance(node, ast.ImportFrom):
                target = resolve(node, module, path.name == "__init__.py")
                if not target.startswith("khobor"):
                    continue
                found = module_path(target)
                if found is None:
                    problems.append(f"{where} {target}")
                    continue
                defined = top_level_names(found)
                problems += [f"{where} {target}.{a.name}" for a in node.names
                             if a.name != "*" and defined is not None and a.name not in defined
                             and module_path(f"{target}.{a.name}") is None]
    return problems


def units() -> list[str]:
    """Every top-level package and module of khobor, by name."""
    names = []
    for entry in sorted(ROOT.iterdir()):
        if entry.is_dir() and (entry / "__init__.py").exists():
            names.append(entry.name)
        elif entry.suffix == ".py" and entry.name != "__init__.py":
            names.append(entry.stem)
    return names


def test_the_package_graph_has_no_cycle():
    cycles = find_cycles(import_edges())
    assert not cycles, "import cycles between khobor's packages:\n" + "\n".join(cycles)


def test_the_graph_sees_imports_inside_functions_and_relative_ones():
    """The finder itself: a cycle made only of a relative import and one inside a function is found."""
    edges = {("ner", "extract"): ["ner/gazetteer.py:12"], ("extract", "ner"): ["extract/a.py:3"]}
    assert find_cycles(edges) == ["extract -> ner -> extract via extract/a.py:3, ner/gazetteer.py:12"]
    tree = ast.parse("def f():\n    from ..extract import actors\n")
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom))
    assert resolve(node, "khobor.ner.gazetteer", False) == "khobor.extract"
    assert resolve(node, "khobor.ner", True) == "khobor.extract"
    assert unit_of("khobor.extract.eventcoding.roles") == "extract"
    assert find_cycles({("a", "b"): ["a.py:1"], ("b", "c"): ["b.py:1"]}) == []


def test_the_real_graph_is_not_empty():
    """A graph that finds no edge would pass the cycle test for the wrong reason."""
    edges = import_edges()
    assert ("cli", "pipeline") in edges
    assert ("store", "record") in edges


def test_every_import_names_a_module_or_name_that_exists():
    """A moved module leaves no stale import behind, not even one inside a function that only
    runs on a rare path (`from ..extract.actors import get_registry` after the move to actors/)."""
    missing = missing_imports()
    assert not missing, "imports of khobor modules or names that do not exist:\n" + "\n".join(missing)


def test_the_stale_import_finder_sees_a_missing_module_and_a_missing_name():
    assert module_path("khobor.actors.link") is not None and module_path("khobor.extract.actors") is None
    names = top_level_names(ROOT / "actors" / "link.py")
    assert "get_registry" in names and "run" in names and "no_such_name" not in names


@pytest.mark.parametrize("unit", units())
def test_each_package_imports_alone(unit):
    env = {**os.environ, "PYTHONPATH": str(SRC), "OMP_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", f"import khobor.{unit}"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, f"import khobor.{unit} alone failed:\n{result.stderr[-2000:]}"
