"""Round 22 (dev_fresh56–59): group chatter, small talk, English help, a typo'd yes and a
registration said with a newcomer's courtesy. Each family with near misses that keep their
reading, and questions that never become writes.

1. Chatter holding the plan's words, for colleagues: something of everyday life sent to the
   chat group ("แผนผังที่นั่งงานเลี้ยงปีใหม่ส่งให้ในกลุ่มแล้วนะครับ", "รูปงานเลี้ยงส่งในกลุ่ม
   แล้วนะ"), the status of a parcel ("สถานะพัสดุที่สั่งมายังไม่มาเลย"), one's leave told after a
   greeting ("สวัสดีค่ะ วันนี้หนูขอลาป่วยนะคะ ฝากงานไว้กับพี่แอนแล้วค่ะ"): Unknown. Steps reported
   sent ("ส่งแผนแล้ว", "ส่งรายชื่อทีมแล้วนะครับ", "ส่งแผนในกลุ่มแล้ว") stay reports.
2. Small talk: a laugh agreeing with a colleague ("ฮ่าๆ พี่พูดถูกเลยค่ะ 555"), everyone thanked
   for what they did ("ขอบคุณทุกหน่วยงานที่ให้ความร่วมมือในการรายงานผลครับ").
3. "how to …" asked in English is Help. A yes typed one letter off stays unread unless the slip is
   written out as a yes word ("ยืนยัลครับ" since round 35): the typo retry never reads a yes (a
   pending card would be settled with nothing shown).
4. A registration with a newcomer's courtesy ("ลงทะเบียนกองกลางค่ะ ฝากเนื้อฝากตัวด้วยนะคะ").
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. chatter holding the plan's words -------------------------------------------------------
CHATTER = [
    ("L", "แผนผังที่นั่งงานเลี้ยงปีใหม่ส่งให้ในกลุ่มแล้วนะครับ", "Unknown", {}),
    ("L", "แผนผังที่นั่งส่งแล้วนะครับ", "Unknown", {}),
    ("B", "ส่งแผนผังห้องประชุมสัมมนาให้แล้วค่ะ", "Unknown", {}),
    ("L", "รูปงานเลี้ยงส่งในกลุ่มแล้วนะ", "Unknown", {}),
    ("P", "เมนูอาหารกลางวันส่งให้ในกลุ่มแล้วครับ", "Unknown", {}),
    ("L", "สถานะพัสดุที่สั่งมายังไม่มาเลย", "Unknown", {}),
    ("O", "เช็คสถานะพัสดุให้หน่อย ของที่สั่งยังไม่มา", "Unknown", {}),
    ("L", "สวัสดีค่ะ วันนี้หนูขอลาป่วยนะคะ ฝากงานไว้กับพี่แอนแล้วค่ะ", "Unknown", {}),
    ("B", "สวัสดีครับ พรุ่งนี้ผมลาพักร้อนนะครับ", "Unknown", {}),
]
STEPS_STAY = [
    ("L", "ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
    ("L", "ส่งรายชื่อทีมแล้วนะครับ", "MarkStep", {"step": "1"}),
    ("L", "ส่งแผนในกลุ่มแล้วนะครับ", "MarkStep", {"step": "3"}),
    ("L", "รายชื่อทีมส่งให้ในกลุ่มแล้วครับ", "MarkStep", {"step": "1"}),
    ("L", "สถานะกองคลัง", "Status", {"unit": "กองคลัง"}),
    ("L", "สถานะ", "Status", {}),
    ("L", "สวัสดีค่ะ ฝากเนื้อฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ สัปดาห์สุดท้ายก่อนส่งละ สู้ๆ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ถ้าลาป่วยวันประชุม นับว่าขาดมั้ยคะ", "RuleQuestion", {"topic": "attendance"}),
]


@readings(CHATTER)
def test_chatter_holding_plan_words_is_for_colleagues(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEPS_STAY)
def test_reports_and_greetings_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. small talk ---------------------------------------------------------------------------
SMALL_TALK = [
    ("L", "ฮ่าๆ พี่พูดถูกเลยค่ะ 555", "SmallTalk", {"kind": "laugh"}),
    ("L", "555 พี่พูดถูก", "SmallTalk", {"kind": "laugh"}),
    ("B", "ฮ่าๆ จริงที่สุดค่ะพี่", "SmallTalk", {"kind": "laugh"}),
    ("O", "เรียนทุกท่าน ขอบคุณทุกหน่วยงานที่ให้ความร่วมมือในการรายงานผลครับ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณทุกกองที่ช่วยกันรายงานผลครับ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณทุกท่านที่ให้ความร่วมมือค่ะ", "SmallTalk", {"kind": "thanks"}),
]
SMALL_TALK_NEAR = [
    ("L", "55555 พี่เปิดไมค์อยู่", "Unknown", {}),
    ("L", "5555 ได้เลยพี่", "Unknown", {}),
    # Thanks, then a question: the question.
    ("L", "ขอบคุณทุกท่านที่ช่วยกันนะครับ ตอนนี้เหลือกี่วันจะหมดเขตส่งแผนครับ", "Deadlines", {"step": "3"}),
]


@readings(SMALL_TALK)
def test_small_talk(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SMALL_TALK_NEAR)
def test_small_talk_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. help in English; a yes typed off is no yes --------------------------------------------
HELP_AND_TYPOS = [
    ("L", "how to submit result?", "Help", {}),
    ("L", "how do I submit the score", "Help", {}),
    ("B", "how can I record the result?", "Help", {}),
    ("L", "how to use this bot?", "Help", {}),
    ("L", "ยันยันค่ะ", "Confirm", {}),
    ("L", "ยกเลิดค่ะ", "Cancel", {}),
]
HELP_AND_TYPOS_NEAR = [
    # A value told, a question of a result: not how to use the bot.
    ("O", "ethics KPI result?", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "result"}),
    # More than a yes typed wrong is no yes.
    ("L", "ยืนยัลเรื่องแผนครับ", "Unknown", {}),
]


@readings(HELP_AND_TYPOS)
def test_help_and_typed_yes(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELP_AND_TYPOS_NEAR)
def test_help_and_typed_yes_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_yes_typed_off_is_never_corrected_into_a_yes() -> None:
    # The typo retry never reads a yes: Confirm settles a pending card with nothing shown again
    # (test_nlu_typos). Only the slips written out as yes words ("ยันยันค่ะ", since round 34 the
    # mark missed, "ยืนยนค่ะ", and since round 35 the last letter on the key beside it or on ล,
    # "ยืนยัลครับ", "ยืนยัรค่ะ", as the corpus's writers label them) confirm, said alone.
    for text in ("ยืนยักค่ะ", "ยืนยัลได้ไหมคะ", "ยืนยัลเรื่องแผนครับ"):
        assert settled(text, "L")[0] != "Confirm", text
    for text in ("ยืนยัลครับ", "ยืนยัรค่ะ", "ยืนยัร"):
        assert settled(text, "L")[0] == "Confirm", text


def test_how_a_figure_is_worked_out_is_no_help() -> None:
    # How a score is calculated asks of the indicator, not of the bot's commands.
    assert settled("how to calculate ethics score?", "O")[0] != "Help"


# -- 4. a registration with a newcomer's courtesy ---------------------------------------------
REGISTRATIONS = [
    ("L", "ลงทะเบียนกองกลางค่ะ ฝากเนื้อฝากตัวด้วยนะคะ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ลงทะเบียนกองคลังครับ ฝากตัวด้วยครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "น้องใหม่ค่ะ สังกัดกองนิติการ ฝากเนื้อฝากตัวด้วยนะคะ 🙏", "RegisterUnit", {"unit": "กองนิติการ"}),
    (
        "L",
        "สวัสดีค่ะ หนูเพิ่งย้ายมาอยู่กองคลังได้สองอาทิตย์ ฝากเนื้อฝากตัวด้วยนะคะ 🙏",
        "SmallTalk",
        {"kind": "greeting"},
    ),
]


@readings(REGISTRATIONS)
def test_registration_with_courtesy(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- never a write ------------------------------------------------------------------------------
QUESTIONS = [
    "แผนผังที่นั่งส่งในกลุ่มแล้วหรือยังคะ",
    "รูปงานเลี้ยงส่งในกลุ่มหรือยัง",
    "ส่งแผนในกลุ่มได้ไหมคะ",
    "ยืนยัลได้ไหมคะ",
    "ลงทะเบียนกองกลางยังไงคะ ฝากตัวด้วยนะคะ",
]


def test_questions_never_become_writes() -> None:
    for text in QUESTIONS:
        intent, slots = settled(text, "L")
        assert category(intent, slots) != "write", (text, intent, slots)
