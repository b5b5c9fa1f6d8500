"""Vocabulary shared by the intent rules: question words, channels, indicator and unit words.

The rules themselves are declared next to the handler of their intent; a phrase group is
``"a|b|c"`` and :func:`phrase_regex` turns it into a regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from handlers.data_files import read_text
from handlers.intents import Aspect
from handlers.nlu.guards import lead, skipping
from handlers.nlu.report_words import report_words
from kpi_core.report import DEFAULT_KEYWORDS


def words(group: str) -> tuple[str, ...]:
    """The phrases of a ``"a|b|c"`` group."""
    return tuple(group.split("|"))


QUESTION = "ไหม|มั้ย|ไหน|หรือยัง|รึยัง|หรือเปล่า|หรือไม่|อะไร|ป่าว"
CHANNELS = (
    # Typed short on a phone: "ggdrive", "gg form", "gform".
    (
        "google_drive",
        "google drive|googledrive|gdrive|ggdrive|gg drive|กูเกิลไดรฟ์|กูเกิ้ลไดร์ฟ|ไดรฟ์|ไดร์ฟ|drive",
    ),
    # A form filled in or sent on its own is the Google Form ("กรอกฟอร์มไปเมื่อวาน"); "ส่งแบบฟอร์ม 4"
    # is step 4's report form.
    (
        "google_form",
        "google form|googleform|ggform|gg form|gform|กูเกิลฟอร์ม|กูเกิ้ลฟอร์ม|ทางฟอร์ม|form|กรอกฟอร์ม"
        "|ส่งฟอร์มไป|ส่งฟอร์มแล้ว|ส่งฟอร์มเรียบร้อย|ฟอร์มออนไลน์|ในฟอร์ม|ผ่านฟอร์ม|ลงฟอร์ม|ใส่ฟอร์ม",
    ),
    ("email", "e-mail|email|อีเมล|อีเมล์|เมล|mail"),
    ("paper", "กระดาษ|ตัวจริง|หนังสือ|paper|เป็นเล่ม|ตัวเล่ม|รูปเล่ม"),
    ("line", "ทางไลน์|ไลน์|line"),
)
CHANNEL_WORDS = "|".join(group for _, group in CHANNELS)
# Words that name an indicator without the organisation's data: the report vocabulary, and
# the short forms people type for one of its keywords ("PB", "ecotown").
_KEYWORDS = {keyword.lower() for keyword, _ in DEFAULT_KEYWORDS}


def _names_keyword(short: str, long: str) -> bool:
    """Whether a short form's long form is a keyword, or holds one when the short form is an
    English name ("data catalog" is the บัญชีข้อมูลภาครัฐ, the GD Catalog's บัญชีข้อมูล; Thai
    short forms such as "โอนงบ" or "สพร." are everyday words or offices too). Thai initials
    whose long form opens with a keyword are that keyword's kind ("ทต.": เทศบาลตำบล)."""
    long = long.lower()
    if long in _KEYWORDS or (short.endswith(".") and any(map(long.startswith, _KEYWORDS))):
        return True
    english = short.isascii() and "." not in short
    return english and any(k in long for k in _KEYWORDS if len(k) > _SHORT_KEYWORD)


_SHORT_KEYWORD = 4
_DOTLESS = 3  # a short form's letters with its dot


