"""Ask-backs: a question the bot asked back, answered by the sender's next message.

Revision ID: 0014
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "ask_backs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("line_user_id", sa.String(length=100), nullable=False),
        sa.Column("chat_id", sa.String(length=100), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source_event_id", sa.String(length=100), nullable=True),
        sa.Column("closed_by_event_id", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_ask_backs_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ask_backs")),
    )
    with op.batch_alter_table("ask_backs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ask_backs_user_chat_state", ["line_user_id", "chat_id", "state"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ask_backs_expires_at"), ["expires_at"], unique=False)


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("ask_backs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ask_backs_expires_at"))
        batch_op.drop_index("ix_ask_backs_user_chat_state")
    op.drop_table("ask_backs")
