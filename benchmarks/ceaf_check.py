"""An independent CEAF-REE check of a MUC-4 predictions file.

    python benchmarks/ceaf_check.py ../shared/data/muc4/test.jsonl predictions.jsonl

Written apart from ``veille.eval`` (it imports nothing from veille) so that the predictions that
``veille eval muc4 --predictions FILE`` writes can be re-scored by a second implementation:
mentions are lower-cased, punctuation is deleted, a/an/the are dropped and spaces collapsed; a
predicted entity counts for a gold entity only if all its mentions are among the gold entity's
(phi_strict); entities are aligned one to one by maximum bipartite matching; P, R and F1 are
micro-averaged over the five roles and all documents. On GRIT's released predictions it gives
P 64.19, R 47.36, F1 54.50.
"""

from __future__ import annotations

import json
import re
import string
import sys
from typing import Any

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
PUNCTUATION = set(string.punctuation)


def normalise(text: str) -> str:
    text = "".join(ch for ch in text.lower() if ch not in PUNCTUATION)
    return " ".join(re.sub(r"\b(a|an|the)\b", " ", text).split())


def entities(raw: list[Any], gold: bool) -> list[set[str]]:
    found = []
    for entity in raw:
        mentions = {normalise(m[0] if gold else m) for m in entity} - {""}
        if mentions:
            found.append(mentions)
    return found


def matched(gold: list[set[str]], predicted: list[set[str]]) -> int:
    options = [[j for j, g in enumerate(gold) if p <= g] for p in predicted]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(len(predicted)))


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        gold = {d["docid"]: d for d in map(json.loads, handle) if d}
    with open(sys.argv[2], encoding="utf-8") as handle:
        predicted = {d["docid"]: d for d in map(json.loads, handle) if d}
    hits = n_pred = n_gold = 0
    for docid, document in gold.items():
        extracts = predicted.get(docid, {}).get("extracts", {})
        for role in ROLES:
            g = entities(document["extracts"].get(role, []), gold=True)
            p = entities(extracts.get(role, []), gold=False)
            hits, n_pred, n_gold = hits + matched(g, p), n_pred + len(p), n_gold + len(g)
    precision = hits / n_pred if n_pred else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"P {100 * precision:.2f} R {100 * recall:.2f} F1 {100 * f1:.2f}")


if __name__ == "__main__":
    main()
