"""docs/sources.md is generated from the registry and the golden files, and kept current."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from crawler.cli import cli
from crawler.devtools.table import REGENERATE, sources_markdown
from crawler.sources import all_sources

from .conftest import TESTS
from .golden_check import GOLDEN, golden_files

TABLE = TESTS.parent / "docs" / "sources.md"


def test_docs_sources_table_is_current() -> None:
    current = sources_markdown(all_sources(), GOLDEN)
    written = TABLE.read_text("utf-8") if TABLE.is_file() else ""
    assert written == current, f"docs/sources.md is stale: regenerate it with `{REGENERATE}`"


def test_sources_markdown_command_prints_or_writes_the_table(tmp_path: Path) -> None:
    runner = CliRunner()
    printed = runner.invoke(cli, ["sources", "--markdown"])
    assert printed.exit_code == 0
    target = tmp_path / "sources.md"
    written = runner.invoke(cli, ["sources", "--markdown", "-o", str(target)])
    assert written.exit_code == 0 and written.output == ""
    assert printed.output == target.read_text("utf-8")
    rows = [line for line in printed.output.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) == len(all_sources())
    for source, row in zip(all_sources(), rows, strict=True):
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert cells[1] == f"`{source.slug}`"
        assert cells[-1] == str(len(golden_files(source.slug)))
