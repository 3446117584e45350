"""Where a sentence names a level of a scheme, and in what position; used by
:mod:`veille.extract.alerts`.

A level is named by a name or alias of the scheme, by a number in a numbered scheme ("level 4",
"to 4 out of 5", "at 4 (substantial)"), or by a rank phrase ("its highest level", "the maximum of
four", "second-highest"). Ordinary words ("severe", "red") count only where they name a level.
Each hit has a role, from the word before it: the level a change goes to, the level it comes
from, the level in force, or a bare mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from . import alert_patterns as pat
from .alert_patterns import Role
from .alert_schemes import AlertLevel, AlertScheme, AlertSchemes, LevelHitKind

__all__ = ["LevelHit", "level_hits"]


@dataclass(frozen=True, slots=True)
class LevelHit:
    """A level named in a sentence: absolute character offsets, how and in what position."""

    level: AlertLevel
    start: int
    end: int
    kind: LevelHitKind
    role: Role


def level_hits(
    schemes: AlertSchemes, scheme: AlertScheme, sent: Span, folded: str
) -> list[LevelHit]:
    """Every level of ``scheme`` the sentence names, longest first when they overlap; none
    when it lists three levels or more ("the five levels are low, moderate, ...")."""
    base = sent.start_char
    raw: list[LevelHit] = []
    named: set[str] = set()
    for pattern in schemes.level_patterns(scheme):
        for match in pattern.regex.finditer(folded):
            named.add(pattern.level.id)
            role = _role(folded, match.start())
            if pattern.kind == "role" and not _names_a_level(folded, match, role):
                continue
            if pattern.kind == "role" and _modifies_noun(sent, base + match.end()):
                continue
            raw.append(
                LevelHit(
                    pattern.level, base + match.start(), base + match.end(), pattern.kind, role
                )
            )
    if len(named) >= 3:
        return []
    raw.extend(_relative_hits(scheme, sent, folded))
    if scheme.numbered:
        raw.extend(_number_hits(scheme, folded, base))
    raw.sort(key=lambda h: (h.start - h.end, h.start))
    kept: list[LevelHit] = []
    for hit in raw:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


def _role(folded: str, start: int) -> Role:
    found = pat.ROLE_BEFORE.search(folded, max(0, start - 80), start)
    if found is None:
        return "plain"
    return pat.ROLE_OF.get(found.group("p"), "state")


def _names_a_level(folded: str, match: re.Match[str], role: Role) -> bool:
    """Whether an ordinary word ("severe", "red") stands for a level here."""
    before = folded[: match.start()]
    after = folded[match.end() :]
    if pat.QUOTED_BEFORE.search(before) or pat.LEVEL_AFTER.match(after):
        return True
    if pat.UNDER_A_SYSTEM.match(after):
        return True  # "the first bulletin under a revamped National Terrorism Advisory System"
    if role == "plain":
        return False
    if pat.IT_STATE.match(folded):
        return True  # "It had been at severe from August 2014", after a sentence on the level
    # "raised ... from moderate to substantial": an alert word anywhere before in the sentence;
    # "is critical", "at severe": one close by ("the situation is critical" is no level).
    window = 200 if role in {"target", "source"} else 60
    return bool(pat.LEVEL_WORDS.search(folded, max(0, match.start() - window), match.start()))


def _modifies_noun(sent: Span, end: int) -> bool:
    """Whether the word ending at ``end`` modifies a following noun ("a severe attack")."""
    for token in sent:
        if token.idx >= end:
            if token.is_punct or token.lower_ in pat.LEVEL_NOUNS or token.ent_type_ == "DATE":
                return False
            return token.pos_ in {"NOUN", "PROPN"}
    return False


def _relative_hits(scheme: AlertScheme, sent: Span, folded: str) -> list[LevelHit]:
    hits: list[LevelHit] = []
    base = sent.start_char
    for match in pat.RELATIVE.finditer(folded):
        rel = re.sub(r"[\s-]+", " ", match.group("rel"))
        tail, count = match.group("tail"), match.group("n")
        if not tail and not count:
            # "its highest." alone; never "top officials", "maximum security"
            if rel in {"top", "max"} or not re.match(r"\s*(?:[,.;:)]|$)", folded[match.end() :]):
                continue
            if not re.search(r"\b(?:its|their|the)\s+$", folded[: match.start()]):
                continue
        if pat.RELATIVE_NOT.match(folded[match.end() :]):
            continue  # "the highest level in years", "since 2017"
        if count is not None and pat.number(count) != scheme.size:
            continue  # "the maximum of four" does not fit a five-level scheme
        if _modifies_noun(sent, base + match.end()):
            continue
        rank = {
            "second highest": scheme.size - 1,
            "second lowest": 2,
            "lowest": 1,
            "minimum": 1,
        }.get(rel, scheme.size)
        level = scheme.by_rank(rank)
        if level is None:
            continue
        role = _role(folded, match.start())
        hits.append(LevelHit(level, base + match.start(), base + match.end(), "relative", role))
    return hits


def _number_hits(scheme: AlertScheme, folded: str, base: int) -> list[LevelHit]:
    hits: list[LevelHit] = []
    for match in pat.NUMBER.finditer(folded):
        value = pat.number(match.group("n"))
        before = folded[: match.start()]
        after = folded[match.end() :]
        if pat.NUMBER_SCALE_BEFORE.search(before) or pat.NUMBER_COUNT_AFTER.match(after):
            continue  # "out of 5", "a scale of 1 to 5", "five levels"
        scale = pat.SCALE_AFTER.match(after)
        if scale is not None and pat.number(scale.group("n")) != scheme.size:
            continue  # "4 out of 5" in a four-level scheme
        start = match.start()
        level_word = pat.NUMBER_LEVEL_BEFORE.search(before)
        if level_word is not None:
            start = level_word.start()
        elif not (
            (pat.NUMBER_PREP_BEFORE.search(before) and pat.NUMBER_AFTER_OK.match(after))
            or scale is not None
            or re.match(r"\s*\(", after)
        ):
            continue
        if (
            not pat.LEVEL_WORDS.search(folded, max(0, start - 60), start)
            and level_word is None
            # "It stands at three on a scale of four", after a sentence about the level
            and scale is None
        ):
            continue  # "to 4" far from any alert word
        level = scheme.by_rank(value)
        if level is None:
            continue
        role = _role(folded, start)
        hits.append(LevelHit(level, base + start, base + match.end(), "number", role))
    return hits
