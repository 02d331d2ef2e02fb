"""The workshop's output language and the Word report's paper; an index for counting live notes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an older workshop writes its outputs in English on A4, as before
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), server_default='en', nullable=False))
        batch_op.add_column(sa.Column('report_paper', sa.String(length=8), server_default='a4', nullable=False))
    # every snapshot counts the live notes per room and round: from the index alone
    op.create_index('ix_note_room_round_live', 'note', ['room_id', 'round_id', 'deleted_at'])


def downgrade() -> None:
    op.drop_index('ix_note_room_round_live', table_name='note')
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_column('report_paper')
        batch_op.drop_column('language')
