"""The garbage collector's settings for a crawl: paused while setting up, settled at start."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from scrapy import signals
from scrapy.utils.test import get_crawler

from crawler import gc_policy
from crawler.gc_policy import SteadyCollection, collection_paused


@pytest.fixture
def collector() -> Iterator[None]:
    """The test process's collector as it was, whatever the test does to it."""
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    (gc.enable if enabled else gc.disable)()
    gc_policy._settled = False


def test_no_collection_while_paused_and_as_before_after(collector: None) -> None:
    gc.enable()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it paused
    assert gc.isenabled()

    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_the_engine_start_freezes_what_is_alive_and_raises_the_threshold(collector: None) -> None:
    crawler = get_crawler(settings_dict={"SITREP_GC_THRESHOLD": 12_345})
    extension = SteadyCollection.from_crawler(crawler)  # noqa: F841 (signals hold it weakly)
    before = gc.get_threshold()

    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (12_345, *before[1:])

    gc.unfreeze()  # a second engine of the same process changes nothing
    get_crawler(settings_dict={"SITREP_GC_THRESHOLD": 1})
    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_freeze_count() == 0 and gc.get_threshold()[0] == 12_345


def test_a_threshold_of_zero_keeps_pythons_own(collector: None) -> None:
    crawler = get_crawler(settings_dict={"SITREP_GC_THRESHOLD": 0})
    extension = SteadyCollection.from_crawler(crawler)  # noqa: F841 (signals hold it weakly)
    before = gc.get_threshold()

    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_threshold() == before


def test_the_crawl_settings_switch_it_on() -> None:
    from crawler import settings

    assert "crawler.gc_policy.SteadyCollection" in settings.EXTENSIONS
    assert settings.SITREP_GC_THRESHOLD == 10_000
