"""The whole development corpora through ``veille ingest``: speed, memory and what comes out.

    .venv/bin/python benchmarks/corpus_ingest.py [--data ../shared/data] [--limit N] [--keep DB]

Writes the 989 Reuters 2017 and the 249 Guardian articles of ``../shared/data`` to a JSON Lines
file (Reuters: title, then text, as the gold sets read them; the corpus's date column as the
publication date), ingests it into a fresh SQLite file with ``Veille.ingest`` exactly as
``veille ingest FILE`` does, and prints articles added and failed, seconds, articles per second,
peak memory and the records stored per kind. One process; the model loads before the clock
starts. ``--keep DB`` keeps the database for reading what came out (``veille --db DB export``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from veille.config import Settings
from veille.eval.picture import CORPORA, article_text
from veille.eval.runner import peak_rss_mb
from veille.services import Veille

ROOT = Path(__file__).resolve().parents[1]
_TEXT_DATES = ("%B %d, %Y", "%b %d, %Y", "%d-%b-%y")


def _published(value: str) -> str | None:
    """The corpus's date column as an ISO day ("December 31, 2017 ", "2019-04-10")."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    for form in _TEXT_DATES:
        try:
            return dt.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None


def corpus_lines(data: Path, limit: int | None) -> Iterator[str]:
    """One JSON Lines record per corpus row, Reuters first."""
    for corpus, name in CORPORA.items():
        with (data / name).open(encoding="utf-8", newline="") as handle:
            for index, row in enumerate(csv.DictReader(handle)):
                if limit is not None and index >= limit:
                    break
                record = {
                    "url": f"{corpus}:{index}",
                    "title": row.get("title") or None,
                    "published": _published(row.get("date") or ""),
                    "text": article_text(corpus, row),
                }
                yield json.dumps(record, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="rows per corpus")
    parser.add_argument("--keep", type=Path, default=None, help="keep the database here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "corpora.jsonl"
        feed.write_text("\n".join(corpus_lines(args.data, args.limit)) + "\n", encoding="utf-8")
        db = args.keep or Path(tmp) / "corpora.db"
        app = Veille(Settings(db=str(db)))
        app.warm_up()
        started = time.perf_counter()
        report = app.ingest([feed])
        seconds = time.perf_counter() - started
        counts = app.counts()
        app.close()
    result = {
        "added": report.added,
        "duplicates": report.duplicates,
        "failed": len(report.failed),
        "seconds": round(seconds, 1),
        "articles_per_second": round(report.added / seconds, 2),
        "processes": 1,
        "peak_rss_mb": round(peak_rss_mb()),
        "stored": counts,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
