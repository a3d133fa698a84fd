"""Instructions a night costs, this checkout against another revision, counted by callgrind.

Wall and CPU times of a crawl move by 10 % and more from one minute to the next on a shared
machine; the instructions a process executes do not depend on the machine's pace. This
runs the same small generated night (default 5 outlets x 25 days, 125 reports) under
valgrind's callgrind, once or ``--repeat`` times for each tree, in turn, and prints the
instructions of the crawl process and of its extraction workers, then this checkout's
ratios to the other revision's::

    python benchmarks/instructions.py --base HEAD~1
    python benchmarks/instructions.py --base 7e19b40 --repeat 3 --workdir /tmp/instr

The other revision is checked out with ``git worktree`` in the work folder. Both trees are
compiled to bytecode first, so neither pays for compiling inside the count. Only
user-space instructions are counted (no system calls, no waiting): a change that moves work
between threads or into the kernel shows here as nothing. A crawl's batches depend a little
on timing, so repeated counts of the same tree differ by a few tenths of a percent; a
figure smaller than their spread means no measurable change. valgrind must be installed;
a crawl under it runs about 30 times slower (about 40 s a tree here).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import synthetic
from benchmarks._harness import REPO, replay_server, sitrep, synthetic_env
from benchmarks.nightly import crawl_command

TREES = ("crawler", "pipelines", "store", "benchmarks")
_TOTALS = re.compile(r"^(?:totals|summary):\s+(\d+)", re.MULTILINE)


def worktree(base: str, workdir: Path) -> Path:
    """``base`` checked out (detached) under ``workdir``, made again each run."""
    tree = workdir / "base"
    if tree.exists():
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO, check=False)
        shutil.rmtree(tree, ignore_errors=True)
    done = subprocess.run(
        ["git", "worktree", "add", "--detach", str(tree), base],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"cannot check out {base}: {done.stderr.strip()}")
    return tree


def compiled(tree: Path) -> None:
    """Bytecode for ``tree``'s packages, written now (whatever PYTHONDONTWRITEBYTECODE says)."""
    folders = [str(tree / name) for name in TREES if (tree / name).is_dir()]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], cwd=tree, check=True)


def counted(tree: Path, served: str, outlets: int, workdir: Path) -> tuple[int, int]:
    """Instructions of one night crawled by ``tree``: (crawl process, its workers)."""
    database = workdir / "night.db"
    for path in (database, *workdir.glob("night.db-*")):
        path.unlink(missing_ok=True)
    env = {**os.environ, **synthetic_env(outlets), "PYTHONPATH": str(tree)}
    command = crawl_command(f"sqlite:///{database}", served, outlets)
    upgrade = sitrep("--db", f"sqlite:///{database}", "db", "upgrade")
    subprocess.run(upgrade, cwd=tree, env=env, check=True, capture_output=True)
    counts = workdir / "callgrind"
    shutil.rmtree(counts, ignore_errors=True)
    counts.mkdir()
    crawl = subprocess.Popen(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={counts}/out.%p",
            # Counters are dumped (and zeroed) as the crawl forks a worker: a worker's count is
            # then its own, not the crawl's start-up again.
            "--dump-before=*fork",
            *command,
            # Under valgrind a page takes long enough that Scrapy's default timeout could end it.
            "--set",
            "DOWNLOAD_TIMEOUT=600",
        ],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, stderr = crawl.communicate()
    if crawl.returncode not in (0, 1):
        raise SystemExit(f"the crawl of {tree} failed ({crawl.returncode}):\n{stderr[-2000:]}")
    totals: dict[int, int] = {}
    for path in counts.glob("out.*"):  # out.PID, and out.PID.N for each dump before a fork
        found = _TOTALS.search(path.read_text("utf-8", errors="replace"))
        pid = int(path.name.split(".")[1])
        totals[pid] = totals.get(pid, 0) + (int(found.group(1)) if found else 0)
    # valgrind runs the crawl in the process it was started as; the others are its workers
    return totals.pop(crawl.pid), sum(totals.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the revision to compare with (git)")
    parser.add_argument("--outlets", type=int, default=5)
    parser.add_argument("--days", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=1, help="counts of each tree")
    parser.add_argument("--workdir", type=Path, help="keep the sites and the checkout here")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: install it (Debian: apt install valgrind)")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-instructions-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sites = workdir / "sites"
    synthetic.generate_once(sites, args.outlets, args.days)
    trees = {"base": worktree(args.base, workdir), "this": REPO}
    for tree in trees.values():
        compiled(tree)
    results: dict[str, list[tuple[int, int]]] = {name: [] for name in trees}
    with replay_server(sites, workdir) as server:
        for round_ in range(args.repeat):
            for name, tree in trees.items() if round_ % 2 == 0 else reversed(trees.items()):
                results[name].append(counted(tree, server.url, args.outlets, workdir))
                crawl, workers = results[name][-1]
                print(f"{name}: crawl process {crawl / 1e9:.3f} G, workers {workers / 1e9:.3f} G")
    medians = {
        name: tuple(statistics.median(run[i] for run in runs) for i in range(2))
        for name, runs in results.items()
    }
    line = {}
    for i, part in enumerate(("crawl", "workers")):
        line[f"ratio_{part}"] = medians["this"][i] / medians["base"][i]
    line["ratio_total"] = sum(medians["this"]) / sum(medians["base"])
    print(
        f"\nthis / {args.base}: crawl process {line['ratio_crawl']:.4f}, "
        f"workers {line['ratio_workers']:.4f}, all {line['ratio_total']:.4f}"
    )
    print(" ".join(f"{key}={value:.4f}" for key, value in line.items()))
    subprocess.run(["git", "worktree", "remove", "--force", str(trees["base"])], cwd=REPO)


if __name__ == "__main__":
    main()
