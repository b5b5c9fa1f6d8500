"""One normalisation pass over a chat message: mentions, Unicode, digits, repeats, particles."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from functools import cache

from handlers.nlu.formal import plain
from handlers.nlu.guards import Guarded, lead, skipping
from handlers.nlu.particle_endings import particle_endings
from handlers.nlu.patterns import ADDRESS_WORDS, phrase_regex
from handlers.nlu.spoken import written
from handlers.nlu.spoken_numbers import (
    counted_in_digits,
    numbers_in_digits,
    ordinals_in_digits,
    shares_in_digits,
    years_in_digits,
)
from handlers.nlu.tokenize import tokens
from kpi_core.thai_numbers import THAI_DIGITS

# One table: zero-width characters dropped, Thai digits made ASCII, ASCII letters lower-cased.
_CHARACTERS = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff")),
    **str.maketrans(THAI_DIGITS, "0123456789"),
    **str.maketrans(string.ascii_uppercase, string.ascii_lowercase),
}
# Where the table changes a text: its characters, a run at a time. ``str.translate`` with a
# dict looks up every character of a Thai text (a KeyError raised and cleared for each one it
# leaves), so only the runs it changes are handed to it: the same text, a tenth of the time.
_CHARACTERS_RE = skipping(
    re.compile(f"[{''.join(map(re.escape, map(chr, sorted(_CHARACTERS))))}]+")
)
# Nikhahit + sara aa typed as two keys looks like sara am but never compares equal to it.
_SARA_AM = ("\u0e4d\u0e32", "\u0e33")
# A letter held (อืมมม), but not the doubled last letter of คะแนน or ระบบ before a word starting
# with it ("คะแนนนี้", "คะแนนน้อย", "กลุ่มพัฒนาระบบบริหาร", "ระบบบัญชีข้อมูลภาครัฐ").
# Letters typed again before a dot are an abbreviation's, no letter held: "จากกก." is จาก and
# กก. (กองกลาง), never "จาก.".
_REPEATED_THAI = re.compile(r"(?<!คะแ)(?<!ระ)([\u0e01-\u0e4e])\1{2,}(?!\1|\.)")
# A form cut short to its first letter before its number: "ฟ.4" (no abbreviation of another
# word opens with ฟ. before a figure).
_FORM_CUT_RE = re.compile(r"(?<![\u0e01-\u0e4e.])ฟ\.\s?(?=\d)")
# ส่ง typed without its tone mark, where no word holding "สง" stands ("สงบ", "สงสัย", "สงขลา",
# "ประสงค์"): before what is sent or a word of sending, or after a word asking who has not sent
# or when it is due.
_SONG_FOLLOWERS = "แผน|ฟอร์ม|แบบฟอร์ม|ผล|รายชื่อ|รายงาน|เอกสาร|ไฟล์|งาน|แล้ว|ยัง|ทัน|ครบ"
# What is sent, named right after: ส่ง even glued to the name of who sent it ("กองคลังสงแผน
# แล้ว"): no word holds "สงแผน" or "สงรายชื่อ" (a vowel before makes another word: "แสง").
_SONG_SENT = "แผน|ฟอร์ม|แบบฟอร์ม|รายชื่อ|รายงาน|เอกสาร|ไฟล์"
# ประวัติ typed as it sounds ("ประวัด") or with its last vowel left out ("ประวัต"): no word
# holds either.
_HISTORY_TYPO_RE = re.compile("ประวั(?:ด|ต(?!\u0e34))")
# ตัวชี้วัด with its tone mark left out ("ตัวชีวัด") or put on the next letter ("ตัวชีว้ด",
# "ตัวชิ้วัด"): no word holds these letters.
_INDICATOR_TYPO_RE = re.compile("ตัวช(?:ีวั|ีว\u0e49ั|ิ\u0e49วั|ี\u0e49ว(?!ั))ด")
_SONG_RE = re.compile(
    rf"(?<![\u0e01-\u0e4e])สง(?={_SONG_FOLLOWERS})"
    rf"|(?<![\u0e40-\u0e44])(?<=[\u0e01-\u0e2e.])สง(?={_SONG_SENT})"
    rf"|(?:(?<=กำหนด)|(?<=ยังไม่)|(?<=ไม่ได้))สง(?={_SONG_FOLLOWERS}|[^\u0e01-\u0e4e]|$)"
)
# Laughter typed with the Thai keyboard on ("ถถถถถ มือลั่น"): ถ is the key of 5, and no Thai
# word holds it three times running; a run of it standing alone is laughter written out ("ฮ่าๆ":
# never a figure, as "5555" beside one would be: "ขยะ 52% ถถถถ").
_THAI_FIVES_RE = re.compile(r"(?<![\u0e01-\u0e4e])ถ{3,}(?![\u0e01-\u0e4e])")
# A doubled vowel or tone mark is never correct Thai (a held "ค่าา" neither); doubled
# consonants (ครรภ์) can be. Sara e typed twice is sara ae (เเผน).
_REPEATED_MARK = re.compile(r"([\u0e30-\u0e3a\u0e47-\u0e4e])\1+")
# A Latin letter held at the end of a word ("deadlineeee", "okkk"): no English word ends with
# a letter typed three times.
_REPEATED_LATIN = re.compile(r"(?<=[a-z])([a-z])\1{2,}(?![a-z])")
# A Thai letter or mark typed three times in a row, or a mark twice: neither repeat above is
# found without one. (A letter doubled alone is common Thai, "คะแนน", "ธรรม": a third of the
# messages, and the two replacements cost some eight times this search.) Found from the
# doubled letter, as one search without alternatives.
_HELD_THAI = re.compile(r"([\u0e01-\u0e4e])\1(?:\1|(?<=[\u0e30-\u0e3a\u0e47-\u0e4e]{2}))")
_SARA_AE = ("\u0e40\u0e40", "\u0e41")
# Marks typed out of the stored order look the same on screen (PyThaiNLP's reorder_vowels): a
# tone mark or thanthakhat before an above or below vowel ("ท่ี" for ที่), and nikhahit with a
# tone mark before sara aa ("นํ้า" for น้ำ). Searched before replaced: most messages hold neither.
_TONE_FIRST = re.compile("([\u0e48-\u0e4c]+)([\u0e31\u0e34-\u0e3a]+)")
_NIKHAHIT_TONE = re.compile("\u0e4d([\u0e48-\u0e4b]+)\u0e32")
# What each of the three repairs above needs, in one scan: a tone mark before a vowel, a Thai
# letter or mark typed twice in a row, a Latin letter typed three times. A text without any
# is left as it is by all three (most messages: no repair is searched for on its own). The
# Latin one, mended with them, touches no Thai letter the held ง below looks at.
# Written with the doubled Thai letter and the tripled Latin one as one alternative (a letter
# typed again, then: both Thai, or a third one), so that ``re`` enters one group, not two, at
# each letter: the same texts found (tested over every string of up to three letters).
_MAY_BE_MISTYPED = re.compile(
    "[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a]|([\u0e01-\u0e4ea-z])\\1(?:(?<=[\u0e01-\u0e4e]{2})|\\1)"
)
# The last letter of a question word held once more ("มีผลบ้างง", "ส่งยังง", "ทำไงง"): the
# segmenter would cut it into another word ("บ้า" + "งง", confused).
_HELD_NG = re.compile(r"(?:(?<=บ้า)|(?<=ยั)|(?<=ไ))งง(?![\u0e01-\u0e4e])")
# A dotted abbreviation of one letter, then one or two ("ก.พ.", "พ.ย.", "ป.ป.ท."), typed on
# to the Thai word before it ("ภาพรวมของก.พ.", "ขยะพ.ย.", "ตั้งแต่ต.ค."): the space left out.
_GLUED_ABBREVIATION_RE = re.compile(
    r"(?<![\u0e01-\u0e4e.])([\u0e01-\u0e4e]{2,})([\u0e01-\u0e2e]\.[\u0e01-\u0e2e]{1,2}\.)"
)
# A dotted short name of consonants with a particle typed on to its dot ("กจ.หน่อย", "กนต.ค่ะ",
# "กก.ครับ"): the space left out. Never after the titles and kinds typed on to the names they
# open by custom ("ผอ.ครับ" is the director). Other words typed on may be the name's own reading
# ("ของกค.คือใคร" reads as it is), so they are left.
_DOT_GLUED_AFTER_RE = re.compile(
    r"(?<=[\u0e01-\u0e2e]{2}\.)(?<!สนง\.)(?<!ผอ\.)(?<!รมว\.)(?<!รมต\.)(?<!อธ\.)"
    r"(?=(?:ครับ|ค่ะ|คะ|ค่า|หน่อย|นะ|จ้า|น้า|ด้วย|ล่ะ)(?![\u0e01-\u0e4e.]))"
)
# A dotted abbreviation of one letter, then one or two ("ก.พ.", "สป.รง."), with "ได้" typed on
# to its dot ("ก.พ.ได้คะแนนรวมเท่าไหร่"): the space left out ("ได้" opens no name's reading).
_GOT_GLUED_RE = re.compile(
    r"(?:(?<=[\u0e01-\u0e2e]\.[\u0e01-\u0e2e]\.)|(?<=[\u0e01-\u0e2e]\.[\u0e01-\u0e2e]{2}\.))(?=ได้)"
)
# A dotted short name of two or three consonants typed on to a word of where one is ("จากกก.",
# "อยู่ศทส.", "ล่าสุดกจ."): the space left out. Only after these words: elsewhere the letters
# may cut either way ("แผนกนต." is แผน กนต., "ย้ายมากนต." มา กนต.).
_SHORT_NAME_GLUED_RE = re.compile(
    r"(?:(?<=จาก)|(?<=อยู่)|(?<=ล่าสุด)|(?<=ประจำ)|(?<=สังกัด))(?=[\u0e01-\u0e2e]{2,3}\.)"
)
# A measure word spaced off the abstract noun of the title it opens ("คะแนน ความพร้อมรัฐบาล
# ดิจิทัล", "ระดับ ความสำเร็จ"): one word, as the title writes it (the measure picks the title).
_MEASURE_SPACED_RE = re.compile(r"(ระดับ|คะแนน|ร้อยละ|จำนวน) (?=ความ)")
_REPEATED_PUNCT = re.compile(r"([?!])\1+")
_NOISE = frozenset(" !?~\ufe0e\ufe0f")
# Thai letters and marks, ASCII letters and digits: no noise, none a symbol (So, Sk; tested).
_NO_NOISE = frozenset(map(chr, range(0x0E01, 0x0E4F))) | frozenset(
    string.ascii_letters + string.digits
)
# A forwarded message with the forwarder's own words after the quote ('ส่งต่อ: "…" ลงให้ด้วย',
# 'FW: จาก กพร. "…" จริงไหม'): the marker and the quotation marks go, who it came from stays as
# the one who says what is quoted. Forwarded with nothing added, it stays a notice (an aside).
_FORWARD_RE = re.compile(
    r"^(?:fwd?|ส่งต่อ)\s?(?:จาก\s?)?([^:\"“”]{0,40}):\s?(?:จาก\s?)?([^\"“”]{0,40})"
    r"[\"“]([^\"“”]+)[\"”]\s?(?=\S)"
)

# Polite particles no Thai word ends with: cut wherever they stand, a held last letter too.
_CERTAIN = ("ครับ+", "คร้าบ+", "ครัช", "ครัฟ", "คร่ะ+", "ค่ะ+", "ค๊ะ+", "จ้ะ+", "ฮับ+", "เน้อ", "เด้อ")
# ครับ as it is said, spelled with a tone mark: "ยืนยันคั้บ", "โอเคคั๊บ".
_CERTAIN += ("คั้บ+", "คั๊บ+")
# Regional ones: northern "เจ้า" (not the end of พระเจ้า, ข้าพเจ้า, …: a look-behind each) and
# Isan "แหน่" ("ใครยังบ่ส่งแหน่", some).
_NOT_BEFORE_JAO = ("พระ", "พุทธ", "ข้าพ", "ข้า", "ปู่", "แม่", "ไหว้", "เทพ", "หม่อม", "องค์", "เป็น", "นาง")
_CERTAIN += tuple(
    "".join(f"(?<!{word})" for word in _NOT_BEFORE_JAO) + jao for jao in ("เจ้าค่ะ", "เจ้า")
) + ("แหน่",)
_CERTAIN_PARTICLE = Guarded(lead(re.compile(rf"\s*(?:{'|'.join(_CERTAIN)})$")))
# A text that ends with none of their last letters (nor a newline, before which "$" also
# matches) holds none at its end.
_CERTAIN_LAST = tuple({particle.rstrip("+")[-1] for particle in _CERTAIN} | {"\n"})
# Particles that also end everyday words (สถานะ, บังคับ, มูลค่า, เห็นด้วย): cut unless the
# message's last word is such a word. The segmenter alone is not enough: it reads ไหนคะ as
# ไห + นคะ, a Pali word.
PARTICLE_WORDS = frozenset(
    ("นะ", "นะคะ", "นะค่ะ", "นะจ๊ะ", "คะ", "ค่า", "ค้า", "จ้า", "จ๊ะ", "จ๋า", "ฮะ", "คับ", "ขอรับ", "ครับผม")
    + ("หน่อย", "ด้วย")
    # ครับ as it is said, spelled like "cup" ("ยืนยันคัพ"); a cup is no word of this chat.
    + ("คัพ",)
    # Casual and regional particles closing a question ("ได้เท่าไหร่อะ", "ระดับไหนแล้วเนาะ").
    + ("อะ", "อ่ะ", "เนาะ", "เนอะ")
)
# Regional question particles ending a message read as ไหม: Isan "บ่", "บ่อ", "แม่นบ่" and
# northern "ก่อ" ("ส่งแผนแล้วบ่", "ส่งรายชื่อแล้วก่อ").
_REGIONAL_ASKING = ("บ่", "บ่อ", "ก่อ")
_REGIONAL_ASKING_RE = re.compile(r"(?<=[\u0e01-\u0e4e])\s?(?:แม่นบ่|บ่อ|บ่|ก่อ)$")
# "แผนส่งละ", "upload ละ", "ส่งไปละค่ะ": the spoken ละ after a verb of sending is แล้ว
# (never "ส่งละกัน", let's send, nor a word that starts with the letters: "ละเอียด").
_DONE_LA_RE = re.compile(
    r"(ส่ง|ไป|ให้|แนบ|ยื่น|กรอก|อัป|อัพ|upload|submit)(\s?)ละ"
    r"(?=$|\s|[^\u0e01-\u0e4e]|ค่ะ|คะ|ค่า|ครับ|คับ|นะ|จ้า|น้า|อ่ะ|อะ|จ้ะ)"
)
# "ไอทีส่งฟอร์ม 4 ละ", "ส่งแผนละค่ะ", "แผนอัปขึ้นไดรฟ์ละ": ละ closing a message of sending,
# after the thing sent, is แล้ว too (never "แต่ละ", "ทีละ", "คนละ": each, one at a time).
_DONE_LA_END_RE = re.compile(
    r"((?:ส่ง|แนบ|ยื่น|กรอก|อัป|อัพ|upload)\S{0,24}?(?:\s?\d{1,2})?)(\s?)"
    r"(?<!แต่)(?<!ที)(?<!คน)(?<!วัน)(?<!ครั้ง)(?<!กอง)(?<!ไง)(?<!ไร)ละ(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า|น้า|จ้ะ|\s)*$"
)
# "ลืมบอกบอท555", "ส่งแล้วค่ะ 5555": laughter closing a message, glued to its last word or
# after a particle, is no number.
# After a word of a thing failing ("ไดรฟ์เข้าไม่ได้ 555", "drive ล่ม 5555") it is laughter too.
# After a verb denied ("ยังคิดกิจกรรมไม่ออก 555", "ทำไม่ทัน 5555") or a question ("ส่งแผนยัง
# 5555") it is laughter too; and before a word of dismay or relief ("ลืมแนบไฟล์ 555 แย่ละ",
# "ส่งแผนแล้ว 555 ดีใจ"), the feeling kept.
_LAUGH_END_RE = re.compile(
    r"((?:ค่ะ|คะ|ครับ|นะ|จ้า|แล้ว|เลย|ไม่ได้|ล่ม|พัง|เด้ง|ค้าง|ไม่[\u0e01-\u0e4e]{1,8}"
    r"|ยัง|ไหม|มั้ย|ป่ะ|ปะ|อะ|อ่ะ)\s?|[\u0e01-\u0e4e])5{3,}\s*$"
    r"|([\u0e01-\u0e4e])\s?5{3,}(?=\s?(?:แย่|ซวย|เศร้า|เซ็ง|ตาย|โอ๊ย|เฮ้อ|งาน\s?เข้า|ดีใจ|เย้|โล่ง|รอด)"
    r"[\u0e01-\u0e4e]{0,6}\s*$)"
)
# The same between two clauses ("ส่งแผนแล้วคับ แต่ลืมแนบไฟล์ 555 เดี๋ยวส่งใหม่"): after a
# particle, a word of failing or a thing forgotten, before more Thai words.
_LAUGH_MID_RE = re.compile(
    r"((?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า|แล้ว|เลย|ไม่ได้|ล่ม|พัง|เด้ง|ค้าง)|ลืม[\u0e01-\u0e4e]+)"
    r"\s?5{3,}(?=\s[\u0e01-\u0e4e])"
)
# A number taken back as it is typed ("ขั้นตอนที่ 2 เอ้ย 3", "ตัว 8 เอ้ย ตัวที่ 9"): the slip and
# its "เอ้ย" go; a kind word said again with the new number replaces the first one.
_SLIP_KIND = r"(?:ขั้นตอนที่|ขั้นตอน|ขั้นที่|ขั้น|ตัวที่|ตัว|ข้อที่|ข้อ)"
_SLIP_RE = re.compile(
    rf"(?:{_SLIP_KIND}\s?(?=\d+(?:\.\d+)?%?\s?(?:เอ้ย|เอ๊ย|อุ๊ย)\s?(?:ไม่ใช่\s?)?{_SLIP_KIND}))?"
    rf"\d+(?:\.\d+)?%?\s?(?:เอ้ย|เอ๊ย|อุ๊ย)\s?(?:ไม่ใช่\s?)?(?=(?:{_SLIP_KIND}\s?)?\d)"
)
# The number a correction replaces, said after it ("แก้วันที่เป็น 14 นะ ไม่ใช่ 15"): it goes.
_REPLACED_RE = re.compile(
    r"(เป็น\s?\d+(?:\.\d+)?%?)(?:\s?(?:นะ|ค่ะ|ครับ|คะ|จ้า))*\s?(?:ไม่ใช่|มิใช่)\s?\d+(?:\.\d+)?%?"
)
# The English "step" as it is said before a number ("สเต็ป1 ส่งรายชื่อแล้ว", "สเตปที่ 2"): the
# step word (counted or asked, "ผ่านไปกี่สเต็ป", it stays as said).
_STEP_SAID_RE = re.compile(r"ส(?:ะ)?เต็?[ปบพ]\s?(?:ที่\s?)?(?=\d|หนึ่ง|สอง|สาม|สี่|ห้า(?!ม))")
# A weekday typed short after วัน ("ส่งแผนเมื่อวันจันคับ", "วันพฤ", "วันศุก"): the day written.
_SHORT_WEEKDAYS = {"จัน": "จันทร์", "อัง": "อังคาร", "พฤ": "พฤหัสบดี", "ศุก": "ศุกร์", "เสา": "เสาร์"}
_SHORT_WEEKDAY_RE = re.compile(
    r"(?<=วัน)(\s?)(จัน|อัง|พฤ|ศุก|เสา)(?!ทร์|ทร|คาร|หัส|ษ|ร์|[\u0e31-\u0e3a\u0e47-\u0e4e])"
)
_BY_LENGTH = tuple(sorted(PARTICLE_WORDS, key=len, reverse=True))
_KEEP = ("ช่วยด้วย", "ช่วยหน่อย")  # cries for help the corpus does not count
_ADDRESS = phrase_regex(ADDRESS_WORDS)
# "บอทๆ", "น้องบอทจ๋าๆ": the call repeated is still the call.
# The bot's name typed as a mention, not tapped ("@PMQA Bot สถานะหน่อยคับ", "@pmqabot …"): the
# plan's name in it ("pmqa") names no indicator.
_TYPED_MENTION = r"(?:@\s?)?(?:pmqa\s?)?"
# Its display name called by a kin term ("@น้อง PMQA …", "@น้องPMQA"), as "@น้องบอท" is; typed
# between a report's lines ("ขยะ 52.3 ค่ะ\n@PMQA Bot ช่วยบันทึกหน่อย"), the name is no word of it.
_ADDRESS_RE = re.compile(
    rf"^{_TYPED_MENTION}(?:{_ADDRESS})(?:\s?ๆ)*(?:\s*[,:]\s*|\s+|(?=[\u0e01-\u0e4e])|$)"
    r"|^@\s?น้อง\s?pmqa(?:\s?bot)?(?![a-z])(?:\s*[,:]\s*|\s+|$)"
    r"|\s@\s?(?:pmqa\s?)?(?:bot|บอท|น้องบอท)(?![a-z])(?=\s)"
    rf"|\s*{_TYPED_MENTION}(?:{_ADDRESS})(?:\s?ๆ)*$"
)


def _translated(run: re.Match[str]) -> str:
    return run[0].translate(_CHARACTERS)


def utf16_to_index(text: str, utf16_offset: int) -> int:
    """The ``str`` index of a UTF-16 code-unit offset (LINE counts an emoji as two units)."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def strip_mentions(text: str, mention_spans: Sequence[tuple[int, int]]) -> str:
    """Remove the mentions given as LINE's (index, length) in UTF-16 code units."""
    spans = sorted(
        (utf16_to_index(text, start), utf16_to_index(text, start + length))
        for start, length in mention_spans
    )
    for start, end in reversed(spans):
        text = f"{text[:start]} {text[end:]}"
    return text


