"""Onboarding any organisation: organisation aliases and who added each unit, when and how.

Revision ID: 0011
Revises: 0013
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("aliases", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(
            sa.Column("created_by", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("added_by", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("added_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("source_event_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("source_chat_id", sa.String(length=100), nullable=True))


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("units", schema=None) as batch_op:
        for name in ("source_chat_id", "source_event_id", "added_at", "added_by"):
            batch_op.drop_column(name)
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("created_by")
        batch_op.drop_column("aliases")
