"""Reminders within the quota: retries, reply deliveries, postponements, digests, LINE figures.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def _delivery_columns() -> list[sa.Column]:
    return [
        sa.Column("tries", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("retry_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("key_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("via", sa.String(length=10), nullable=False, server_default="push"),
        sa.Column("cost", sa.Integer(), nullable=True),
        sa.Column("source_event_id", sa.String(length=100), nullable=True),
    ]


def upgrade() -> None:
    """Apply this migration."""
    with op.batch_alter_table("reminder_deliveries", schema=None) as batch_op:
        for column in _delivery_columns():
            batch_op.add_column(column)
    for table in ("reminder_policies", "reminder_policy_changes"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("weekly_digest", sa.Boolean(), nullable=False, server_default=sa.false())
            )
    op.create_table(
        "reminder_postponements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.String(length=100), nullable=False),
        sa.Column("indicator_code", sa.String(length=40), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("postponed_by", sa.String(length=100), nullable=False),
        sa.Column("postponed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_event_id", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_postponements")),
    )
    with op.batch_alter_table("reminder_postponements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_postponements_group_id"), ["group_id"], unique=False
        )
    op.create_table(
        "line_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line_figures")),
        sa.UniqueConstraint("name", name=op.f("uq_line_figures_name")),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("line_figures")
    with op.batch_alter_table("reminder_postponements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_postponements_group_id"))
    op.drop_table("reminder_postponements")
    for table in ("reminder_policy_changes", "reminder_policies"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("weekly_digest")
    with op.batch_alter_table("reminder_deliveries", schema=None) as batch_op:
        for column in reversed(_delivery_columns()):
            batch_op.drop_column(column.name)