def _strip_noise(text: str) -> str:
    # Emoji, "!", "?" and "~" end many chat lines and carry no intent of their own.
    if text and text[-1] in _NO_NOISE:  # most texts end with a word: nothing to look up
        return text
    end = len(text)
    while end and (text[end - 1] in _NOISE or unicodedata.category(text[end - 1]) in ("So", "Sk")):
        end -= 1
    return text[:end]


def _drop_particle(text: str) -> str:
    trimmed = _CERTAIN_PARTICLE.sub("", text) if text.endswith(_CERTAIN_LAST) else text
    if trimmed == text and text.endswith(_BY_LENGTH) and not _kept(text):
        trimmed = text[: -len(next(p for p in _BY_LENGTH if text.endswith(p)))]
    return _strip_noise(trimmed.rstrip())


def _kept(text: str) -> bool:
    return text.endswith(_KEEP) or ends_with_everyday_word(text)


def ends_with_everyday_word(text: str) -> bool:
    """Whether the last word of ``text`` is an everyday word that ends like a particle. The
    segmenter (and its dictionary) is asked only when it must: the last word is a suffix of
    the text, so no listed word at the end means no; a listed word standing alone after a
    space is one word (tested for each)."""
    endings = particle_endings()
    if text.rsplit(" ", 1)[-1] in endings:
        return True
    # ``text.endswith(tuple(endings))``, by the text's last letters of each length a listed
    # word has (a dozen set look-ups rather than some ninety comparisons and a tuple).
    for length in _lengths(endings):
        if text[-length:] in endings:
            return tokens(text)[-1] in endings
    return False


