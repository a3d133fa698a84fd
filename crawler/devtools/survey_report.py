"""The report of ``sitrep check --all --save DIR``: per source, what works and what drifted."""

from __future__ import annotations

import datetime as dt
from typing import Any


def _cell(text: Any) -> str:
    return str(text).replace("|", r"\|").replace("\n", " ")


def report_data(
    entries: list[dict[str, Any]], *, checked_at: dt.datetime, replay: bool
) -> dict[str, Any]:
    """``report.json``: when, against what, and one entry per source (survey + saved files)."""
    with_report = sum(1 for e in entries if e["ok"])
    return {
        "checked_at": checked_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "against": "replay" if replay else "live",
        "sources": len(entries),
        "with_report": with_report,
        "drifted": sorted(e["source"] for e in entries if e["drift"]),
        "results": entries,
    }


def report_markdown(data: dict[str, Any]) -> str:
    """``report.md``: a summary table, then one section per source."""
    lines = [
        f"# sitrep check: {data['against']} sites, {data['checked_at']}",
        "",
        f"{data['sources']} sources checked, {data['with_report']} yielded a report; "
        f"drift in {len(data['drifted'])}: {', '.join(data['drifted']) or 'none'}.",
        "",
        "Pages are saved under `sites/` (with `.http` sidecars), draft golden files "
        '(`"reviewed": false`) under `golden/`: review them before copying them into `tests/`.',
        "",
        "| Source | Report | Report date | Drift | Saved pages | Draft golden |",
        "|---|---|---|---|---|---|",
    ]
    for entry in data["results"]:
        report = entry["report"] or {}
        date = report.get("fields", {}).get("report_date", {}).get("value") or "-"
        cells = [
            f"`{entry['source']}`",
            "yes" if entry["ok"] else "**NO**",
            date,
            str(len(entry["drift"])) if entry["drift"] else "-",
            str(len(entry.get("saved", []))),
            f"`{entry['golden']}`" if entry.get("golden") else "-",
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    for entry in data["results"]:
        lines += ["", f"## {entry['source']}", ""]
        report = entry["report"]
        if report:
            lines.append(f"Newest report: <{report['url']}> (series `{report['series']}`)")
            lines.append("")
        for title, items in (
            ("What drifted", entry["drift"]),
            ("What works", entry["works"]),
            ("Notes", entry["notes"] + entry["problems"]),
        ):
            if items:
                lines += [f"**{title}**", ""] + [f"- {_cell(item)}" for item in items] + [""]
    return "\n".join(lines).rstrip() + "\n"
