"""Build ``known_incidents.json`` from the Wikipedia-derived list of terrorist incidents.

    python -m veille.kb.build_known ../shared/data/wikipedia_incidents/incidents.csv \\
        src/veille/kb/known_incidents.json

The source (9,319 rows, 1970 – April 2019) was scraped from Wikipedia's "List of terrorist
incidents" pages (text CC BY-SA 3.0; see kb/README.md). Only the facts are kept: date, type,
tolls, place, perpetrator and the incident's name when the row gives one ("2004 Madrid train
bombings: ..."); the descriptive text is dropped.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path
from typing import Any

from veille.nlp.date_patterns import MONTHS

_REF = re.compile(r"\[\d+\]|\[citation needed\]")
_NAME = re.compile(r"^([^:.]{4,80}?):\s")
_ATTACK_WORDS = re.compile(
    r"(?i)\b(attacks?|bombings?|shootings?|massacre|siege|hijacking|stabbing|assault|"
    r"explosions?|blasts?|raid|kidnapping|crisis|hostage|killings?|assassination|incident)\b"
)


def _number(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


def _name(details: str) -> str | None:
    match = _NAME.match(details.strip())
    if match is None:
        return None
    name = match.group(1).strip()
    if len(name.split()) > 9 or not _ATTACK_WORDS.search(name):
        return None
    return name


_NAMED_DAY = re.compile(r"^(\d{1,2}) ([A-Za-z]+) (\d{4})\b")


def _date(row_date: str, name: str | None) -> str:
    """The row's date, unless the incident's name states another day ("7 July 2005 London
    bombings" is dated 2005-06-07 in the source, whose 2005 page runs a month behind): the
    name, written by the page's editors, wins."""
    match = _NAMED_DAY.match(name or "")
    month = MONTHS.get(match.group(2).lower()) if match is not None else None
    if match is None or month is None:
        return row_date
    return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"


def build(rows: list[dict[str, str]]) -> dict[str, Any]:
    incidents = []
    for number, row in enumerate(rows):
        details = _REF.sub("", row.get("details", ""))
        name = _name(details)
        incidents.append(
            {
                "id": f"wp_{number:05d}",
                "date": _date(row["date"].strip(), name),
                "type": row["type"].strip(),
                "name": name,
                "killed": _number(row.get("dead", "")),
                "wounded": _number(row.get("injured", "")),
                "location": row.get("location", "").strip(),
                "perpetrator": _REF.sub("", row.get("perpetrator", "")).strip() or None,
            }
        )
    return {
        "version": 1,
        "source": "Wikipedia, 'List of terrorist incidents' pages (CC BY-SA 3.0), as scraped in "
        "the repository SupChanda/Predicting-perpetrators-of-global-terrorism; facts only",
        "incidents": incidents,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    with args.source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    data = build(rows)
    args.target.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
