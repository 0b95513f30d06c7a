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
        ("Warga antre. (Foto: Antara/Rizky Pratama)\nLalu", "credit", "(Foto: Antara/Rizky Pratama)"),
        ("Isi.\nArtikel terkait: Banjir Rendam Dua Desa\nLanjut", "read_also", "Artikel terkait: Banjir Rendam Dua Desa"),
        ("Isi.\nTags: kustini, sleman, banjir", "tags", "Tags: kustini, sleman, banjir"),
        ("Isi.\n#banjir #sleman #bpbd\n", "tags", "#banjir #sleman #bpbd"),
        ("Isi.\nPenumpang memadati peron, Senin (15/7/2024). (KOMPAS.com/RINA AYU)\nLanjut", "caption",
         "Penumpang memadati peron, Senin (15/7/2024). (KOMPAS.com/RINA AYU)"),
        ("Isi.\nWarga antre sembako. (ANTARA FOTO/Budi Santoso)\nLanjut", "caption",
         "Warga antre sembako. (ANTARA FOTO/Budi Santoso)"),
        # a paragraph with a quote keeps its content; only the writer's credit after it is boilerplate
        ("Isi.\n'Semoga cepat diperbaiki, Pak,' ujar Rafi. (Bangkapos.com/Nurul Aprilia)", "credit",
         "(Bangkapos.com/Nurul Aprilia)"),
        # so does the article's last paragraph, which is no photo caption
        ("Isi.\nSepanjang Maret hingga Juni 2024, dinas menerima 40 aduan. (Contohkota.com/Rudi Hartono)", "credit",
         "(Contohkota.com/Rudi Hartono)"),
        ("Laporan: Dewi Anggraini (Padang)\n\nIsi berita.", "credit", "Laporan: Dewi Anggraini (Padang)"),
        ("Isi.\nPilihan Editor: DPR Minta Sekolah Dilibatkan\nLanjut", "read_also", "Pilihan Editor: DPR Minta Sekolah Dilibatkan"),
        ("Isi.\nNext Article\nSetoran Pajak Desember 2025 Melonjak\n", "read_also",
         "Next Article\nSetoran Pajak Desember 2025 Melonjak"),
        ("Isi.\nVideo: Menkeu Beberkan Alasan Defisit\nLanjut", "video", "Video: Menkeu Beberkan Alasan Defisit"),
        ("Laporan Rudi Hartono | Banda Aceh\n\nIsi berita.", "credit", "Laporan Rudi Hartono | Banda Aceh"),
        ("Laporan Wartawan TribunJatim.com, Dwi Prastika Sari\n\nBOJONEGORO - Banjir.", "credit",
         "Laporan Wartawan TribunJatim.com, Dwi Prastika Sari"),
        ("Isi berita.\nCopyright © ANTARA 2025", "credit", "Copyright © ANTARA 2025"),
        ("Isi berita.\n\nBaca juga:\nKilas Balik Polemik RUU 2024\nDaftar RUU Prioritas 2025\n\nLanjut isi.",
         "read_also", "Baca juga:\nKilas Balik Polemik RUU 2024\nDaftar RUU Prioritas 2025"),
    ],
)
def test_boilerplate_kinds(text, kind, snippet):
    spans = find_boilerplate(text)
    found = {(s["kind"], text[s["start"]:s["end"]]) for s in spans}
    assert (kind, snippet) in found


def test_plain_text_has_no_boilerplate():
    text = "Bupati Sleman (SP) meresmikan pasar. Ia berharap (dan meminta) warga tertib, Senin (6/7)."
    assert find_boilerplate(text) == []



def test_credits_and_tag_lines_name_nobody_and_leave_names_capitalised():
    import beritaie

    text = ('Bupati Sleman Kustini Sri Purnomo mengatakan posko dijaga 24 jam. (Foto: Antara/Rizky Pratama)\n\n'
            '"Kami siap," kata Kustini.\n\nTags: kustini, sleman')
    record = beritaie.extract(text)
    assert {e.canonical for e in record.entities if e.label == "PER"} == {"Kustini Sri Purnomo"}
    assert [(o.name, o.title) for o in record.officials] == [("Kustini Sri Purnomo", "Bupati")]
