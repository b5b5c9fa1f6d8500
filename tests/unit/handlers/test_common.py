"""Helpers every handler shares: an organisation's status, and choosing an indicator or unit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from handlers.common import (
    choose_indicator,
    find_unit,
    indicator_label,
    milestone_indicators,
    missing_organisation,
    status_of,
)
from handlers.context import ChatKind
from handlers.intents import ChooseIndicator, History, IndicatorQuery
from handlers.permissions import NOT_BOUND_GROUP, NOT_MEMBER_DIRECT
from handlers.ports import StorageError
from handlers.replies import Reply
from kpi_core.models import Indicator, Organisation
from tests.fakes.chat import UNBOUND_GROUP, context
from tests.fakes.ports import FakePorts
from tests.fakes.reading import meanings, text_of
from tests.fakes.seed import STRANGER, labour, ocsc, pathum_thani

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
TODAY = date(2025, 1, 28)


def test_the_status_of_an_organisation_reads_its_ledger(mol_demo: FakePorts) -> None:
    status = status_of(mol_demo, MOL, "กองคลัง", today=TODAY)
    assert (status.unit, status.total.reported_count) == ("กองคลัง", 1)
    assert status.indicators[0].milestones.units[0].result.level == 3  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("organisation", "unit", "refusal"),
    [
        ("กรมอวกาศ", None, "ไม่พบหน่วยงาน กรมอวกาศ"),
        (MOL, "กองอวกาศ", f"ไม่พบหน่วยงานย่อย 'กองอวกาศ' ใน {MOL} (ที่มี: กลุ่มพัฒนาระบบบริหาร (กพร.), "),
        ("ปทุมธานี", "กองคลัง", "ไม่พบหน่วยงานย่อย 'กองคลัง' ใน ปทุมธานี (ที่มี: ไม่มีหน่วยงานย่อย;"),
    ],
    ids=["unknown-organisation", "unknown-unit", "organisation-without-units"],
)
def test_the_status_of_an_unknown_place_is_refused_in_thai(
    mol: FakePorts, pathum: FakePorts, organisation: str, unit: str | None, refusal: str
) -> None:
    ports = pathum if organisation == "ปทุมธานี" else mol
    with pytest.raises(StorageError) as refused:
        status_of(ports, organisation, unit, today=TODAY)
    assert str(refused.value).startswith(refusal)


def test_a_unit_named_by_its_short_name_gets_that_units_status(mol_demo: FakePorts) -> None:
    status = status_of(mol_demo, MOL, "ศทส.", today=TODAY)
    assert status.unit == ICT


@pytest.mark.parametrize(
    ("kind", "chat_id", "text"),
    [(ChatKind.GROUP, UNBOUND_GROUP, NOT_BOUND_GROUP), (ChatKind.USER, "", NOT_MEMBER_DIRECT)],
)
def test_a_missing_organisation_is_explained_for_the_kind_of_chat(
    mol: FakePorts, kind: ChatKind, chat_id: str, text: str
) -> None:
    assert text_of(missing_organisation(context(mol, STRANGER, kind=kind, chat_id=chat_id))) == text


@pytest.mark.parametrize(
    ("title", "label"),
    [("PMQA 4.0", "8. PMQA 4.0"), ("ระดับความพร้อมรัฐบาลดิจิทัล", "8. ระดับความพร้อ…")],
)
def test_an_indicators_label_fits_a_quick_reply(title: str, label: str) -> None:
    indicator = Indicator("8", title)
    assert indicator_label(indicator) == label and len(label) <= 20


def test_words_naming_one_indicator_choose_it() -> None:
    chosen = choose_indicator(pathum_thani(), "ขยะ", IndicatorQuery(""))
    assert isinstance(chosen, Indicator) and chosen.code == "2"


def test_an_organisation_with_one_indicator_needs_no_words() -> None:
    chosen = choose_indicator(labour(), "", History())
    assert isinstance(chosen, Indicator) and chosen.code == "1"


def test_no_words_ask_the_given_question_and_each_button_continues_it() -> None:
    then = IndicatorQuery("ขยะ")
    reply = choose_indicator(pathum_thani(), "", then, question="ตัวชี้วัดไหนดีครับ")
    assert isinstance(reply, Reply) and text_of(reply).startswith("ตัวชี้วัดไหนดีครับ\n1. ")
    assert meanings(reply.quick_replies)[0] == ChooseIndicator("1", IndicatorQuery(""))
    assert reply.quick_replies[0].display_text == "ตัวชี้วัด 1"


def test_an_ask_back_offers_at_most_thirteen_indicators() -> None:
    many = replace(
        ocsc(), indicators=tuple(Indicator(str(n), f"ตัวชี้วัดที่ {n}", position=n) for n in range(1, 16))
    )
    reply = choose_indicator(many, "", History())
    assert isinstance(reply, Reply) and len(reply.quick_replies) == 13
    assert len(text_of(reply).splitlines()) == 14


@pytest.mark.parametrize(
    ("words", "found"),
    [("ไอที", ICT), ("กค.", "กองคลัง"), ("กองคลัง", "กองคลัง")],
)
def test_a_unit_is_found_by_name_short_name_or_alias(words: str, found: str) -> None:
    unit = find_unit(labour(), words)
    assert not isinstance(unit, Reply) and unit.name == found


def test_units_not_found_are_listed_by_name_and_short_name() -> None:
    reply = find_unit(labour(), "กองอวกาศ")
    assert isinstance(reply, Reply)
    assert text_of(reply).endswith("กองนิติการ (กนต.), ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร (ศทส.))")


def test_a_unit_named_in_an_organisation_without_units_says_how_to_add_them() -> None:
    reply = find_unit(Organisation("กรมใหม่"), "กองคลัง")
    assert isinstance(reply, Reply)
    assert text_of(reply) == (
        "ไม่พบหน่วยงานย่อย 'กองคลัง' ใน กรมใหม่ (ที่มี: ไม่มีหน่วยงานย่อย;"
        " ผู้ประสานงานเพิ่มด้วย 'เพิ่มหน่วยงาน <ชื่อ> (<ชื่อย่อ>)' หรือ pmqa unit add)"
    )


@pytest.mark.parametrize(
    ("organisation", "codes"),
    [(labour(), ["1"]), (pathum_thani(), []), (Organisation("ว่าง"), [])],
    ids=["plan", "report", "empty"],
)
def test_milestone_indicators_are_those_with_steps(
    organisation: Organisation, codes: list[str]
) -> None:
    assert [i.code for i in milestone_indicators(organisation)] == codes
