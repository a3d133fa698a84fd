"""Identity, deduplication, revisions and links, end to end through real replay crawls."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from .conftest import (
    CORE,
    FAST,
    TESTS,
    assert_each_report_stored_once,
    core_reports,
    crawl,
    fixture_path,
    manifest_reports,
    query,
    run_sitrep,
    sitrep_command,
    source_args,
)

BODY = "div.article-full__body-content"


def export(db_url: str) -> list[dict]:
    return [json.loads(line) for line in run_sitrep("export", db_url=db_url).stdout.splitlines()]


def show(db_url: str, report_id: int) -> dict:
    return json.loads(run_sitrep("show", str(report_id), "--json", db_url=db_url).stdout)


def rewrite(page: Path, edit) -> None:  # type: ignore[no-untyped-def]
    """Parse a recorded page, let ``edit`` change the tree, write it back."""
    tree = lxml_html.fromstring(page.read_bytes())
    edit(tree)
    page.write_text("<!DOCTYPE html>\n" + lxml_html.tostring(tree, encoding="unicode"), "utf-8")


def summary(result) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    assert result.code in (0, 1), result.stderr[-3000:]
    return {row["source"]: row for row in json.loads(result.stdout)["sources"]}


def test_one_report_reached_through_four_url_variants(db_url: str, sites_copy: Path) -> None:
    target = manifest_reports("midilibre")[2]["url"]
    variants = [
        target,
        target + "?utm_source=facebook&utm_medium=social",
        target + "?xtor=RSS-3&utm_campaign=une",
        target.replace("https://", "http://"),
    ]

    def add_links(tree) -> None:  # type: ignore[no-untyped-def]
        body = tree.find("body")
        for url in variants:
            anchor = lxml_html.Element("a", href=url)
            anchor.text = "Guerre en Ukraine : le point sur la situation"
            body.append(anchor)

    rewrite(sites_copy / "www.midilibre.fr" / "monde" / "index.html", add_links)
    rows = summary(crawl(db_url, sites_copy, "--json", sources=CORE))
    assert rows["midilibre"]["new"] == 7
    report = next(r for r in export(db_url) if r["url"] in variants or r["canonical_url"] == target)
    urls = {
        u["url"]
        for u in show(db_url, report["id"])["urls"]
        if u["kind"] in ("fetched", "canonical")
    }
    assert urls == set(variants)
    assert len([r for r in export(db_url) if r["source"] == "midilibre"]) == 7


def test_same_headline_on_seven_days_is_seven_reports(db_url: str, sites_copy: Path) -> None:
    headline = "Guerre en Ukraine : le point sur la situation"

    def same_title(tree) -> None:  # type: ignore[no-untyped-def]
        for element in tree.xpath("//h1 | //title"):
            element.text = headline
        for meta in tree.xpath("//meta[@property='og:title']"):
            meta.set("content", headline)

    for entry in manifest_reports("midilibre"):
        rewrite(fixture_path(sites_copy, entry["url"]), same_title)
    rows = summary(crawl(db_url, sites_copy, "--json", sources=CORE))
    stored = [r for r in export(db_url) if r["source"] == "midilibre"]
    assert rows["midilibre"]["new"] == 7
    assert len(stored) == 7 and {r["title"] for r in stored} == {headline}
    assert len({r["report_date"] for r in stored}) == 7


def test_report_updated_twice_in_its_day(db_url: str, sites_copy: Path) -> None:
    entry = manifest_reports("midilibre")[6]
    page = fixture_path(sites_copy, entry["url"])
    original = page.read_text("utf-8")
    paragraphs = len(lxml_html.fromstring(original).cssselect(f"{BODY} p"))

    def version(time: str, keep: int) -> None:
        page.write_text(original.replace("18:40", time), "utf-8")

        def drop_tail(tree) -> None:  # type: ignore[no-untyped-def]
            for paragraph in tree.cssselect(f"{BODY} p")[keep:]:
                paragraph.drop_tree()

        rewrite(page, drop_tail)

    # Crawled several times a day, with the newest report revalidated on each run.
    def run() -> dict:
        return summary(
            crawl(db_url, sites_copy, "--json", "--set", "SITREP_REVISIT_LATEST=1", sources=CORE)
        )["midilibre"]

    version("09:00", paragraphs - 2)
    assert run()["new"] == 7
    version("12:30", paragraphs - 1)
    assert run()["revised"] == 1
    page.write_text(original, "utf-8")
    assert run()["revised"] == 1
    assert run()["revised"] == 0  # a refetch changes nothing

    reports = [r for r in export(db_url) if r["source"] == "midilibre"]
    assert len(reports) == 7
    report = next(r for r in reports if r["report_date"] == "2024-04-07")
    history = show(db_url, report["id"])["revision_history"]
    assert [h["modified_at"] for h in history] == [
        "2024-04-07T09:00:00+02:00",
        "2024-04-07T12:30:00+02:00",
        "2024-04-07T18:40:00+02:00",
    ]
    assert report["modified_at"] == "2024-04-07T18:40:00+02:00"
    diff = run_sitrep("diff", str(report["id"]), db_url=db_url)
    assert diff.code == 0
    last = lxml_html.fromstring(original).cssselect(f"{BODY} p")[-1].text_content().split()
    added = [
        line
        for line in diff.stdout.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]
    assert added and " ".join(last[:6]) in " ".join(added)
    first = run_sitrep("diff", str(report["id"]), "--from", "1", "--to", "3", db_url=db_url)
    assert first.stdout.count("\n+") >= 2
    assert run_sitrep("diff", str(report["id"]), "--from", "7", db_url=db_url).code != 0


def test_syndicated_and_translated_copies_are_linked(db_url: str) -> None:
    assert crawl(db_url, sources=CORE).code == 0
    reports = {(r["source"], r["report_date"]): r for r in export(db_url)}
    original = reports[("midilibre", "2024-04-04")]
    links = show(db_url, original["id"])["links"]
    by_source = {(link["source"], link["kind"], link["role"]) for link in links}
    assert ("lindependant", "syndication", "copied by") in by_source
    assert ("hardwoodparoxysm", "translation", "copied by") in by_source
    for day in ("2024-04-01", "2024-04-07"):
        copy = show(db_url, reports[("hardwoodparoxysm", day)]["id"])["links"]
        assert [(link["source"], link["report_date"], link["kind"]) for link in copy] == [
            ("midilibre", day, "translation")
        ]
    # Different writing about the same news is no copy.
    own = show(db_url, reports[("lindependant", "2024-04-05")]["id"])["links"]
    assert all(link["kind"] != "syndication" for link in own)
    shown = run_sitrep("show", str(original["id"]), db_url=db_url).stdout
    assert "syndication" in shown and "translation" in shown


def test_unrelated_reports_never_merge_however_similar_their_boilerplate(
    db_url: str, sites_copy: Path
) -> None:
    boilerplate = [
        "Chaque jour, Midi Libre fait le point sur la situation en Ukraine, avec les informations de ses "
        "correspondants et des agences de presse, vérifiées par la rédaction avant publication.",
        "Retrouvez toutes nos cartes, nos analyses et nos vidéos dans notre dossier consacré à la guerre en "
        "Ukraine, mis à jour plusieurs fois par jour par le service Monde de la rédaction.",
        "Vous pouvez aussi recevoir l'essentiel de l'actualité internationale chaque matin dans votre boîte "
        "mail en vous inscrivant gratuitement à notre newsletter Monde, sans engagement.",
    ]

    def add_boilerplate(tree) -> None:  # type: ignore[no-untyped-def]
        body = tree.cssselect(BODY)[0]
        for text in reversed(boilerplate):
            paragraph = lxml_html.Element("p")
            paragraph.text = text
            body.insert(0, paragraph)

    for entry in manifest_reports("midilibre")[:3]:
        rewrite(fixture_path(sites_copy, entry["url"]), add_boilerplate)
    assert summary(crawl(db_url, sites_copy, "--json", sources=CORE))["midilibre"]["new"] == 7
    assert len({r["id"] for r in export(db_url) if r["source"] == "midilibre"}) == 7


def test_pages_claiming_a_stored_day_are_never_merged(db_url: str, sites_copy: Path) -> None:
    assert crawl(db_url, sites_copy, sources=CORE).code == 0
    day3, day5 = manifest_reports("midilibre")[2], manifest_reports("midilibre")[4]
    folder = fixture_path(sites_copy, day3["url"]).parent

    def impostor(name: str, scramble: bool) -> str:
        """Another URL for 3 April carrying the 5 April text (as is, or scrambled beyond recognition)."""
        url = day3["url"].rsplit("/", 1)[0] + f"/{name}-le-point-sur-la-situation-11899999.php"
        target = folder / url.rsplit("/", 1)[1]
        shutil.copy(fixture_path(sites_copy, day5["url"]), target)

        def redate(tree) -> None:  # type: ignore[no-untyped-def]
            for chapo in tree.cssselect("p.article-full__chapo"):
                chapo.text = "Chaque jour, Midi Libre fait le point. Ce mercredi 3 avril 2024, les dernières informations."
            for time in tree.xpath("//time[@content]"):
                time.set("content", time.get("content").replace("2024-04-05", "2024-04-03"))
            if scramble:
                for paragraph in tree.cssselect(f"{BODY} p"):
                    paragraph.text = " ".join(reversed(paragraph.text_content().split()))
                    for child in list(paragraph):
                        paragraph.remove(child)

        rewrite(target, redate)
        return url

    urls = [impostor("guerre-en-ukraine-copie", False), impostor("guerre-en-ukraine-autre", True)]

    def link(tree) -> None:  # type: ignore[no-untyped-def]
        for url in urls:
            anchor = lxml_html.Element("a", href=url)
            anchor.text = "Guerre en Ukraine : … le point sur la situation"
            tree.find("body").append(anchor)

    rewrite(sites_copy / "www.midilibre.fr" / "monde" / "index.html", link)
    rows = summary(crawl(db_url, sites_copy, "--json", sources=CORE))
    stored = [r for r in export(db_url) if r["source"] == "midilibre"]
    assert len(stored) == 7 and all(r["revisions"] == 1 for r in stored)
    assert (
        rows["midilibre"]["duplicate"] == 1
    )  # the copy of 5 April is recorded as a URL of that report
    assert rows["midilibre"]["quarantined"] == 1  # the unrelated text is kept aside with its reason
    day5_report = next(r for r in stored if r["report_date"] == "2024-04-05")
    assert urls[0] in {u["url"] for u in show(db_url, day5_report["id"])["urls"]}
    ((reasons,),) = query(db_url, "select reasons from quarantine")
    assert "identity conflict" in str(reasons)


def test_two_processes_crawling_at_once_store_each_report_once(db_url: str) -> None:
    assert run_sitrep("db", "upgrade", db_url=db_url).code == 0
    command = sitrep_command(
        "crawl", "--replay", "--no-lock", *FAST, *source_args(CORE), db_url=db_url
    )
    processes = [
        subprocess.Popen(
            command, cwd=TESTS.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outcomes = [p.communicate(timeout=180) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], [err[-2000:] for _, err in outcomes]
    assert_each_report_stored_once(db_url, len(core_reports()))
    assert query(db_url, "select max(revision_count) from reports") == [(1,)]


@pytest.mark.parametrize("fingerprints", [(0, 0, True), (0b111, 0, True), (0b1111, 0, False)])
def test_near_duplicate_threshold(fingerprints: tuple[int, int, bool]) -> None:
    from crawler.similarity import NEAR_DUPLICATE_BITS, bands, hamming

    a, b, near = fingerprints
    assert (hamming(a, b) <= NEAR_DUPLICATE_BITS) is near
    if near:
        assert set(bands(a)) & set(bands(b))


@pytest.mark.parametrize(
    ("text", "fingerprint"),
    [
        ("", 0x0),
        ("Kharkiv", 0x51FF44A0B0C6DD90),
        ("Kharkiv station", 0xEAE0F44AF5EC6D4A),
        ("Shelling hit Kharkiv overnight, 30 000 people lost power.", 0xDA2D926A96456114),
        (
            "Le président a été reçu à Zaporijjia le 4 avril 2024 ; « Publié le 4 avril » à 07h10.",
            0x3767902F712A975B,
        ),
        ("same same same same same same", 0x6582014F14534E3A),
    ],
)
def test_simhash_fingerprints_are_stable(text: str, fingerprint: int) -> None:
    """Fingerprints stored in existing databases must keep matching new ones."""
    from crawler.similarity import simhash

    assert simhash(text) == fingerprint


def _simhash_by_definition(text: str) -> int:
    """SimHash spelled out: per bit, the majority vote of the shingles' BLAKE2b hashes."""
    import hashlib

    from crawler.similarity import shingles

    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")
        for s in shingles(text)
    ]
    votes = [sum((h >> bit) & 1 for h in hashes) for bit in range(64)]
    return sum(1 << bit for bit, vote in enumerate(votes) if vote > len(hashes) / 2)


_WORDS = ["Kharkiv", "30 000", "le", "été", "東京", "ß", "İ", "ﬁ", "a", "\u00a0", "-"]


@given(
    st.lists(st.sampled_from(_WORDS) | st.text(max_size=12), max_size=400).map(" ".join)
    | st.text(max_size=300)
)
@settings(max_examples=300, deadline=None)
def test_simhash_matches_its_definition(text: str) -> None:
    from crawler.similarity import simhash

    assert simhash(text) == _simhash_by_definition(text)


_PIECES = [*_WORDS, "\u0301abc", "Σίσυφος", "ΣΑΣ", "", " ", "…", "l’été", "e\u0301", "\u0483x"]


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=40), max_size=30))
@settings(max_examples=300, deadline=None)
def test_a_body_fingerprint_read_paragraph_by_paragraph_is_the_body_text_fingerprint(
    paragraphs: list[str],
) -> None:
    """Stored fingerprints are those of the body text: reading its paragraphs one by one
    (each folded once, shared with the body reading) must not change a bit."""
    from crawler.similarity import simhash, simhash_paragraphs

    assert simhash_paragraphs(paragraphs) == simhash("\n\n".join(paragraphs))