INDICATOR_WORDS = "|".join(
    (
        *(keyword.lower() for keyword, _ in DEFAULT_KEYWORDS),
        *(short.lower() for short, long in report_words().pairs if _names_keyword(short, long)),
        "ตัวชี้วัด|kpi|KPI|eservice|e service|e-serv|อีเซอร์วิส|ระบบราชการ 4.0|ยาเสพ|masterdata",
        # The units that receive the budget directly, counted ("หน่วยรับงบตรง ๑๗ แห่ง"; the
        # short phrase keeps the rule index's letter pairs as they were).
        "รับงบตรง",
        # A short form typed without its dot ("อปท รับงบตรง 17 แห่ง"), as report_words reads
        # it; two letters stay dotted ("ยส" is in many words).
        *(
            keyword.rstrip(".")
            for keyword, _ in DEFAULT_KEYWORDS
            if keyword.endswith(".") and len(keyword) > _DOTLESS
        ),
    )
)
UNIT_PREFIXES = "กอง|สำนัก|ศูนย์|กลุ่ม|ฝ่าย"
# What a step asks for, in any organisation's plan: a write (or a schedule asked for) names
# one of these, a unit's, or a step.
DELIVERABLE_WORDS = (
    "แผน|รายชื่อ|ชื่อทีม|รายงาน|แบบฟอร์ม|ฟอร์ม|form|ประชุม|กิจกรรม|ทีม|team|เอกสาร|ผล|ไฟล์|file"
    "|คำสั่ง|หลักฐาน|ข้อมูล|ส่งงาน|ขั้น|สรุป|ลิงก์|ลิงค์|link|หนังสือ|บันทึก|โครงการ|คะแนน|ตัวชี้วัด"
    f"|{UNIT_PREFIXES}|มิติ|ชุด|แบบ|ร่าง|ทั้งหมด|ครบ|หมด"
)
# Words a title may start with that are also questions' cues ("คะแนนความพร้อมรัฐบาลดิจิทัล"),
# with the aspect each asks about when it is no part of a title.
MEASURE_ASPECTS = {
    "คะแนน": Aspect.SCORE,
    "ระดับ": Aspect.TIER,
    "ร้อยละ": Aspect.RESULT,
    "จำนวน": Aspect.RESULT,
}
MEASURE_WORDS = "|".join(MEASURE_ASPECTS)
# Ways of calling the bot, cut from either end of a message ("สวัสดีค่ะ น้องบอท").
ADDRESS_WORDS = "น้องบอท|พี่บอท|บอทจ๋า|บอทคะ|บอท|bot"
# Particles, fillers, tag questions, feelings and English function words: how the asker
# feels or asks, never what is asked about (data/nlu/filler_words.txt).
FILLER_WORDS = frozenset(
    line.strip().lower()
    for line in read_text("nlu", "filler_words.txt").splitlines()
    if line.strip() and not line.startswith("#")
)
# Dropped from either end of the words left once the cues are gone; the last line holds
# units of measure typed after a value ("1,462.21 ล้านบาท").
EDGE_WORDS = frozenset(
    words(
        "ใคร|อะไร|ไหน|บ้าง|ของ|ที่|ได้|แล้ว|ยัง|หรือ|หรือยัง|รึยัง|หรือเปล่า|ไหม|มั้ย|เรา|ฉัน|ผม|กระผม"
        "|หนู|ดิฉัน|ขอ|ดู|ช่วย|บอท|เท่าไหร่|เท่าไร|ให้|ว่า|คือ|เป็น|มี|ยังมี|อยู่|ผล|การ|ส่ง|หน่วย"
        "|หน่วยไหน|หน่วยงาน|ตัวชี้วัด|kpi|ตัว|ค่า|ทาง|ผ่าน|โดย|กับ|ใน|และ|จาก|ตอนนี้|ล่าสุด"
        "|เมื่อไหร่|เมื่อไร|วัน|วันที่|วันไหน|ภายใน|กี่|ต้อง|จะ|นี้|นั้น|อัน|เรื่อง|ละ|ล่ะ|เข้า"
        "|สรุป|ภาพรวม|สถานะ|เกณฑ์|ขั้นตอน|ปี|ปีนี้|ไป|มา|ok|โอเค|ใช่|ครับ|ค่ะ|คะ|นะ|จ้า|ฮะ|=|:|-|,|?"
        "|เตือน|ด้วย|ด้วยว่า|หน่อย|ที|ได้กี่คะแนน|กี่คะแนน"  # "สรุปให้ทีค่ะ": ที asks a favour
        "|อะ|อ่ะ|เนาะ|เนอะ|จ้ะ|เด้อ|เน้อ"  # casual and regional particles
        # Courtesy and framing around a question: "รบกวนขอดู…", "สวัสดีค่ะ ขอสรุป…".
        "|ขอบคุณ|สวัสดี|หวัดดี|รับทราบ|ยืนยัน|ไม่ใช่|ถูกต้อง|สำหรับ|รบกวน|ขอดู|อยากทราบ|อยากรู้|อยาก|อยากเห็น|เห็น|อยากดู|อยากได้|ทราบ|เช็ค|เช็ก|ตรวจสอบ|แจ้ง"
        "|แสดง|ขอแสดง"  # formal: "ขอความกรุณาแสดงประวัติ…" shows what "ขอดู" asks to see
        "|น้องบอท|พี่บอท|โดยรวม|เหลือ|อีก|เหลืออีก|ทำการ|วันทำการ|เวลา|น้า|นะคะ|นะครับ|คับ"
        "|ใกล้สุด|ใกล้ที่สุด|ใกล้|สุด|ที่สุด|ถัดไป|ต่อไป|คืออะไร"
        "|ได้เท่าไหร่|ได้เท่าไร|เท่าใด|ได้กี่|ถึง|ก่อน|สิ้น|สิ้นเดือน|สัปดาห์|อาทิตย์|ทุกกอง|ทุกหน่วย"
        "|ทุกหน่วยงาน|เหรอ|หรอ|ซิ|สิ|แร้ว|ทั้ง|ทุก|ช่วงนี้|ช่วง|กองไหน|ขอรายชื่อ|รายชื่อหน่วยงาน"
        "|ต้องทำ|ทำ|ตั้งแต่|ได้ตั้งแต่|ได้ถึง|please|pls|plz|next|the|of|our|who"
        # English framing around a question: "what's the status?", "show me the deadlines".
        "|what|what's|whats|'s|when|is|are|me|show|tell|give|a|an|my|for|about|indicator|kpis|yet"
        "|result|results|upcoming|coming|soon|deadlines|any|there|do|we|have"
        # When, around a deadline asked for: "พรุ่งนี้มีอะไรต้องส่ง", "ก่อนสิ้นปีงบ".
        "|พรุ่งนี้|มะรืน|หน้า|สัปดาห์หน้า|อาทิตย์หน้า|ปลาย|ปลายเดือน|ต้นเดือน|กลางเดือน|สิ้นปี|สิ้นปีงบ"
        "|ปีงบ|ปีงบประมาณ|สิ้นปีงบประมาณ"
        # A quarter as a time: "สิ้นไตรมาสแรกเราได้กี่คะแนนแล้ว".
        "|ไตรมาส|ไตรมาสแรก|ไตรมาสนี้|สิ้นไตรมาส|สิ้นไตรมาสแรก|ครึ่งปีแรก|ครึ่งปี"
        # The year's close or start as a time: "ปิดปีได้เท่าไหร่", "ส่งอะไรไปบ้างตั้งแต่ต้นปี".
        "|ปิด|ปิดปี|ปิดปีงบ|ต้นปี|ต้นปีงบ"
        "|บาท|ล้านบาท|ล้าน|คน|ราย|แห่ง|ครั้ง|กิจกรรม|คะแนน|ระดับ|ร้อยละ|เปอร์เซ็นต์"
        # Its ต์ left out or its ็ too, as typed: "ขยาได้กี่เปอร์เซ็น".
        "|เปอร์เซ็น|เปอร์เซนต์|เปอร์เซน"
        # How much is asked of, not what: "ยังไม่ส่งอะไรเลย", "กำหนดส่งทั้งหมด", "ขอดูทั้งปี",
        # "ส่งผลรอบนี้" (the current round is the one every deadline question is about).
        "|เลย|ทั้งหมด|ทั้งปี|ทั้งปีงบ|รอบนี้|รอบ|งาน|งานทั้งหมด"
        # How little was reached: "เข้ากิจกรรมได้แค่ 80% ไม่ผ่าน".
        "|แค่|ได้แค่|เพียง|ได้เพียง"
        # How it went, no name: "ส่งแผนทางเมลแทนค่ะ", "เพิ่มกิจกรรมมิติ 2 เข้าไป".
        "|แทน|เข้าไป"
        # The area indicators are grouped by: "ตัวชี้วัดด้านงบประมาณทั้ง 4 ตัว" (every one whose
        # keyword is งบประมาณ, not the one whose item says "ด้านงบประมาณ").
        "|ด้าน"
        # How worrying it looks, no name: "คะแนนเราตอนนี้น่าเป็นห่วงไหม".
        "|น่าเป็นห่วง|น่าห่วง|น่ากังวล"
    )
) | frozenset(FILLER_WORDS)
# The organisation itself, however it is called: "overall", "จังหวัดเรา", "ของเรา".
ORGANISATION_WORDS = "overall|จังหวัด|องค์กร|ส่วนราชการ|เรา|ของเรา|พวกเรา"
# The kinds of government body, which name the organisation only with no name of their own
# ("ของสำนักงานเรา", "กรมเรา"; "สำนักงานปลัด" is a name).
ORGANISATION_KINDS = frozenset(("สำนัก", "สำนักงาน", "กรม", "กระทรวง", "หน่วยงาน"))
# PMQA 4.0 is the ministry's own success indicator: "PMQA ถึงไหนแล้ว" asks for the status.
STATUS_WORDS = frozenset(
    words(
        "pmqa|4.0|pmqa 4.0|ระบบราชการ|ทั้งหมด|รวม|ผลรวม|ทุก|ทุกตัว|ตัวชี้วัด|การประเมิน|โดยรวม"
        "|คะแนนรวม|ความคืบหน้า|ผลการดำเนินงาน|การดำเนินงาน|ผลการปฏิบัติงาน"
        "|อัพเดต|อัปเดต|อัพเดท|อัปเดท|update|กอง|ทุกกอง|ทุกหน่วย|หน่วยงาน|ผลงาน|ผล|รายกอง|รายหน่วย"
        "|รายหน่วยงาน"
        # How it is going, typed short or misspelt: "ภาพรวมจังหวัดเปนไงบ้าง".
        "|เป็นไง|เปนไง|เปนไงบ้าง|เป็นยังไง|เปนยังไง|เปนยังไงบ้าง|เปน|ไง|ยังไง"
        f"|{ORGANISATION_WORDS}"
    )
)