@cache
def _lengths(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(word) for word in words}))


# Every particle ``strip_particles`` may cut, as it is spelled without a held last letter: a
# text that ends with none of them, nor with a letter typed twice (a held one, "ครับบ"), nor
# with anything but a letter or a digit (noise, a space, a dot), has nothing to cut.
_PARTICLES_SPELLED = tuple(
    sorted(
        PARTICLE_WORDS
        # (the look-behinds before "เจ้า" dropped: they only keep it from being cut)
        | {re.sub(r"\(\?<![^)]*\)", "", particle).rstrip("+") for particle in _CERTAIN}
    )
)


# The same particles by their last letter: a text can end only with those ending with its own
# last letter (one or two tested, not every particle).
_PARTICLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _particle in _PARTICLES_SPELLED:
    _PARTICLES_BY_LAST[_particle[-1]] = (*_PARTICLES_BY_LAST.get(_particle[-1], ()), _particle)


def _nothing_to_strip(text: str) -> bool:
    """Whether ``text`` ends with a letter or a digit, not typed twice, that ends no particle
    as spelled: ``strip_particles`` leaves such a text as it is (tested over the corpus)."""
    last = text[-1:]
    return (
        last in _NO_NOISE
        and text[-2:-1] != last
        and not text.endswith(_PARTICLES_BY_LAST.get(last, ()))
    )


