"""Read-only answers: the status cards, one indicator, its criteria and formula, its history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from handlers.context import ChatKind
from handlers.intents import Aspect, ChooseIndicator, History, IndicatorQuery, Status
from handlers.permissions import NOT_BOUND_GROUP, NOT_MEMBER_DIRECT
from handlers.queries import handle_history, handle_indicator_query, handle_status
from handlers.replies import Action, Badge, CardMessage, Tone
from handlers.status_summary import missing_text
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Submission, SubmissionAction, SubmissionKind
from tests.fakes.chat import NOW, UNBOUND_GROUP, context
from tests.fakes.ports import FakePorts
from tests.fakes.reading import (
    card_messages,
    cards,
    labels,
    meanings,
    rows,
    text_of,
    texts,
    values,
)
from tests.fakes.seed import PATHUM, SOMCHAI, STRANGER

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"


@pytest.mark.parametrize(
    ("kind", "chat_id", "refusal"),
    [(ChatKind.GROUP, UNBOUND_GROUP, NOT_BOUND_GROUP), (ChatKind.USER, "", NOT_MEMBER_DIRECT)],
    ids=["unbound-group", "unregistered-1:1"],
)
@pytest.mark.parametrize(
    ("handle", "intent"),
    [
        (handle_status, Status()),
        (handle_indicator_query, IndicatorQuery("1")),
        (handle_history, History("1")),
    ],
    ids=["status", "indicator", "history"],
)
def test_without_an_organisation_the_sender_is_told_how_to_get_one(
    mol: FakePorts, kind: ChatKind, chat_id: str, refusal: str, handle: Any, intent: object
) -> None:
    assert text_of(handle(intent, context(mol, STRANGER, kind=kind, chat_id=chat_id))) == refusal


def test_the_status_is_one_summary_card_with_a_button_for_the_indicators(
    mol_demo: FakePorts,
) -> None:
    reply = handle_status(Status(), context(mol_demo, STRANGER))
    (summary,) = cards(reply)
    assert summary.title == f"{MOL} (สป.รง.)" and summary.subtitle == "ณ 28 ม.ค. 2568"
    assert summary.badge == Badge("41.5%", Tone.BAD)
    assert values(summary) == {
        "คะแนนรวม (ถ่วงน้ำหนัก)": "41.50%",
        "ตัวชี้วัดที่มีคะแนน": "1/1",
        "กำหนดส่งถัดไป": "ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (อีก 3 วัน)",
        "ยังไม่ส่ง": f"กลุ่มพัฒนาระบบบริหาร, กองการเจ้าหน้าที่, กองนิติการ, {ICT}",
        "เลยกำหนด": "ไม่มี",
    }
    assert meanings(summary.actions) == [Status(detail=True)]
    assert labels(reply.quick_replies) == ["ใครยังไม่ส่ง", "เหลือกี่วัน", "วิธีส่งผล"]


def test_a_units_summary_card_gives_each_level_score_out_of_5_and_deduction(
    mol_demo: FakePorts,
) -> None:
    # Teams count in levels and points out of 5, not only in the weighted percentage.
    (summary,) = cards(handle_status(Status(unit="กองคลัง"), context(mol_demo, STRANGER)))
    assert summary.title == f"{MOL} (สป.รง.) · กองคลัง"
    assert [(r.label, r.value) for r in rows(summary)][:3] == [
        ("คะแนนรวม (ถ่วงน้ำหนัก)", "50.00%"),
        ("ตัวชี้วัด 1", "ระดับ 3 · คะแนน 2.50/5"),
        ("หัก", "แผนขาดมิติ 1 มิติ −0.5"),
    ]


def test_the_indicators_button_answers_with_one_card_per_indicator(mol_demo: FakePorts) -> None:
    reply = handle_status(Status(detail=True), context(mol_demo, STRANGER))
    (indicator,) = cards(reply)
    assert indicator.badge == Badge("6 หน่วยงาน", Tone.INFO)
    assert labels(reply.quick_replies) == ["ใครยังไม่ส่ง", "เหลือกี่วัน", "วิธีส่งผล"]


def test_steps_past_their_deadline_are_counted_on_the_summary_card(mol_demo: FakePorts) -> None:
    later = datetime(2025, 2, 3, 9, 0, tzinfo=BANGKOK)
    (summary,) = cards(handle_status(Status(), context(mol_demo, STRANGER, now=later)))
    assert values(summary)["เลยกำหนด"] == "ขั้นตอนที่ 3 (3 วัน, 4 หน่วยงาน)"
    assert rows(summary)[-1].tone is Tone.BAD


def test_a_long_list_of_missing_units_is_cut_on_the_summary_card() -> None:
    names = tuple(f"กองที่ {n}" for n in range(1, 51))
    assert missing_text(names) == "กองที่ 1, กองที่ 2, กองที่ 3, กองที่ 4, กองที่ 5 และอีก 45 หน่วยงาน"


def test_a_unit_named_by_its_alias_gets_its_own_status(mol_demo: FakePorts) -> None:
    (summary,) = cards(handle_status(Status(unit="ไอที"), context(mol_demo, STRANGER)))
    assert summary.title == f"{MOL} (สป.รง.) · {ICT}"
    assert meanings(summary.actions) == [Status(unit=ICT, detail=True)]
    (indicator,) = cards(handle_status(Status(ICT, detail=True), context(mol_demo, STRANGER)))
    assert indicator.badge == Badge("ระดับ 1", Tone.BAD)  # step 2 failed
    assert values(indicator, "ขั้นตอน")["ขั้นตอนที่ 2"] == "✗ ไม่ผ่าน (20 ธ.ค. 2567)"


def test_an_unknown_unit_is_answered_with_the_units_there_are(mol: FakePorts) -> None:
    text = text_of(handle_status(Status(unit="กองอวกาศ"), context(mol, STRANGER)))
    assert text == (
        f"ไม่พบหน่วยงานย่อย 'กองอวกาศ' ใน {MOL} (ที่มี: กลุ่มพัฒนาระบบบริหาร (กพร.), กองกลาง (กก.),"
        " กองการเจ้าหน้าที่ (กจ.), กองคลัง (กค.), กองนิติการ (กนต.),"
        " ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร (ศทส.))"
    )


def test_words_naming_several_indicators_are_asked_back_with_buttons(bureau: FakePorts) -> None:
    reply = handle_indicator_query(IndicatorQuery("งบประมาณ"), context(bureau, STRANGER))
    assert text_of(reply).startswith("'งบประมาณ' ตรงกับ 4 ตัวชี้วัด หมายถึงตัวไหนครับ\n1. ร้อยละ")
    assert meanings(reply.quick_replies) == [
        ChooseIndicator(code, IndicatorQuery("", Aspect.SUMMARY)) for code in "1234"
    ]
    first = reply.quick_replies[0]
    assert (first.label, first.display_text) == ("1. ร้อยละของเทศบ…", "ตัวชี้วัด 1")


def test_the_ask_back_keeps_the_aspect_that_was_asked_about(civil_service: FakePorts) -> None:
    # ชุดข้อมูล names two different blocks (6 and 7); identical copies are answered once.
    reply = handle_indicator_query(
        IndicatorQuery("ชุดข้อมูล", Aspect.CRITERIA), context(civil_service, None)
    )
    assert meanings(reply.quick_replies) == [
        ChooseIndicator(code, IndicatorQuery("", Aspect.CRITERIA)) for code in "67"
    ]


def test_an_unknown_indicator_offers_every_indicator(pathum: FakePorts) -> None:
    reply = handle_indicator_query(IndicatorQuery("อวกาศ"), context(pathum, PATHUM))
    assert text_of(reply).startswith("ไม่พบตัวชี้วัด 'อวกาศ' เลือกจากรายการนี้ได้ครับ\n")
    assert [m.code for m in meanings(reply.quick_replies)] == list("123456")


def test_one_indicator_is_its_card_with_follow_up_questions(pathum: FakePorts) -> None:
    reply = handle_indicator_query(IndicatorQuery("ขยะ", Aspect.RESULT), context(pathum, PATHUM))
    (message,) = reply.messages
    assert isinstance(message, CardMessage) and message.alt_text == "ตัวชี้วัด 2: ผล 50.17 ร้อยละ"
    (card,) = message.cards
    assert card.title.startswith("2. ร้อยละของปริมาณขยะมูลฝอยชุมชน")
    assert card.badge == Badge("มีผลแล้ว", Tone.INFO)
    assert values(card) == {"ผลการดำเนินงาน": "50.17 ร้อยละ (จากรายงาน)"}
    assert reply.quick_replies == (
        Action("เกณฑ์", text="เกณฑ์ ตัวชี้วัด 2"),
        Action("ประวัติการส่ง", text="ประวัติ ตัวชี้วัด 2"),
    )


def test_one_question_about_several_indicators_is_one_carousel(pathum: FakePorts) -> None:
    asked = IndicatorQuery("ท่องเที่ยว", Aspect.RESULT, more=("ขยะ", "ท่องเที่ยว"))
    reply = handle_indicator_query(asked, context(pathum, PATHUM))
    (message,) = reply.messages  # a card each, in the order asked, one carousel
    assert isinstance(message, CardMessage)
    assert [c.title[:2] for c in message.cards] == ["3.", "2."]
    assert message.alt_text == "ตัวชี้วัด 3: ผล 1,462.21 ล้านบาท · ตัวชี้วัด 2: ผล 50.17 ร้อยละ"


def test_the_criteria_of_several_indicators_are_one_text_before_their_cards(
    pathum: FakePorts,
) -> None:
    asked = IndicatorQuery("ขยะ", Aspect.CRITERIA, more=("ยาเสพติด",))
    reply = handle_indicator_query(asked, context(pathum, PATHUM))
    (text,) = texts(reply)
    assert "ตัวชี้วัด 2" in text and "ตัวชี้วัด 4" in text
    assert len(cards(reply)) == 2


def test_of_several_indicators_one_named_unclearly_is_asked_back(bureau: FakePorts) -> None:
    asked = IndicatorQuery("PMQA", Aspect.SCORE, more=("งบประมาณ",))
    reply = handle_indicator_query(asked, context(bureau, STRANGER))
    assert text_of(reply).startswith("'งบประมาณ' ตรงกับ 4 ตัวชี้วัด")
    assert meanings(reply.quick_replies)[0] == ChooseIndicator(
        "1", IndicatorQuery("", Aspect.SCORE)
    )


@pytest.mark.parametrize(
    ("aspect", "headline"),
    [
        (Aspect.SCORE, "ตัวชี้วัด 8: ผล 395.50 · เกณฑ์มาตรฐาน · คะแนน 75.00/100"),
        (Aspect.CRITERIA, "ตัวชี้วัด 8: ผล 395.50 · เกณฑ์มาตรฐาน"),
    ],
)
def test_the_headline_names_the_score_unless_the_criteria_were_asked(
    bureau: FakePorts, aspect: Aspect, headline: str
) -> None:
    reply = handle_indicator_query(IndicatorQuery("PMQA", aspect), context(bureau, None))
    assert [m.alt_text for m in card_messages(reply)] == [headline]


def test_the_criteria_come_before_the_card_and_mark_the_group_that_applies(
    bureau: FakePorts,
) -> None:
    reply = handle_indicator_query(IndicatorQuery("PMQA", Aspect.CRITERIA), context(bureau, None))
    (criteria,) = texts(reply)
    assert reply.messages[0].text == criteria and not reply.quick_replies
    assert criteria.startswith("เกณฑ์การประเมิน ตัวชี้วัด 8 รอบ 12 เดือน\nกลุ่มที่ 1:")
    marked = [line for line in criteria.splitlines() if line.endswith("← ใช้กลุ่มนี้")]
    assert len(marked) == 1 and marked[0].startswith("กลุ่มที่ 2:")
    assert criteria.endswith("ค่าฐาน (คะแนนปี 2566) = 380")


@pytest.mark.parametrize(
    ("words", "formula"),
    [("ขยะ", "สูตรคำนวณ ตัวชี้วัด 2\n(ปริมาณขยะมูลฝอย"), ("4", "รายงานไม่ได้ระบุสูตรคำนวณ")],
)
def test_the_formula_is_quoted_from_the_report_or_said_to_be_missing(
    pathum: FakePorts, words: str, formula: str
) -> None:
    reply = handle_indicator_query(IndicatorQuery(words, Aspect.FORMULA), context(pathum, None))
    assert formula in texts(reply)[0] and len(cards(reply)) == 1


@pytest.mark.parametrize("aspect", [Aspect.SCORE, Aspect.TIER, Aspect.SUMMARY, Aspect.CRITERIA])
def test_a_milestone_indicator_shows_and_names_the_senders_own_unit(
    mol_demo: FakePorts, aspect: Aspect
) -> None:
    # กองคลัง's level, not the organisation's average: the card says whose figure it is.
    reply = handle_indicator_query(IndicatorQuery("1", aspect), context(mol_demo, SOMCHAI))
    (card,) = cards(reply)
    assert card.badge == Badge("ระดับ 3", Tone.WARN)
    assert card.subtitle == "กองคลัง · คะแนน 2.50/5"
    assert values(card, "ขั้นตอน")["หัก"] == "แผนขาดมิติ 1 มิติ −0.5"
    assert card_messages(reply)[-1].alt_text == "ตัวชี้วัด 1 (กองคลัง): คะแนน 2.50/5"


def test_anyone_else_sees_every_unit_of_a_milestone_indicator(mol_demo: FakePorts) -> None:
    (card,) = cards(handle_indicator_query(IndicatorQuery("1"), context(mol_demo, STRANGER)))
    assert values(card, "รายหน่วยงาน")["กองคลัง"] == "ระดับ 3 · 2.50"
    assert not card.subtitle.startswith("กองคลัง")


def test_a_units_alias_asked_as_an_indicator_gets_the_units_status(mol_demo: FakePorts) -> None:
    reply = handle_indicator_query(IndicatorQuery("ไอที"), context(mol_demo, STRANGER))
    assert cards(reply)[0].title == f"{MOL} (สป.รง.) · {ICT}"


def _row(value: str, **changes: object) -> Submission:
    """ปทุม's value for ขยะ (indicator 2), sent on Monday 27 January at 10:00."""
    row = Submission(
        "2", SubmissionKind.VALUE, value=Decimal(value), submitted_by=PATHUM.line_user_id,
        submitted_by_name="ปทุม", submitted_at=datetime(2025, 1, 27, 10, 0, tzinfo=BANGKOK),
    )  # fmt: skip
    return replace(row, **changes)


