"""The asker's story around a question: who asked for the answer, when, a greeting.

"ท่านผอ.ถามมาว่าตอนนี้ภาพรวมตัวชี้วัดเราเป็นยังไงบ้าง", "พรุ่งนี้ผู้ว่าฯประชุม ขอสรุปตัวชี้วัด",
"morning ครับ ขอ status ภาพรวม": the words of the story (``data/nlu/story_words.txt``) name no
indicator, unit or step, and leave the slot words of a question.
"""

from __future__ import annotations

import re
from functools import cache

from handlers.data_files import read_text
from handlers.nlu.guards import Guarded
from handlers.nlu.patterns import EDGE_WORDS
from handlers.nlu.tokenize import everyday_words, tokens

_WITH = "with:"
# Before an event of the asker's week: "ก่อนปิดสัปดาห์", "ก่อนประชุม", "ก่อนเที่ยง"; a round
# closing takes its number with it ("ก่อนปิดรอบ 1": the round, no step).
BEFORE_EVENT_RE = re.compile(
    r"ก่อน\s?(?:ปิด|ประชุม|เข้าประชุม|เที่ยง|เลิกงาน|กลับ|สิ้น|หมด|หยุด|นำเสนอ|เสนอ|ไป|วันหยุด)\S*"
    r"(?:(?<=รอบ)\s?(?:ที่\s?)?(?:\d{1,2}|NUM)(?![\d.]))?"
)
# After the window closed: "ภาพรวมหลังหมดเขตส่งแผน", "คะแนนรายกองหลังปิดส่งแผน" (what follows
# the closing names the step whose window it was, no indicator).
AFTER_CLOSE_RE = re.compile(
    r"หลัง\s?(?:จาก\s?)?(?:หมดเขต|ปิดรับ|ปิดส่ง|ครบกำหนด|deadline|เดดไลน์)\s?(?:ส่ง|การส่ง)?"
    r"\s?(?:แผน\S*|รายชื่อ\S*|รายงานผล|ผล)?"
)
# A phrase opening with one of these, after another, is the asker's reason: "จะได้วางแผน",
# "จะใช้ประกอบการประชุมผู้บริหาร", "จะแนบในหนังสือถึงผู้บริหาร", "เอาไปทำสไลด์".
# "ขอไว้ทำปฏิทิน", "ไว้ทำแผนงาน", "จะทำหนังสือเวียน", "จะตามเรื่องเว็บ": what the answer is for.
_PURPOSE = (
    "จะได้",
    "จะใช้",
    "จะแนบ",
    "จะเอาไป",
    "เอาไป",
    "จะนำไป",
    "นำไป",
    "เพื่อใช้",
    "เพื่อนำ",
    "ขอไว้",
    "ไว้ทำ",
    "ไว้ใช้",
    "จะทำ",
    "จะตาม",
    # "…ขอชื่อด้วย จะโทรตามเอง", "จะไปทวง": who is late is asked to be chased.
    "จะโทร",
    "จะไปตาม",
    "จะทวง",
    # "ขอรายชื่อทีม…หน่อยค่ะ จะไล่ตามผล": whom to chase.
    "จะไล่ตาม",
    # "ขอสรุปความคืบหน้า PMQA ไปเสนอ ผอ. หน่อย": taken to the boss (never "ข้อเสนอ").
    "ไปเสนอ",
    "จะเสนอ",
    "ไว้เสนอ",
    "เพื่อเสนอ",
)
# The cheap test before a phrase walk: a purpose opening anywhere after a space (one pass).
_PURPOSE_AFTER_RE = re.compile(" (?:" + "|".join(map(re.escape, _PURPOSE)) + ")")
# After a phrase of the story, one opening with a wish is the boss's ("ผู้ว่าฯ อยากเห็นครบ";
# "อยากทราบว่า…" asks instead).
# "…ท่าน ผอ. ต้องการด่วน": what the boss wants, and how soon.
_WISH = ("อยากเห็น", "อยากได้", "อยากให้", "ต้องการ")
# The head of a unit, by the unit's short name glued or a space away ("ท่าน ผอ.กพร.",
# "ผอ. กจ.", "ผอ.ศูนย์ฯ"): a title of the story, not the unit.
_HEAD_RE = re.compile(
    r"(?:ท่าน\s?)?(?:ผอ\.|ผู้อำนวยการ|หัวหน้า)"
    r"(?:\s?(?:[\u0e01-\u0e2e]{1,5}\.)+|(?:สำนัก|กอง|ศูนย์|กลุ่ม)ฯ?"
    # What the head asks glued after the prefix: "ผอ.กองขอสรุป…", "ผอ.สำนักถามว่า…".
    # "ผอ.ศูนย์จะเข้าประชุมผู้บริหารพรุ่งนี้": what the head will do, glued too.
    r"(?:(?![\u0e01-\u0e4e])|(?=ขอ(?!ง)|ถาม|อยาก|สั่ง|ฝาก|ให้|จะ|ต้อง|กำลัง)))"
)

