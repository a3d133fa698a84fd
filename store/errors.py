"""Database errors as the store's callers meet them, named for what they mean to a writer.

Callers catch these instead of importing SQLAlchemy: the store is the one package that
speaks to the database library.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError, OperationalError

# A unique constraint met: another writer stored the same row first (retry after a re-match).
WriteConflict = IntegrityError
# The server is unreachable, or the database is busy, locked or damaged.
DatabaseUnavailable = OperationalError

__all__ = ["DatabaseUnavailable", "WriteConflict"]