def test_history_lists_rows_newest_first_and_flags_those_no_longer_in_effect(
    pathum: FakePorts,
) -> None:
    ledger, name = pathum.submissions, "ปทุมธานี"
    first = ledger.append(name, _row("50"))
    fixed = ledger.append(name, _row("52", action=SubmissionAction.CORRECT, supersedes=first.id))
    ledger.append(name, _row("52", action=SubmissionAction.UNDO, supersedes=fixed.id))
    ledger.append(name, _row("9", indicator_code="3", submitted_by_name=""))
    assert text_of(handle_history(History("ขยะ"), context(pathum, PATHUM))) == (
        "ประวัติการส่ง ตัวชี้วัด 2 (ล่าสุด 3 รายการ)\n"
        "• 27 ม.ค. 2568 ปทุม: ยกเลิก 52\n"
        "• 27 ม.ค. 2568 ปทุม: แก้ไข 52 (ไม่มีผลแล้ว)\n"
        "• 27 ม.ค. 2568 ปทุม: ส่ง 50"
    )
    assert "ไม่ทราบชื่อ: ส่ง 9" in text_of(handle_history(History("3"), context(pathum, PATHUM)))


def test_history_shows_the_latest_ten_rows_and_only_the_last_is_in_effect(
    pathum: FakePorts,
) -> None:
    pathum.submissions.load("ปทุมธานี", *(_row(str(n)) for n in range(12)))
    lines = text_of(handle_history(History("2"), context(pathum, PATHUM))).splitlines()
    assert lines[0] == "ประวัติการส่ง ตัวชี้วัด 2 (ล่าสุด 10 รายการ)"
    assert len(lines) == 11 and lines[1] == "• 27 ม.ค. 2568 ปทุม: ส่ง 11"
    assert lines[-1] == "• 27 ม.ค. 2568 ปทุม: ส่ง 2 (ไม่มีผลแล้ว)"


