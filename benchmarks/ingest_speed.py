"""Ingestion speed on this machine: documents per second and peak memory.

    .venv/bin/python benchmarks/ingest_speed.py [--corpus DIR] [--muc4 FILE] [--repeat N]

Measures ``veille ingest`` end to end (read, NLP, extract, store in a fresh SQLite file) on the
bundled sample corpus, and the extractor alone (no storage) on a MUC-4 split. The model loads
once before the clock starts; one process.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from veille.config import Settings
from veille.eval.runner import peak_rss_mb
from veille.ingest.text import article_id
from veille.models import Article
from veille.services import Veille

ROOT = Path(__file__).resolve().parents[1]


def ingest_speed(corpus: Path, repeat: int) -> dict[str, float]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            app = Veille(Settings(db=str(Path(tmp) / "bench.db")))
            _ = app.warm_up(), app.extractor
            started = time.perf_counter()
            report = app.ingest([corpus])
            best = min(best, time.perf_counter() - started)
            count = report.added
            app.close()
    return {"articles": count, "seconds": best, "docs_per_second": count / best}


def extract_speed(path: Path, limit: int) -> dict[str, float]:
    app = Veille(Settings(db=":memory:"))
    lines = path.read_text(encoding="utf-8").splitlines()[:limit]
    texts = [json.loads(line)["doctext"] for line in lines]
    articles = [Article(id=article_id(t), text=t, source="bench") for t in texts]
    _ = app.warm_up(), app.extractor
    started = time.perf_counter()
    found = sum(len(incidents) for _, incidents in app.extract(articles))
    seconds = time.perf_counter() - started
    return {
        "documents": len(articles),
        "incidents": found,
        "seconds": seconds,
        "docs_per_second": len(articles) / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "sample")
    parser.add_argument("--muc4", type=Path, default=ROOT.parent / "shared/data/muc4/dev.jsonl")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result: dict[str, object] = {"ingest_sample": ingest_speed(args.corpus, args.repeat)}
    if args.muc4.is_file():
        result["extract_muc4"] = extract_speed(args.muc4, args.limit)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
