"""Criteria groups: numbered, combined, agency-specific and exempt; tiers; condition ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import CriteriaGroup, Range, Tier, TierTarget
from kpi_core.report.criteria import parse_groups
from kpi_core.report.lines import Line
from kpi_core.report.ranges import basis_label, parse_range


def _groups(text: str) -> tuple[CriteriaGroup, ...]:
    return parse_groups([Line(n, line) for n, line in enumerate(text.splitlines(), 1)])


D = Decimal


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("ต่ำกว่า 350 คะแนน", Range(None, D(350), high_inclusive=False)),
        ("ตั้งแต่ 350 แต่น้อยกว่า 400 คะแนน", Range(D(350), D(400), high_inclusive=False)),
        ("ตั้งแต่ 400 - 450 คะแนน", Range(D(400), D(450))),
        ("มากกว่า 450 คะแนน", Range(D(450), None, low_inclusive=False)),
        ("1 ถึง 25 ชุดข้อมูล", Range(D(1), D(25))),
        ("101 ชุดข้อมูลขั้นไป", Range(D(101), None)),
        ("5 ชุดข้อมูลขึ้นไป", Range(D(5), None)),
        ("ข้อมูลตั้งแต่ 1-4 ชุดข้อมูล", Range(D(1), D(4))),
        ("หน่วยงานที่ได้ Pillar ระดับ 3 ขึ้นไป เป็นจำนวน 0-2 Pillar จาก 7 Pillar", Range(D(0), D(2))),
        ("หน่วยงานที่ได้ Pillar ระดับ 3 ขึ้นไป ทั้ง 7 Pillar", Range(D(7), D(7))),
        (
            "ส่วนราชการที่มีคะแนนผลการประเมินในปีงบประมาณ พ.ศ. 2566  ต่ำกว่า 350 คะแนน",
            Range(None, D(350), high_inclusive=False),
        ),
        ("ไม่น้อยกว่า ๘๐ คะแนน", Range(D(80), None)),
        ("ไม่เกิน 10 รายการ", Range(None, D(10))),
        ("1,000 ถึง 2,500 ราย", Range(D(1000), D(2500))),
        ("หน่วยงานที่มีความพร้อม", None),
        ("", None),
    ],
)
def test_a_condition_states_the_range_of_the_basis_value(
    condition: str, expected: Range | None
) -> None:
    assert parse_range(condition) == expected


@pytest.mark.parametrize(
    ("conditions", "label"),
    [
        (["ส่วนราชการที่มีคะแนนผลการประเมินในปีงบประมาณ พ.ศ. 2566 ต่ำกว่า 350 คะแนน"], "คะแนนปี 2566"),
        (["1 ถึง 25 ชุดข้อมูล", "101 ชุดข้อมูลขั้นไป"], "จำนวนชุดข้อมูล"),
        (
            ["หน่วยงานที่ได้ Pillar ระดับ 3 ขึ้นไป เป็นจำนวน 0-2 Pillar จาก 7 Pillar"],
            "จำนวน Pillar ระดับ 3 ขึ้นไป",
        ),
        (["หน่วยงานที่มีความพร้อม"], ""),
    ],
)
def test_the_basis_label_says_what_the_ranges_count(conditions: list[str], label: str) -> None:
    assert basis_label(conditions) == label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("275 คะแนน", D(275)),
        ("350", D(350)),
        ("80 %", D(80)),
        ("๒๗๕ คะแนน", D(275)),
        ("คะแนนปี 2566", None),
        ("คะแนนปี 2566 + 10 %", None),
        ("(คะแนนปี 2566 + 445)/2", None),
        ("คะแนนปี 66 – 10 คะแนน", None),
        ("มีจำนวน Pillar ระดับ 3 ขึ้นไป อย่างน้อย 1 Pillar", None),
    ],
)
def test_a_tier_has_a_value_only_when_it_is_a_plain_number(
    text: str, value: Decimal | None
) -> None:
    (group,) = _groups(f"กลุ่มที่ 1: ต่ำกว่า 350 คะแนน\nเป้าหมายขั้นต้น: {text}")
    assert group.targets == (TierTarget(Tier.BASIC, text, value),)


def test_a_group_number_without_a_colon_and_a_condition_on_the_next_line_are_read() -> None:
    first, fourth = _groups(
        "กลุ่มที่ 1:\n1 ถึง 25 ชุดข้อมูล\nเป้าหมายขั้นต้น: 1\n"
        "กลุ่มที่ 4 ส่วนราชการที่มีคะแนน มากกว่า 450 คะแนน\nเป้าหมายขั้นต้น: 445 คะแนน"
    )
    assert (first.label, first.condition, first.ranges) == (
        "กลุ่มที่ 1",
        "1 ถึง 25 ชุดข้อมูล",
        (Range(D(1), D(25)),),
    )
    assert (fourth.label, fourth.ranges) == ("กลุ่มที่ 4", (Range(D(450), None, low_inclusive=False),))


def test_groups_listed_before_one_set_of_tiers_share_it() -> None:
    (group,) = _groups(
        "กลุ่มที่ 1: 0-2 Pillar และ\nกลุ่มที่ 2: 3-4 Pillar และ\nกลุ่มที่ 3: 5-6 Pillar\nเป้าหมายขั้นต้น: คะแนนปี 66"
    )
    assert group.label == "กลุ่มที่ 1, 2 และ 3"
    assert [(r.low, r.high) for r in group.ranges] == [(0, 2), (3, 4), (5, 6)]


def test_an_agency_line_before_tiers_makes_criteria_for_that_agency_only() -> None:
    (group,) = _groups("กรมพัฒนาฝีมือแรงงาน\nเป้าหมายขั้นต้น: 5 Pillar\nเป้าหมายมาตรฐาน: 6 Pillar")
    assert (group.label, group.agencies, group.exempt) == (
        "กรมพัฒนาฝีมือแรงงาน",
        ("กรมพัฒนาฝีมือแรงงาน",),
        False,
    )
    assert [t.tier for t in group.targets] == [Tier.BASIC, Tier.STANDARD]


def test_agencies_that_need_not_be_assessed_share_one_exempt_group() -> None:
    (group,) = _groups(
        "สำนักงานคณะกรรมการส่งเสริมการลงทุน และกรมพัฒนาฝีมือแรงงาน\n"
        "ไม่ต้องประเมินตัวชี้วัดนี้ เนื่องจากไม่มีผลคะแนนปี 66"
    )
    assert group.agencies == ("สำนักงานคณะกรรมการส่งเสริมการลงทุน", "กรมพัฒนาฝีมือแรงงาน")
    assert (group.exempt, group.note, group.targets) == (
        True,
        "ไม่ต้องประเมินตัวชี้วัดนี้ เนื่องจากไม่มีผลคะแนนปี 66",
        (),
    )


def test_a_group_cut_short_keeps_the_tiers_it_has() -> None:
    (group,) = _groups(
        "กลุ่มที่ 4 มากกว่า 450 คะแนน\nเป้าหมายขั้นต้น: 445 คะแนน\nเป้าหมายมาตรฐาน: (คะแนนปี 2566 + 445)/2"
    )
    assert [t.tier for t in group.targets] == [Tier.BASIC, Tier.STANDARD]
    assert group.target(Tier.ADVANCED) is None


def test_a_line_that_is_neither_group_tier_nor_agency_is_kept_as_a_note() -> None:
    (group,) = _groups("กลุ่มที่ 1: ต่ำกว่า 350 คะแนน\nเป้าหมายขั้นต้น: 275 คะแนน\nหมายเหตุ: ใช้คะแนนขั้นตอนที่ 1")
    assert group.note == "หมายเหตุ: ใช้คะแนนขั้นตอนที่ 1"


def test_an_exemption_after_a_finished_group_starts_a_group_of_its_own() -> None:
    scored, exempt = _groups(
        "กลุ่มที่ 1: ต่ำกว่า 350 คะแนน\nเป้าหมายขั้นต้น: 275 คะแนน\nไม่ต้องประเมินตัวชี้วัดนี้ในปีแรก"
    )
    assert (scored.exempt, exempt.exempt, exempt.label) == (False, True, "")
    assert exempt.note == "ไม่ต้องประเมินตัวชี้วัดนี้ในปีแรก"
