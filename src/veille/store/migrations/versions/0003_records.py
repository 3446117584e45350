"""Records beside incidents: counter-terrorism actions, alert levels, figures.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column(
            "article_id",
            sa.String(40),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("country", sa.String(2)),
        sa.Column("date", sa.String(10)),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_index("ix_records_kind_country_date", "records", ["kind", "country", "date"])


def downgrade() -> None:
    op.drop_index("ix_records_kind_country_date", table_name="records")
    op.drop_table("records")