def test_history_of_an_indicator_without_rows_says_so(pathum: FakePorts) -> None:
    reply = handle_history(History("ขยะ"), context(pathum, PATHUM))
    assert text_of(reply) == "ตัวชี้วัด 2 ยังไม่มีการส่งผลทางแชท"


def test_history_of_an_unnamed_indicator_is_asked_back(pathum: FakePorts) -> None:
    reply = handle_history(History(), context(pathum, PATHUM))
    assert meanings(reply.quick_replies)[0] == ChooseIndicator("1", History())


def test_history_dates_are_bangkok_days(pathum: FakePorts) -> None:
    early = datetime(2025, 1, 28, 6, 30, tzinfo=BANGKOK)
    pathum.submissions.append("ปทุมธานี", _row("50", submitted_at=early))
    text = text_of(handle_history(History("2"), context(pathum, PATHUM, now=NOW)))
    assert "• 28 ม.ค. 2568 ปทุม: ส่ง 50" in text


def test_one_units_status_says_which_steps_it_has_not_sent_not_its_own_name(
    mol_demo: FakePorts,
) -> None:
    (summary,) = cards(handle_status(Status(unit="กองนิติการ"), context(mol_demo, STRANGER)))
    text = values(summary)["ยังไม่ส่ง"]
    assert "กองนิติการ" not in text
    assert "ขั้นตอนที่" in text


