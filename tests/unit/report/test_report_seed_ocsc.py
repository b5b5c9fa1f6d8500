"""Seed 004 (สำนักงาน ก.พ., FY2567): repeated blocks kept, sections, Master Data groups."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from kpi_core.models import Organisation, Range, ResultKind, ScoringMethod, Tier

PASS, FAIL = ResultKind.PASS, ResultKind.FAIL


def test_the_header_names_the_civil_service_commission(ocsc: Organisation) -> None:
    assert (ocsc.name, ocsc.parent) == ("สำนักงานคณะกรรมการข้าราชการพลเรือน", "สำนักนายกรัฐมนตรี")
    assert [i.code for i in ocsc.indicators] == [str(n) for n in range(1, 11)]


def test_the_repeated_ethics_block_is_kept_twice_and_identical(ocsc: Organisation) -> None:
    fourth, fifth = ocsc.indicators[3], ocsc.indicators[4]
    assert dataclasses.replace(fourth, code="5", position=5) == fifth
    for ethics in (fourth, fifth):
        assert [i.result.kind for i in ethics.items if i.result] == [PASS, FAIL, FAIL, FAIL]
        assert ethics.items[1].result is not None
        assert ethics.items[1].result.raw == "ไม่ผ่าน"
        assert ethics.items[1].text.endswith("เสนอ ก.ม.จ. ให้ความเห็นชอบ")


def test_the_repeated_digital_readiness_criteria_are_kept_with_their_own_tiers(
    ocsc: Organisation,
) -> None:
    pillars, score = ocsc.indicators[7], ocsc.indicators[8]
    assert pillars.criteria_groups != score.criteria_groups
    assert [g.label for g in pillars.criteria_groups] == [
        "กลุ่มที่ 1",
        "กลุ่มที่ 2",
        "กลุ่มที่ 3",
        "สำนักงานคณะกรรมการส่งเสริมการลงทุน",
        "กรมพัฒนาฝีมือแรงงาน",
    ]
    assert [g.label for g in score.criteria_groups] == [
        "กลุ่มที่ 1 และ 2",
        "กลุ่มที่ 3",
        "สำนักงานคณะกรรมการส่งเสริมการลงทุน และกรมพัฒนาฝีมือแรงงาน",
    ]
    assert pillars.title != score.title


def test_scope_data_collection_and_data_source_are_read_as_sections(ocsc: Organisation) -> None:
    exam, _, plans, ethics = ocsc.indicators[:4]
    assert exam.scope.startswith("สำนักงาน ก.พ. มีการพัฒนาหลักสูตรการสอบแข่งขัน")
    assert exam.data_collection.startswith("ข้อมูลจากการจัดประชุมรับฟังความคิดเห็น")
    assert plans.data_collection.splitlines()[0] == (
        "• ส่วนราชการรายงานผลการดำเนินการในการจัดทำแผนพัฒนาบุคลากรของส่วนราชการ"
    )
    assert ethics.data_source == (
        "หน่วยงานของรัฐ องค์กรที่มีหน้าที่จัดทำประมวลจริยธรรม และสำนักงาน ก.พ. เป็นผู้จัดเก็บข้อมูล"
    )
    assert "ขอบเขตการประเมิน" not in exam.description


def test_the_master_data_groups_are_chosen_by_number_of_datasets(ocsc: Organisation) -> None:
    master_data = ocsc.indicators[6]
    assert master_data.baseline_label == "จำนวนชุดข้อมูล"
    assert [(g.label, g.condition, g.ranges) for g in master_data.criteria_groups] == [
        ("กลุ่มที่ 1", "ข้อมูลตั้งแต่ 1-4 ชุดข้อมูล", (Range(Decimal(1), Decimal(4)),)),
        ("กลุ่มที่ 2", "5 ชุดข้อมูลขึ้นไป", (Range(Decimal(5), None),)),
    ]
    basic = master_data.criteria_groups[0].target(Tier.BASIC)
    assert basic is not None
    assert basic.text == "ชุดข้อมูลที่ยกระดับเป็น Master Data ตามแนวทางฯ ข้อ 1-7 จำนวน X ชุด"
    assert basic.value is None


def test_the_last_pmqa_group_keeps_the_tiers_the_file_ends_with(ocsc: Organisation) -> None:
    last = ocsc.indicators[-1].criteria_groups[-1]
    assert last.label == "กลุ่มที่ 4"
    assert [(t.tier, t.text) for t in last.targets] == [
        (Tier.BASIC, "445 คะแนน"),
        (Tier.STANDARD, "(คะแนนปี 2566 + 445)/2"),
        (Tier.ADVANCED, "คะแนนปี 2566"),
    ]


def test_every_block_gets_the_method_its_content_calls_for(ocsc: Organisation) -> None:
    methods = [i.method for i in ocsc.indicators]
    assert methods == [ScoringMethod.PASS_FAIL] * 5 + [ScoringMethod.OPDC_TIERS] * 5
