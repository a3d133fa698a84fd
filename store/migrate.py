"""Schema migrations that apply whole or not at all, on SQLite as on PostgreSQL.

PostgreSQL runs DDL inside transactions. Python's sqlite3 driver does not by default:
it opens a transaction only before INSERT, UPDATE and DELETE, so every CREATE, ALTER
and DROP commits on its own, and a migration killed half-way leaves a schema that no
revision describes. Here the driver's own transaction handling is switched off for the
migration and one ``BEGIN IMMEDIATE`` covers it all; foreign keys are off meanwhile
(batch table rebuilds drop the old table, which would cascade to the rows that
reference it) and are checked before the transaction commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection


class MigrationIntegrityError(RuntimeError):
    """A migration left rows that break a foreign key: it was rolled back."""


@contextmanager
def sqlite_transactional_ddl(connection: Connection) -> Iterator[None]:
    """Run the block's statements on ``connection`` in one SQLite transaction.

    Commit inside the block (``connection.commit()``); anything not committed when
    the block ends, or an error, rolls the whole migration back.
    """
    connection.commit()  # nothing of ours may be pending when the driver changes mode
    raw = connection.connection.driver_connection
    isolation = raw.isolation_level
    raw.isolation_level = None  # the driver no longer begins or commits on its own
    raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
    raw.execute("BEGIN IMMEDIATE")  # the write lock for the whole migration, taken now
    try:
        yield
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    finally:
        if raw.in_transaction:  # the block did not commit: nothing of it is kept
            raw.execute("ROLLBACK")
        raw.execute("PRAGMA foreign_keys=ON")
        raw.isolation_level = isolation
        connection.rollback()  # SQLAlchemy's view of the connection: no transaction left


def broken_foreign_keys(connection: Connection) -> int:
    """How many rows break a foreign key right now."""
    return len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def check_foreign_keys(connection: Connection, broken_before: int = 0) -> None:
    """Raise :class:`MigrationIntegrityError` if the migration broke foreign keys."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if len(broken) > broken_before:
        tables = sorted({row[0] for row in broken})
        raise MigrationIntegrityError(
            f"the migration left {len(broken)} rows with broken foreign keys in "
            f"{', '.join(tables)}; it was rolled back"
        )
