"""Carry the case of the word as written over to its replacement."""
from __future__ import annotations


def match_case(template: str, word: str) -> str:
    """``word`` cased like ``template``: TEREORIS -> TERORIS, Mosksow -> Moskow.

    All capitals and all lower-case carry over whole; a capital first letter
    carries over as such; other mixtures are copied letter by letter as far
    as the template reaches.
    """
    if not template:
        return word
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template.islower():
        return word.lower()
    if template[0].isupper() and (len(template) == 1 or template[1:].islower()):
        return word[:1].upper() + word[1:].lower()
    return "".join(
        (c.upper() if t.isupper() else c.lower()) if t.isalpha() else c
        for t, c in zip(template, word)
    ) + word[len(template):]
