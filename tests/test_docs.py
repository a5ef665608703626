"""The documentation site builds with --strict: no broken link, no missing API reference,
no missing snippet (the Mermaid graph and the examples are included from their files)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _mkdocs() -> str:
    found = shutil.which("mkdocs", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("mkdocs is not installed: pip install -e '.[test]' (or '.[docs]')")
    return found


def test_site_builds_strict(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [_mkdocs(), "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
         "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    assert (site / "reference" / "api.html").is_file()
    architecture = (site / "architecture.html").read_text(encoding="utf-8")
    snapshot = (ROOT / "tests" / "pipeline" / "graph.mmd").read_text(encoding="utf-8")
    first_edge = next(line.strip() for line in snapshot.splitlines() if "-->" in line)
    assert 'class="mermaid"' in architecture
    assert first_edge.replace(">", "&gt;") in architecture  # the snapshot, not a copy


def test_every_figure_names_its_command() -> None:
    """Each image in docs/ sits beside the command that produces it."""
    for page in sorted((ROOT / "docs").rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(lines):
            if line.lstrip().startswith("!["):
                nearby = " ".join(lines[index: index + 6])
                assert "guardrail " in nearby and "Produced by" in nearby, (
                    f"{page.relative_to(ROOT)}:{index + 1}: name the command that produces "
                    "this figure beside it")
