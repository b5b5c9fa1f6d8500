"""An organisation file (pmqa-plan/1 with units, with or without an indicator) and the names
organisations go by: loaded, merged without losing a unit, and refused field by field."""

from __future__ import annotations

import pytest

from kpi_core.models import Organisation, Unit
from kpi_core.org_names import labels, name_clash, unit_clash, with_known_names
from kpi_core.plan import PlanFormatError, load_plan, merge_plan

DLPW = "กรมสวัสดิการและคุ้มครองแรงงาน"
FILE = {
    "format": "pmqa-plan/1",
    "organisation": {
        "name": DLPW,
        "short_name": "กสร.",
        "aliases": ["DLPW"],
        "units": [
            {"name": "กองคุ้มครองแรงงาน", "short_name": "กคร.", "coordinator": True},
            {"name": "ศูนย์เทคโนโลยีสารสนเทศ", "short_name": "ศทส.", "aliases": ["ไอที"]},
        ],
    },
}


def test_an_organisation_file_needs_no_indicator() -> None:
    plan = load_plan(FILE)
    assert plan.indicator is None and plan.organisation.indicators == ()
    assert plan.organisation.aliases == ("DLPW",)
    assert plan.organisation.units == (
        Unit("กองคุ้มครองแรงงาน", "กคร.", (), True),
        Unit("ศูนย์เทคโนโลยีสารสนเทศ", "ศทส.", ("ไอที",)),
    )


def test_merging_adds_new_units_and_names_and_keeps_every_unit_already_there() -> None:
    existing = Organisation(DLPW, aliases=("กรมสวัสดิการฯ",), units=(Unit("กองเดิม"),))
    merged = merge_plan(existing, load_plan(FILE))
    assert [u.name for u in merged.units] == ["กองเดิม", "กองคุ้มครองแรงงาน", "ศูนย์เทคโนโลยีสารสนเทศ"]
    assert (merged.short_name, merged.aliases) == ("กสร.", ("กรมสวัสดิการฯ", "DLPW"))
    assert merge_plan(merged, load_plan(FILE)) == merged  # a second import changes nothing


@pytest.mark.parametrize(
    ("organisation", "field"),
    [
        ({"name": DLPW}, "indicator"),
        ({"name": DLPW, "units": "กองคลัง"}, "organisation.units"),
        ({"name": DLPW, "units": [{"short_name": "กค."}]}, "organisation.units[0].name"),
        ({"name": DLPW, "units": [{"name": "กค"}, {"name": "กค"}]}, "organisation.units: ชื่อซ้ำ กค"),
        ({"name": DLPW, "aliases": "DLPW", "units": [{"name": "ก"}]}, "organisation.aliases"),
    ],
    ids=["nothing", "not-a-list", "no-name", "twice", "aliases-not-a-list"],
)
def test_a_bad_organisation_file_is_refused_naming_the_field(organisation, field: str) -> None:
    with pytest.raises(PlanFormatError, match=field.replace("[", r"\[").replace("]", r"\]")):
        load_plan({"format": "pmqa-plan/1", "organisation": organisation})


def test_known_names_fill_what_an_organisation_lacks_and_keep_its_own() -> None:
    known = {DLPW: {"short_name": "กสร.", "aliases": ["DLPW", "กรมสวัสดิการ"]}}
    named = with_known_names(Organisation(DLPW, short_name="สวค.", aliases=("DLPW",)), known)
    assert (named.short_name, named.aliases) == ("สวค.", ("DLPW", "กรมสวัสดิการ"))
    assert with_known_names(Organisation("กรมอื่น"), known) == Organisation("กรมอื่น")


def test_a_name_another_organisation_or_unit_goes_by_is_found_as_a_clash() -> None:
    ocsc = Organisation(
        "สำนักงานคณะกรรมการข้าราชการพลเรือน", short_name="สำนักงาน ก.พ.", aliases=("ก.พ.",)
    )
    assert name_clash(Organisation("กรมใหม่", aliases=("สำนักงาน ก.พ.",)), [labels(ocsc)]) == (
        "สำนักงาน ก.พ.",
        ocsc.name,
    )
    assert name_clash(Organisation("สำนักงาน ก.พ.ร.", aliases=("ก.พ.ร.",)), [labels(ocsc)]) is None
    org = Organisation(DLPW, units=(Unit("กองคลัง", "กค.", ("การเงิน",)),))
    assert unit_clash(org, Unit("กองใหม่", "", ("การ เงิน",))) == org.units[0]
    assert unit_clash(org, Unit("กองการเงิน")) is None
