"""Thai typed with the English keyboard layout on: "l5kot" is สถานะ, "pnopyo" ยืนยัน.

A phone left on the English keyboard turns each key of the Thai (Kedmanee) layout into the
Latin letter, digit or mark on the same key. A run of such keys is read back as the Thai it
was meant to be only when the keys give whole dictionary words, long ones: English words
("Drive", "result", "desk") give short scraps of rare words ("ฏ พร อำ", "กำ หา").
"""

from __future__ import annotations

import re

from handlers.nlu.tokenize import in_dictionary, opens_with_a_word, tokens

# The Kedmanee layout, key by key: unshifted, then shifted.
_LATIN = (
    "1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
    '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
)
_THAI = 'ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ'
_KEYS = str.maketrans(_LATIN, _THAI)
# A run of keys holding a Latin letter, no link nor address ("://", "@", "www."); a question
# or exclamation mark closing it is punctuation, not ฦ or +.
_RUN_RE = re.compile(r"(?<![!-~])(?=[!-~]*[A-Za-z])[!-~]+?(?=[?!]*(?![!-~]))")
_LINK_RE = re.compile(r"://|@|www\.", re.IGNORECASE)
_LATIN_RE = re.compile("[A-Za-z]")
_LETTERS_RE = re.compile("[\u0e01-\u0e4e]")
# Five Thai letters at the least ("สถานะ", "ยืนยัน"), words of three on average ("ส่ง แผน
# แล้ว"): a short English word ("lot", "cat") gives a rare word of three ("สนะ", "แฟะ").
_SHORTEST = 5
_WORD_LENGTH = 3


def _meant(run: str) -> str | None:
    """The Thai a run of keys was typed for, or None when it is no Thai."""
    thai = run.translate(_KEYS)
    if len(_LETTERS_RE.findall(thai)) < _SHORTEST:
        return None
    # The first of the words segmented is a dictionary word that starts the keys' Thai (they
    # hold no gap): where none does ("confirm:3f9a2c": "แนืดรพทซ-…"), the segmenting is spared.
    if not opens_with_a_word(thai):
        return None
    found = tokens(thai)
    if not all(map(in_dictionary, found)):
        return None
    return thai if len(thai) >= _WORD_LENGTH * len(found) else None


def typed_thai(text: str) -> str | None:
    """``text`` with its runs of keys typed on the English layout read as the Thai meant
    ("desoflj'แผนวันไหน": กำหนดส่งแผนวันไหน); None when no run of it is one."""
    if _LATIN_RE.search(text) is None or _LINK_RE.search(text):
        return None
    changed = False
    pieces: list[str] = []
    at = 0
    for run in _RUN_RE.finditer(text):
        meant = _meant(run[0])
        if meant is None:
            continue
        pieces += [text[at : run.start()], meant]
        at, changed = run.end(), True
    return "".join([*pieces, text[at:]]) if changed else None
