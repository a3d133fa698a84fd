"""Full-text search over reports; revisions record their origin and changed fields.

SQLite gets an external-content FTS5 table kept in step by triggers; PostgreSQL a
generated ``tsvector`` column whose text-search configuration follows the
report's language (french, english, german, else simple), with a GIN index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    """CREATE VIRTUAL TABLE reports_fts USING fts5(
        title, lead, body, content='reports', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
        INSERT INTO reports_fts(rowid, title, lead, body) VALUES (new.id, new.title, new.lead, new.body);
    END""",
    """CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
        INSERT INTO reports_fts(reports_fts, rowid, title, lead, body)
        VALUES ('delete', old.id, old.title, old.lead, old.body);
    END""",
    """CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, lead, body ON reports BEGIN
        INSERT INTO reports_fts(reports_fts, rowid, title, lead, body)
        VALUES ('delete', old.id, old.title, old.lead, old.body);
        INSERT INTO reports_fts(rowid, title, lead, body) VALUES (new.id, new.title, new.lead, new.body);
    END""",
    "INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS reports_fts_update",
    "DROP TRIGGER IF EXISTS reports_fts_delete",
    "DROP TRIGGER IF EXISTS reports_fts_insert",
    "DROP TABLE IF EXISTS reports_fts",
)
POSTGRES_UP = (
    """ALTER TABLE reports ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector(
            CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'en' THEN 'english'::regconfig
                          WHEN 'de' THEN 'german'::regconfig ELSE 'simple'::regconfig END,
            coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(body, ''))
    ) STORED""",
    "CREATE INDEX ix_reports_search_vector ON reports USING gin (search_vector)",
)
POSTGRES_DOWN = (
    "DROP INDEX IF EXISTS ix_reports_search_vector",
    "ALTER TABLE reports DROP COLUMN IF EXISTS search_vector",
)


def _run(statements: tuple[str, ...]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("origin", sa.String(length=20), nullable=False, server_default="crawl")
        )
        batch_op.add_column(
            sa.Column("changed_fields", sa.JSON(), nullable=False, server_default="[]")
        )
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.alter_column("origin", server_default=None)
        batch_op.alter_column("changed_fields", server_default=None)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_column("changed_fields")
        batch_op.drop_column("origin")
