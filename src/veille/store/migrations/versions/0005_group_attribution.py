"""How the text ties each perpetrator group to its incident: ``incident_groups.attribution``
('claimed', 'named' or 'suspected'; null for incidents stored before it was read).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incident_groups") as batch:
        batch.add_column(sa.Column("attribution", sa.String(12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("incident_groups") as batch:
        batch.drop_column("attribution")