def strip_particles(text: str) -> str:
    """Drop trailing particles, emoji and ``!?~``, unless nothing else would be left."""
    if _nothing_to_strip(text):  # most messages end with a word of their own
        return text
    return _particles_stripped(text)


def _particles_stripped(text: str) -> str:
    """``strip_particles`` without its first test: every step."""
    current = _strip_noise(text)
    while current:
        trimmed = _drop_particle(current)
        if trimmed == current and current.endswith("."):
            # A dot after a particle ends the sentence; otherwise it closes an abbreviation.
            trimmed = _drop_particle(current[:-1])
            trimmed = current if trimmed == current[:-1] else trimmed
        if trimmed == current:
            return current
        if not trimmed:
            return _strip_noise(text) or text
        current = trimmed
    return text


# Sent one way ("ส่ง…ทางอีเมล"), then the usual way denied to close the message ("ไม่ได้กรอก
# ฟอร์ม", "ไม่ได้อัปโหลดขึ้นไดรฟ์", "ส่งทางอีเมลไม่ได้ส่ง drive"), or a step said not passed
# for it ("ไม่ผ่าน ไม่ได้ส่งผ่านไดรฟ์"): the denial adds nothing, and names a channel not used.
_CHANNELS = r"(?:google\s?form|google\s?drive|ฟอร์ม|form|ไดรฟ์|drive|อีเมล์|อีเมล|e-?mail|ไลน์|line)"
_WAY_DENIED_RE = re.compile(
    r"(?<=\S)(?<!ยัง)\s?(?:แต่\s?)?ไม่ได้\s?(?:กรอก|อัปโหลด|อัพโหลด|อัป|อัพ|ใช้|ส่ง|ขึ้น|ลง|ผ่าน|ทาง)\S*?\s?"
    rf"(?:ทาง|ผ่าน|ขึ้น|ลง|ใน|เข้า)?\s?{_CHANNELS}\s?(?:แทน)?$"
)
# On paper: "ส่งรายชื่อทีมเป็นบันทึกข้อความฉบับกระดาษ", "…เป็นหนังสือราชการ (กระดาษ)".
_SENT_BY_RE = re.compile(
    rf"(?<!ไม่ได้)(?<!ยังไม่)ส่ง\S*(?:\s\S+)?\s?(?:ทาง|ผ่าน|ทาง\s?|ใน)\s?{_CHANNELS}"
    r"|(?<!ไม่ได้)(?<!ยังไม่)ส่ง[^\s]{0,30}\s?เป็น\s?\S{0,30}?(?:กระดาษ|หนังสือ|บันทึกข้อความ|ตัวจริง)"
)
# A question asked for someone else ("หัวหน้าฝากถามว่า…", "ผอ.ให้ถามว่า…"): who sent it and the
# errand go, the question is what is asked. ("ท้องถิ่นโทรมาถามว่า…" is a story, not an errand.)
_RELAYED_RE = re.compile(r"^(?:\S{1,20}?\s?)?(?:ฝาก|ให้)\s?(?:มา)?ถาม(?:บอท|น้องบอท)?\s?ว่า\s?(?=\S)")
# A hedge opening what the asker checks ("ถ้าจำไม่ผิดรายชื่อทีมต้องส่งภายใน 29 พ.ย. ใช่ไหม",
# "ถ้าหนูเข้าใจไม่ผิด…"): it supposes nothing (a hedged report, asking nothing, keeps it and
# stays no report).
_HEDGE_RE = re.compile(
    r"(?:^|(?<=\s))(?:ถ้า|หาก)\s?(?:(?:หนู|ผม|ดิฉัน|เรา|พี่|ฉัน)\s?)?(?:จำ|เข้าใจ)\s?ไม่\s?ผิด"
    r"(?:\s?พลาด)?(?:\s?(?:นะ|ละก็|ล่ะก็))?\s?"
)
# What asks, after a hedge (never a "not yet" told, "…ส่วนกองคลังยัง", nor "ไหนๆ", "ว่างเปล่า",
# "ไม่มีอะไร": a hedged report with them keeps its hedge and stays no report).
_ASKED_RE = re.compile(
    r"ไหม|มั้ย|มั๊ย|ป่าว|หรือเปล่า|รึเปล่า|ป่ะ|หรือไม่|\?|ไหน(?!ๆ)|เมื่อไ|(?<!ไม่มี)อะไร|เท่าไ|กี่|ยังไง"
    r"|เหรอ|หรอ"
)
# Points cut by their size ("ที่ตัด 0.05", "ตัดตัวละ 0.5", "จะโดน -0.05"): the deduction's word.
# A cut of money or of a share ("ตัด 10 ล้าน"), of things counted ("ตัด 3 ข้อ", "ตัด 5 กองออก",
# "ตัด 2 ตัวชี้วัด"), a cut asked for ("ขอตัด…", "ช่วยตัด…") and a cut only remarked on ("ตัด 0.5
# เองเหรอ โชคดีจัง": เหรอ with nothing else asking is surprise) stay.
_CUT_POINTS_RE = re.compile(
    r"(?:(?<!ขอ)(?<!ขอ\s)(?<!ช่วย)(?<!ช่วย\s)ตัด|(?<=โดน)\s?(?=-))"
    r"(?=\s?(?:(?:ตัว|มิติ|ขั้น|ครั้ง|วัน)ละ\s?)?-?\s?\d{1,2}(?:\.\d{1,2})?(?![\d.,])"
    r"(?!\s?(?:ล้าน|บาท|%|เปอร์|ร้อยละ|ชุด|รายการ|แห่ง|คน|วัน|ข้อ|กอง|ตัว|หน่วย|ฉบับ|เรื่อง|ประเด็น"
    r"|หน้า|อัน|ไฟล์|ส่วน|กลุ่ม|ทีม|ออก)))(?:(?<=โดน)-|(?<=\s)-|(?<=ตัด))"
)
_CUT_ASKED_RE = re.compile(r"ไหม|มั้ย|มั๊ย|ป่าว|เปล่า|ป่ะ|หรือ|\?|ไหน|เมื่อไ|อะไร|เท่าไ|กี่|ไง|อย่างไร|ใช่|งง")
_SURPRISE_RE = re.compile(r"เหรอ|หรอ")
# "or not" typed as many say it, ล for ร: "ส่งแผนแล้วหลือยัง" ("เหลือ", what is left, stays).
_OR_SAID_RE = re.compile(r"(?<!เ)หลือ(?=\s?(?:ยัง|เปล่า|ป่าว|ไม่))")
# Both verdicts offered, asked which: "ผ่านหรือไม่ผ่าน", "ผ่านไม่ผ่าน", "ผ่านรึตก".
# A failure said twice ("ไม่ผ่านไม่ผ่าน ส่งใหม่ทั้งหมด") offers no verdict.
_EITHER_VERDICT_RE = re.compile(
    r"(?<!ไม่)(?<!ไม่\s)ผ่าน\s?(?:(?:หรือ|รึ)\s?(?:ไม่\s?ผ่าน|ตก)|ไม่ผ่าน)(?![ก-๙])"
)
# How to answer a question relayed, said after it ("ท่านรองฯ ถามว่าไอทีส่งแผนยัง ตอบไงดีคะ"): the
# question is what is asked; with no question before it ("ส่งแผนแล้ว ตอบไงดี", "ตอบแบบสอบถาม
# ยังไงดี") it stays.
_HOW_TO_ANSWER_RE = re.compile(
    r"(?:(?<=ยัง)|(?<=ไหม)|(?<=มั้ย)|(?<=ไหน)|(?<=ไร)|(?<=บ้าง)|(?<=ป่าว)|(?<=\?))\s(?:แล้ว\s?)?(?:จะ\s?)?ตอบ\s?(?:ท่าน\s?|เขา\s?|ไป\s?)?(?:ว่า\s?)?"
    r"(?:ยังไง|ไง|อย่างไร|อะไร)\s?ดี(?:\s?(?:คะ|ค่ะ|ครับ|คับ|นะ|จ๊ะ|จ้า))*$"
)
_GLUED_PMQA_RE = re.compile(r"(?<![a-z])pmqa\s?4\.0(?![\d.])", re.IGNORECASE)
# "deadline" spelt in Thai ("เม.ย. มีเดดไลน์อะไรบ้าง"): no LINE channel (ไลน์) is named.
_THAI_DEADLINE_RE = re.compile(r"(?:เด|ดี)[ดทต]\s?ไลน[์ส]?")
# "ดีไลน์" too ("ดีไลน์ใกล้สุดคืออะไร"), only in a message that asks (told, "กลุ่มไลน์นี้ดีไลน์
# เยอะจัง", it is chatter), unless ดี says which is better ("ส่งทางไหนดี ไลน์หรือเมล") or the
# way of sending is before it ("ส่งทางดีไลน์ได้ไหม": LINE, the channel), or it is a LINE ID ("ไอดีไลน์").
_DI_LINE_RE = re.compile(
    r"(?<!ไหน)(?<!อะไร)(?<!ไร)(?<!ไง)(?<!ว่า)(?<!ทาง)(?<!ผ่าน)(?<!เข้า)(?<!ใน)(?<!ลง)(?<!ขึ้น)(?<!ไอ)(?<!id)"
    r"(?<!ทาง\s)(?<!ผ่าน\s)(?<!เข้า\s)(?<!ใน\s)ดีไลน[์ส]?(?!\s?(?:ไหม|มั้ย|หรือ|กว่า|ดี))"
)
# "deadline" typed as two words ("dead line แผนคือ 31 Jan ใช่ไหม"): no LINE channel is named.
_SPLIT_DEADLINE_RE = re.compile(r"(?<![a-z])dead[\s-]line(s?)(?![a-z])")


