"""Placeholder for the beritaie_boilerplate component (being written); registers the factory so spaCy's entry point loads."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("beritaie_boilerplate")
def make_boilerplate(nlp: Language, name: str):
    def passthrough(doc: Doc) -> Doc:
        return doc

    return passthrough
