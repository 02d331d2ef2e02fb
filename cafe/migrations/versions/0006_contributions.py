"""Contributions from phones in the rooms' queues, and each room's posting link

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'contribution',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('room_id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=True),
        sa.Column('category', sa.String(length=32), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('countries', sa.JSON(), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('state', sa.String(length=32), nullable=False),
        sa.Column('note_uuid', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('posted_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_contribution_uuid'), 'contribution', ['uuid'], unique=True)
    op.create_index(op.f('ix_contribution_room_id'), 'contribution', ['room_id'], unique=False)
    op.create_table(
        'venue_room',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('room_id', sa.Integer(), nullable=False),
        sa.Column('open', sa.Boolean(), nullable=False),
        sa.Column('generation', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('room_id'),
    )
    op.create_index(op.f('ix_venue_room_uuid'), 'venue_room', ['uuid'], unique=True)


def downgrade() -> None:
    op.drop_index(op.f('ix_venue_room_uuid'), table_name='venue_room')
    op.drop_table('venue_room')
    op.drop_index(op.f('ix_contribution_room_id'), table_name='contribution')
    op.drop_index(op.f('ix_contribution_uuid'), table_name='contribution')
    op.drop_table('contribution')
