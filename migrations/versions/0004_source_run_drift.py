"""Source runs record why their output looked unlike the source's history (parser drift).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("drift", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.alter_column("drift", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("source_runs", schema=None) as batch_op:
        batch_op.drop_column("drift")