# "...และวันกำหนดส่ง" asks for a reminder on the deadline itself (day 0).
DEADLINE_DAY_WORDS = "วันกำหนดส่ง|วันที่กำหนดส่ง|วันครบกำหนด|วันที่ครบกำหนด|วันส่ง|วันที่ต้องส่ง|วันสุดท้าย"

# The names people give the three Government 4.0 dimensions (มิติ), by their fixed numbers;
# read only inside a dimension phrase ("มิติเปิดกว้างกับมิติประชาชน"), never on their own.
DIMENSION_WORDS = (
    (1, "เปิดกว้างและเชื่อมโยง|เปิดกว้าง|เชื่อมโยง"),
    (2, "ยึดประชาชนเป็นศูนย์กลาง|ประชาชนเป็นศูนย์กลาง|ยึดประชาชน|ประชาชน"),
    (
        3,
        "มีขีดสมรรถนะสูงและทันสมัย|ขีดสมรรถนะสูงและทันสมัย|มีขีดสมรรถนะสูง|ขีดสมรรถนะสูง"
        "|มีขีดสมรรถนะ|ขีดสมรรถนะ|ทันสมัย"
        # Without ขีด: "มิติสมรรถนะสูง".
        "|สมรรถนะสูงและทันสมัย|สมรรถนะสูง|สมรรถนะ",
    ),
)


