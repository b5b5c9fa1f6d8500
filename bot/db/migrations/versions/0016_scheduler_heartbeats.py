"""The scheduler's heartbeat: each scheduler process records when it last ran (for /readyz).

Revision ID: 0016
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "scheduler_heartbeats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("process", sa.String(length=150), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_ok_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduler_heartbeats")),
        sa.UniqueConstraint("process", name=op.f("uq_scheduler_heartbeats_process")),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("scheduler_heartbeats")
