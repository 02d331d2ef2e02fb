"""Dot votes in plenary: the votes and each device's dots

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'vote',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('options', sa.JSON(), nullable=False),
        sa.Column('dots', sa.Integer(), nullable=False),
        sa.Column('open', sa.Boolean(), nullable=False),
        sa.Column('generation', sa.Integer(), nullable=False),
        sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_vote_uuid'), 'vote', ['uuid'], unique=True)
    op.create_table(
        'vote_dot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('vote_id', sa.Integer(), nullable=False),
        sa.Column('device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('option_uuid', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('dots', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['vote_id'], ['vote.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('vote_id', 'device', 'option_uuid'),
    )
    op.create_index(op.f('ix_vote_dot_vote_id'), 'vote_dot', ['vote_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_vote_dot_vote_id'), table_name='vote_dot')
    op.drop_table('vote_dot')
    op.drop_index(op.f('ix_vote_uuid'), table_name='vote')
    op.drop_table('vote')
