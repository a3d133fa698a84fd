"""Body rules measured on the development corpus: each test fails without its rule."""

from __future__ import annotations

from crawler.extract import extract_article

URL = "https://www.example.com/2024/04/04/plan"
SENTENCE = "The plan keeps the same rhythm every day, so meals are easy to prepare ahead. "


def _page(body: str) -> str:
    return f"<html><head><title>The plan</title></head><body><h1>The plan</h1>{body}</body></html>"


def test_a_refrain_repeated_further_on_is_kept() -> None:
    day = (
        "<h2>Day {n}</h2><p>Breakfast: oats with berries and yoghurt.</p>"
        "<p>Lunch: a salad of beans, tomatoes and feta.</p>"
        "<p>Dinner: grilled fish with greens.</p><p>Portion: 1 green, 1 red, 1 yellow.</p>"
        "<p>" + SENTENCE * 2 + "Day {n} is written out in full.</p>"
    )
    article = extract_article(_page("".join(day.format(n=n) for n in (1, 2, 3))), URL)
    assert article.paragraphs.count("Portion: 1 green, 1 red, 1 yellow.") == 3
    assert [s.heading for s in article.sections] == ["Day 1", "Day 2", "Day 3"]


def test_a_paragraph_printed_twice_in_a_row_is_kept_once() -> None:
    lead = "<p>" + SENTENCE * 3 + "</p>"
    body = f"<div class='mobile'>{lead}</div><div class='desktop'>{lead}</div>" + (
        "<p>" + SENTENCE[::-1] * 3 + "</p>"
    )
    article = extract_article(_page(body), URL)
    assert len(article.paragraphs) == 2


def test_author_boxes_ratings_and_promotion_boxes_are_not_body() -> None:
    text = "".join(f"<p>{SENTENCE * 3}{n}</p>" for n in range(4))
    body = (
        f"<div class='entry-content'>{text}"
        "<span class='post-ratings'>Was this article useful? (No ratings yet)</span>"
        "<div class='promotion-box promotion-box--gold'><h3>Liked this article?</h3>"
        "<p>Order the print issue, delivered to your door every month.</p></div>"
        "<div class='recirculation-box'><div class='title'>More columns</div></div>"
        "</div><div class='mh-author-box'><p>Jane Doe writes about food and has three cats."
        "</p></div><div class='mini-bio'><p>John Roe is a senior writer.</p></div>"
    )
    article = extract_article(_page(body), URL)
    assert len(article.paragraphs) == 4
    assert "Liked this article?" not in [s.heading for s in article.sections]
