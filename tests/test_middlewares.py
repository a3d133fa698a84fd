"""Downloader middlewares sitrep puts in place of Scrapy's."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.middlewares import MetaRefreshMiddleware
from crawler.settings import DOWNLOADER_MIDDLEWARES

URL = "https://www.example.org/2024/04/04/report.html"


@pytest.fixture
def middleware() -> MetaRefreshMiddleware:
    return MetaRefreshMiddleware.from_crawler(get_crawler(settings_dict={}))


def _page(body: bytes, encoding: str = "utf-8") -> tuple[Request, HtmlResponse]:
    request = Request(URL)
    return request, HtmlResponse(URL, body=body, encoding=encoding, request=request)


def test_it_replaces_scrapys_meta_refresh_middleware() -> None:
    assert (
        DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware"]
        is None
    )
    assert DOWNLOADER_MIDDLEWARES["crawler.middlewares.MetaRefreshMiddleware"] == 580


def test_a_meta_refresh_still_redirects(middleware: MetaRefreshMiddleware) -> None:
    request, response = _page(
        b'<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL=/moved.html"></head></html>'
    )
    redirected = middleware.process_response(request, response)
    assert isinstance(redirected, Request)
    assert redirected.url == "https://www.example.org/moved.html"


def test_a_utf16_page_is_still_read(middleware: MetaRefreshMiddleware) -> None:
    html = '<html><head><meta http-equiv="refresh" content="0; url=/moved.html"></head></html>'
    request, response = _page(html.encode("utf-16"), encoding="utf-16")
    assert isinstance(middleware.process_response(request, response), Request)


def test_a_page_without_refresh_is_passed_on_undecoded(middleware: MetaRefreshMiddleware) -> None:
    body = b"<html><head><title>Le point</title></head><body>" + b"<p>Texte.</p>" * 5000
    request, response = _page(body + b"</body></html>")
    assert middleware.process_response(request, response) is response
    assert response._cached_ubody is None  # the page was never decoded to text
