"""Spoken short forms of question words and particles written out, once, before any rule reads
the message: "ต้องส่งไรบ้าง" asks what (อะไร), "เปนงัยมั่ง" how (เป็นยังไงบ้าง), "ดูหน่อยจิ"
urges (สิ), "ยังไม่ส่งบ้างง" holds its last letter. The forms are data
(``data/nlu/spoken_forms.txt``).

A form is written out only where the segmenter reads it as a word of its own ("กำไร",
"มั่งคั่ง", "จิตใจ" stay), and only the run of Thai letters around it is segmented: numbers,
dates and abbreviations ("ก.ย. 67", "14/1") never meet the segmenter here.
"""

from __future__ import annotations

import re

from handlers.data_files import read_text
from handlers.nlu.guards import literal_trie
from handlers.nlu.rare_letters import any_literal
from handlers.nlu.tokenize import pieces


def _read() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]]]:
    forms: dict[str, str] = {}
    conditions: dict[str, str] = {}
    lists: dict[str, list[str]] = {"holds": [], "held": [], "filler": []}
    for line in read_text("nlu", "spoken_forms.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, colon, word = line.partition(":")
        if colon and kind in lists:
            lists[kind].append(word.strip())
            continue
        if colon and kind in _CONDITIONS:
            line = word
        spoken, _, written = line.partition("=")
        forms[spoken.strip()] = written.strip()
        if colon and kind in _CONDITIONS:
            conditions[spoken.strip()] = kind
    return forms, conditions, {kind: tuple(found) for kind, found in lists.items()}


# "asking: รอด = ผ่าน": written out only before an asking word ("รอดมั้ย"; "รอดแล้ว" stays);
# "joining: กะ = กับ": only between two words ("ขยะกะยาเสพติด"; "กะว่าจะส่ง" intends);
# "before: บ่ = ไม่": only before a word that is no closing particle ("ยังบ่ส่ง"; "แล้วบ่",
# "แม่นบ่เด้อ" ask, as ไหม); "sending: อัป = อัปโหลด": only before what a step sends, or all of
# it ("อัปแผนแล้ว", "อัพครบแล้ว"; "อัปไดรฟ์", "อัปรูปขึ้นไดรฟ์" stay as typed); "asked: แน่ =
# บ้าง": only after a question word ("มีไผแน่"; "ไม่ทันแน่" is sure); "sent: แผ่น = แผน": only
# right after the verb to send ("ยังไม่ส่งแผ่น"; "แผ่นพับ", "ปริ้นแผ่นนี้" stay); "mailing: เมล =
# ส่งอีเมล": the mail as a verb, before what a step sends and after no word that makes it the
# channel ("กองกลางเมลแผนไปแล้ว"; "ส่งเมลแผน", "ทางเมล" stay).
# "opening: สอง = ส่ง": only opening the message, before what a step sends and a done word
# closing it ("สองแผนแล้วค่ะ"; "ได้สองแผนแล้ว", "สองแผนค่ะ", "สองแผนแล้วยังไม่ครบ" count).
# Between them only the team of the names, a way off or all of it ("สองรายชื่อทีมแล้ว", "สองแผน
# ไปแล้ว", "สองแผนครบแล้ว"): a verb ("สองแผนผ่านแล้ว", "สองแผนแก้แล้ว") or another noun ("สอง
# แผนงานเสร็จแล้ว", "สองแผนปฏิบัติการเสร็จแล้ว") tells what two plans did.
_CONDITIONS = ("asking", "joining", "before", "sending", "asked", "sent", "mailing", "opening")
_SENT_AND_DONE_RE = re.compile(
    r"(?:แผน(?!ที่|ก|ผัง|นี้|นั้น)|รายชื่อ(?:\s?(?:ทีม|คณะทำงาน))?)"
    r"(?:\s?(?:ไป|ให้))?(?:\s?ครบ)?\s?(?:แล้ว|เรียบร้อย)"
    r"(?:\s?(?:แล้ว|นะ|ค่ะ|คะ|ครับ|คับ|ค้าบ|จ้า|ค่า|!))*\s*$"
)
_MAIL_CHANNEL_BEFORE = ("ส่ง", "ทาง", "เข้า", "ผ่าน", "ใน", "อี", "ของ", "ที่")
# The mail as a noun, or a mail asked for (review46): received, read, answered, opened or
# forgotten ("ได้รับอีเมลแผนแล้ว", "อ่านอีเมลรายงานแล้ว", "ลืมเมลแผน"), and what comes after it:
# a mail asked to be sent to the sender ("เมลแผนมาให้หน่อย", "เมลรายงานมาให้ดู") or bounced
# ("อีเมลแผนเด้งกลับมา").
_MAIL_READ_BEFORE = ("รับ", "อ่าน", "ตอบ", "เปิด", "ลืม", "เช็ค", "เช็ก", "ดู", "หา")
_MAIL_NOUN_AFTER_RE = re.compile(r"มา\s?ให้\s?(?:ดู|หน่อย|ด้วย|หนู|ผม|เรา|พี่)|เด้ง|ตีกลับ")
# Whole words only: fruit, one's works and a shop's map ("อัพผลไม้", "อัพผลงาน", "อัพแผนที่ร้าน")
# are chatter, and "อัพแล้ว" alone names nothing sent.
_SENT_NEXT_RE = re.compile(r"(?:แผน(?!ที่|ก|ผัง)|ผล(?!ไม้|งาน|ิต|ัด)|รายชื่อ|รายงาน|แบบฟอร์ม|ฟอร์ม|ครบ)")
_CLOSING = ("เด้อ", "เน้อ", "ครับ", "คับ", "ค่ะ", "คะ", "จ้า", "เจ้า", "นะ", "แหน่", "เนาะ", "บ่")
_ASKING_NEXT = ("ไหม", "มั้ย", "มั๊ย", "ไม๊", "ป่ะ", "ปะ", "หรือเปล่า", "รึเปล่า", "เปล่า", "ป่าว")
_NOT_JOINED_NEXT = ("ว่า", "จะ", "ไว้")
_QUESTION_BEFORE = ("ใคร", "ไผ", "ใผ", "อะไร", "หยัง", "ไหน", "ใด๋", "ได๋", "ยังไง", "ไง", "กี่", "จั๊ก")
# How, in Isan ("เป็นจั๋งใด๋", "เป็นจั่งได๋แน่"): the segmenter cuts it in two ("จั๋ง", "ใด๋"), so
# it is written out before the forms are looked up. "จัง" (so very) before "ใด" or "ได" with no
# tone mark ("ดีจังไดรฟ์ใช้ได้") is no question.
# "จั่งใด", its ใด read as ไหน by now ("จั่งไหน"), is the same.
_HOW_RE = re.compile(r"จั[\u0e48\u0e4b]ง\s?(?:[ใไ]ด\u0e4b|ใด|ไหน)|จัง\s?[ใไ]ด\u0e4b")
# Undo said in Thai letters, a word of its own ("อันดูค่ะ ส่งผิดกอง", "ขออันดูหน่อย"): the segmenter
# cuts it in two (อัน, ดู); "งานอันดูแลยาก", "อันดูดี" hold other words.
_UNDO_SAID_RE = re.compile(
    "(?:(?<![\u0e01-\u0e4e])|(?<=ขอ)|(?<=กด))อันดู"
    "(?=(?:ค่ะ|คะ|ครับ|คับ|นะ|ให้|หน่อย|ที|ด้วย)*(?![\u0e01-\u0e4e]))"
    # Said not to work ("อันดู ไม่ได้ค่ะ", "ลองพิมพ์ อันดู แล้วไม่ได้"): a complaint, no undo.
    "(?!(?:ค่ะ|คะ|ครับ|คับ|นะ)*\\s?(?:แล้ว\\s?)?(?:ก็\\s?)?(?:ไม่|มัน\\s?ไม่))"
)
_ENGLISH_GLUED_RE = re.compile("(?<=[\u0e01-\u0e4e])(?=[a-z])|(?<=[a-z])(?=[\u0e01-\u0e4e])")
FORMS, _WHEN, _LISTS = _read()
_HOLDS, _HELD = _LISTS["holds"], _LISTS["held"]
# Words of chat that never name anything: a slot made only of them is no slot.
FILLERS = frozenset(_LISTS["filler"])
_THAI = "\u0e01-\u0e4e"
# Where a form may stand: not before a vowel or tone mark that would make it another word's
# start ("ไร่", "จิ๊บ"); the segmenter decides the rest.
# The forms as a trie ("ไร(?:ๆ)?…"): at each position ``re`` follows one letter at a time
# instead of trying every form in turn. The same matches as the forms joined longest first:
# the forms that match at a position are prefixes of one another, and the trie tries the
# longer before the shorter, as that order did (a shorter one is taken when the look-ahead
# turns the longer down).
_CANDIDATE_RE = re.compile(
    f"(?:{literal_trie(FORMS)})"
    r"(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)
_RUN_RE = re.compile(f"[{_THAI}]+")
# An asking word with its last letter typed once more, ending a word ("บ้างง", "ไหนน"): not
# before another Thai letter ("บ้างงาน" is บ้าง + งาน).
_HELD_RE = re.compile(
    "(?:" + "|".join(f"{re.escape(w)}{re.escape(w[-1])}+" for w in _HELD) + f")(?![{_THAI}])"
)
# Every match of ``_HELD_RE`` holds its word's last letter twice in a row ("งง" of "บ้างง"):
# a text holding none of those pairs (most) is not searched for every held word.
_HELD_LETTER_RE = re.compile("|".join(sorted({re.escape(w[-1] * 2) for w in _HELD})))


# "มะ" (ไหม) glued after the word it asks of, closing the message or before a particle
# ("ส่งทางเมลได้มะคะ", "เข้าประชุม84%ผ่านมะ"), where the segmenter cuts the letters otherwise
# ("ผ่านมะ" as ผ่า + นมะ, "ได้มะคะ" as ได้ + มะคะ): after these words no word ends with มะ
# ("หิมะ", "ธรรมะ" do), and a word after it ("ได้มะม่วง") keeps it.
# ไหม typed short or misspelt the same way, glued after those words: "ส่งทางเมลได้ไมครับ" (its
# ห left out), "ได้ม่ะ", "ได้มัยคะ", "ได้ไม๊" ("ได้ไมค์", "ได้ไม้", "ทันสมัย" go on or hold
# other letters before).
_MA_ASKED_RE = re.compile(
    r"(ผ่าน|ได้|ใช่|ส่ง|ทัน|ครบ|ถูก|แล้ว|เสร็จ|รับ|นับ|ไป|มา|ยัง|พอ|รอด)\s?(?:มะ|ม่ะ|ไม๊?|มัย)"
    r"(?=\s|$|[?!]|คะ|ค่ะ|ครับ|คับ|ค้าบ|จ้า|ฮะ|นะ)"
)
_MA_GUARDS = ("มะ", "ม่ะ", "มัย")
# หรือเปล่า with its เปล่า typed as said ("แล้วรึป่าวคะ", "แล้วหรือป่าว"): no word holds the letters.
_OR_NOT_RE = re.compile("(?:หรือ|รึ)\\s?ป่าว")


# What any step of ``written`` needs, in one scan: the letters each gate below tests ("จั",
# "อันดู", "มะ", "ม่ะ", "มัย", "ป่าว"), a held pair, a form (wherever it stands: the look-ahead
# of ``_CANDIDATE_RE`` is left to it), as one trie, and ไม without its tone mark (what the
# counts of "ไม" and "ไม่" differ by). A text with none is left as it is by every step (most
# messages: one search, not eight). The ไม is one of the literals, its look-ahead after it:
# ``re`` enters one alternation at each letter, not two. Looked for from a few rare letters
# of theirs (``rare_letters``): ``re`` passes over the other letters.
_SPOKEN_CUES = sorted({*FORMS, "จั", "อันดู", "ป่าว", *_MA_GUARDS, *_HELD_LETTER_RE.pattern.split("|")})
assert "ไม" not in _SPOKEN_CUES  # its look-ahead is its own
_MAY_BE_SPOKEN_RE = re.compile(any_literal([*_SPOKEN_CUES, "ไม"], after={"ไม": "(?!\u0e48)"}))


def written(text: str) -> str:
    """``text`` (one line, lower case) with its spoken short forms written out."""
    if _MAY_BE_SPOKEN_RE.search(text) is None:  # most messages
        return text
    return _written(text)


def _written(text: str) -> str:
    """``written`` without its gate: every step, each behind its own test."""
    if "จั" in text and _HOW_RE.search(text):
        text = _HOW_RE.sub("ยังไง", text)
    if "อันดู" in text:
        text = _UNDO_SAID_RE.sub(" undo ", text).strip()
    # ไม without its tone mark (most messages hold ไม่ only, and are not searched).
    if any(guard in text for guard in _MA_GUARDS) or text.count("ไม") != text.count("ไม่"):
        text = _MA_ASKED_RE.sub(r"\1ไหม", text)
    if "ป่าว" in text:
        text = _OR_NOT_RE.sub("หรือเปล่า", text)
    if _HELD_LETTER_RE.search(text) and _HELD_RE.search(text):
        text = _HELD_RE.sub(lambda m: m[0].rstrip(m[0][-1]) + m[0][-1], text)
    candidates = [m for m in _CANDIDATE_RE.finditer(text) if not text[: m.end()].endswith(_HOLDS)]
    if not candidates:  # most messages
        return text
    starts = sorted({_run_start(text, m.start()) for m in candidates}, reverse=True)
    for start in starts:  # from the last run, so the earlier ones stay where they were
        end = _RUN_RE.match(text, start).end()  # type: ignore[union-attr]
        parts = pieces(text[start:end])
        if not any(part in FORMS for part in parts):
            continue
        out, at = [], start
        for part in parts:
            form = FORMS.get(part)
            fits = form is not None and _fits(_WHEN.get(part), text[:at], text[at + len(part) :])
            out.append(form if form is not None and fits else part)
            at += len(part)
        said = "".join(out)
        # An English word written out stands apart from the Thai around it ("ส่งสเต็ป3":
        # "ส่ง step 3"), as typed in English it would.
        said = _ENGLISH_GLUED_RE.sub(" ", said)
        text = f"{text[:start]}{said}{text[end:]}"
    return text


def _fits(condition: str | None, before: str, after: str) -> bool:
    """Whether a form with ``condition`` stands where it may be written out."""
    after = after.lstrip()
    if condition == "asking":
        return after.startswith(_ASKING_NEXT)
    if condition == "before":
        return after[:1].isalpha() and not after.startswith(_CLOSING)
    if condition == "sending":
        return _SENT_NEXT_RE.match(after) is not None
    if condition == "asked":
        return before.rstrip().endswith(_QUESTION_BEFORE)
    if condition == "opening":
        return not before.strip() and _SENT_AND_DONE_RE.match(after) is not None
    if condition == "sent":
        return before.rstrip().endswith("ส่ง")
    if condition == "mailing":
        return (
            _SENT_NEXT_RE.match(after) is not None
            and not before.rstrip().endswith(_MAIL_CHANNEL_BEFORE + _MAIL_READ_BEFORE)
            and _MAIL_NOUN_AFTER_RE.search(after) is None
        )
    if condition == "joining":
        return bool(before.strip()) and bool(after) and not after.startswith(_NOT_JOINED_NEXT)
    return True


def _run_start(text: str, at: int) -> int:
    """Where the run of Thai letters holding position ``at`` starts."""
    while at > 0 and "\u0e01" <= text[at - 1] <= "\u0e4e":
        at -= 1
    return at
