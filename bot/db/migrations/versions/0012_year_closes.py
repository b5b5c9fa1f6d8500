"""Year close: the coordinator closes an organisation's fiscal year (append-only, with origin).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "year_closes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.String(length=100), nullable=False),
        sa.Column("closed_by_name", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("source_event_id", sa.String(length=100), nullable=True),
        sa.Column("source_chat_id", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_year_closes_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_closes")),
        sa.UniqueConstraint(
            "organisation_id", "fiscal_year", name=op.f("uq_year_closes_organisation_id")
        ),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("year_closes")
