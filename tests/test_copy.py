"""Hand-written wire copy (``tests/data``): no false change, and most typos fixed.

The copy covers the police, court, politics, economy, sport and community
beats, headlines, bylines and datelines, with names, acronyms and numbers;
the ``*_beats`` files add health, disasters, technology, religion, culture
and international news (written 2026-12-01, the typos put in by hand), and
the ``*_round3`` files 27 more registers and formats and 24 stories with 192
slips put in by hand (2026-12-02); the ``*_round16`` files ordinary news and
the ``*_regional`` files news quoting speakers of Javanese, Sundanese, Minang,
Makassar, Banjar, Batak, Balinese, Madurese, Betawi, Acehnese and eastern Malay
(2026-12-03, six helpers' rounds, measured before anyone read them); the
``*_round17`` files seven more rounds of ordinary news (2026-12-03: courts,
sport and technology, markets and health, world and politics, the regions,
education and religion, transport and tourism); the ``*_round18`` files five
more (2026-12-03: farming, police, banking, entertainment, parliament); the
``*_round19`` files four more (environment, sport, health, regional economy); the ``*_round20``
and ``*_round21`` files eight more rounds and the ``*_round22`` and ``*_round23`` files four each (2026-12-04, twenty beats each), the ``*_round24`` files six desks' rounds and the ``*_round25`` files four regional and national ones and the ``*_round26`` files four desks heavy in names (2026-12-04), the ``*_round27`` and ``*_round28`` files four desks each (2026-12-04: eastern Indonesia, markets, sport and culture, courts and politics; Sumatra and Kalimantan, the world, Java's public services, defence and science), the ``*_round30`` files five desks (2026-12-07: the regions' general news, health, transport, religion and education, the environment) the ``*_round31`` files three more (police and courts, farming and fisheries, sport and culture) and the ``*_round32`` files three (the economy, health and education, eastern Indonesia), the ``*_round33`` files two (2026-12-07: sport, research and universities), the ``*_round34`` files eight (2026-12-07: energy, courts, the environment and the sea, the world, the economy, schools, tourism and culture, farming) the ``*_round35`` files four (defence, local government, Papua and Maluku, weather and science) and the ``*_round36`` files four (labour, public works, Islamic affairs, Jakarta), the ``*_round37`` files eight (2026-12-07: Papua, Kalimantan's borders, Sulawesi's fisheries and mines, religious affairs, the capital market, corruption trials, culture, sport), the ``*_round38`` files eight (Aceh and North Sumatra, Nusa Tenggara, health, education, energy, transport, disasters, the world) and the ``*_round39`` files eight (politics, the economy, police, farming and food, the environment, tourism, Java's cities, science and technology). It was written for these
tests, not taken from the evaluation text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.metrics import score

DATA = Path(__file__).parent / "data"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def fixed_score(normalizer, name: str):
    """The score of ``normalizer``'s fix of ``typo_copy_<name>.txt`` against its expected text."""
    given, correct = read(f"typo_copy_{name}.txt"), read(f"typo_copy_{name}.expected.txt")
    return score(correct, given, normalizer.fix(given)[0])


def assert_round(normalizer, name: str, *, slips: int, fixed: int, wrong: int = 0, broken: int = 0,
                 changes: int = 0, flags: int = 0) -> None:
    """A round's bounds: its clean copy gets at most ``changes`` fixes and ``flags`` flags; of its
    typo file's ``slips`` slips at least ``fixed`` are fixed, at most ``wrong`` to a wrong word,
    and at most ``broken`` correct words are changed."""
    findings = normalizer.check(read(f"clean_copy_{name}.txt"))
    assert sum(f.fixable for f in findings) <= changes and sum(not f.fixable for f in findings) <= flags
    result = fixed_score(normalizer, name)
    assert result.corrupted == slips
    assert result.fixed >= fixed and result.touched - result.fixed <= wrong and result.broken <= broken


@pytest.mark.parametrize("name", ["clean_copy.txt", "clean_copy_beats.txt", "typo_copy_beats.expected.txt"])
def test_clean_copy_has_no_finding(normalizer, name: str) -> None:
    assert normalizer.check(read(name)) == []