class _KeepingMemo:
    """A memo that keeps every value by organisation and key (the data never changes here)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, Any], Any] = {}

    def remember(self, organisation: str, key: Any, compute: Any) -> Any:
        if (organisation, key) not in self.kept:
            self.kept[organisation, key] = compute()
        return self.kept[organisation, key]


def test_a_status_asked_again_reuses_the_card_built_for_that_data_and_day(
    mol_demo: FakePorts,
) -> None:
    memo = _KeepingMemo()
    ports = replace(mol_demo, memo=memo)
    first = handle_status(Status(), context(ports, STRANGER))
    again = handle_status(Status(), context(ports, STRANGER))
    assert again.messages[0] is first.messages[0]
    assert (MOL, ("status card", None, NOW.date(), False)) in memo.kept


def test_units_compared_with_a_name_that_is_no_unit_say_it_beside_the_units_card(
    mol: FakePorts,
) -> None:
    asked = Status(unit="กองคลัง", more=("กองปลอม",))
    reply = handle_status(asked, context(mol, None))
    (said,) = texts(reply)
    assert said.startswith("ไม่พบหน่วยงานย่อย 'กองปลอม' ใน สำนักงานปลัดกระทรวงแรงงาน (ที่มี: ")
    (card,) = cards(reply)
    assert "กองคลัง" in card.title


def test_units_compared_none_of_them_a_unit_are_each_said_not_found(mol: FakePorts) -> None:
    reply = handle_status(Status(unit="กองปลอม", more=("กองเทียม",)), context(mol, None))
    assert [t.split(" ใน ")[0] for t in texts(reply)] == [
        "ไม่พบหน่วยงานย่อย 'กองปลอม'",
        "ไม่พบหน่วยงานย่อย 'กองเทียม'",
    ]
    assert not cards(reply)