def phrase_regex(group: str) -> str:
    """A regular expression for any phrase of a ``"a|b|c"`` group, longest first."""
    return "|".join(_phrase(p) for p in sorted(words(group), key=len, reverse=True))


def _phrase(phrase: str) -> str:
    return "".join(_pieces(phrase))


def _pieces(phrase: str) -> list[str]:
    """The pattern of a phrase as a list of pieces: a letter, an optional space, a look-around."""
    parts = []
    for char, following in zip(phrase, phrase[1:] + " ", strict=True):
        parts.append(re.escape(char))
        # People put spaces between Thai words at will, but never before a vowel or tone mark.
        if "\u0e01" <= char <= "\u0e4e" and _starts_syllable(following):
            parts.append(" ?")
    if phrase[0].isascii() and phrase[0].isalnum():
        parts.insert(0, r"(?<![a-z0-9])")
    if phrase[-1].isascii() and phrase[-1].isalnum():
        parts.append(r"(?![a-z0-9])")
    return parts


_MANY_PHRASES = 8  # from this many phrases on, a search is led by their trie (below)


def phrase_search_regex(group: str) -> str:
    """``phrase_regex(group)`` as one group led by a look-ahead that tests the phrases' trie
    first ("ตัวชี้วัด" and "ตัวที่" share "ตัว"): ``re`` would try every phrase at every
    position; the trie turns most positions down at their first letter. It matches where and
    as the plain alternation does (the look-ahead holds wherever one of the phrases matches)."""
    plain = phrase_regex(group)
    phrases = words(group)
    # A few Thai phrases are found quickly as they are: ``re`` passes over the positions where
    # none of their first letters stands; an English phrase's look-behind stops that.
    english = any(phrase[0].isascii() and phrase[0].isalnum() for phrase in phrases)
    if len(phrases) < _MANY_PHRASES and not (english and len(phrases) > 1):
        return f"(?:{plain})"
    return f"(?={pieces_trie(_pieces(p) for p in phrases)})(?:{plain})"


