"""Extraction quality and speed on the development corpus: sitrep against trafilatura.

Runs the corpus scorer (``score.py`` next to the corpus folder) twice in the same
session — once on ``sitrep extract --batch`` (the spiders' extraction code), once on
its built-in trafilatura baseline — prints both summaries side by side and ends with
one line of ``key=value`` pairs for scripts::

    python benchmarks/extract_corpus.py                       # ../shared/corpus/dev
    python benchmarks/extract_corpus.py /path/to/corpus/dev --lang fr

Speed is the mean wall time per page as the scorer measures it: for sitrep the time
each batch line reports (process start-up excluded), for trafilatura the in-process
call, one run after the other; then the CPU time of both, page by page in turn in one
process (``cpu_ratio``), the figure to read on a loaded machine.

Some corpus cases record a placeholder instead of the page's URL (``hard::page.html``);
``sitrep extract`` refuses those, so sitrep gets no URL for them (``--adapter``, the
filter in front of ``sitrep extract --batch``), where trafilatura gets the placeholder.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"

# (label, key in summary.json, key=value name)
METRICS = (
    ("title exact", "title_exact", "title_exact"),
    ("title normalised", "title_norm", "title_norm"),
    ("date", "date_match", "date"),
    ("authors F1", "authors_f1", "authors_f1"),
    ("body F1 (macro)", "body_f1", "body_f1"),
    ("body precision", "body_p", "body_p"),
    ("body recall", "body_r", "body_r"),
    ("must-contain snippets", "with_recall", "with"),
    ("must-not-contain snippets", "without_ok", "without"),
    ("subheadings", "subheads_recall", "subheads"),
    ("empty body", "body_empty", "empty_body"),
)


def run_scorer(
    scorer: Path, corpus: Path, out: Path, name: str, how: list[str], extra: list[str]
) -> dict:
    """Run ``score.py`` once and return the ``all`` summary it wrote."""
    command = [
        sys.executable,
        str(scorer),
        *how,
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--name",
        name,
        "--quiet",
        *extra,
    ]
    completed = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-3000:])
        raise SystemExit(f"{name}: score.py exited with {completed.returncode}")
    summary = json.loads((out / name / "summary.json").read_text("utf-8"))
    return summary["summaries"]["all"]


def adapter() -> int:
    """Pass the scorer's batch lines to ``sitrep extract --batch``, without URLs that are
    not http(s) URLs; return its exit code."""
    lines = []
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        if not str(request.get("url") or "").startswith(("http://", "https://")):
            request["url"] = ""
        lines.append(json.dumps(request, ensure_ascii=False))
    command = [sys.executable, "-m", "crawler.cli", "extract", "--batch"]
    completed = subprocess.run(command, cwd=REPO, input="\n".join(lines) + "\n", text=True)
    return completed.returncode


def interleaved_cpu(scorer: Path, corpus: Path, limit: int | None) -> tuple[float, float]:
    """CPU milliseconds per page of sitrep's extraction and of the scorer's trafilatura
    call, page by page in turn in this process, so that the machine's load weighs on both
    alike (the scorer's wall times come from two runs, one after the other)."""
    import importlib.util
    import time
    import warnings

    from crawler.cli.extract import article_record
    from crawler.extract import extract_article

    warnings.filterwarnings("ignore")
    spec = importlib.util.spec_from_file_location("corpus_score", scorer)
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    trafilatura = score.trafilatura_extractor()
    pages = []
    for case in sorted(p for p in corpus.iterdir() if (p / "truth.json").exists())[:limit]:
        url = json.loads((case / "truth.json").read_text("utf-8")).get("url") or ""
        pages.append(((case / "page.html").read_bytes(), url))
    ours = theirs = 0.0
    for raw, url in pages:
        started = time.process_time()
        article_record(extract_article(raw, url if url.startswith("http") else ""))
        middle = time.process_time()
        trafilatura(raw.decode("utf-8", "replace"), url)
        theirs += time.process_time() - middle
        ours += middle - started
    return 1000 * ours / len(pages), 1000 * theirs / len(pages)


def value(summary: dict, key: str) -> float | None:
    entry = summary.get(key)
    return entry["mean"] if isinstance(entry, dict) and "mean" in entry else None


def main(argv: list[str] | None = None) -> int:
    if (argv if argv is not None else sys.argv[1:]) == ["--adapter"]:
        return adapter()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scorer", type=Path, help="score.py (default: next to the corpus folder)")
    parser.add_argument("--out", type=Path, help="results folder (default: a new temporary one)")
    parser.add_argument("--lang", help="only pages in this language")
    parser.add_argument("--source", help="only pages from this corpus source")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args(argv)

    corpus = args.corpus.resolve()
    scorer = (args.scorer or corpus.parent / "score.py").resolve()
    if not (corpus / "index.json").exists() or not scorer.exists():
        parser.error(f"no corpus at {corpus} (index.json) or no scorer at {scorer}")
    out = args.out or Path(tempfile.mkdtemp(prefix="sitrep-extract-bench-"))
    extra: list[str] = []
    for flag in ("lang", "source", "limit"):
        if getattr(args, flag) is not None:
            extra += [f"--{flag}", str(getattr(args, flag))]

    batch = f"{shlex.quote(sys.executable)} {shlex.quote(str(Path(__file__).resolve()))} --adapter"
    ours = run_scorer(scorer, corpus, out, "sitrep", ["--cmd-batch", batch], extra)
    theirs = run_scorer(scorer, corpus, out, "trafilatura", ["--extractor", "trafilatura"], extra)

    print(f"Development corpus: {corpus} ({ours['cases']} pages); results in {out}")
    print(f"{'metric':28s} {'sitrep':>8s} {'trafilatura':>12s}")
    pairs: list[str] = []
    for label, key, short in METRICS:
        mine, base = value(ours, key), value(theirs, key)
        if mine is None and base is None:
            continue
        shown = [f"{100 * v:.1f}" if v is not None else "-" for v in (mine, base)]
        print(f"{label:28s} {shown[0]:>8s} {shown[1]:>12s}")
        if mine is not None:
            pairs.append(f"{short}={100 * mine:.1f}")
        if base is not None:
            pairs.append(f"{short}_trafilatura={100 * base:.1f}")
    speed, base_speed = value(ours, "seconds"), value(theirs, "seconds")
    print(f"{'seconds per page':28s} {speed or 0:>8.4f} {base_speed or 0:>12.4f}")
    pairs.append(f"s_per_page={speed or 0:.4f}")
    pairs.append(f"s_per_page_trafilatura={base_speed or 0:.4f}")
    if speed and base_speed:
        pairs.append(f"speed_ratio={speed / base_speed:.2f}")
    if not args.lang and not args.source:
        cpu, base_cpu = interleaved_cpu(scorer, corpus, args.limit)
        print(f"{'CPU ms per page, in turn':28s} {cpu:>8.1f} {base_cpu:>12.1f}")
        pairs.append(f"cpu_ms={cpu:.1f} cpu_ms_trafilatura={base_cpu:.1f}")
        pairs.append(f"cpu_ratio={cpu / base_cpu:.3f}")
    print(" ".join(pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
