"""Near-duplicate fingerprints on reports, and links between copies of a report.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:22:03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BAND_COLUMNS = ("sim_band0", "sim_band1", "sim_band2", "sim_band3")


def upgrade() -> None:
    op.create_table(
        "report_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("copy_id <> original_id", name=op.f("ck_report_links_not_self")),
        sa.ForeignKeyConstraint(
            ["copy_id"],
            ["reports.id"],
            name=op.f("fk_report_links_copy_id_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["original_id"],
            ["reports.id"],
            name=op.f("fk_report_links_original_id_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_links")),
        sa.UniqueConstraint(
            "copy_id", "original_id", name=op.f("uq_report_links_copy_id_original_id")
        ),
    )
    with op.batch_alter_table("report_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_links_copy_id"), ["copy_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_report_links_original_id"), ["original_id"], unique=False
        )

    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("simhash", sa.BigInteger(), nullable=False, server_default="0")
        )
        for column in BAND_COLUMNS:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
    _backfill_fingerprints()
    with op.batch_alter_table("reports", schema=None) as batch_op:
        for column in ("simhash", *BAND_COLUMNS):
            batch_op.alter_column(column, server_default=None)
        for column in BAND_COLUMNS:
            batch_op.create_index(batch_op.f(f"ix_reports_{column}"), [column], unique=False)


def _backfill_fingerprints() -> None:
    """Fingerprint the reports stored before this revision."""
    from crawler.similarity import bands, simhash, to_signed

    connection = op.get_bind()
    reports = sa.table(
        "reports",
        sa.column("id"),
        sa.column("body"),
        sa.column("simhash"),
        *(sa.column(c) for c in BAND_COLUMNS),
    )
    rows = connection.execute(sa.select(reports.c.id, reports.c.body)).all()
    for report_id, body in rows:
        fingerprint = simhash(body or "")
        values = dict(zip(BAND_COLUMNS, bands(fingerprint), strict=True))
        connection.execute(
            reports.update()
            .where(reports.c.id == report_id)
            .values(simhash=to_signed(fingerprint), **values)
        )


def downgrade() -> None:
    with op.batch_alter_table("reports", schema=None) as batch_op:
        for column in reversed(BAND_COLUMNS):
            batch_op.drop_index(batch_op.f(f"ix_reports_{column}"))
        for column in (*reversed(BAND_COLUMNS), "simhash"):
            batch_op.drop_column(column)
    with op.batch_alter_table("report_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_links_original_id"))
        batch_op.drop_index(batch_op.f("ix_report_links_copy_id"))
    op.drop_table("report_links")
