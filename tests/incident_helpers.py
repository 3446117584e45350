"""Helpers for tests that read incidents from sentences written for them."""

from __future__ import annotations

from veille.models import Article, Incident
from veille.services import Veille


def incidents_in(app: Veille, text: str, published: str, *, article_id: str) -> list[Incident]:
    """The incidents ``app`` reads in one article of ``text`` published on ``published``."""
    article = Article(id=article_id, text=text, published=published, source="test")
    [(_, found)] = list(app.extract([article]))
    return found