def test_typos_in_copy_are_fixed_and_no_other_word_changes(normalizer) -> None:
    given, correct = read("typo_copy.txt"), read("typo_copy.expected.txt")
    result = score(correct, given, normalizer.fix(given)[0])
    assert result.corrupted == 38
    assert result.broken == 0 and result.fixed == result.touched  # every change made is right
    # 31 of 38 when written. Missed: slips that spell a word (menegah, melampui
    # as meN- + lampu + -i), names (Bulgo, Sergie: a capitalised word stands
    # unless a clear slip of a known name),
    # a flagged amna (mana or aman?), a slip in a half beside a valid half
    # (berkilo-kilomter) and a headline's Resmikn (a slip of a word too rare
    # to outweigh a name there).
    assert result.fix_rate >= 0.75


def test_typos_in_more_beats_are_fixed_and_no_other_word_changes(normalizer) -> None:
    given, correct = read("typo_copy_beats.txt"), read("typo_copy_beats.expected.txt")
    result = score(correct, given, normalizer.fix(given)[0])
    assert result.corrupted == 48
    assert result.broken == 0 and result.fixed == result.touched
    # 44 of 48 (39 when added; terus-menurus, penyelesain, Selian, Pembaruam and Lonsgor, a
    # sentence-initial swap, since). Missed: capitalised slips (Singapira, Surabaua: a changed
    # letter makes another name too often), Kementrian (a name may be spelled so: suggested,
    # not applied) and negara-nagara (nagara is a listed word, and muda-mudi is a rhyme).
    assert result.fixed >= 45  # 45 with a vowel changed in a long curated place (Singapira)


def test_clean_copy_of_round3_is_left_byte_identical(normalizer) -> None:
    text = read("clean_copy_round3.txt")
    assert normalizer.fix(text)[0] == text
    # ogoh-ogoh (Nyepi's effigies) and the Balinese sekaa, once suggested, are news terms now
    assert normalizer.check(text) == []


def test_typos_of_round3_are_fixed_and_no_other_word_changes(normalizer) -> None:
    given, correct = read("typo_copy_round3.txt"), read("typo_copy_round3.expected.txt")
    result = score(correct, given, normalizer.fix(given)[0])
    assert result.corrupted == 201  # 192 slips; a run-together slip counts its two words
    # 188 of 201 (181 when added; Kalimantam, Cirebom, Palembamg, the sentence-initial swaps
    # Wisatwaan and Statisitk, and the capitalised Perbuatn and Badan Penyelengara, since; sate
    # klatak had become katak until the dish was listed). Missed: capitalised slips by a changed
    # vowel or in a short word (Surabays, Raby), slips that parse (pemberatasan, permuakan),
    # kepesertaanya.
    assert result.fixed >= 188 and result.broken == 0


def test_ordinary_news_of_round16_gives_one_flag_and_its_typos_are_fixed(typo_only) -> None:
    findings = typo_only.check(read("clean_copy_round16.txt"))
    assert [(f.word, f.fixable) for f in findings] == [("linmas", False)]  # Satlinmas' guards, written lower-case
    result = fixed_score(typo_only, "round16")
    assert result.corrupted == 242
    assert result.broken == 0 and result.fixed == result.touched
    # 190 when added, 195 once the neighbours help decide a slip that parses (penyadang disabilitas);
    # 197 with a slip after a place's title read as a place of its rank (Kabupaten Penajsm); 183 as
    # the session found the tool (89f1107); 198 with a neighbouring key in a prefixed derivation
    # no list holds (dipersyaratkam), 200 with a vowel changed in a long curated place (Singapira)
    assert result.fixed >= 200


def test_quoted_regional_speech_is_left_as_said(typo_only) -> None:
    # 15,891 words, about half of their quotes in a regional language. As the session found
    # the tool (89f1107): 21 changes and 295 flags; when added, 11 changes and 26 flags, and 9
    # once Banjar's Acil (aunt) was a news term. The changes: regional words one slip from
    # Indonesian (tu, Kodong, basar, dolo, endek, Batangnyo, Mandar Macoa, Banjar dimainakan)
    # and Bria, read as Bira because another story of the file names Tanjung Bira
    findings = typo_only.check(read("clean_copy_regional.txt"))
    assert sum(f.fixable for f in findings) <= 9
    assert sum(not f.fixable for f in findings) <= 26
    given, correct = read("typo_copy_regional.txt"), read("typo_copy_regional.expected.txt")
    result = score(correct, given, typo_only.fix(given)[0])
    assert result.corrupted == 467
    assert result.fixed == result.touched  # no slip turned into a wrong word
    # 379 and 5 when added, 393 with the rules since (mencucu tangan, Kabupaten Batanghri); 355 and
    # 10 as found
    assert result.fixed >= 395 and result.broken <= 5



