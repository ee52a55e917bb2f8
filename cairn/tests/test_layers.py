"""The apps' imports point down the layers, and no modules import each other in a circle.

lib <- accounts <- plans <- imports / reviews <- indicators / death reviews <- reports <- api

An app may import from its own layer's modules and from the layers below it; apps on one
layer (imports and reviews, say) do not import each other. Imports inside functions count:
hiding an import in a function does not change what depends on what. Tests and migrations
are left out (the shared fixtures build a whole partnership). A new app fails this test until
it is given a layer here. When a lower layer needs something from a higher one, move the
thing that spans layers up, or pass a function in.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1]
LAYERS: dict[str, int] = {
    "lib": 0,
    "accounts": 1,
    "plans": 2,
    "imports": 3,
    "reviews": 3,
    "indicators": 4,
    "deathreviews": 4,
    "death_reviews": 4,
    "reports": 5,
    "api": 6,
}
TOP = 99
"""cairn/urls.py, settings, the command-line entry point: above every app."""


TOP_MODULES = {p.stem for p in PACKAGE.glob("*.py")}


def layer_of(module: str) -> int:
    parts = module.split(".")
    if len(parts) < 2 or parts[1] in TOP_MODULES:
        return TOP
    return LAYERS.get(parts[1], -1)


def source_modules() -> dict[str, Path]:
    """{dotted name: path} of every module of the package but tests and migrations."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        if {"tests", "migrations"} & set(relative.parts):
            continue
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported_modules(module: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `module` imports, anywhere in the file."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from cairn.imports import views` imports the module cairn.imports.views;
            # `from cairn.imports.views import start` the module cairn.imports.views.
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                names.add(submodule if submodule in known else base)
    return {name for name in names if name in known}


def import_graph() -> dict[str, set[str]]:
    modules = source_modules()
    known = set(modules)
    return {name: imported_modules(name, path, known) - {name} for name, path in modules.items()}


def test_every_app_has_a_layer():
    apps = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    apps -= {"tests", "static", "templates"}
    missing = sorted(apps - set(LAYERS))
    assert not missing, f"Give these apps a layer in {__file__}: {missing}"


def test_imports_point_down_the_layers():
    upward = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in sorted(import_graph().items())
        for target in sorted(targets)
        if module.split(".")[1:2] != target.split(".")[1:2] and layer_of(target) >= layer_of(module)
    ]
    assert not upward, "Imports that run up or across the layers:\n" + "\n".join(upward)


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_modules_import_each_other_in_a_circle():
    found = circles(import_graph())
    assert not found, "Modules that import each other: " + "; ".join(map(" <-> ".join, found))


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set()}, []),
    ],
)
def test_circles_are_found(graph, expected):
    assert circles(graph) == expected


def test_an_upward_import_is_seen(tmp_path):
    """The checker itself: a function-level import of plans from accounts is found."""
    source = tmp_path / "access.py"
    source.write_text("def f():\n    from cairn.plans.models import Plan\n    return Plan\n")
    found = imported_modules("cairn.accounts.access", source, {"cairn.plans.models"})
    assert found == {"cairn.plans.models"}
    assert layer_of("cairn.plans.models") > layer_of("cairn.accounts.access")