def pieces_trie(sequences: Iterable[Sequence[str]]) -> str:
    """A pattern matching wherever one of the ``sequences`` of pattern pieces matches, their
    shared beginnings written once."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for sequence in sequences:
        node = trie
        for piece in sequence:
            node = node.setdefault(piece, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [piece + pattern(child) for piece, child in sorted(node.items()) if piece]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _starts_syllable(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e" or "\u0e40" <= char <= "\u0e44"


# Someone else who acts or is acted on, in chatter around a command word: "อย่าลืมเตือนพี่ก่อน
# 3 วันนะ", "พี่จะเตือนวันครบกำหนดเอง", "ค่อยเตือนเขาพรุ่งนี้ละกัน" (not the bot: "พี่บอท").
SOMEONE_ELSE_RE = re.compile(r"(?:พี่|น้อง)(?!\s?บอท)|เขา|เค้า|เอง(?!กสาร)|อย่าลืม|ฝาก")


# A courtesy or regional particle and a space end a sentence: "สรุปให้หน่อยค่ะ ใกล้ประชุมแล้ว",
# "…หน่อยเนาะ พรุ่งนี้มีประชุม", "ใครยังค้างงานอยู่บ้างครับ จะได้ตามถูก".
SENTENCE_ENDS = (
    "ค่ะ",
    "คะ",
    "ครับ",
    "คับ",
    "ค้าบ",
    "คร้าบ",
    "คั้บ",
    "ฮับ",
    "จ้า",
    "จ้ะ",
    "จ๊ะ",
    "เนาะ",
    "เนอะ",
    "เด้อ",
    "อ่ะ",
)
SENTENCE_END_RE = lead(re.compile("(?:" + "|".join(f"(?<={p})" for p in SENTENCE_ENDS) + r")\s+"))
# A round named by its span ("รอบ 12 เดือน", "6 เดือน"): when, never what is asked about.
ROUND_SPAN_RE = re.compile(r"(?:รอบ\s*)?\d{1,2}\s*เดือน")


# A tier reached by what is done ("ต้องทำอะไรบ้างถึงได้ขั้นสูง", "…ถึงจะได้ระดับ 5"): what it
# takes is the indicator's criteria, never what is due (handlers.queries, handlers.deadlines).
REACH_A_TIER = "|".join(
    f"{then}{tier}"
    for then in ("ถึงได้", "ถึงจะได้", "จึงจะได้")
    for tier in ("ขั้น", "ระดับ", "เป้า", "คะแนนเต็ม")
)


# The unit the sender moved from, told as news after signing up: "เพิ่งย้ายมาจาก กจ.", or by its
# English name, a run of words ("ย้ายมาจาก Finance Division").
UNIT_LEFT_RE = re.compile(
    r"(?:ย้าย|โอน)\s?(?:มา\s?)?(?:จาก|ออกจาก)\s?(?:[a-z][a-z&.\-]*(?:\s[a-z][a-z&.\-]*)*|\S+?)"
    r"(?=\s|$|(?:มา|ไป)\s?(?:อยู่|ที่|ประจำ|สังกัด|เป็น))"
)


# Everyday words that hold a cue word but mean something else ("ประวัติศาสตร์" is no ประวัติ,
# "ส่งเสริม" sends nothing): a cue found inside one of them is not there (the rules' matcher),
# nor a step's word (``handlers.nlu.resolve.resolve_step``). A word may end in a look-ahead
# telling it from the longer words it begins ("แผนก", a section, is not "แผนการ", "แผนกองกลาง").
_SHADOWS = sorted(read_text("nlu", "cue_shadows.txt").split(), key=len, reverse=True)
# Each word's letters, without the look-ahead (``handlers.nlu.matcher`` tells by its letter pairs
# whether a text may hold one).
SHADOW_WORDS = tuple(word.partition("(")[0] for word in _SHADOWS)
# Led by the words' trie (see ``phrase_search_regex``): it matches as the alternation does
# (a word's look-ahead is left to the alternation).
_SHADOWS_TRIE = pieces_trie([re.escape(c) for c in word] for word in SHADOW_WORDS)
SHADOWS_RE = skipping(re.compile(f"(?={_SHADOWS_TRIE})(?:{'|'.join(_SHADOWS)})"))
# Whether a text holds a shadow word at all: the trie alone, searched without the look-ahead
# (``re`` passes over the letters no word starts with instead of entering it at each one).
ANY_SHADOW = re.compile(_SHADOWS_TRIE).search
