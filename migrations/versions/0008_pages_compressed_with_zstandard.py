"""Pages kept compressed with Zstandard: ``html_zlib`` becomes ``html_compressed``.

Rows stored before this revision stay zlib streams (``crawler.page_codec`` reads both);
nothing is rewritten on the way up. The way down rewrites Zstandard pages as zlib, which
is all that the code of earlier revisions reads.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 22:20:00
"""

import zlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

try:  # Python 3.14 and later
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:
    from backports import zstd

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("revisions", "quarantine")
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
BATCH = 500


def upgrade() -> None:
    for table in TABLES:  # SQLite 3.25+ and PostgreSQL rename in place, indexes kept
        op.execute(f"ALTER TABLE {table} RENAME COLUMN html_zlib TO html_compressed")


def downgrade() -> None:
    connection = op.get_bind()
    for table in TABLES:
        _rewrite_as_zlib(connection, table)
        op.execute(f"ALTER TABLE {table} RENAME COLUMN html_compressed TO html_zlib")


def _rewrite_as_zlib(connection: sa.Connection, table: str) -> None:
    rows = sa.table(
        table, sa.column("id", sa.Integer), sa.column("html_compressed", sa.LargeBinary)
    )
    last = 0
    while True:
        batch = connection.execute(
            sa.select(rows.c.id, rows.c.html_compressed)
            .where(rows.c.id > last, rows.c.html_compressed.is_not(None))
            .order_by(rows.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return
        last = batch[-1].id
        changed = [
            {"row_id": row.id, "page": zlib.compress(zstd.decompress(row.html_compressed), 6)}
            for row in batch
            if bytes(row.html_compressed).startswith(ZSTD_MAGIC)
        ]
        if changed:
            connection.execute(
                rows.update()
                .where(rows.c.id == sa.bindparam("row_id"))
                .values(html_compressed=sa.bindparam("page")),
                changed,
            )
