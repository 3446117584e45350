"""Later tellings of a record already stored: ``records.same_as`` names the first telling.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("same_as", sa.String(40), nullable=True))
    op.create_index("ix_records_same_as", "records", ["same_as"])


def downgrade() -> None:
    op.drop_index("ix_records_same_as", table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("same_as")
