import pytest
import spacy

from beritaie.tokenizer import customize_tokenizer


@pytest.fixture(scope="module")
def splitter():
    nlp = spacy.blank("id")
    customize_tokenizer(nlp.tokenizer)
    nlp.add_pipe("beritaie_sentences")
    return nlp


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_quote_with_cue_stays_one_sentence(splitter):
    text = "“Kami siap menggelar pemilihan,” ujar Budi. Ia lalu pergi."
    assert sents(splitter, text) == ["“Kami siap menggelar pemilihan,” ujar Budi.", "Ia lalu pergi."]


def test_no_break_after_abbreviation(splitter):
    text = "Rapat dihadiri H. Ahmad Yani, S.H. dan Dr. Siti di Kab. Sleman. Acara selesai."
    assert sents(splitter, text) == ["Rapat dihadiri H. Ahmad Yani, S.H. dan Dr. Siti di Kab. Sleman.", "Acara selesai."]


def test_quote_ending_in_stop_then_lowercase_cue(splitter):
    text = "“Semua sudah siap.” kata Camat Depok. Warga menyambut baik."
    assert sents(splitter, text) == ["“Semua sudah siap.” kata Camat Depok.", "Warga menyambut baik."]


def test_line_break_ends_sentence(splitter):
    text = "Judul Berita Tanpa Titik\n\nIsi berita dimulai di sini."
    assert sents(splitter, text) == ["Judul Berita Tanpa Titik", "Isi berita dimulai di sini."]


def test_break_before_opening_quote(splitter):
    text = "Bupati menyampaikan arahan. “Jaga protokol kesehatan,” katanya."
    assert sents(splitter, text) == ["Bupati menyampaikan arahan.", "“Jaga protokol kesehatan,” katanya."]


def test_a_degree_or_dll_ends_a_sentence_before_a_capitalised_word(splitter):
    assert sents(splitter, "Rapat dibuka Sekda Kota Malang, Hendra, S.H. Ia meminta OPD hadir.") == [
        "Rapat dibuka Sekda Kota Malang, Hendra, S.H.", "Ia meminta OPD hadir."]
    assert sents(splitter, "Dijual beras, gula, dll. Harga naik.") == ["Dijual beras, gula, dll.", "Harga naik."]
    # another degree continues the name; an honorific before a name never ends a sentence
    assert len(sents(splitter, "Hadir Budi Santoso, S.H. M.H. dan Drs. H. Ahmad Yani.")) == 1


def test_a_company_tbk_dot_after_a_title_does_not_end_the_sentence(splitter):
    text = "Direktur Keuangan PT Lintas Samudra Tbk. Rudi Hartawan mengatakan laba naik. Saham ditutup menguat."
    assert sents(splitter, text) == ["Direktur Keuangan PT Lintas Samudra Tbk. Rudi Hartawan mengatakan laba naik.",
                                     "Saham ditutup menguat."]
    text = "Investor memburu saham PT Lintas Samudra Tbk. Harganya naik."
    assert sents(splitter, text) == ["Investor memburu saham PT Lintas Samudra Tbk.", "Harganya naik."]
