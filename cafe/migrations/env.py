"""Alembic environment: always run on a connection the app hands over.

The app never calls ``create_all``; every schema change is a revision here,
rendered in batch mode so SQLite can alter tables.
"""

from alembic import context
from sqlmodel import SQLModel

from cafe.storage import models  # noqa: F401  (fills SQLModel.metadata)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; open the database with the app.")
run_migrations_online()
