"""Second opinions from htmldate (the publication day) and trafilatura (the body), asked only
where sitrep's own rules are unsure, and labelled with the library in the provenance."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from crawler.extract import extract_article

URL = "https://verein.example.org/aktuelles/versammlung"
PARAGRAPH = "Die Mitglieder trafen sich am Abend im Vereinsheim, um über die Zukunft zu sprechen. "


def _club_page(footer: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{PARAGRAPH * 4}</p>" for _ in range(7))
    return (
        f"<html><head><title>Versammlung im Vereinsheim</title>{head}</head><body>"
        f"<h1>Versammlung im Vereinsheim</h1>{paragraphs}{footer}</body></html>"
    )


def test_a_date_only_htmldate_finds_is_taken_from_htmldate() -> None:
    # Far below the headline, outside any header: the page's own rules see no date.
    html = _club_page('<div class="footer-info">Geschrieben am 12.03.2021</div>')
    article = extract_article(html, URL, fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    assert article.published_at is not None
    assert article.published_at.date() == dt.date(2021, 3, 12)
    assert article.provenance["published_at"] == "htmldate"


def test_a_declared_date_is_never_second_guessed() -> None:
    head = '<meta property="article:published_time" content="2022-05-06T08:00:00+02:00">'
    html = _club_page('<div class="footer-info">Geschrieben am 12.03.2021</div>', head)
    article = extract_article(html, URL, fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    assert article.published_at == dt.datetime(
        2022, 5, 6, 8, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert article.provenance["published_at"] == "meta:article:published_time"


def test_htmldate_never_dates_a_page_after_its_fetch() -> None:
    html = _club_page('<div class="footer-info">Geschrieben am 12.03.2021</div>')
    article = extract_article(html, URL, fetched_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert article.published_at is None or article.published_at.year < 2021


COUNCIL = "The council met on Tuesday evening to decide the future of the old harbour. "
RESIDENTS = "Residents who spoke afterwards said they had waited years for a decision. "


def _split_article(second_part: str) -> str:
    links = "".join(
        f'<li><a href="/n/{i}">Another story number {i} today</a></li>' for i in range(40)
    )
    first = "".join(f"<p>{COUNCIL * 4}{n}</p>" for n in range(3))
    return (
        "<html><head><title>Harbour plan</title></head><body><h1>Harbour plan</h1>"
        f"<div class='part'>{first}</div><ul class='x'>{links}</ul>"
        f"<div class='part'>{second_part}</div></body></html>"
    )


def test_a_container_holding_little_of_the_text_gets_trafilaturas_body() -> None:
    # The article's two halves sit apart, a list of links between them: the densest
    # block holds barely half of the page's running text.
    second = "".join(f"<p>{RESIDENTS * 4}{n}</p>" for n in range(3))
    article = extract_article(_split_article(second), "https://news.example.org/harbour")
    assert article.provenance["body"] == "trafilatura"
    assert sum(p.startswith("Residents") for p in article.paragraphs) == 3
    assert sum(p.startswith("The council") for p in article.paragraphs) == 3


def test_a_container_holding_most_of_the_text_is_kept() -> None:
    second = f"<p>{RESIDENTS}</p>"
    article = extract_article(_split_article(second), "https://news.example.org/harbour")
    assert article.provenance["body"] == "density"


def test_htmldate_never_loads_dateparser(tmp_path: Path) -> None:
    # "46/2023" is a date-like text only dateparser would try: its first use in a process
    # loads every locale it knows (seconds), for about one corpus date in a thousand pages.
    script = tmp_path / "extract.py"
    script.write_text(
        "import sys\n"
        "from crawler.extract import extract_article\n"
        f"html = {_club_page('<div class=x>Presseinfo 46/2023</div>')!r}\n"
        f"article = extract_article(html, {URL!r})\n"
        "print(article.provenance.get('published_at'), 'dateparser' in sys.modules)\n",
        "utf-8",
    )
    repo = Path(__file__).resolve().parent.parent
    completed = subprocess.run(
        [sys.executable, str(script)], cwd=repo, capture_output=True, text=True, timeout=120
    )
    assert completed.stdout.split() == ["htmldate", "False"], completed.stderr[-2000:]
