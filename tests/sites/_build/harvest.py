"""One-off: read the article parts of the hand-written report pages into ``articles/``.

Run once before the first build (``python tests/sites/_build/harvest.py``): it keeps each
page's article text, header, figures and structured data exactly as written, so that
``build.py`` can wrap them in each platform's own page. The data files are what the build
reads afterwards; running this again on built pages is refused.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from lxml import html

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent.parent
SOURCES = {"midilibre": "depeche", "ladepeche": "depeche", "leprogres": "ebra", "dna": "ebra"}


def inner(node: html.HtmlElement | None) -> str:
    if node is None:
        return ""
    text = escape(node.text, quote=False) if node.text else ""
    return text + "".join(html.tostring(c, encoding=str) for c in node)


def first(tree: html.HtmlElement, xpath: str) -> html.HtmlElement | None:
    found = tree.xpath(xpath)
    return found[0] if found else None


def meta(tree: html.HtmlElement, key: str) -> str:
    node = first(tree, f'//meta[@property="{key}" or @name="{key}"]')
    return node.get("content", "") if node is not None else ""


def harvest(golden_path: Path) -> dict:
    golden = json.loads(golden_path.read_text("utf-8"))
    raw = (TESTS / golden["page"]).read_bytes()
    if b"__INITIAL_STATE__" in raw or b"__NEXT_DATA__" in raw:
        sys.exit(f"{golden['page']} is already a built page; keep articles/ as it is")
    tree = html.fromstring(raw)
    ld = json.loads(first(tree, '//script[@type="application/ld+json"]').text)
    common = {
        "source": golden["source"],
        "platform": SOURCES[golden["source"]],
        "url": golden["url"],
        "page": golden["page"],
        "head_title": first(tree, "//title").text_content(),
        "description": meta(tree, "description"),
        "og_image": meta(tree, "og:image"),
        "published": meta(tree, "article:published_time"),
        "modified": meta(tree, "article:modified_time"),
        "section": meta(tree, "article:section"),
        "jsonld": ld,
    }
    if common["platform"] == "depeche":
        common.update(
            title=first(tree, '//h1[@class="article-full__title"]').text_content(),
            kicker=first(tree, '//a[@class="article-full__tag"]').text_content(),
            chapo=inner(first(tree, '//p[@class="article-full__chapo"]')),
            author=inner(first(tree, '//span[@class="article-full__infos-author"]')),
            dates=inner(first(tree, '//div[@class="article-full__infos-dates"]')),
            reading=first(tree, '//span[@class="article-full__reading-time"]').text_content(),
            media=inner(first(tree, '//ul[@class="article-full__media-slider"]')),
            body=inner(first(tree, '//div[contains(@class,"article-full__body-content")]')),
            tags=[
                (a.text_content(), a.get("href"))
                for a in tree.xpath('//div[@class="article-full__tags"]/a')
            ],
        )
    else:
        lead = first(
            tree, '//article//figure[@class="photo"][not(ancestor::div[@class="textComponent"])]'
        )
        common.update(
            title=first(tree, '//h1[@class="headline"]').text_content(),
            kicker=first(tree, '//p[@class="surtitre"]').text_content(),
            chapo=inner(first(tree, '//div[@class="accroche"]')),
            author=inner(first(tree, '//span[@class="authorName"]')),
            dates=inner(first(tree, '//span[@class="dates"]')),
            media=html.tostring(lead, encoding=str) if lead is not None else "",
            body=inner(first(tree, '//div[@class="textComponent"]')),
            tags=[(a.text_content(), a.get("href")) for a in tree.xpath('//div[@class="tags"]/a')],
        )
    return common


def main() -> None:
    for slug in SOURCES:
        for path in sorted((TESTS / "golden" / slug).glob("*.json")):
            data = harvest(path)
            target = HERE / "articles" / slug / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
            print(target.relative_to(TESTS))


if __name__ == "__main__":
    main()
