"""A Scrapy extension for the tests: the crawl sends itself a signal at a chosen moment of
its start, so that a signal arriving before the reactor runs can be tested on purpose."""

from __future__ import annotations

import os
import signal
from typing import Any

from scrapy import signals

MOMENTS = ("built", "opened")


class SignalItself:
    """``SELF_SIGNAL_AT`` (``built``: while the crawlers are being built; ``opened``: when
    a spider opens) and ``SELF_SIGNAL`` (a name, ``SIGINT`` by default) say when and what;
    the first crawler to get there sends it, once."""

    sent = False

    def __init__(self, signum: int) -> None:
        self.signum = signum

    @classmethod
    def from_crawler(cls, crawler: Any) -> SignalItself:
        moment = crawler.settings.get("SELF_SIGNAL_AT", "opened")
        if moment not in MOMENTS:
            raise ValueError(f"SELF_SIGNAL_AT: one of {', '.join(MOMENTS)}")
        extension = cls(signal.Signals[crawler.settings.get("SELF_SIGNAL", "SIGINT")])
        if moment == "built":
            extension.send()
        else:
            crawler.signals.connect(extension.send, signal=signals.spider_opened)
        return extension

    def send(self, **_: Any) -> None:
        if not SignalItself.sent:
            SignalItself.sent = True
            os.kill(os.getpid(), self.signum)
