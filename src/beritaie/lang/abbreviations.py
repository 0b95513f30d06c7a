"""Dotted abbreviations of Indonesian news kept as single tokens.

Honorifics, degrees and the administrative short forms that news writes with
a trailing dot. spaCy's own ``id`` exceptions already cover many degrees; the
list below adds the ones news uses that it lacks. Honorifics and degrees are
also used by ``names.py`` to strip them from person names.
"""

# Honorifics and religious/aristocratic titles written before a name.
HONORIFICS: tuple[str, ...] = (
    "H.", "Hj.", "Dr.", "dr.", "Drs.", "Dra.", "Ir.", "Prof.", "KH.", "K.H.", "Ust.", "Ustadz", "Hajjah",
    "Haji", "Tn.", "Ny.", "Nn.", "Sdr.", "Sdri.", "Bpk.", "Pak", "Bu", "Ibu", "Bapak", "drg.", "drh.", "Pdt.",
    "Rm.", "R.", "Raden", "Kompol", "AKBP", "AKP", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigadir",
    "Briptu", "Bripda", "Kombes", "Kombes Pol", "Irjen", "Brigjen", "Mayjen", "Letjen", "Jenderal", "Kolonel",
    "Letkol", "Mayor", "Kapten", "Lettu", "Letda", "Serka", "Serma", "Sertu", "Serda", "Kopka", "Praka",
    # Police and military ranks in full or short, as news writes them before a name.
    "Komjen", "Komjen Pol", "Irjen Pol", "Brigjen Pol", "Pol", "Komisaris Besar",
    "Komisaris Jenderal", "Inspektur Jenderal", "Brigadir Jenderal", "Mayor Jenderal", "Letnan Jenderal",
    "Laksamana", "Laksma", "Laksda", "Laksdya", "Marsekal", "Marsma", "Marsda", "Marsdya", "Kolonel Inf",
    "Letkol Inf", "Mayor Inf", "Kapten Inf", "Bharada", "Bharatu", "Bharaka", "Briptu Pol", "Sertu Pol",
    "KH", "Habib", "Syekh", "Tuan", "Nyonya", "Jendral",
    # religious leaders: "Romo Yohanes", "Pendeta Markus", "Ustaz Adi", "Kiai Hasyim", "Bhante Dhammasubho"
    "Romo", "Pendeta", "Ustaz", "Ustazah", "Ustadzah", "Kiai", "Kyai", "Nyai", "Biksu", "Bhante",
    # forms of address and nobility: "Mas Wahyu", "Mbak Rina", "Cak Imin", "Pangeran Faisal" (not "Bang"
    # nor "Kang": "Big Bang", the Korean surname Kang)
    "Mas", "Mbak", "Mbah", "Cak", "Pangeran",
    # a coach addressed by players and sports news: "Coach Marcelo"
    "Coach",
    # regional and professional forms before a name: "Tgk. Munawar" (Aceh), "Ns. Rahel" (a nurse)
    "Tgk.", "Teungku", "Ns.",
    # a ship's master: "Capt. Yohanes Sanam" (harbour masters, shipping lines)
    "Capt.",
)
# Military ranks, and what TNI writes between a rank and the name: the corps ("Letkol Inf Yudha",
# "Kolonel Pnb Agus", "Letkol Mar Budi"), the service ("Brigjen TNI Budi", "Kolonel Laut (P) Arief": a
# navy officer and his corps in brackets) and the retired mark ("Mayjen TNI (Purn) Budi"). The corps
# words are no honorifics on their own ("Laut Timor", "TNI Manunggal Membangun Desa").
MILITARY_RANKS = (
    "Jenderal", "Letjen", "Mayjen", "Brigjen", "Kolonel", "Letkol", "Mayor", "Kapten", "Lettu", "Letda",
    "Peltu", "Pelda", "Serma", "Serka", "Sertu", "Serda", "Kopka", "Koptu", "Kopda", "Praka", "Pratu", "Prada",
    "Laksamana", "Laksdya", "Laksda", "Laksma", "Marsekal", "Marsdya", "Marsda", "Marsma",
    "Laksamana Pertama", "Laksamana Muda", "Laksamana Madya", "Marsekal Pertama", "Marsekal Muda",
    "Marsekal Madya", "Letnan Kolonel", "Letnan Jenderal", "Mayor Jenderal", "Brigadir Jenderal",
)
MILITARY_CORPS = ("Inf", "Kav", "Arh", "Czi", "Cpm", "Chb", "Ckm", "Cba", "Cpl", "Caj", "Chk", "Ctp", "Cpn",
                  "Pnb", "Nav", "Tek", "Lek", "Mar", "Laut", "TNI")