def test_ordinary_news_of_round17_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 27,773 clean words. The changes: an esports role (jungler: jungle), the game maker
    # Moonton at a sentence start (Monoton) and koor, a choir (kotor); judex (judex facti) was flagged
    # until a flag on a Latin phrase's word beside another was dropped (session 17).
    # As the session found the tool (31a51c1): 4 changes (Otorita, now a news term) and 1 flag.
    # 674 fixed and 7 slips to a wrong word when added, 676 once the word lists dropped the corpus's
    # rare slips (mempercepet was accepted through cepet), 677 with a slip parsing in a frame its
    # root is never used in (diringi), 681 with the neighbours deciding slips that parse (sejatah,
    # menulatkan, terarasi, memengarihi), 687 with a slip after a place's title read as a place of
    # its rank (Kabupaten Gaurt, Kota Cinahi), 690 with a neighbouring key in a prefixed derivation no
    # list holds (terdokumemtasi), 691 with the second word of a place's name (Kutai Kartanegaa);
    # 654 and 7 as found (31a51c1); 692 with a rarer prior for a root in no common form (terpurus),
    # 694 with a rarer one for a frame its root is never used in (perbamkan, Perarian); 6 to a wrong
    # word once kepesertaan was a news term (kepesrtaan was kepestaan); 696 with an institution's
    # words inside its name (Dinas Kehutaan, Permusyawartan), 697 with a vowel changed in a long
    # curated place (Singapira)
    # 728 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 697 before
    assert_round(typo_only, "round17", slips=892, fixed=728, wrong=6, changes=3)


