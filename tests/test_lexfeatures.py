"""The lexicon feature of the NER model (``beritaie_lexfeatures``)."""

from __future__ import annotations

import spacy

from beritaie.pipeline.lexfeatures import LEXICON_FILE, Lexicon, lexicon


def test_lexicon_marks_the_longest_phrase_and_every_list_it_is_in():
    lex = Lexicon({"amerika serikat": "world", "serikat": "word", "kotawaringin barat": "region",
                   "barat": "village,word", "mariah": "given"}.items())
    words = "mariah tiba di amerika serikat dan kotawaringin barat".split()
    assert lex.token_features(words) == ["given", "", "", "world", "word+world", "", "region",
                                         "region+village+word"]


def test_lexicon_ignores_phrases_running_past_the_end():
    lex = Lexicon([("kota baru", "region")])
    assert lex.token_features(["kota"]) == [""]


def test_packaged_lexicon_knows_regions_countries_and_names():
    lex = lexicon()
    feats = dict(zip(["jakarta", "tiongkok", "mariah"], lex.token_features(["jakarta", "tiongkok", "mariah"])))
    assert "region" in feats["jakarta"] and "world" in feats["tiongkok"] and "given" in feats["mariah"]


def test_packaged_lexicon_is_read_once_however_it_is_named():
    # The model names its file, the rule components take the default: one 170k-phrase table, not two.
    assert lexicon() is lexicon(LEXICON_FILE)


def test_component_sets_tags_only_where_a_list_matches():
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaie_lexfeatures")
    doc = nlp("Warga Jakarta menanam singkong.")
    tags = {t.text: t.tag_ for t in doc}
    assert "region" in tags["Jakarta"].split("+")
    assert tags["."] == ""


def test_positions_mark_where_each_listed_phrase_begins():
    lex = Lexicon([("budi", "given"), ("santoso", "family"), ("jawa tengah", "region")])
    words = ["budi", "santoso", "ke", "jawa", "tengah"]
    assert lex.token_features(words, positions=True) == ["B-given", "B-family", "", "B-region", "I-region"]
    assert lex.token_features(words) == ["given", "family", "", "region", "region"]
