"""Start-up time of the ``sitrep`` command line: how long until it answers.

Measures, over ``--repeat`` runs each, the best and the median wall time of the whole process,
from the spawn to its exit, with the installed ``sitrep`` entry point run from a scratch folder:

* ``python -c pass``: the interpreter alone, the baseline every figure is divided by;
* ``sitrep --help``;
* ``sitrep reports`` on a database holding one replayed crawl of midilibre;
* ``sitrep crawl -s midilibre``: until its first request reaches the server (a replay
  server in its own process, sent there with ``--set SITREP_REPLAY_URL``; the process is
  then killed), on a copy of that database (schema at head: no migration).

Then, without timing, which of the heavy libraries each of the first two commands imported
(``sys.modules`` at exit) and how many modules in all, and whether sitrep's own modules have
their bytecode cached (``__pycache__``, as an installed sitrep does; not when they are only ever
run with ``PYTHONDONTWRITEBYTECODE=1``: then they are compiled at every start). The last line
is ``key=value`` pairs.

    python benchmarks/cli_startup.py              # 5 runs each, about a minute
    python benchmarks/cli_startup.py --repeat 10

The ``x python -c pass`` column and the ``_x`` pairs divide the best times.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._harness import REPO, replay_server

SITREP = Path(sys.executable).with_name("sitrep")
HEAVY = ("scrapy", "twisted", "lxml", "trafilatura", "ftfy", "sqlalchemy", "alembic", "rich")
# Runs the CLI as the entry point does and prints, at exit, the names of the loaded modules.
PROBE = (
    "import atexit, json, sys\n"
    "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
    "from crawler.cli import main\n"
    "sys.argv = ['sitrep', *sys.argv[1:]]\n"
    "main()\n"
)


def runs_of(repeat: int, run: Callable[[], float]) -> list[float]:
    """The seconds of ``repeat`` runs."""
    return [run() for _ in range(repeat)]


def wall(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    completed = subprocess.run(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {completed.stderr[-2000:]}")
    return seconds


@contextmanager
def children_quiet() -> Iterator[None]:
    """Processes started meanwhile write their stderr to /dev/null (the replay server's
    handler prints the connection reset by each killed crawl)."""
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def first_request(template: Path, served, env: dict[str, str], work: Path) -> float:  # type: ignore[no-untyped-def]
    """Seconds from spawning ``sitrep crawl`` to the first answer of the replay server."""
    database = work / "first-request.db"
    shutil.copyfile(template, database)
    before = len(served.answer_times())
    command = [
        str(SITREP),
        "--db",
        f"sqlite:///{database}",
        "crawl",
        "-s",
        "midilibre",
        "--set",
        f"SITREP_REPLAY_URL={served.url}",
    ]
    started_at = time.time()
    process = subprocess.Popen(
        command, env=env, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while True:
            answers = served.answer_times()
            if len(answers) > before:
                return answers[before] - started_at
            if process.poll() is not None:
                raise SystemExit(f"sitrep crawl ended (exit {process.returncode}) before a request")
            if time.time() - started_at > 60:
                raise SystemExit("sitrep crawl sent no request within 60 s")
            time.sleep(0.002)
    finally:
        process.kill()
        process.wait()
        for leftover in work.glob("first-request.db*"):
            leftover.unlink()


def loaded(arguments: list[str], env: dict[str, str], cwd: Path) -> tuple[int, list[str]]:
    """How many modules ``sitrep ARGUMENTS`` imported, and which of :data:`HEAVY`."""
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    modules = json.loads(completed.stderr.strip().splitlines()[-1])
    return len(modules), [name for name in HEAVY if name in modules]


def bytecode_cached() -> bool:
    """Whether the ``crawler.cli`` the entry point imports has its compiled bytecode on disk."""
    origin = importlib.util.find_spec("crawler.cli").origin  # type: ignore[union-attr]
    return Path(importlib.util.cache_from_source(str(origin))).is_file()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="Runs of each command (best kept).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitrep-startup-") as scratch:
        work = Path(scratch)
        template = work / "reports.db"
        env = {**os.environ, "SITREP_DATABASE_URL": f"sqlite:///{template}"}
        env.pop("SITREP_DEBUG", None)
        subprocess.run(
            [str(SITREP), "crawl", "--replay", "-s", "midilibre"],
            env=env,
            cwd=work,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        samples = {
            "python_pass": runs_of(
                args.repeat, lambda: wall([sys.executable, "-c", "pass"], env, work)
            ),
            "help": runs_of(args.repeat, lambda: wall([str(SITREP), "--help"], env, work)),
            "reports": runs_of(args.repeat, lambda: wall([str(SITREP), "reports"], env, work)),
        }
        with ExitStack() as stack:
            with children_quiet():
                served = stack.enter_context(replay_server(REPO / "tests" / "sites", work))
            samples["crawl_first_request"] = runs_of(
                args.repeat, lambda: first_request(template, served, env, work)
            )
        modules = {
            name: loaded(arguments, env, work)
            for name, arguments in (
                ("help", ["--help"]),
                ("reports", ["reports"]),
            )
        }
    timings = {name: min(seconds) for name, seconds in samples.items()}
    medians = {name: statistics.median(seconds) for name, seconds in samples.items()}
    baseline = timings["python_pass"]
    cached = bytecode_cached()
    print(f"sitrep's bytecode cached: {'yes' if cached else 'no (compiled at every start)'}")
    print(f"{'command':<28} {'best s':>7} {'median s':>9} {'x python -c pass':>17}")
    for name, seconds in timings.items():
        print(f"{name:<28} {seconds:7.3f} {medians[name]:9.3f} {seconds / baseline:17.1f}")
    for name, (count, heavy) in modules.items():
        print(f"sitrep {name}: {count} modules imported; heavy: {', '.join(heavy) or 'none'}")
    pairs = [f"{name}_s={seconds:.3f}" for name, seconds in timings.items()]
    pairs += [f"{name}_median_s={seconds:.3f}" for name, seconds in medians.items()]
    pairs += [
        f"{name}_x={seconds / baseline:.1f}"
        for name, seconds in timings.items()
        if name != "python_pass"
    ]
    pairs += [f"{name}_modules={count}" for name, (count, _) in modules.items()]
    print(f"repeat={args.repeat} bytecode={'yes' if cached else 'no'} " + " ".join(pairs))


if __name__ == "__main__":
    main()