def test_ordinary_news_of_round18_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 19,733 clean words; coklit (the KPU's voter-list check, one slip from coklat) is flagged.
    # As the session found the tool (da6034f): 6 changes (drh., and endek, liberika, lelambatan,
    # now news terms) and 6 flags (tronton, sulim).
    # 414 fixed and none to a wrong word when added, 420 with a key struck for a vowel in a
    # reduplication's half, 423 with a lost n before -nya that parses as nothing, 424 with slips
    # of non- compounds (nonprosedurl), 425 with a slip parsing in an unused frame (memperbiaki),
    # 426 with a dateline's place read as a city or regency (Janhto: Jantho), 429 with the
    # neighbours deciding slips that parse (terkiat, dimulia, penulatan), 443 with a slip after a
    # place's title read as a place of its rank (Kabupaten Tabnan, Kecamatan Kewapamte); 411 and 2
    # as found (da6034f). The two correct words changed are tuna loin (lain) and songket lepus (lepas),
    # as found too
    # 449 with the second word of a place's name (Ogan Komerimg)
    # 450 with a rarer prior for a root in no common form (pengatiran), 451 with an institution's
    # words inside its name (Lembaga Pemasyarakatn)
    # 477 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 451 before
    assert_round(typo_only, "round18", slips=634, fixed=477, broken=2, flags=2)


def test_ordinary_news_of_round19_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 15,780 clean words. The changes: tecermin (KBBI's te- form) read as tercermin, and the
    # esports role jungler as jungle. As the session found the tool (49b77c1): 5 changes (RSUD
    # S.K. Lerik twice, after a run of initials; Ismail Tandi, a name after a title's place).
    # 307 fixed, 2 to a wrong word (berjulan: berjalan, memperkeat: memperkuat), as found; 308 with a
    # dateline's place read as a city or regency (Waisao: Waisai), 310 with the neighbours deciding
    # slips that parse (mandori, perarian), 321 with a slip after a place's title read as a place of
    # its rank (Kabupaten Katingab, Provinsi Malulu). The correct words changed are kentungan
    # (keuntungan) and palsi (palsu), as found too
    # 323 with the second word of a place's name (Way Kanam)
    # 326 with a rarer prior for a root in no common form (dilatuh, menyeluru, pemesaman), 325 once
    # that prior needed no listed sibling either (pemesaman stands: memesamkan is listed)
    # 349 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 325 before
    assert_round(typo_only, "round19", slips=501, fixed=349, wrong=2, broken=2, changes=2)


def test_ordinary_news_of_round20_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 15,059 clean words (fisheries, mining, the military, weather, the hajj; elections, graft
    # trials, startups, festivals, homecoming traffic; schools, housing, food prices, social aid,
    # haze; world news, football and badminton, drugs, state firms, film and music). As the
    # session found the tool (d770dd2): no change and one flag, Minang's kopi kawa daun (jawa?).
    # 356 fixed and 3 to a wrong word as found (d770dd2); 364 when added (datelines: Kupanh, Muara
    # Bunfo, Banjarnegera; slips that parse: diperkitakan, dikenkan, penyadang, terkalakan). The
    # wrong ones: ditanani (ditangani, not ditanami), gerak-gerki, melibutkan (melibatkan); 373 with
    # a slip after a place's title read as a place of its rank (Kabupaten Pringsewi, Kota Jamvi)
    # 374 with the second word of a place's name (Tanah Sepengal)
    # 378 with a rarer prior for a root in no common form (pengatuan, penipian, dilapirkan), 380 with
    # kepesertaan a news term (kepesertaanya), 381 with a half that parses beside its listed twin
    # (persoalan-persolan), 380 once the rarer prior for a rare root needed no listed sibling
    # either (pengeluatan stands: meluat is listed)
    # 401 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 380 before
    assert_round(typo_only, "round20", slips=505, fixed=401, wrong=3, flags=1)


def test_ordinary_news_of_round21_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 15,091 clean words (plantations, migrant workers, tax, health, budgets; Bali's customs,
    # banking, disasters, child protection, athletics; Kalimantan's borders, rivers, wildlife,
    # village internet, prisons; Papua and Maluku, national politics, science, transport safety,
    # consumer prices), written while the session worked and measured at d770dd2 and ed885dd before
    # anyone read them: no finding at all.
    # 334 fixed and 2 to a wrong word as the session found the tool (d770dd2), 342 at ed885dd, 353
    # with a slip after a place's title read as a place of its rank (Kabupaten Mimila, Paniau);
    # the wrong ones: multilikasi (multiplikasi, not multilokasi) and pemulian (pemulihan, not
    # pemuliaan, the breeding of rice); 354 with a neighbouring key in a prefixed derivation no list
    # holds (bergotomg)
    # 357 with the second word of a place's name (Pulang Pisua), 358 with a rarer prior for a root
    # in no common form (diabaukan), 359 with one for an unused frame (kepengursan), 360 once a
    # capitalised word was no species' epithet (Kecamatan Sukawatii), 361 with an institution's
    # words inside its name (Direktorat Jenderal Perbendaharan), 362 with the n of an ng put back
    # (penggelembugan), 363 with a vowel changed in a long curated place (Tiongkik)
    # 401 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 363 before
    assert_round(typo_only, "round21", slips=513, fixed=401, wrong=2)


def test_ordinary_news_of_round22_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 14,891 clean words (Sulawesi, cooperatives, interfaith events, road accidents, schools;
    # Sumatra, the energy transition, fraud trials, health insurance, youth sport; Java's cities,
    # crafts, crop prices, police and army, foreign affairs; eastern Indonesia, the maritime
    # economy, regional parliaments, dams and flats, the weather), written while the session worked.
    # As the session found the tool (d770dd2): 2 changes (kren, KBBI's crane: keren; Toraja's tarra
    # tree: tara) and a flag (kabotase, cabotage), all three news terms now.
    # 330 fixed and 1 to a wrong word as found (d770dd2), 341 at 286d56d, before anyone read them,
    # 347 with the rules and news terms since (kepesertaaan, pracetsk). The wrong one: pemnudi
    # (pemudi, not pembudi)
    # 344 with a rarer prior for a root in no common form (menyelisiki)
    # 378 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 347 before
    assert_round(typo_only, "round22", slips=500, fixed=378, wrong=1)


def test_ordinary_news_of_round23_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 15,207 clean words (Central and East Java's regencies, markets and insurance, terrorism
    # prevention, hospitals, festivals; Aceh and North Sumatra, the budget, online fraud, research
    # grants, livestock disease; the new capital, airports, waste, family planning, sport; Nusa
    # Tenggara, exports, village-fund graft, school meals, salt and seaweed), written after this
    # session's rules, its brief asking for place names with their administrative titles. As the
    # session found the tool (d770dd2): one change (Banju, a surname ending a title's run, read as
    # baju; it stands since a short word there may be the name) and six flags (aromaterapi twice,
    # paramedik, lahan urug twice, and Siga, a surname ending a title's run: no longer).
    # 348 fixed as found (d770dd2), 378 at b1433a4 measured before anyone read them (which also
    # changed the correct larungan, and pengampuan in the clean copy: no longer), 378 now
    # 402 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 378 before
    assert_round(typo_only, "round23", slips=513, fixed=402, wrong=1, flags=5)


def test_ordinary_news_of_round24_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 19,678 clean words of six desks (sport, economy, law and politics, international, health and
    # education, culture and tourism), written at this session's start and measured before anyone
    # read them. As the session found the tool (5619bba): two changes (MOONTON, a game publisher
    # in capitals inside a line of copy, to MONOTON; valuasi to evaluasi) and a flag
    # (intermediasi): capitals inside copy are a name's now, valuasi and intermediasi news terms.
    # 508 fixed, 8 to a wrong word and 2 correct words changed as found (5619bba); 539 with this
    # session's rules: names one key from a name the story uses twice (Jembet), swapped in a name
    # the corpus writes (Petramina), a short place after di (di Bejasi); the beats' terms
    # (okupanai, lokapasat); listed derivations over the morphology's own (kerawnan); roots with
    # no listed sibling (menguasi); no doubled r after ber-/ter-/per- (terrendam). The wrong ones
    # are two readings (pendukang: pendukung or pendulang?), the broken one a footballer's
    # Ferdinan beside a Ferdinand another story uses twice. 550 with the rules round 25 showed
    # (names the web writes lower-case too: Nugorho, Siregra; quotes with plain slips)
    # 568 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 550 before
    assert_round(typo_only, "round24", slips=775, fixed=568, wrong=7, broken=1)


def test_ordinary_news_of_round25_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 13,011 clean words of four regional and national desks (Sumatra; Java, Bali and Nusa
    # Tenggara; Kalimantan to Papua; the national desk), written while this session worked and
    # measured before anyone read them: 2 changes and 338 of 507 slips fixed as the session found
    # the tool (5619bba), 2 changes and 351 at 74aa97a. The changes were Bangka's tari serimbang
    # (seimbang) and ritual penimbongan (penimbangan), now only suggested after such a head.
    # 361 with the rules read from it since (names the web writes lower-case too: Zulkarnian,
    # Sugiatro; a quote with plain slips and one unread word is Indonesian: bangnan, didirkan).
    # The wrong ones are two readings: tersebat (tersebut or tersebar?), tahuan, menyusuy, kumih
    # 373 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 361 before
    assert_round(typo_only, "round25", slips=507, fixed=373, wrong=5, flags=2)


def test_ordinary_news_of_round26_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 13,126 clean words of four desks heavy in names (police and courts across the regions,
    # corporate news, sport and the world, Nusa Tenggara Timur to Papua), written after this
    # session's rules and measured before anyone read them. As the session found the tool
    # (5619bba): a change (valuasinya) and six flags; now the flags of three English or unit
    # words a desk may want to see (capex, codeshare, wmt); the Kei Islands' ohoi is a news term.
    # 331 fixed as found (5619bba), 350 now; the wrong ones are two readings (getrakan: gerakan or
    # gertakan?), the broken one terawatt (a unit), read as terawat
    # 357 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 350 before
    assert_round(typo_only, "round26", slips=507, fixed=357, wrong=5, broken=1, flags=3)


def test_ordinary_news_of_round27_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 13,328 clean words of four desks (eastern Indonesia, markets, sport and culture, courts and
    # politics), measured before anyone read them: as the session found the tool (58dce5c) one
    # change, batik jlamprang (a Pekalongan motif, read as jelamprang), and 366 of 526 slips fixed;
    # 381 with the rules read from it (a vowel typed twice or a letter lost in a written name,
    # a key in a short one that looks like no word, -an split off, an affixed word run into the next).
    # Wrong: pengadian read as pengadilan (pengaduan meant), NasDem written as the party writes it
    # 388 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 381 before
    assert_round(typo_only, "round27", slips=526, fixed=388, wrong=2, changes=1)


def test_ordinary_news_of_round28_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 12,927 clean words of four more desks (Sumatra and Kalimantan, the world, Java's public
    # services, defence and science), measured before anyone read them: no finding, and 389 of 549
    # slips fixed as the session found the tool (58dce5c), 406 now. The wrong ones are a slip of
    # memperketat read as memperkuat, one of mengkaji as mengakui, and a split read as two words
    # (dirati fiksi). Verifikator, which no list held, was made the listed verifikatur: now a news term
    # 411 after session 16's rules (2026-12-05: a slip of a name the story writes once, a vowel
    # struck for its neighbouring consonant, a rare root in no listed form weighing nothing), 406 before
    assert_round(typo_only, "round28", slips=549, fixed=411, wrong=3)


def test_ordinary_news_of_round30_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 11,887 clean words of five desks (the regions' general news, health, transport, religion and
    # education, the environment), written at session 17's start and measured before anyone read
    # them: as found (2f35fa2) one change, rubber tyred gantry (an English crane's name, read as
    # tyres), and a flag (kentongan, a warning drum: now a news term), and 377 of 507 slips fixed;
    # 388 with the rules read from it (melaui dropped from the lists, a word like no word one
    # cheap slip from a long derivation, a frame and root in no listed form, a twin half in a
    # quote, a name's sentence-opening uses, a list a regency's title opens). Wrong: seragan read
    # as serangan (seragam meant), memperkeat as memperkuat, silkon as silikon, memburi as memberi
    # 391 with session 17's later name rules (Nurhayatu, Sitompil, an ending no name has)
    assert_round(typo_only, "round30", slips=507, fixed=391, wrong=4, changes=1)


def test_ordinary_news_of_round31_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 7,173 clean words of three desks (police and courts, farming and fisheries, sport and culture),
    # written after the rules of round 30 and held out: 232 of 300 slips fixed at 2f35fa2, 235 at
    # 96b2db4 measured before anyone read them, 238 per story now (a twin's vowel slip, a quote's
    # Indonesian function words, a title's listed parts). Joined into one file two stories' names meet:
    # Riswan (twice) beside another story's Ridwan is left since a word written twice is no slip of
    # a name written once, and so Jamvi, slipped twice in two stories, is left too (237). Flags: kora
    # of perahu kora-kora (a Moluccan boat) twice. berlapis-lapsi, read as berlapis-lapisi, is fixed
    # since the bare root beats an as cheap reaffixed half (238)
    assert_round(typo_only, "round31", slips=300, fixed=238, flags=2)


def test_ordinary_news_of_round32_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 5,937 clean words of three desks (the economy, health and education, eastern Indonesia),
    # written mid-session 17 and measured before anyone read them (27c4e9d): no change, one flag
    # (bronjong, a gabion: now a news term), and 235 of 304 slips fixed; 242 with the rules read
    # from it (a root only use attests weighs as a rare one: percepetan; a capitalised word ending
    # in a consonant and n: Harapn, Kelembapn, Asahn, Nunukn; a name's impossible opening:
    # Hsanuddin; a pair opening a sentence: Sekolah-sekilah), 244 with the last name rules (Sitompl,
    # Lombik). No slip fixed to a wrong word
    assert_round(typo_only, "round32", slips=304, fixed=244)


def test_ordinary_news_of_round33_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 4,889 clean words of two desks of session 18 (sport; research and universities), each
    # measured before anyone read it: sport 72 of 100 slips fixed, research 81 of 104 (after
    # the session's first two name rules); one change (jersei, written jersi by KBBI) and its two
    # flags, and genomik flagged (now a news term). 156 with the rules read from them (a letter
    # lost inside a name the story writes once: Handko; a half opening as no word does: putra-ptri).
    # No slip fixed to a wrong word. Jersei only flagged since session 20 (written twice, once
    # capitalised: the repeated-word hold counts both cases)
    assert_round(typo_only, "round33", slips=204, fixed=156, flags=3)


def test_ordinary_news_of_round34_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 19,127 clean words of eight desks of session 19, each measured before anyone read it: energy
    # 80 of 100 slips fixed, courts 82 of 103, environment 73 of 100, the world 78 of 100 (at
    # 2997f37); the economy 79, schools 78, tourism and culture 68, farming 78 of 100 (at ee4f685):
    # 616 of 803, one wrong (dirugukan -> diragukan), and dihoyak, a Minang word, broken to
    # dihoyaku and danding, a Manggarai song, to dinding. Read since: the wrong fix is a flag and
    # dihoyak stands (a vowel's neighbouring key; no di- with -ku), Kebumem and Kupamg fixed, but
    # as one file the stories' names meet, so 616 still (618 story by story); danding stays
    # broken. Clean: Tahitu, a
    # Maluku surname, became Tahiti and solu bolon, a Batak boat, bolong; nozel and cottonii
    # flagged. The names spelled two ways in a story are flagged (``consistency``), not counted.
    assert_round(typo_only, "round34", slips=803, fixed=616, broken=1, changes=2, flags=2)


def test_ordinary_news_of_round35_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 9,571 clean words of four desks of session 19, measured at dec5a1a before anyone read them:
    # defence 72 of 100, local government 85 of 101, Papua and Maluku 73 of 100, weather and
    # science 84 of 100 (314 of 401); none of their clean stories changed or flagged. Wrong:
    # pemeraan -> pemeran (pemetaan meant); broken: egek, a Moi rule of custom, -> efek; Jhonson
    # (a DPRD member) -> Johnson, mended since (Jh- is Indonesian for Joh-). 317 now. Before the
    # story-level name rules read each dateline's story alone, this file as one story made 321 and
    # changed Haerudin after another story's Haeruddin
    assert_round(typo_only, "round35", slips=401, fixed=317, wrong=1, broken=1)


def test_ordinary_news_of_round36_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 9,426 clean words of four desks of session 19, measured at bee5e77 before anyone read them:
    # labour 86 of 100, public works 78, Islamic affairs 74, Jakarta 82 (320 of 400); one wrong
    # (pembeluan -> pembelian, pembekuan meant); clean: no change, one flag (saset, since a news
    # term). Misses that are listed forms of roots nobody writes (mengumunkan of umun, selurunya
    # of seluru) stay accepted: dropping such forms dropped real ones too (mencokok, mengoyak)
    assert_round(typo_only, "round36", slips=400, fixed=320, wrong=1)



def test_ordinary_news_of_round37_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 19,479 clean words of eight desks of session 20, measured at 03fd0a0 before anyone read them
    # (each story alone): Papua 72 of 100, Kalimantan 69, Sulawesi 81 of 103, religion 83, markets
    # 88, courts 77, culture 77, sport 77 (618 of 803); wrong: permanan -> permainan (permanen
    # meant), menunrut -> menurut (menuntut), Aremnia -> Armenia (the story's Aremania, mended
    # since); broken: a Sasak feast's topat six times, Javanese ontang-anting and kedana-kedini;
    # clean: Minang tigo, deta (twice), bundo, Bundo, tuo changed. Since: topat and deta held
    # (written twice), tigo (a last o beside words no list holds), kedini (its twin no word either)
    assert_round(typo_only, "round37", slips=803, fixed=619, wrong=2, broken=1, flags=13)


def test_ordinary_news_of_round38_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 19,163 clean words of eight desks of session 20, measured at 8c4962e before anyone read them
    # (each story alone): Aceh and North Sumatra 76 of 103, Nusa Tenggara 79 of 104, health 86 of
    # 104, education 78 of 101, energy 77 of 101, transport 81 of 101, disasters 84 of 104, the
    # world 69 of 100 (630 of 818); wrong: seranga -> serangan (serangga meant), menjilang ->
    # menjelang (menjulang), kelalahan -> kekalahan (kelelahan); broken: Sumbawa's barapan (twice,
    # held since), tubu, pliek (Aceh's pliek u) -> pilek; clean: Batak tubu and mangiring, Sumba's
    # sola and hola (a spear), Manggarai's golo changed, and Desa Nunggi -> Nunggu (mended since)
    assert_round(typo_only, "round38", slips=818, fixed=632, wrong=3, broken=2, changes=5, flags=13)


def test_ordinary_news_of_round39_is_left_alone_and_its_typos_are_fixed(typo_only) -> None:
    # 19,170 clean words of eight desks written at session 20's end, measured before anyone read
    # them (each story alone): at f2839f8 politics 87 of 100, the economy 84 of 105, police 76 of
    # 100, farming 74 of 100, the environment 81 of 100, science 80 of 100; at 68054e1, the last
    # rule in, tourism 76 and Java's cities 75 of 100 (633 of 805; 628 as one file); wrong:
    # Zulkarnani -> Zulkarnain (Zulkarnaini), indeoksnya -> indeksnya (indekosnya), pengadian ->
    # pengadilan (pengaduan), keterisan -> keterusan (keterisian), Purwodari -> Purwodadi
    # (Purwosari); none broken; clean: Eos bornea -> borneo (held since: a species' name in
    # brackets) and two flags (soko, of soko guru; komposter)
    assert_round(typo_only, "round39", slips=805, fixed=628, wrong=5, flags=3)
