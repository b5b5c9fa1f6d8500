"""Reliability: drafts know their chat and slot, bindings can be left, purges find old rows fast.

Revision ID: 0006
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0010"
branch_labels = None
depends_on = None

_PENDING = {"chat_id": (100, ""), "slot": (300, ""), "kind": (20, "submission")}
_INDEXES = {
    "ix_processed_events_received_at": ("processed_events", "received_at"),
    "ix_pending_actions_expires_at": ("pending_actions", "expires_at"),
}


def upgrade() -> None:
    """Apply this migration."""
    with op.batch_alter_table("pending_actions", schema=None) as batch_op:
        for name, (length, default) in _PENDING.items():
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default=default)
            )
    for table in ("group_bindings", "group_binding_changes"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
            )
    for name, (table, column) in _INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, [column], unique=False)


def downgrade() -> None:
    """Revert this migration."""
    for name, (table, _) in _INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    for table in ("group_bindings", "group_binding_changes"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("active")
    with op.batch_alter_table("pending_actions", schema=None) as batch_op:
        for name in reversed(_PENDING):
            batch_op.drop_column(name)
