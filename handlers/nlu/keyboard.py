"""Thai typed with the keyboard left on English: "lj'czoc]h;ค่ะ" is "ส่งแผนแล้วค่ะ", "pnopyo" is
"ยืนยัน", "-v[86I8iy[" is "ขอบคุณครับ" (each key's letter on the Thai Kedmanee layout).

A run of keys is read back as Thai only when every key gives a Thai letter and the letters
are Thai dictionary words of three letters or more (a short particle besides): English words
("Drive", "desk", "list", "wifi") give runs of short pieces no Thai writer would type, and
figures ("52.3", "2568", "13.30") give signs that are no Thai letters. Each key gives one
letter, so the text keeps its length (a mention's offsets stay right).
"""

from __future__ import annotations

import re
from functools import cache

from handlers.nlu.tokenize import dictionary_words, pieces

# The keys of a US keyboard and the letters the Thai Kedmanee layout gives them, unshifted and
# shifted.
_KEYS = (
    "1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
    + '!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
)
_THAI = "ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ" + '+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ'
_TO_THAI = str.maketrans(_KEYS, _THAI)
# A run of four keys or more, nothing else of the keyboard's around it.
_RUN_RE = re.compile(r"(?<![!-~])[!-~]{4,}(?![!-~])")
_THAI_LETTERS_RE = re.compile(r"[\u0e01-\u0e4e]+")
_SHORTEST = 3  # letters of the shortest word a run may hold (with the marks)
_SHORT_PARTICLES = frozenset(("นะ", "คะ"))


@cache
def _words() -> frozenset[str]:
    return frozenset(dictionary_words())


def mistyped_keys_read(text: str) -> str:
    """``text`` with each run of keys that spells Thai words on the Thai layout written in
    Thai; unchanged when none does (most messages)."""
    if _RUN_RE.search(text) is None:
        return text
    return _RUN_RE.sub(_as_thai, text)


def _as_thai(run: re.Match[str]) -> str:
    keys = run[0]
    if keys.isdigit():
        return keys
    thai = keys.translate(_TO_THAI)
    if _THAI_LETTERS_RE.fullmatch(thai) is None:
        return keys
    words = _words()
    for word in pieces(thai):
        if word not in words or len(word) < _SHORTEST and word not in _SHORT_PARTICLES:
            return keys
    return thai
