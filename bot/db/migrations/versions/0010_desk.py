"""The coordinator's desk: single-use login links, each bound to one LINE user.

Revision ID: 0010
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "desk_logins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("line_user_id", sa.String(length=100), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_via", sa.String(length=20), nullable=False),
        sa.Column("source_event_id", sa.String(length=100), nullable=True),
        sa.Column("source_chat_id", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_desk_logins_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_logins")),
        sa.UniqueConstraint("nonce", name=op.f("uq_desk_logins_nonce")),
    )
    with op.batch_alter_table("desk_logins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_desk_logins_line_user_id"), ["line_user_id"], unique=False
        )


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("desk_logins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_logins_line_user_id"))
    op.drop_table("desk_logins")
