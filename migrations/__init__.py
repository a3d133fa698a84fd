"""Alembic migrations for the sitrep schema (run with `sitrep db upgrade` or `alembic upgrade head`)."""
