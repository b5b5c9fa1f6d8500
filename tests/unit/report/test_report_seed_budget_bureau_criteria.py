"""Seed 002 (สำนักงบประมาณ, FY2567): four kinds of criteria groups, their tiers and ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import CriteriaGroup, Organisation, Range, ScoringMethod, Tier

INF = None  # an open upper bound


def _ranges(group: CriteriaGroup) -> list[tuple[object, ...]]:
    return [(r.low, r.high, r.low_inclusive, r.high_inclusive) for r in group.ranges]


def test_the_dataset_block_has_three_groups_by_number_of_datasets(
    budget_bureau: Organisation,
) -> None:
    indicator = budget_bureau.indicators[4]
    assert (indicator.method, indicator.criteria_round) == (ScoringMethod.OPDC_TIERS, "รอบ 12 เดือน")
    assert indicator.baseline_label == "จำนวนชุดข้อมูล"
    groups = indicator.criteria_groups
    assert [(g.label, g.condition) for g in groups] == [
        ("กลุ่มที่ 1", "1 ถึง 25 ชุดข้อมูล"),
        ("กลุ่มที่ 2", "26 ถึง 100 ชุดข้อมูล"),
        ("กลุ่มที่ 3", "101 ชุดข้อมูลขั้นไป"),
    ]
    assert [_ranges(g) for g in groups] == [
        [(Decimal(1), Decimal(25), True, True)],
        [(Decimal(26), Decimal(100), True, True)],
        [(Decimal(101), INF, True, True)],
    ]
    assert groups[0].targets[0].text.endswith("ร้อยละ 90")
    assert all(len(g.targets) == 3 and g.target(Tier.BASIC) for g in groups)


def test_the_pillar_block_has_three_numbered_groups_and_two_agency_groups(
    budget_bureau: Organisation,
) -> None:
    indicator = budget_bureau.indicators[5]
    assert indicator.baseline_label == "จำนวน Pillar ระดับ 3 ขึ้นไป"
    groups = indicator.criteria_groups
    assert [(g.label, g.agencies) for g in groups] == [
        ("กลุ่มที่ 1", ()),
        ("กลุ่มที่ 2", ()),
        ("กลุ่มที่ 3", ()),
        ("สำนักงานคณะกรรมการส่งเสริมการลงทุน", ("สำนักงานคณะกรรมการส่งเสริมการลงทุน",)),
        ("กรมพัฒนาฝีมือแรงงาน", ("กรมพัฒนาฝีมือแรงงาน",)),
    ]
    assert [_ranges(g) for g in groups] == [
        [(Decimal(0), Decimal(2), True, True)],
        [(Decimal(3), Decimal(6), True, True)],
        [(Decimal(7), Decimal(7), True, True)],
        [],
        [],
    ]
    assert groups[4].target(Tier.ADVANCED) is not None
    assert groups[4].target(Tier.ADVANCED).text == "มีจำนวน Pillar ระดับ 3 ขึ้นไป อย่างน้อย 7 Pillar"
    assert not any(g.exempt for g in groups)


def test_two_groups_sharing_one_set_of_tiers_become_one_combined_group(
    budget_bureau: Organisation,
) -> None:
    combined, top, exempt = budget_bureau.indicators[6].criteria_groups
    assert combined.label == "กลุ่มที่ 1 และ 2"
    assert "0-2 Pillar จาก 7 Pillar และ หน่วยงานที่ได้" in combined.condition
    assert _ranges(combined) == [
        (Decimal(0), Decimal(2), True, True),
        (Decimal(3), Decimal(6), True, True),
    ]
    assert [(t.tier, t.text, t.value) for t in combined.targets] == [
        (Tier.BASIC, "คะแนนปี 66 – 10 คะแนน", None),
        (Tier.STANDARD, "คะแนนปี 66", None),
        (Tier.ADVANCED, "คะแนนปี 66 + 5 คะแนน", None),
    ]
    assert top.label == "กลุ่มที่ 3"
    assert [t.text for t in top.targets][-1] == "สูงกว่าคะแนนปี 66"
    assert _ranges(top) == [(Decimal(7), Decimal(7), True, True)]
    assert exempt == CriteriaGroup(
        label="สำนักงานคณะกรรมการส่งเสริมการลงทุน และกรมพัฒนาฝีมือแรงงาน",
        agencies=("สำนักงานคณะกรรมการส่งเสริมการลงทุน", "กรมพัฒนาฝีมือแรงงาน"),
        exempt=True,
        note="ไม่ต้องประเมินตัวชี้วัดนี้ เนื่องจากไม่มีผลคะแนนปี 66",
    )


# (label, range, basic, standard, advanced) with tiers as (text, value)
PMQA_GROUPS = [
    (
        "กลุ่มที่ 1",
        Range(None, Decimal(350), high_inclusive=False),
        ("275 คะแนน", Decimal(275)),
        ("คะแนนปี 2566", None),
        ("350 คะแนน", Decimal(350)),
    ),
    (
        "กลุ่มที่ 2",
        Range(Decimal(350), Decimal(400), high_inclusive=False),
        ("350 คะแนน", Decimal(350)),
        ("คะแนนปี 2566", None),
        ("คะแนนปี 2566 + 10 %", None),
    ),
    (
        "กลุ่มที่ 3",
        Range(Decimal(400), Decimal(450)),
        ("400 คะแนน", Decimal(400)),
        ("คะแนนปี 2566", None),
        ("คะแนนปี 2566 + 2 %", None),
    ),
    (
        "กลุ่มที่ 4",
        Range(Decimal(450), None, low_inclusive=False),
        ("445 คะแนน", Decimal(445)),
        ("(คะแนนปี 2566 + 445)/2", None),
        ("คะแนนปี 2566", None),
    ),
]


def test_the_pmqa_block_has_four_groups_chosen_by_the_2566_score(
    budget_bureau: Organisation,
) -> None:
    indicator = budget_bureau.indicators[7]
    assert (indicator.method, indicator.baseline_label) == (ScoringMethod.OPDC_TIERS, "คะแนนปี 2566")
    read = [
        (g.label, *g.ranges, *((t.text, t.value) for t in g.targets))
        for g in indicator.criteria_groups
    ]
    assert read == PMQA_GROUPS


@pytest.mark.parametrize(
    ("score", "group"),
    [("349.99", 1), ("350", 2), ("399.99", 2), ("400", 3), ("450", 3), ("450.01", 4)],
)
def test_a_2566_score_on_a_boundary_falls_in_exactly_one_pmqa_group(
    budget_bureau: Organisation, score: str, group: int
) -> None:
    groups = budget_bureau.indicators[7].criteria_groups
    chosen = [
        n for n, g in enumerate(groups, 1) if any(r.contains(Decimal(score)) for r in g.ranges)
    ]
    assert chosen == [group]
