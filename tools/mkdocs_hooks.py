"""mkdocs hooks: serve generated benchmark results as part of the site.

``guardrail bench results out/default --out benchmarks/RESULTS.md`` writes
``benchmarks/RESULTS.md`` and its plots (``benchmarks/results/*.png``). The site shows those
very files at the same relative paths (``benchmarks/RESULTS.md``,
``benchmarks/results/<plot>.png``) instead of copies in ``docs/``, so a figure or a number in
the docs can only come from the command that generated it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ("benchmarks/RESULTS.md", "benchmarks/results/*.png")


def on_files(files: Files, config: Any) -> Files:
    for pattern in GENERATED:
        for path in sorted(ROOT.glob(pattern)):
            uri = path.relative_to(ROOT).as_posix()
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
