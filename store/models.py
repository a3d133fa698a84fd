"""SQLAlchemy 2 models: sources, series, reports with their URLs and revisions, the crawl ledger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware instant, stored in UTC on every engine and read back aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"naive datetime {value!r}: sitrep stores timezone-aware instants only"
            )
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class SourceRow(Base):
    """An outlet, mirrored from the source registry at each crawl."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    homepage: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(8))
    media_group: Mapped[str | None] = mapped_column(String(200))

    series: Mapped[list[Series]] = relationship(back_populates="source")


class Series(Base):
    """A recurring daily report of a source."""

    __tablename__ = "series"
    __table_args__ = (UniqueConstraint("source_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(300))

    source: Mapped[SourceRow] = relationship(back_populates="series")


class Report(Base):
    """One day's report of a series: identity ``(source, series, report_date)``, current content."""

    __tablename__ = "reports"
    __table_args__ = (UniqueConstraint("source_id", "series_id", "report_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    report_date: Mapped[dt.date] = mapped_column(Date, index=True)
    url: Mapped[str] = mapped_column(String(2048))
    canonical_url: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[dt.datetime | None]
    modified_at: Mapped[dt.datetime | None]
    body: Mapped[str] = mapped_column(Text)
    sections: Mapped[list[Any]] = mapped_column(default=list)
    captions: Mapped[list[Any]] = mapped_column(default=list)
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_paywalled: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # SimHash of the body (signed 64-bit) and its four 16-bit bands, indexed for near-duplicate lookups.
    simhash: Mapped[int] = mapped_column(BigInteger, default=0)
    sim_band0: Mapped[int] = mapped_column(Integer, default=0, index=True)
    sim_band1: Mapped[int] = mapped_column(Integer, default=0, index=True)
    sim_band2: Mapped[int] = mapped_column(Integer, default=0, index=True)
    sim_band3: Mapped[int] = mapped_column(Integer, default=0, index=True)
    revision_count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    source: Mapped[SourceRow] = relationship()
    series: Mapped[Series] = relationship()
    urls: Mapped[list[ReportUrl]] = relationship(
        back_populates="report", cascade="all, delete-orphan"
    )
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="Revision.number"
    )


class ReportUrl(Base):
    """A URL under which a report was found (link followed, redirect, canonical, variant)."""

    __tablename__ = "report_urls"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # fetched | canonical | normalized
    first_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    report: Mapped[Report] = relationship(back_populates="urls")


class Revision(Base):
    """A version of a report's content; a new one only when the content hash changes."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("report_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(default=list)
    published_at: Mapped[dt.datetime | None]
    modified_at: Mapped[dt.datetime | None]
    body: Mapped[str] = mapped_column(Text)
    sections: Mapped[list[Any]] = mapped_column(default=list)
    captions: Mapped[list[Any]] = mapped_column(default=list)
    fetched_at: Mapped[dt.datetime]
    # The page as fetched (crawler.page_codec); NULL on revisions made by re-extracting an earlier page.
    html_compressed: Mapped[bytes | None] = mapped_column(LargeBinary)
    origin: Mapped[str] = mapped_column(String(20), default="crawl")  # crawl | reprocess
    changed_fields: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    report: Mapped[Report] = relationship(back_populates="revisions")


class ReportLink(Base):
    """A report that is a copy of another one: a sibling's syndicated copy or a translation."""

    __tablename__ = "report_links"
    __table_args__ = (
        UniqueConstraint("copy_id", "original_id"),
        CheckConstraint("copy_id <> original_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    original_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # syndication | translation
    similarity: Mapped[float] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    copy: Mapped[Report] = relationship(foreign_keys=[copy_id])
    original: Mapped[Report] = relationship(foreign_keys=[original_id])


class Quarantine(Base):
    """An item that failed validation, kept with its reason and page for later repair."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(64), index=True)
    series: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(String(2048))
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    item: Mapped[dict[str, Any]] = mapped_column(default=dict)
    html_compressed: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CrawlRun(Base):
    """One invocation of the crawl (all sources of one night)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    replay: Mapped[bool] = mapped_column(Boolean, default=False)
    sources: Mapped[list[Any]] = mapped_column(default=list)

    source_runs: Mapped[list[SourceRun]] = relationship(
        back_populates="run", order_by="SourceRun.source"
    )


class SourceRun(Base):
    """One source's part of a crawl run: counts, failures with reasons, status."""

    __tablename__ = "source_runs"
    __table_args__ = (UniqueConstraint("run_id", "source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    finish_reason: Mapped[str | None] = mapped_column(String(100))
    requests: Mapped[int] = mapped_column(Integer, default=0)
    discovered: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    revised: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    duplicate: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)
    # Known report pages: revalidated and unchanged upstream (304), or not requested at all.
    not_modified: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[list[Any]] = mapped_column(default=list)
    drift: Mapped[list[Any]] = mapped_column(default=list)  # why the output looks unlike the usual
    http_status_counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The crawler's stats for this source (Scrapy's and sitrep's, seconds per stage included).
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)

    run: Mapped[CrawlRun] = relationship(back_populates="source_runs")


class FetchState(Base):
    """What sitrep last knew of a URL upstream: its validators and what the page turned out to be.

    Discovery pages get a row once a night that used them ended cleanly; report pages in
    the transaction that stored their report. Conditional requests (``If-None-Match``,
    ``If-Modified-Since``) and the decision to skip a known page come from here.
    """

    __tablename__ = "fetch_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    source: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # discovery | report | not_report
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="SET NULL"), index=True
    )
    fetched_at: Mapped[dt.datetime]  # the last full (200) download
    checked_at: Mapped[dt.datetime]  # the last time upstream was asked, 304 included


class SourceCheckRecord(Base):
    """One ``sitrep check`` of one source: when, whether a report came out, and against what.

    ``replay``: checked against the bundled replay rather than the live site (kept so the
    recording is testable; only live checks count as "last live check").
    """

    __tablename__ = "source_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(64), index=True)
    checked_at: Mapped[dt.datetime]
    ok: Mapped[bool] = mapped_column(Boolean)
    replay: Mapped[bool] = mapped_column(Boolean)
    # What the check found: the report's URL and date, flagged fields, problems.
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


# Full-text search structures that live beside the mapped tables (see migrations 0003):
# SQLite's FTS5 table ``reports_fts`` and PostgreSQL's generated ``reports.search_vector``.
SEARCH_OBJECTS = frozenset({"search_vector", "ix_reports_search_vector"})


def include_in_migrations(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the full-text search objects, which are not mapped, out of model/schema comparison."""
    if type_ == "table" and name and name.startswith("reports_fts"):
        return False
    return not (name in SEARCH_OBJECTS and reflected)