# The work handed over to the asker, the programme and whom it came from between: "เพิ่งรับ
# งาน PMQA ต่อจากพี่ที่ย้ายไป", "เพิ่งมารับงาน PMQA ต่อจากพี่ที่ลาคลอด": the taking over stays the
# story's marker, the programme named in it is left alone (the whole organisation's, no step),
# and the colleague gone is no unit.
_HANDED_OVER_RE = re.compile(
    r"(?P<taken>รับ\s?(?:งาน|ช่วง)(?:\s?งาน)?)\s?(?P<programme>pmqa(?:\s?4\.0)?\s?)?ต่อ"
    r"(?:\s?มา)?(?:\s?จาก\s?(?:พี่|น้อง|คุณ|คน)\S*)?",
    re.IGNORECASE,
)

# The board a meeting is of, written short after it ("ที่ประชุม กรอ.จ.", "ประชุม ก.ร.อ."),
# known or not: never a unit of the organisation.
# A meeting by its hour or its part of the day, the board it is of between: "ประชุม 10 โมง",
# "มีประชุมบ่ายสองโมง", "ประชุม กบจ. บ่ายนี้", "เข้าประชุม 13.30 น." (never a bare figure: "เข้า
# ประชุม 90%" is the attendance).
_MEETING_WHEN_RE = re.compile(
    r"(?:(?:มี|เข้า|จะ)\s?)?(?:ที่\s?)?ประชุม\s?(?:(?:[\u0e01-\u0e2e]{1,5}\.)+\s?)?(?:ตอน\s?|เวลา\s?)?"
    r"(?:(?:บ่าย|เช้า|เย็น)\S*|(?:NUM|\d{1,2}(?:[.:]\d{2})?)\s?(?:โมง\S*|น\.|นาฬิกา\S*))"
)
_MEETING_NAME_RE = re.compile(r"ประชุม\s?(?:[\u0e01-\u0e2e]{1,5}\.)+(?![\u0e01-\u0e4e])")


