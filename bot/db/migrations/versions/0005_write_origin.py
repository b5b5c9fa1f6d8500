"""Every write keeps where it came from: the LINE chat and event of submissions and changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = {
    "submissions": ("source_chat_id",),
    "member_changes": ("source_event_id", "source_chat_id"),
    "group_binding_changes": ("source_event_id",),
    "reminder_policy_changes": ("source_event_id",),
}


def upgrade() -> None:
    """Apply this migration."""
    for table, columns in _COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(sa.Column(column, sa.String(length=100), nullable=True))


def downgrade() -> None:
    """Revert this migration."""
    for table, columns in _COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
