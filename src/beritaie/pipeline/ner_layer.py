"""The pipeline's flat NER layer, ``doc.ents``: the model's mentions, linked and completed.

``doc._.entities`` (the record) follows the project GUIDE: a country used as a modifier
("pasukan Israel") and a region inside a body's name are LOC mentions there, buildings are not.
``doc.ents`` keeps the token-level conventions of news NER corpora instead, which is what a
spaCy user expects of ``doc.ents`` and what ``benchmarks/ner_eval.py --pipeline`` scores:

- every model span stays as the model found it (the model already sees the gazetteers through
  its lexicon features, ``lexfeatures.py``);
- where a record mention has exactly the model span and label, the span takes the mention's
  gazetteer code as ``kb_id_`` ("Kalteng" -> "62");
- a person found by the rules only (title + name, ``doc._.persons``) and overlapping no model
  span is added as PER: rules see titles across the document that the model cannot. Not when
  it starts with a body's or a geographic feature's head word ("Fakultas Sastra", "Teluk
  Betung") or contains the English article "The" (titles of works: "X The Series").

Other gazetteer and rule mentions are not added: measured on the NER corpora's dev splits they
are mostly modifier countries and bodies the corpora leave untagged (benchmarks/ner/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Doc, Span


def set_ner_layer(doc: Doc, mentions: list[dict[str, Any]], head_words: Collection[str] = ()) -> None:
    """Replace ``doc.ents`` with the model's spans (+ kb_ids) and the rule-only persons.

    ``head_words``: case-folded first words of body and place names ("fakultas", "teluk"); a
    rule-only person starting with one is not added.
    """
    by_span = {(m["start"], m["end"], m["label"]): m for m in mentions}
    ents: list[Span] = []
    for ent in doc.ents:
        mention = by_span.get((ent.start_char, ent.end_char, ent.label_))
        kb_id = mention.get("kb_id") if mention else None
        ents.append(Span(doc, ent.start, ent.end, label=ent.label_, kb_id=kb_id or ""))
    taken = [False] * len(doc)
    for ent in ents:
        taken[ent.start:ent.end] = [True] * (ent.end - ent.start)
    for m in mentions:
        if m["label"] != "PER" or m["source"] != "rule" or not _name_like(m["text"], head_words):
            continue
        span = doc.char_span(m["start"], m["end"], label="PER")
        if span is not None and not any(taken[span.start:span.end]):
            taken[span.start:span.end] = [True] * len(span)
            ents.append(span)
    doc.ents = sorted(ents, key=lambda s: s.start)


def _name_like(text: str, head_words: Collection[str]) -> bool:
    words = text.split()
    return bool(words) and words[0].casefold() not in head_words and "The" not in words
