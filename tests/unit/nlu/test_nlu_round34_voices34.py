"""Round 34 (voices34): twelve writers' habits over an ordinary month (dev_fresh119).

A yes typed with a mark missed ("ยืนยนค่ะ"), cut short ("ยืน") or calling the card formally
("ขอยืนยันข้อมูลดังกล่าว"); where an indicator stands asked "อยู่ระดับอะไร" (its tier, as "อยู่
ระดับไหน"); a typo in the word "ตัวชี้วัด", in an English name of two words ("GD catalgo") or in
the desk's link ("dashbord"); the province called "จ.ปท." and "now" said "เดี๋ยวนี้"; a story
then the bot asked by name ("…ดิฉันเลยอยากให้บอทช่วยไล่ดูว่า…"); who sent what over a time gone
by (the history); "ขอรับทราบ" (formal acknowledgement); a share attended asked whether it fails
("…80% นี่ตกเลยเหรอ"); charts of the markets and flash drives (chatter); a count asked with
"แล้ว" after it, then whether it reached its target ("ได้กี่ล้านแล้วคะ ถึงเป้ายัง": the result).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) A yes slipped, cut short or formal: the yes; anything taken back or asked is none.
YES_AS_TYPED: list[Case] = [
    ("L", "ยืนยนค่ะ", "Confirm", {}),
    ("L", "ยนยันครับ", "Confirm", {}),
    ("L", "ยืน", "Confirm", {}),
    ("L", "ขอยืนยันข้อมูลดังกล่าวครับ", "Confirm", {}),
    ("L", "ยืนยันตามข้อมูลข้างต้นค่ะ", "Confirm", {}),
    # Near misses: standing, a no, a question, a plan, a yes taken back.
    ("L", "ยืนรออยู่", "Unknown", {}),
    ("L", "ใครยืนอยู่หน้าห้อง", "Unknown", {}),
    ("L", "ยืนยนไม่ได้ค่ะ", "Unknown", {}),
    ("L", "ข้อมูลดังกล่าวยืนยันได้ไหม", "Unknown", {}),
    ("L", "ขอยืนยันข้อมูลดังกล่าวพรุ่งนี้นะคะ", "Unknown", {}),
    ("L", "ขอยืนยันรายการดังกล่าว แต่ตัวเลขผิด", "Unknown", {}),
]

# (2) Where it stands, asked "อยู่ระดับอะไร": the tier (the level's indicator of a shared
# keyword); the level got ("ได้ระดับอะไร") stays the result of the level's indicator.
WHERE_IT_STANDS: list[Case] = [
    ("O", "DG Readiness อยู่ระดับอะไร", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    (
        "O",
        "ความพร้อมรัฐบาลดิจิทัลอยู่ระดับอะไร",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    ("B", "DG readiness อยู่ระดับอะไรแล้ว", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    ("O", "PMQA อยู่ระดับอะไร", "IndicatorQuery", {"indicator": "10", "aspect": "tier"}),
    # Near misses: the level got, asked "ได้ระดับอะไร"; "ระดับไหน" as before; a score.
    ("O", "DG Readiness ได้ระดับอะไรคะ", "IndicatorQuery", {"indicator": "8", "aspect": "result"}),
    (
        "O",
        "ความพร้อมรัฐบาลดิจิทัลได้ระดับอะไร",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
    ("O", "DG Readiness อยู่ระดับไหน", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    (
        "O",
        "DG readiness ได้คะแนนเท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "score"},
    ),
]

# (3) A typo in the indicator's word, in an English name of two words, in the desk's word.
TYPOS: list[Case] = [
    ("O", "ตัวชีวัด 6 ผ่านขั้นไหน", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    ("B", "ตัวชีวัด 3 ผ่านยัง", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("B", "GD catalgo ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("B", "gd catlog ผ่านยัง", "IndicatorQuery", {"indicator": "5", "aspect": "tier"}),
    ("O", "dg readyness อยู่ระดับไหน", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    ("L", "ขอลิ้ง dashbord หน่อยย", "DeskLink", {}),
    ("L", "ขอลิงค์ dashbord", "DeskLink", {}),
    # Near misses: a catalogue of something else; the name typed right reads as it did.
    ("B", "catalgo ของร้านหนังสือมาแล้ว", "Unknown", {}),
    ("B", "ขอ catalgo สินค้าหน่อย", "Unknown", {}),
    ("B", "GD catalog ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    ("L", "ใครมีลิ้ง dashbord ของกรมบ้าง", "Unknown", {}),
]

# (4) The organisation itself called short ("จ.ปท."), and now said "เดี๋ยวนี้": no unit.
OWN_AND_NOW: list[Case] = [
    ("P", "จ.ปท. คะแนนรวม", "Status", {}),
    ("P", "จ.ปท. ผ่านกี่ตัวแล้ว", "Status", {}),
    ("P", "จังหวัดปท. ได้กี่คะแนน", "Status", {}),
    ("O", "สรุปคะแนน ก.พ. เดี๋ยวนี้", "Status", {}),
    ("O", "สรุปคะแนนเดี๋ยวนี้", "Status", {}),
    ("L", "เดี๋ยวนี้ใครยังไม่ส่ง", "Missing", {}),
    # Near misses: another province's initials; an indicator of the province; a plan for later.
    ("P", "จ.นบ. คะแนนรวม", "Status", {"unit": "?จ.นบ."}),
    ("P", "จ.ปท. ขยะได้เท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "เดี๋ยวส่งแผนนะ", "Unknown", {}),
]

# (5) A story, then the bot asked by name ("…เลยอยากให้บอทช่วย…"): what follows is asked.
BOT_ASKED_AFTER_STORY: list[Case] = [
    (
        "L",
        "เมื่อวานท่านรองปลัดฯ ถามในที่ประชุมว่ามีงานอะไรที่ต้องส่ง กพร. บ้าง"
        " ดิฉันเลยอยากให้บอทช่วยไล่ดูว่าเดือนนี้มีอะไรครบกำหนดบ้างค่ะ",
        "Deadlines",
        {"month": 1, "this_month": True},
    ),
    (
        "L",
        "พอดีหัวหน้าถามมา ผมเลยอยากให้บอทช่วยสรุปว่าใครยังไม่ส่งแผนบ้างครับ",
        "Missing",
        {"step": "3"},
    ),
    # Near misses: wanting the units to do something asks nothing; a record asked is no write.
    ("L", "เดือนนี้งานเยอะ เลยอยากให้ทุกกองส่งแผนก่อนวันศุกร์นะคะ", "Unknown", {}),
    (
        "L",
        "ผอ.ถามว่าส่งแผนยัง ผมเลยอยากให้บอทช่วยบันทึกว่ากองคลังส่งแผนแล้วครับ",
        "Status",
        {"unit": "กองคลัง"},
    ),
]

# (6) Who sent what over a time gone by: the history; who must send what, the deadlines.
WHO_SENT_WHAT: list[Case] = [
    ("L", "สัปดาห์ที่แล้วใครส่งอะไรบ้างนะ", "History", {}),
    ("L", "อาทิตย์ที่แล้วใครส่งอะไรบ้าง", "History", {}),
    ("L", "เมื่อวานใครส่งอะไรบ้าง", "History", {}),
    ("L", "เดือนที่แล้วใครส่งอะไรบ้าง", "History", {}),
    ("L", "สองวันนี้มีใครส่งอะไรเข้ามาบ้างคะ", "History", {}),
    ("L", "สัปดาห์ที่แล้วกองคลังใครส่งอะไรบ้าง", "History", {"unit": "กองคลัง"}),
    # Near misses: no time named, a time to come, what is owed, who has not.
    ("L", "ใครส่งอะไรบ้าง", "Deadlines", {}),
    ("L", "สัปดาห์หน้าใครต้องส่งอะไรบ้าง", "Deadlines", {}),
    ("L", "สัปดาห์ที่แล้วมีอะไรต้องส่งบ้าง", "Deadlines", {}),
    ("L", "เดือนนี้ใครยังไม่ส่งอะไรบ้าง", "Missing", {}),
]

# (7) "ขอรับทราบ", the formal acknowledgement: an ack; a report beside it is the report.
FORMAL_ACK: list[Case] = [
    ("L", "ขอรับทราบครับ จะแจ้งผู้บริหารต่อไป", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอรับทราบครับ", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอรับทราบข้อมูลค่ะ", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอรับทราบค่ะ และจะแจ้งเวียนให้ทุกกองทราบ", "SmallTalk", {"kind": "ack"}),
    # Near misses: a step reported, a question asked after it.
    ("L", "ขอรับทราบครับ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ขอรับทราบว่าต้องส่งเมื่อไหร่ครับ", "Deadlines", {}),
]

# (8) A share attended asked whether it fails: the attendance rule; told, a report.
ATTENDANCE_FAILS: list[Case] = [
    ("L", "ถ้าทีมเข้าประชุมได้ 80% นี่ตกเลยเหรอ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าทีมเข้าประชุมได้ 80% จะตกไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "เข้าร่วม 70% จะตกไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ถ้าทีมเข้าประชุมได้ 80% นี่ผ่านไหม", "RuleQuestion", {"topic": "attendance"}),
    # Near misses: an agreement, the rain, a failing told, who failed.
    ("L", "ประชุม 2 โมงตกลงไหม", "Unknown", {}),
    ("L", "ประชุม 3 ครั้ง ฝนตกทุกครั้งเลยเหรอ", "Unknown", {}),
    (
        "L",
        "ทีมเข้าประชุม 80% ตกแล้วค่ะ",
        "MarkStep",
        {"step": "2", "passed": False, "value": "80"},
    ),
    ("L", "กองไหนเข้าประชุมไม่ถึง 80% ตกบ้าง", "Missing", {"step": "2"}),
]

# (9) Chatter holding our words: a chart of the markets, a flash drive lost.
NOT_OURS: list[Case] = [
    ("L", "กราฟหุ้นวันนี้ร่วงหนักเลย", "Unknown", {}),
    ("L", "เห็นกราฟราคาทองยัง พุ่งมาก", "Unknown", {}),
    ("L", "ใครเห็นแฟลชไดร์ฟสีแดงมั้ยยย", "Unknown", {}),
    ("L", "ใครเห็น flash drive ของพี่ไหม", "Unknown", {}),
    # Near misses: our chart, the drive as a way of sending.
    ("L", "ขอดูกราฟ", "Chart", {}),
    ("L", "กราฟคะแนนทุกกอง", "Chart", {}),
    ("L", "ส่งทางไดร์ฟได้มั้ย", "RuleQuestion", {"topic": "channel"}),
]

# (10) How many, then "แล้ว", then whether it reached its target: the count asked first decides
# (as "ได้เท่าไหร่แล้วคะ ถึงเป้ายัง" does); asked alone, whether it reached it is its tier.
COUNT_THEN_REACHED: list[Case] = [
    (
        "P",
        "ท่องเที่ยวได้กี่ล้านแล้วคะ ถึงเป้ายัง",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    ("P", "ขยะได้กี่ตันแล้วคะ ผ่านยัง", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    # Near misses: the amount asked as before, the target asked alone, the count alone.
    (
        "P",
        "ท่องเที่ยวได้เท่าไหร่แล้วคะ ถึงเป้ายัง",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    ("P", "ท่องเที่ยวถึงเป้ายัง", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("P", "ท่องเที่ยวได้กี่ล้านแล้ว", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
    ("L", "ส่งแล้วกี่กองแล้วครับ ยังไม่ส่งกี่กอง", "Status", {}),
]

ALL = (
    YES_AS_TYPED
    + WHERE_IT_STANDS
    + TYPOS
    + OWN_AND_NOW
    + BOT_ASKED_AFTER_STORY
    + WHO_SENT_WHAT
    + FORMAL_ACK
    + ATTENDANCE_FAILS
    + NOT_OURS
    + COUNT_THEN_REACHED
)


@readings(YES_AS_TYPED)
def test_a_yes_slipped_cut_short_or_formal_is_a_yes(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHERE_IT_STANDS)
def test_where_an_indicator_stands_asked_with_what_is_its_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TYPOS)
def test_typos_of_the_indicator_word_an_english_name_and_the_desk(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OWN_AND_NOW)
def test_the_province_called_short_and_now_said_right_now(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BOT_ASKED_AFTER_STORY)
def test_the_bot_asked_by_name_after_a_story_reads_what_follows(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHO_SENT_WHAT)
def test_who_sent_what_over_a_time_gone_by_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORMAL_ACK)
def test_the_formal_acknowledgement_is_an_ack(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDANCE_FAILS)
def test_a_share_attended_asked_whether_it_fails_is_the_attendance_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_OURS)
def test_charts_of_the_markets_and_flash_drives_are_chatter(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(COUNT_THEN_REACHED)
def test_a_count_asked_then_whether_it_reached_its_target_is_the_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