# The bot's name typed on a later line, a question after it ("เรียนทุกกองค่ะ\nอีก 16 วันปิดรับ
# แผนนะคะ\n@PMQA Bot ใครยังไม่ส่งแผนบ้างคะ"): the lines before it tell the group, the question
# is the bot's. A line told to the bot ("…ส่งแผนแล้ว\n@PMQA Bot บันทึกด้วย") keeps what it holds.
_LATE_MENTION_RE = re.compile(r"\n\s*@\s?(?:pmqa\s?)?(?:bot|บอท|น้องบอท)(?![a-z])", re.IGNORECASE)
# "ยัง" asks only at its sentence's end ("ส่งยังคะ"): "…ยังขาดมิติ 3" tells.
_ASKED_AFTER_RE = re.compile(
    r"\?|ไหม|มั้ย|ยัง\s*(?:คะ|ค่ะ|ครับ|คับ|นะ|จ้า|$)|ไหน|ใคร|อะไร|เท่าไ|กี่|ไง|บ้าง|เมื่อไ"
)
# A question that does not stand on its own is the lines' before it: a favour asked of them
# ("…ส่งแผนแล้วค่ะ\n@PMQA Bot บันทึกให้ด้วยได้ไหมคะ"), the value above pointed at ("ขยะ 52.3\n
# @บอท ค่านี้ถูกไหม"): the message is read whole.
_ASKED_OF_THE_LINES_ABOVE_RE = re.compile(
    r"ได้\s?(?:ไหม|มั้ย|มั๊ย|ป่าว|ปะ|หรือเปล่า|หรือไม่)|ช่วย|รบกวน|บันทึก|ให้ด้วย|ให้หน่อย"
    r"|(?:ค่า|อัน|ตัว|เลข|ข้อความ|ตัวเลข|ยอด|ผล|แบบ)\s?(?:นี้|นี่|นั้น|ข้างบน|ด้านบน)"
    r"|ข้างบน|ด้านบน|ข้างต้น|ดังกล่าว|ตามนี้"
)


