"""Months and days: Indonesian common words that are always written capitalised.

A capitalised word inside a sentence is taken for a name, and names are
neither corrected to a common word nor restyled.  Month and day names are
the exception every story has: ``3 Febuari``, ``Spetember``, ``Kamsi`` are
slips, and ``Nopember``, ``Pebruari`` and ``Jum'at`` are the spellings KBBI
writes November, Februari and Jumat, wherever they stand.
"""
from __future__ import annotations

MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
          "september", "oktober", "november", "desember")
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
CALENDAR = frozenset(MONTHS + DAYS)
# A shorter capitalised word is as likely a name (Mel, Rani) as a slip of Mei or Rabu.
MIN_SLIP_LENGTH = 5
