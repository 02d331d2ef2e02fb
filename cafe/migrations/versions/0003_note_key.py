"""Key points: a note the host marked for the plenary's slides

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every note of an older database is not a key point
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_column('key')
