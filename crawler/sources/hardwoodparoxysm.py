"""An English WordPress aggregator republishing machine translations of French reports."""

from .base import Selectors, Series, Source

SOURCE = Source(
    slug="hardwoodparoxysm",
    name="Hardwood Paroxysm",
    homepage="https://hardwoodparoxysm.com/",
    language="en",
    timezone="UTC",
    country=None,
    media_group=None,
    series=(
        Series(
            key="ukraine-daily-en",
            name="War in Ukraine: update on the situation (translated)",
            title_pattern=r"\bukraine\b.*\bupdate on the situation\b",
            url_pattern=r"^https?://hardwoodparoxysm\.com/[a-z0-9-]*ukraine[a-z0-9-]*update-on-the-situation/?$",
        ),
    ),
    feeds=("https://hardwoodparoxysm.com/feed/",),
    listings=("https://hardwoodparoxysm.com/category/world/",),
    allowed_domains=("hardwoodparoxysm.com",),
    selectors=Selectors(body=("div.entry-content",)),
    notes="Copies carry the original's noise: duplicated title, credit lines, broken entities.",
)
