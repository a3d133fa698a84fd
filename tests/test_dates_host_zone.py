"""Dates mean the same whatever the time zone of the machine that parses them."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

from crawler.discovery import read_feed
from crawler.extract.dates import parse_date

HOST_ZONES = ("UTC", "Pacific/Auckland", "America/Los_Angeles", "Europe/Paris")
UTC_1620 = dt.datetime(2024, 4, 4, 16, 20, tzinfo=dt.UTC)


@pytest.fixture(params=HOST_ZONES)
def host_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test as if the machine's clock were set to ``request.param``."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if previous is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = previous
        time.tzset()


@pytest.mark.parametrize(
    "text",
    [
        "Thu, 04 Apr 2024 16:20:00 +0000",  # WordPress feeds
        "Thu, 04 Apr 2024 16:20:00 -0000",
        "Thu, 04 Apr 2024 16:20:00 GMT",
        "Thu, 04 Apr 2024 16:20:00 UT",
        "Thu, 04 Apr 2024 16:20:00 UTC",
        "Thu, 04 Apr 2024 18:20:00 +0200",
        "Thu, 04 Apr 2024 09:20:00 -0700",
        "2024-04-04T16:20:00Z",
        "2024-04-04T16:20:00+00:00",
        "2024-04-04 16:20:00 +0000",
        "April 4, 2024 4:20 PM UTC",
    ],
)
def test_a_written_offset_wins_over_the_outlets_zone(host_zone: str, text: str) -> None:
    parsed = parse_date(text, "Europe/Paris")
    assert parsed is not None
    assert parsed.value == UTC_1620, (host_zone, parsed)
    assert not parsed.assumed_zone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu, 04 Apr 2024 16:20:00", dt.datetime(2024, 4, 4, 14, 20, tzinfo=dt.UTC)),
        ("4 avril 2024 à 16h20", dt.datetime(2024, 4, 4, 14, 20, tzinfo=dt.UTC)),
        ("2024-04-04T16:20:00", dt.datetime(2024, 4, 4, 14, 20, tzinfo=dt.UTC)),
    ],
)
def test_without_an_offset_the_outlets_zone_is_assumed(
    host_zone: str, text: str, expected: dt.datetime
) -> None:
    parsed = parse_date(text, "Europe/Paris")
    assert parsed is not None and parsed.assumed_zone
    assert parsed.value == expected, (host_zone, parsed)


def test_feed_dates_are_the_same_on_every_host(host_zone: str) -> None:
    feed = (
        b"<rss><channel><item><title>t</title><link>https://www.example.fr/a.php</link>"
        b"<pubDate>Thu, 04 Apr 2024 16:20:00 +0000</pubDate></item></channel></rss>"
    )
    [link] = read_feed(feed, "https://www.example.fr/rss.xml", timezone="Europe/Paris").links
    assert link.published == UTC_1620, host_zone
