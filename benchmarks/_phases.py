"""One measured crawl of the nightly benchmark split into start-up and steady state, and the
spread of repeated measurements.

Start-up is from the process's start to the replay server's first answer to it (imports,
settings, schema, engine start); steady state is the rest of the run, from that first answer
to the process's exit (pages per second of that span, and the CPU the process tree spent over
it per page): a crawl whose extraction lags behind its downloads finishes its pages after the
last answer, so the span ends at the exit, not at the last answer. The tail is from the last
answer to the exit (the pages still waiting for extraction or storage, then shutdown)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, fields

from benchmarks._harness import Measured


@dataclass
class Run:
    """What one crawl cost."""

    label: str
    pages: int  # answers the replay server sent to this crawl (robots.txt included)
    stored: int  # report pages stored (requested, for the bare baseline)
    seconds: float
    cpu_seconds: float
    children_cpu_seconds: float  # of cpu_seconds, spent by child processes (sitrep's workers)
    peak_mb: float
    startup_s: float
    startup_cpu_s: float
    steady_pages_per_s: float
    steady_cpu_ms: float  # CPU ms per page after start-up
    tail_s: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / max(self.pages, 1)

    @property
    def children_cpu_ms(self) -> float:
        return 1000 * self.children_cpu_seconds / max(self.pages, 1)

    @property
    def cores(self) -> float:
        return self.cpu_seconds / self.seconds


def run_of(label: str, measured: Measured, answer_times: list[float], stored: int) -> Run:
    """Split ``measured`` by the times the replay server answered it (all answers of the
    server, of which those within the process's lifetime are kept)."""
    mine = [t for t in answer_times if measured.started_at <= t <= measured.ended_at]
    if len(mine) < 2:
        raise SystemExit(f"{label}: the replay server answered {len(mine)} request(s)")
    first, last = mine[0], mine[-1]
    span = max(measured.ended_at - first, 1e-6)
    startup_cpu = measured.cpu_at(first)
    return Run(
        label=label,
        pages=len(mine),
        stored=stored,
        seconds=measured.seconds,
        cpu_seconds=measured.cpu_seconds,
        children_cpu_seconds=measured.cpu_children_seconds,
        peak_mb=measured.peak_rss_mb,
        startup_s=first - measured.started_at,
        startup_cpu_s=startup_cpu,
        steady_pages_per_s=len(mine) / span,
        steady_cpu_ms=1000 * (measured.cpu_seconds - startup_cpu) / len(mine),
        tail_s=measured.ended_at - last,
    )


def bracketed(before: Run, after: Run) -> Run:
    """One crawl measured before and after another, as one figure: every cost is the mean of
    the two. On a host whose speed drifts, the mean of two runs bracketing the peer's stands
    where the peer ran (a linear drift cancels), where one run before it would not."""
    if before.pages != after.pages:
        raise SystemExit(f"{before.label}: {before.pages} pages, then {after.pages}")
    averaged = {
        field.name: (getattr(before, field.name) + getattr(after, field.name)) / 2
        for field in fields(Run)
        if field.name not in ("label", "pages", "stored")
    }
    return Run(label=before.label, pages=before.pages, stored=after.stored, **averaged)


METRICS = (
    ("pages/s", "pages_per_s", "{:.1f}"),
    ("steady pages/s", "steady_pages_per_s", "{:.1f}"),
    ("start-up s", "startup_s", "{:.2f}"),
    ("start-up CPU s", "startup_cpu_s", "{:.2f}"),
    ("tail s", "tail_s", "{:.2f}"),
    ("CPU ms/page", "cpu_ms", "{:.1f}"),
    ("  of which children", "children_cpu_ms", "{:.1f}"),
    ("steady CPU ms/page", "steady_cpu_ms", "{:.1f}"),
    ("cores used", "cores", "{:.2f}"),
    ("peak PSS MB", "peak_mb", "{:.0f}"),
)


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """``median [min-max]`` (or the value alone when there is one)."""
    if len(values) == 1:
        return fmt.format(values[0])
    low, high = min(values), max(values)
    return f"{fmt.format(statistics.median(values))} [{fmt.format(low)}-{fmt.format(high)}]"


def table(runs: dict[str, list[Run]]) -> str:
    """One line per metric, one column per crawl: median [min-max] over the repeats."""
    labels = list(runs)
    width = max(len(spread([0.0, 1.0], "{:.1f}")) + 6, *(len(label) + 2 for label in labels))
    lines = [f"{'':<20}" + "".join(f"{label:>{width}}" for label in labels)]
    for name, attribute, fmt in METRICS:
        cells = [spread([getattr(run, attribute) for run in runs[label]], fmt) for label in labels]
        lines.append(f"{name:<20}" + "".join(f"{cell:>{width}}" for cell in cells))
    return "\n".join(lines)


def ratios(mine: list[Run], theirs: list[Run], attribute: str) -> list[float]:
    """``mine / theirs`` of one metric, round by round (the runs of a round are paired); rounds
    where ``theirs`` is zero are left out."""
    pairs = [
        (getattr(a, attribute), getattr(b, attribute)) for a, b in zip(mine, theirs, strict=True)
    ]
    return [a / b for a, b in pairs if b]
