"""Placeholder for the beritaie_officials component (being written); registers the factory so spaCy's entry point loads."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("beritaie_officials")
def make_officials(nlp: Language, name: str):
    def passthrough(doc: Doc) -> Doc:
        return doc

    return passthrough
