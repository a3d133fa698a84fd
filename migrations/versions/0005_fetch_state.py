"""Fetch state for conditional requests; source runs count revalidated and skipped pages.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:12:30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fetch_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("etag", sa.String(length=300), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_fetch_state_report_id_reports"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fetch_state")),
        sa.UniqueConstraint("url", name=op.f("uq_fetch_state_url")),
    )
    op.create_index(op.f("ix_fetch_state_report_id"), "fetch_state", ["report_id"])
    op.create_index(op.f("ix_fetch_state_source"), "fetch_state", ["source"])
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("not_modified", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("skipped", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.alter_column("not_modified", server_default=None)
        batch_op.alter_column("skipped", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.drop_column("skipped")
        batch_op.drop_column("not_modified")
    op.drop_index(op.f("ix_fetch_state_source"), table_name="fetch_state")
    op.drop_index(op.f("ix_fetch_state_report_id"), table_name="fetch_state")
    op.drop_table("fetch_state")