BRACKETED_CORPS = ("P", "T", "E", "S", "K", "KH", "M", "PM", "Purn", "Purn.")
HONORIFICS = HONORIFICS + tuple(r for r in MILITARY_RANKS if r not in HONORIFICS)

# A Minangkabau adat title written after the name ("Yulizar Dt. Rajo Mudo"): its dot ends nothing.
ADAT_TITLES = ("Dt.", "Datuk", "Datuak")

# Academic degrees written after a name (with or without dots).
DEGREES: tuple[str, ...] = (
    "S.H.", "SH", "S.E.", "SE", "S.Sos.", "S.Sos", "S.Pd.", "S.Pd", "S.Ag.", "S.Ag", "S.IP", "S.IP.",
    "S.Kom.", "S.Kom", "S.T.", "ST", "S.Si.", "S.Si", "S.Hut.", "S.Hut", "S.P.", "SP", "S.Kep.", "S.Kep",
    "S.Ked.", "S.Farm.", "S.STP", "S.IK", "S.I.K.", "S.I.Kom.", "M.Si.", "M.Si", "MSi", "M.M.", "MM",
    "M.H.", "MH", "M.Pd.", "M.Pd", "M.Kes.", "M.Kes", "M.Ag.", "M.T.", "MT", "M.Sc.", "MSc", "M.A.", "MA",
    "M.AP", "MAP", "M.Hum.", "M.Kom.", "M.Eng.", "MBA", "M.B.A.", "Ph.D.", "PhD", "Ph.D", "Lc.", "Lc",
    "A.Md.", "A.Md", "Amd", "S.Psi.", "M.Psi.", "SKM", "S.K.M.", "M.P.", "S.Pi", "M.Si.Han", "CPA", "Ak.",
    "M.Acc.", "M.Acc", "CSFA", "M.Hum", "M.Kn.", "M.Kn", "S.Kn.", "M.Ec.", "S.Th.", "M.Th.", "M.IP",
    "S.STP.", "M.Ak.", "M.Ak", "M.E.", "M.Han", "S.Stat.", "S.Tr.", "Sp.A", "Sp.PD", "Sp.OG", "Sp.B",
    "Sp.An", "Sp.JP", "Sp.M", "Sp.THT", "Sp.Rad", "Sp.S", "Sp.N", "Sp.KK", "Sp.P", "Sp.U", "Sp.OT", "Sp.BS",
    "MARS", "M.Kep.", "M.Farm.", "Apt.", "S.Farm", "M.Biomed", "FINASIM", "FIHA", "Sp.PD-KGEH",
    "LL.M.", "LL.M", "LL.B.", "S.H.I.", "M.H.I.", "S.Th.I.", "M.Sos.", "S.Ars.", "M.Ars.",
)

# The same degrees written without dots when that keeps them apart from names: "Aziz Hartono MKes",
# "dr Ratna Wulandari SpPD" (mixed case only: an undotted "MA" or "SH" could be a name).
UNDOTTED_DEGREES = frozenset(d.replace(".", "") for d in DEGREES if not d.replace(".", "").isupper())
DEGREES = DEGREES + tuple(sorted(UNDOTTED_DEGREES - set(DEGREES)))

# Other dotted short forms common in news (administration, addresses, numbering).
ADMINISTRATIVE = (
    "Kab.", "Kec.", "Kel.", "Ds.", "Prov.", "Pemkab.", "Pemkot.", "Pemprov.", "Jl.", "Jln.", "Gg.", "No.",
    "Kp.", "RT.", "RW.", "Plt.",
    "Pj.", "Pjs.", "Pit.", "Wk.", "Sdr.", "Tlp.", "Telp.", "Hp.", "dkk.", "dll.", "dsb.", "dst.",
    "a.n.", "u.p.", "s.d.", "Rp.", "tgl.", "Tgl.", "bln.", "thn.", "Yth.", "Kol.", "Let.", "Brig.",
    "Jend.", "Pol.", "Ket.", "Sek.", "Kep.", "Mr.", "Mrs.", "St.", "Bpk.", "Ibu.",
    # inside foreign company names ("Co. Ltd", "Pte. Ltd", "Sdn. Bhd"); never at a sentence's end
    "Co.", "Pte.", "Sdn.",
)

# Given names written short, part of the name they open ("Moch. Ainur Rofiq", "Abd. Rahman").
NAME_ABBREVIATIONS = (
    "Moch.", "Mochd.", "Moh.", "Mohd.", "Mhd.", "Muh.", "Muhd.", "Mukh.", "Abd.", "Ach.", "Achm.", "Ahm.",
)

DOTTED_ABBREVIATIONS = tuple(sorted(
    {a for a in HONORIFICS + DEGREES + ADMINISTRATIVE + NAME_ABBREVIATIONS + ADAT_TITLES if a.endswith(".")}))
