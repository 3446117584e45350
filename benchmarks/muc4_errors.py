"""Where the MUC-4 errors are: relevance and per-role misses, from a predictions file.

    .venv/bin/veille eval muc4 --split dev --predictions /tmp/dev.jsonl
    .venv/bin/python benchmarks/muc4_errors.py ../shared/data/muc4/dev.jsonl /tmp/dev.jsonl

Prints micro CEAF-REE F1 as predicted; with a perfect relevance decision (no prediction in
documents whose gold template is empty), the ceiling a better relevance classifier could reach;
with two simple relevance rules on the predicted roles; and per role the gold entities no
prediction matches (missed) and the predictions no gold entity holds (spurious), most frequent
first. Choose on dev only.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Mapping

from veille.eval.ceaf import RoleEntities, normalise_mention, score_documents
from veille.eval.muc4 import gold_role_entities, read_gold, read_predictions


def _f1(gold: Mapping[str, RoleEntities], predicted: Mapping[str, RoleEntities]) -> str:
    micro = score_documents(gold, predicted).micro
    return f"F1 {100 * micro.f1:.2f} (P {100 * micro.precision:.2f}, R {100 * micro.recall:.2f})"


def _without(
    predicted: Mapping[str, RoleEntities], drop: Callable[[str, RoleEntities], bool]
) -> dict[str, RoleEntities]:
    return {d: ({r: [] for r in v} if drop(d, v) else v) for d, v in predicted.items()}


def main() -> None:
    gold = gold_role_entities(read_gold(sys.argv[1]))
    predicted = read_predictions(sys.argv[2])
    empty = {d for d, roles in gold.items() if not any(roles.values())}
    print("as predicted:                    ", _f1(gold, predicted))
    print(
        "perfect relevance:               ", _f1(gold, _without(predicted, lambda d, _: d in empty))
    )
    no_event = _without(predicted, lambda _, v: not (v["Target"] or v["Victim"] or v["Weapon"]))
    print("drop docs without target/victim/weapon:", _f1(gold, no_event))
    only_org = _without(
        predicted, lambda _, v: not (v["Target"] or v["Victim"] or v["Weapon"] or v["PerpInd"])
    )
    print("drop docs with only PerpOrg:     ", _f1(gold, only_org))
    for role in ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon"):
        missed: Counter[str] = Counter()
        spurious: Counter[str] = Counter()
        for doc, roles in gold.items():
            entities = [{normalise_mention(m) for m in e} for e in roles[role]]
            mentions = [normalise_mention(e[0]) for e in predicted.get(doc, {}).get(role, [])]
            missed.update(min(e, key=len) for e in entities if not any(m in e for m in mentions))
            spurious.update(m for m in mentions if not any(m in e for e in entities))
        print(f"{role}: missed {sum(missed.values())}, spurious {sum(spurious.values())}")
        print("  missed:  ", ", ".join(f"{m} ({n})" for m, n in missed.most_common(10)))
        print("  spurious:", ", ".join(f"{m} ({n})" for m, n in spurious.most_common(10)))


if __name__ == "__main__":
    main()
