"""Source runs keep the crawler's stats: counts per outcome and seconds per stage.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 15:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stats", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.alter_column("stats", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.drop_column("stats")