@cache
def _story() -> tuple[frozenset[str], frozenset[str], Guarded]:
    """(the markers, the words that are the story next to one, a search for any marker)."""
    markers, companions = set(), set()
    for line in read_text("nlu", "story_words.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(_WITH):
            companions.add(line[len(_WITH) :].strip())
        else:
            markers.add(line.lower())
    ascii_words = [m for m in markers if m.isascii()]
    thai = [m for m in markers if not m.isascii()]
    pattern = "|".join(
        [
            *(re.escape(m) for m in sorted(thai, key=len, reverse=True)),
            *(rf"(?<![a-z]){re.escape(m)}(?![a-z])" for m in ascii_words),
        ]
    )
    # Searched only in a text that holds a marker's letters (most texts hold none).
    return frozenset(markers), frozenset(companions), Guarded(re.compile(pattern))


def is_story_word(word: str) -> bool:
    """Whether ``word`` is a marker of the asker's story ("ผอ.", "ท่าน", "morning"), or a
    title glued to the short name of what its holder heads ("ผอ.กจ.": the director, no unit)."""
    markers = _story()[0]
    word = word.lower()
    if word in markers:
        return True
    title, dot, rest = word.partition(".")
    return bool(rest) and f"{title}{dot}" in markers


def _filler(word: str) -> bool:
    from handlers.nlu.slots import names_the_plan  # slots reads story's markers

    if word in EDGE_WORDS or not any(c.isalnum() for c in word):
        return True
    return everyday_words(word) and not names_the_plan(word)  # "พอดี", not "แผน"


def without_handover(text: str) -> str:
    """``text`` without whom the work was taken over from (see ``_HANDED_OVER_RE``)."""
    if "รับ" not in text or "ต่อ" not in text:
        return text
    return _HANDED_OVER_RE.sub(_programme_left, text)


def _programme_left(handed_over: re.Match[str]) -> str:
    return f"{handed_over['taken']} {handed_over['programme'] or ''} "


def without_story(text: str) -> str:
    """``text`` without the words of the asker's story: in each phrase holding a marker, the
    markers and the words that go with them ("ประชุม" next to "ผู้บริหาร")."""
    markers, companions, search = _story()
    if "dg" in text and _DG_THE_BOSS_RE.search(text):
        # "พอดีต้องทำสไลด์สรุปให้ DG ค่ะ": the Director-General the answer is for, no DG
        # readiness (its indicator is named with its measure: "DG readiness", "คะแนน DG").
        text = _DG_THE_BOSS_RE.sub(" ", text)
    if "ประชุม" in text:
        # "สรุปมาเลย ประชุม 10 โมง", "…ประชุม กบจ. บ่ายนี้": the meeting the answer is for, by
        # its hour or its part of the day, is the story whole.
        text = _MEETING_WHEN_RE.sub(" ", text)
        # "เข้าที่ประชุม กรอ.จ.": a board named short after its meeting
        text = _MEETING_NAME_RE.sub("ประชุม", text)
    if search.search(text) is None:
        if " " in text and _PURPOSE_AFTER_RE.search(text):
            return without_purpose(text)
        return text
    if "ผอ" in text or "ผู้อำนวยการ" in text or "หัวหน้า" in text:
        text = _HEAD_RE.sub(" ผอ. ", text).strip()
    kept: list[str] = []
    told = False  # whether the phrase before was the story's
    for phrase in text.split(" "):
        if kept and phrase.startswith(_PURPOSE) or told and phrase.startswith(_WISH):
            continue  # "…ต้องส่งอะไรบ้าง จะได้วางแผนงาน": why the asker asks, after the ask
        told = told and not phrase
        if search.search(phrase) is None:
            kept.append(phrase)
            continue
        words = tokens(phrase)
        if not any(w in markers for w in words):
            kept.append(phrase)  # a marker's letters inside another word ("ท่านั้น")
            continue
        story = markers | companions
        left = [w for w in words if w not in story]
        if not left and kept and _PROPOSED_TO_RE.search(kept[-1]):
            # "รายงานเสนอ ครม. ของตัวชี้วัดจริยธรรม": the board a report goes to is the item's
            # words (taken to the board for the asker, "ไปเสนอ ครม.", is the story's).
            kept.append(phrase)
            continue
        # The words that go with a marker typed a space before it go too ("ก่อนประชุม กบจ.").
        while kept and not kept[-1]:
            kept.pop()
        if kept and _companions_only(kept[-1], companions):
            kept.pop()
        # A phrase of the story, filler and everyday words ("พอดีหัวหน้าถามมา") goes whole.
        if all(_filler(w) for w in left):
            told = True
            continue
        kept.append("".join(left))
    return " ".join(kept)


# The Director-General by the English initials, as whom a report is for or who asks: "ให้ DG",
# "เสนอ DG", "ท่าน DG", "DG ถามว่า…", "DG อยากเห็น…".
_DG_THE_BOSS_RE = re.compile(
    r"(?:(?:ให้|เสนอ|ท่าน|นำเรียน|เรียน)\s?dg(?![a-z])"
    r"|(?<![a-z])dg\s?(?=ถาม|สั่ง|อยาก|ขอ(?!ง)|ต้องการ|จะ\s?(?:เอา|ใช้|ดู|ถาม)))"
)


# A report proposed to a board, the board named after a space: "…เสนอ ครม.", not "ไปเสนอ".
_PROPOSED_TO_RE = re.compile(r"(?<!ไป)(?<!จะ)(?<!ไว้)(?<!เพื่อ)(?<!นำ)เสนอ$")


def purpose_tail(text: str) -> str:
    """The words of ``text`` from the first phrase after another that says why the asker asks
    ("ขอรายชื่อทีม จะทำสรุปส่งหัวหน้า": "จะทำสรุปส่งหัวหน้า"); empty when none does."""
    found = _PURPOSE_AFTER_RE.search(text)
    return text[found.start() :] if found else ""


def without_purpose(text: str) -> str:
    """``text`` without the phrases after the first that say why the asker asks ("ขอรายชื่อทีม
    ทั้งหมด จะแนบในหนังสือถึงผู้บริหาร")."""
    phrases = text.split(" ")
    return " ".join([phrases[0], *(p for p in phrases[1:] if not p.startswith(_PURPOSE))])


def _companions_only(phrase: str, companions: frozenset[str]) -> bool:
    """Whether ``phrase`` holds a word that goes with a marker, and nothing but filler else."""
    words = tokens(phrase)
    return any(w in companions for w in words) and all(
        w in companions or w in EDGE_WORDS for w in words
    )
