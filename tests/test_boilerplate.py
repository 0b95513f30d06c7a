import pytest

from beritaie.pipeline.boilerplate import find_boilerplate


@pytest.mark.parametrize(
    "text,kind,snippet",
    [
        ("Warga antre.\n\n(Baca Juga: Harga Cabai Naik Lagi)\n\nLalu", "read_also", "(Baca Juga: Harga Cabai Naik Lagi)"),
        ("Warga antre. (Baca: Pasar Murah Digelar) Lalu", "read_also", "(Baca: Pasar Murah Digelar)"),
        ("Isi.\nBaca juga: Banjir Rendam Dua Desa\nLanjut", "read_also", "Baca juga: Banjir Rendam Dua Desa"),
        ("Isi.\nSCROLL TO CONTINUE WITH CONTENT\nLanjut", "scroll", "SCROLL TO CONTINUE WITH CONTENT"),
        ("Foto: Bupati meninjau lokasi banjir, Senin (6/7).\nIsi", "caption", "Foto: Bupati meninjau lokasi banjir, Senin (6/7)."),
        ("Isi berita.\nPenulis: Andi\nEditor: Budi", "credit", "Penulis: Andi"),
        ("Isi berita selesai. (humas setda)", "credit", "(humas setda)"),
        ("Isi berita selesai. (ant/hrs)", "credit", "(ant/hrs)"),
        ("Isi.\nArtikel ini telah tayang di Contoh.com dengan judul X", "repost",
         "Artikel ini telah tayang di Contoh.com dengan judul X"),
        ("Isi.\nSimak Video \"Banjir Bandang\"", "video", "Simak Video \"Banjir Bandang\""),
    ],
)
def test_boilerplate_kinds(text, kind, snippet):
    spans = find_boilerplate(text)
    found = {(s["kind"], text[s["start"]:s["end"]]) for s in spans}
    assert (kind, snippet) in found


def test_plain_text_has_no_boilerplate():
    text = "Bupati Sleman (SP) meresmikan pasar. Ia berharap (dan meminta) warga tertib, Senin (6/7)."
    assert find_boilerplate(text) == []

