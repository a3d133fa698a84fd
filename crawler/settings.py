"""Scrapy settings for sitrep. Every ``SITREP_*`` setting can also come from the environment."""

import os

BOT_NAME = "sitrep"

# Twisted's epoll reactor: under Scrapy 2.19 the asyncio reactor adds about 80 ms to every
# request on loopback (measured: 1,100 pages in 30 s against 5 s; docs/benchmarks.md).
# Nothing in sitrep needs asyncio; extraction workers report back through Deferreds.
TWISTED_REACTOR = "twisted.internet.epollreactor.EPollReactor"
# Scrapy's in-memory stats, without a Python hook on every lookup (crawler/stats.py).
STATS_CLASS = "crawler.stats.CrawlStats"
REMOTE_CONTROL_ENABLED = False  # Scrapy's remote console needs the asyncio reactor
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep; daily situation report archive)"
ROBOTSTXT_OBEY = True

# Politeness: a few parallel requests per site, adaptive delays, honest retries.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
# Items (and requests) of one response processed in parallel. A report page yields one item
# and a discovery page only requests, so one is enough; Scrapy starts this many cooperator
# tasks for every response (its default of 100, and 16 before, cost the crawl process about
# 0.1 s of CPU on a 620-page night).
CONCURRENT_ITEMS = 1
# Response bytes a spider may hold while its pages wait for extraction before Scrapy stops
# downloading for it (default 5 MB): memory grows with the number of sources, not of pages.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000
# Pending requests wait in memory up to SITREP_FRONTIER_MEMORY_REQUESTS (over all spiders of
# the process, about 1.3 kB each), beyond it on disk, in a temporary folder per spider
# (crawler/scheduler.py): a night's frontier never touches the disk, and a backfill's of
# thousands of links costs no more memory. SITREP_SPILL_DIR: where (default: the system's
# temporary folder). A shared frontier (SITREP_REDIS_URL) lives in Redis instead.
SCHEDULER = "crawler.scheduler.SpillingScheduler"
SITREP_SPILL_FRONTIER = True
SITREP_FRONTIER_MEMORY_REQUESTS = 2000
SITREP_SPILL_DIR = None
RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
HTTPERROR_ALLOW_ALL = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("SITREP_LOG_LEVEL", "INFO")

# Scrapy's HTTP/1.1 handler; it sends requests to the replay server when SITREP_REPLAY_URL is set.
DOWNLOAD_HANDLERS = {
    "http": "crawler.replay_handler.ReplayDownloadHandler",
    "https": "crawler.replay_handler.ReplayDownloadHandler",
}

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.MetaRefreshMiddleware": 580,
    "crawler.backlog.ExtractionBacklog": 990,
}
# Report pages a crawl process downloads ahead of its extraction workers (all its spiders
# together): more wait before their download, not in memory.
SITREP_EXTRACT_BACKLOG = 32
# Longest Retry-After (seconds) a crawl waits for before retrying.
SITREP_RETRY_AFTER_MAX = 120

# Which report links leave tonight, and which discovery pages may answer 304 next time; on a
# shared frontier, nearest the engine, when a discovery page's links are all scheduled.
SPIDER_MIDDLEWARES = {
    "crawler.incremental_fetch.IncrementalFetch": 950,
    "crawler.frontier.SettledDiscovery": 10,  # only with a shared frontier (SITREP_REDIS_URL)
}

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.store.StorePipeline": 400,
    "pipelines.link.LinkPipeline": 500,
}

EXTENSIONS = {
    "crawler.ledger.CrawlLedger": 500,
    "crawler.progress.ProgressReporter": 510,
    "crawler.frontier.FrontierKeeper": 520,  # only with a shared frontier (SITREP_REDIS_URL)
    "crawler.gc_policy.SteadyCollection": 530,
}
# Allocations between two young-generation passes of Python's garbage collector once the
# engine has started (what is alive then is frozen); 0 keeps Python's own thresholds.
SITREP_GC_THRESHOLD = 10_000
# A crawl frontier shared by several workers through Redis (`sitrep crawl --redis URL`; see
# crawler/frontier.py): the Redis URL and the frontier's name (default: today's date).
SITREP_REDIS_URL = None
SITREP_FRONTIER = None
# Progress lines on stderr (switched on by `sitrep crawl`).
SITREP_PROGRESS = False

# Database: a SQLite file in the working directory unless told otherwise.
SITREP_DATABASE_URL = "sqlite:///sitrep.db"
# Bring an out-of-date schema to head before crawling (False: stop with a message instead).
SITREP_AUTO_MIGRATE = True
# Replay: base URL of a server that serves recorded sites (see crawler.replay).
SITREP_REPLAY_URL = None
# The crawl run this process belongs to (set by `sitrep crawl`; created when absent).
SITREP_RUN_ID = None
# Keep the fetched HTML of each revision (compressed) for reprocessing and fixtures.
SITREP_STORE_HTML = True
# Where pages of a source whose output drifted are saved, ready to become fixtures.
SITREP_DRIFT_DIR = "drift"
# Incremental nights (see crawler/incremental.py). Refresh: revalidate every known page
# discovery lists and parse discovery pages even when unchanged.
SITREP_REFRESH = False
# Backfill window (`sitrep crawl --since/--until`): ISO dates; archive pages are visited.
SITREP_SINCE = None
SITREP_UNTIL = None
# How many of each series' newest reports are revalidated every run with a conditional request
# (late corrections). A nightly run fetches the day's reports after their updates, so 0; runs
# several times a day may want 1.
SITREP_REVISIT_LATEST = 0
# Links dated more than this many days before the newest link of their discovery page
# are not followed (news sitemaps can list articles from years ago); 0 follows them all.
SITREP_DISCOVERY_WINDOW_DAYS = 30
# At most this many report pages per source per night; the rest waits for the next night.
SITREP_MAX_REPORTS_PER_SOURCE = 200
# Extraction worker processes (None: one per core; 0: extract in the crawler process).
SITREP_EXTRACT_WORKERS = None
# Log lines as text (Scrapy's format) or as one JSON object per line.
SITREP_LOG_FORMAT = "text"
# Stores: up to this many items per transaction, or what arrived within this many seconds
# (at once when no report page is downloading or being read: nothing else is on its way).
SITREP_STORE_BATCH = 16
SITREP_STORE_BATCH_SECONDS = 0.25
# Minimum body length (characters) for a report to pass validation.
SITREP_MIN_BODY_CHARS = 300

FEED_EXPORT_ENCODING = "utf-8"


def _from_environment(defaults: dict[str, object]) -> dict[str, object]:
    """The ``SITREP_*`` settings set as environment variables, typed like their defaults
    (booleans: ``0``, ``false``, ``no``, ``off`` or empty are false); a malformed value raises
    :class:`crawler.setting_values.SettingError` naming the variable."""
    from crawler.setting_values import environment_value

    return {
        name: environment_value(name, os.environ[name], default)
        for name, default in defaults.items()
        if name.startswith("SITREP_") and name in os.environ
    }


globals().update(_from_environment(dict(globals())))