def addressed_last(
    text: str, mention_spans: Sequence[tuple[int, int]] = ()
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The message from the last typed mention of the bot that opens a later line and asks,
    with LINE's mention spans (UTF-16 offsets) moved to it; else the message as it is."""
    found = max(_LATE_MENTION_RE.finditer(text), key=lambda m: m.start(), default=None)
    spans = tuple(mention_spans)
    after = text[found.end() :] if found is not None else ""
    if not _ASKED_AFTER_RE.search(after) or _ASKED_OF_THE_LINES_ABOVE_RE.search(after):
        return text, spans
    cut = text.index("@", found.start())
    shift = sum(2 if ord(char) > 0xFFFF else 1 for char in text[:cut])
    return text[cut:], tuple((at - shift, length) for at, length in spans if at >= shift)


def normalise(text: str, *, mention_spans: Sequence[tuple[int, int]] = ()) -> str:
    """The message as the matcher reads it: one line, ASCII digits, lower-case, no particles."""
    if mention_spans:  # the spans count the letters as typed: remove them before mending any
        text = strip_mentions(text, mention_spans)
    if _SARA_AE[0] in text:
        text = text.replace(*_SARA_AE)
    text = unicodedata.normalize("NFC", text)
    # Searched before replaced: most messages hold none of the characters, and a search that
    # finds nothing costs half the replacing that changes nothing.
    if _CHARACTERS_RE.search(text) is not None:
        text = _CHARACTERS_RE.sub(_translated, text)
    if "\u0e4d" in text:
        text = _NIKHAHIT_TONE.sub("\\1\u0e33", text).replace(*_SARA_AM)
    if "ถถถ" in text:  # before a held letter is mended: "ถถถถถ มือลั่น" laughs
        text = _THAI_FIVES_RE.sub("ฮ่าๆ", text)
    if _MAY_BE_MISTYPED.search(text):
        text = _mistyping_mended(text)
    if "งง" in text:
        text = _HELD_NG.sub("ง", text)
    if "ใหน" in text:  # "ถึงใหนแล้ว": ไหน with its ไ typed as ใ (no Thai word holds "ใหน")
        text = text.replace("ใหน", "ไหน")
    if "ประวั" in text:  # "ประวัดการส่ง", "ประวัตการบันทึก": ประวัติ as it sounds, or its ิ left out
        text = _HISTORY_TYPO_RE.sub("ประวัติ", text)
    if "ตัวช" in text:  # "ตัวชีวัดที่ 6 คืออะไร": ตัวชี้วัด with its tone mark left out or misplaced
        text = _INDICATOR_TYPO_RE.sub("ตัวชี้วัด", text)
    if "ฟ." in text:  # "ฟ.4 ส่งได้ถึงวันไหน", "ฟ.2 กับ ฟ.3": a form by its number, cut short
        text = _FORM_CUT_RE.sub("ฟอร์ม ", text)
    if "สง" in text:  # "กำหนดสงฟอร์ม 1-3", "ใครยังไม่สงแผน": ส่ง with its tone mark left out
        text = _SONG_RE.sub("ส่ง", text)
    if "ถึงไหร่" in text:  # "ส่งได้ถึงไหร่คะ": until when, its เมื่อ left out
        text = text.replace("ถึงไหร่", "ถึงเมื่อไหร่")
    if "??" in text or "!!" in text:
        text = _REPEATED_PUNCT.sub(r"\1", text)
    if "4.0" in text:  # "PMQA4.0จว.ได้…": the plan's name glued to the words around it
        text = _GLUED_PMQA_RE.sub(" pmqa 4.0 ", text)
    if "ไลน" in text:
        text = _THAI_DEADLINE_RE.sub(" deadline ", text)
        if "ดีไลน" in text and _ASKED_RE.search(text):
            text = _DI_LINE_RE.sub(" deadline ", text)
    if "dead" in text:
        text = _SPLIT_DEADLINE_RE.sub(r"deadline\1", text)
    text = " ".join(text.split())  # str.split's whitespace is the \s of a str pattern
    if "." in text:  # "ของก.พ.", "ขยะพ.ย.": a dotted abbreviation glued to the word before it
        text = _GLUED_ABBREVIATION_RE.sub(_abbreviation_spaced, text)
        text = _DOT_GLUED_AFTER_RE.sub(" ", _SHORT_NAME_GLUED_RE.sub(" ", text))
        if "ได้" in text:
            text = _GOT_GLUED_RE.sub(" ", text)
    if " ความ" in text:  # "คะแนน ความพร้อมรัฐบาลดิจิทัล": a title's measure word spaced off
        text = _MEASURE_SPACED_RE.sub(r"\1", text)
    if text.count(" ") >= _SPACED_PIECES - 1:
        text = _syllables_joined(text)
    if ":" in text and text.startswith(("fw", "ส่งต่อ")):
        text = _forwarded(text)
    if "555" in text:
        text = " ".join(_LAUGH_END_RE.sub(r"\1\2 ", text).split())
    if "555 " in text:
        text = _LAUGH_MID_RE.sub(r"\1", text)
    if "เอ้ย" in text or "เอ๊ย" in text or "อุ๊ย" in text:
        text = _SLIP_RE.sub("", text)
    if "ไม่ใช่" in text and "เป็น" in text:
        text = _REPLACED_RE.sub(r"\1", text)
    if "ละ" in text:
        text = _DONE_LA_RE.sub(_done_la, text)
        text = _DONE_LA_END_RE.sub(_done_la_end, text)
    if "เต" in text:
        text = _STEP_SAID_RE.sub("ขั้นตอนที่ ", text)
    if "วัน" in text:
        text = _SHORT_WEEKDAY_RE.sub(_weekday_written, text)
    if "หก" in text and "ปี" in text:  # "แผนปีหกแปด": the year said digit by digit
        text = years_in_digits(text)
    text = numbers_in_digits(text)  # "ห้าสิบสองจุดสาม": voice typing
    if "เปอร์เซ็น" in text or "ร้อยละ" in text:  # "แปดสิบห้าเปอร์เซ็นต์" too
        text = shares_in_digits(text)
    # "ฟอร์มสี่": form 4 (a text holding no counted word, most, is not handed over: tested).
    if "ฟอร์ม" in text or "ขั้น" in text or "form" in text or "มิติ" in text or "หมวด" in text:
        text = counted_in_digits(text)
    if "หลือ" in text:
        text = _OR_SAID_RE.sub("หรือ", text)
    # Formal words read as everyday ones, spoken short forms written out: "หน่วยงานใดยังมิได้
    # จัดส่ง…" is "หน่วยงานไหนยังไม่ได้ส่ง…", "ส่งไรมั่ง" is "ส่งอะไรบ้าง".
    text = written(plain(text))
    if not _nothing_to_strip(text):  # (``strip_particles``, its test first)
        text = _particles_stripped(text)
    if "ที่" in text:  # (``ordinals_in_digits``' own test first)
        text = ordinals_in_digits(text)
    if text.endswith(_REGIONAL_ASKING):  # "กองคลังส่งแผนแล้วบ่": "…แล้วไหม"
        text = _REGIONAL_ASKING_RE.sub("ไหม", text)
    if (
        "ไม่ได้" in text
        and (denied := _WAY_DENIED_RE.search(text))
        and (_SENT_BY_RE.search(text, 0, denied.start()) or "ไม่ผ่าน" in text[: denied.start()])
    ):
        text = text[: denied.start()]  # "ส่งทางอีเมล ไม่ได้กรอกฟอร์ม": the way it went is told
    if ("ตัด" in text or "โดน -" in text or "โดน-" in text) and (
        not _SURPRISE_RE.search(text) or _CUT_ASKED_RE.search(text)
    ):
        text = _CUT_POINTS_RE.sub(lambda cut: "หัก" if cut[0] == "ตัด" else "หัก ", text)
    if "ผ่าน" in text and ("ไม่" in text or "ตก" in text):  # "ยาฯ 74.94 ผ่านหรือไม่ผ่าน"
        text = _EITHER_VERDICT_RE.sub("ผ่านหรือไม่", text)
    if "ถาม" in text:
        text = _RELAYED_RE.sub("", text)
    if "ไม่ผิด" in text and _ASKED_RE.search(text):  # "ถ้าจำไม่ผิด…ใช่ไหม": a hedge, no case
        text = _HEDGE_RE.sub("", text)
    if "ตอบ" in text:  # "ไอทีส่งแผนยัง ตอบไงดีคะ": how to answer it asks what was asked
        text = _HOW_TO_ANSWER_RE.sub("", text)
    if "บอท" not in text and "bot" not in text and "@" not in text:  # (``strip_address``' test)
        return text
    return strip_address(text)


def _weekday_written(short: re.Match[str]) -> str:
    return short[1] + _SHORT_WEEKDAYS[short[2]]


def _abbreviation_spaced(glued: re.Match[str]) -> str:
    """The word and the abbreviation typed on to it, spaced, when the letters before the
    abbreviation end with a word of three letters or more ("ของ" of "ของก.พ."); else as typed:
    "สป.รง." is one abbreviation, not "ส" and "ป.รง.", and "สนง.ก.พ." not "สน" and "ง.ก.พ."."""
    before = glued[1]
    last = tokens(before)[-1] if before else ""
    if len(last) < 3 or not before.endswith(last):
        return glued[0]
    return f"{before} {glued[2]}"


def marks_in_order(text: str) -> str:
    """``text`` with a tone mark typed before its vowel put after it ("ท่ี" is ที่), as the
    whole message is normalised: for the words a slot keeps as typed."""
    return _TONE_FIRST.sub(r"\2\1", text) if _TONE_FIRST.search(text) else text


def _mistyping_mended(text: str) -> str:
    """``text`` with marks typed out of order, letters held and doubled marks mended."""
    if _TONE_FIRST.search(text):
        text = _TONE_FIRST.sub(r"\2\1", text)
    if _HELD_THAI.search(text):  # both need a letter or mark held, or a mark doubled
        text = _REPEATED_MARK.sub(r"\1", _REPEATED_THAI.sub(r"\1", text))
    if _REPEATED_LATIN.search(text):  # "deadlineeee": rare, so searched before replaced
        text = _REPEATED_LATIN.sub(r"\1", text)
    return text


# A message typed a syllable or a letter at a time ("ความ พึง พอ ใจ", "ศ ท ส ส่ง แผน"): at
# least this many pieces, every one of Thai letters and none longer than a syllable.
_SPACED_PIECES = 5
_SYLLABLE = 5
_THAI_PIECE_RE = re.compile(r"[\u0e01-\u0e4e]+")


def _syllables_joined(text: str) -> str:
    """``text`` written as Thai is, its words unspaced, when it was typed a syllable or a letter
    at a time; as it is otherwise (words spaced by phrase, English, figures)."""
    pieces = text.split(" ")
    if any(len(p) > _SYLLABLE or not _THAI_PIECE_RE.fullmatch(p) for p in pieces):
        return text
    return "".join(pieces)


def _forwarded(text: str) -> str:
    """A forwarded message as its sender would have typed it: the source, the quote, the ask."""
    found = _FORWARD_RE.match(text)
    if found is None:
        return text
    return " ".join(f"{found[1]} {found[2]} {found[3]} {text[found.end() :]}".split())


def _done_la(match: re.Match[str]) -> str:
    return f"{match[1]}{match[2]}แล้ว"


# What keeps a closing ละ from telling a sending done: the sending asked of ("ส่งแผนยังละ",
# "ส่งแผนได้ยังละ"), denied ("ส่งแผนไม่ทันละ"), urged ("ส่งแผนเถอะละ", "ส่งแผนด้วยละ") or
# planned ("ต้องส่งแผนละ", "อย่าลืมส่งแผนละ").
_LA_NOT_DONE_RE = re.compile(
    "ยัง|ไม่|ได้|กัน|เถอะ|ก่อน|ด้วย|เลย|ไหม|มั้ย|หรือ|รึ|ไหน|ใคร|กี่|เมื่อ|ทำไม|อย่างไร|ตอน"
)
_LA_NOT_YET_BEFORE_RE = re.compile(r"(?:ต้อง|อย่า\s?ลืม|อย่า|จะ|ควร|ช่วย|ฝาก|รีบ|ค่อย|เดี๋ยว|ไม่)\s?$")


def _done_la_end(match: re.Match[str]) -> str:
    before = match.string[max(match.start() - 12, 0) : match.start()]
    if _LA_NOT_DONE_RE.search(match[1]) or _LA_NOT_YET_BEFORE_RE.search(before):
        return match[0]
    return _done_la(match)


def strip_address(text: str) -> str:
    """Drop a way of calling the bot ("น้องบอท", "บอท") from either end, and the particles it
    hid ("สวัสดีค่ะ น้องบอท"), unless nothing else would be left."""
    if "บอท" not in text and "bot" not in text and "@" not in text:  # the common case: no regex
        return text
    bare = _ADDRESS_RE.sub("", text).strip()
    return strip_particles(bare) if bare and bare != text else text
