"""No import cycle anywhere in explorer/: none between modules, and none between the parts of any
package at any depth (a package's part is a module or a subpackage with everything inside it).

A cycle is where a newcomer cannot tell which side to read first, and where a layer contract stops
meaning anything. grimp (installed with import-linter) sees every import, the late ones inside
functions too.
"""

from __future__ import annotations

import sys

import grimp
import pytest


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("explorer")


def cycles(nodes, edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of nodes that reach each other (Tarjan's strongly connected components of more than one)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for node in sorted(nodes):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return sorted(found)


def module_edges(graph) -> dict[str, set[str]]:
    return {module: graph.find_modules_directly_imported_by(module) & graph.modules for module in graph.modules}


def part_edges(graph, package: str, edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """Imports between the parts of `package`, each part standing for everything inside it."""
    parts = graph.find_children(package)

    def part_of(module: str) -> str | None:
        return next((part for part in parts if module == part or module.startswith(part + ".")), None)

    between: dict[str, set[str]] = {}
    for module, targets in edges.items():
        source = part_of(module)
        if source is None:
            continue
        for target in targets:
            other = part_of(target)
            if other is not None and other != source:
                between.setdefault(source, set()).add(other)
    return between


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a", "b", "c", "d"}, {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a", "b"}, {"a": {"b"}}) == []


def test_no_cycle_between_modules(graph):
    assert cycles(graph.modules, module_edges(graph)) == []


def test_no_cycle_between_the_parts_of_any_package(graph):
    edges = module_edges(graph)
    found = {}
    for package in sorted(graph.modules):
        if graph.find_children(package):
            between = cycles(graph.find_children(package), part_edges(graph, package, edges))
            if between:
                found[package] = between
    assert found == {}
