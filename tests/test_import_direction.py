"""The flow reads top to bottom (DESIGN.md): the stage packages sit below the
scheduler (pipeline) and the CLI, and no import, even one inside a function,
goes back up; `models` (the registry) sits below `translate`."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "briefing"
STAGES = ("parallel", "ingest", "events", "brief", "summarise", "translate", "text", "render")
ABOVE = ("briefing.pipeline", "briefing.cli", "briefing.stream")


def module_name(path: Path) -> str:
    parts = ("briefing",) + path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, module: str | None = None) -> set[str]:
    """Every module `path` (module `module`) imports, at the top or inside a
    function, as full names."""
    package = (module or module_name(path)).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            stem = ".".join(base + ([node.module] if node.module else []))
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)  # `from . import pipeline`
    return {name for name in found if name.startswith("briefing")}


def goes_up(name: str) -> bool:
    return any(name == top or name.startswith(top) for top in ABOVE)


def test_the_walker_sees_relative_and_function_level_imports(tmp_path):
    source = tmp_path / "tasks.py"
    source.write_text(
        "from ..records import Article\n"
        "import numpy\n"
        "def clean():\n"
        "    from .. import pipeline\n"
        "    from ..cli_common import x\n"
        "    import briefing.stream\n"
    )
    names = imports(source, "briefing.parallel.tasks")
    assert {"briefing.records", "briefing.pipeline", "briefing.cli_common", "briefing.stream"} <= names
    assert {name for name in names if goes_up(name)} == {
        "briefing.pipeline", "briefing.cli_common", "briefing.cli_common.x", "briefing.stream"
    }


def test_no_stage_module_imports_the_scheduler_or_the_cli():
    offenders = sorted(
        f"{module_name(path)} imports {name}"
        for package in STAGES
        for path in (SRC / package).rglob("*.py")
        for name in imports(path)
        if goes_up(name)
    )
    assert offenders == []


def test_models_and_translate_do_not_import_each_other_both_ways():
    models = imports(SRC / "models.py")
    assert not any(name.startswith("briefing.translate") for name in models)
    translate = set().union(*(imports(path) for path in (SRC / "translate").rglob("*.py")))
    assert "briefing.models" in translate  # the direction kept: translate resolves names with the registry
