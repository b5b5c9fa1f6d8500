"""Issue 9, round 16 (integrator): "ขอผล…" asks for results ("ขอผลทุกตัวชี้วัดแบบละเอียด ครบทั้ง
10 ตัวครับ": dev_fresh35 gg036, a question read as a write on arrival — the count of indicators
asked about was taken for a figure); "ขอรายงานผล…", "ขอส่งผล…", "ขอแก้ผล…" still report."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

# Results asked for, often with how many indicators: never a write.
RESULTS_ASKED = [
    ("P", "ขอผลทุกตัวชี้วัดครบทั้ง 6 ตัวหน่อยครับ"),
    ("B", "ขอผลคะแนนทั้ง 8 ตัวชี้วัดแบบละเอียดค่ะ"),
    ("P", "ขอผลขยะรอบ 12 เดือนด้วยครับ"),
    ("O", "ขอผลการประเมินทั้ง 10 ตัว ไปเสนอผู้บริหารค่ะ"),
    ("P", "ขอผล 6 ตัวชี้วัดของจังหวัดแบบย่อๆ"),
    ("B", "ขอ ผลตัวชี้วัดทั้ง 8 ตัวล่าสุดครับ"),
    ("L", "ขอผลของกองคลังทั้ง 5 ขั้นตอนค่ะ"),
]
# A polite command to report or correct results stays a write.
STILL_WRITES = [
    ("P", "ขอรายงานผล ขยะ 52.3", "SubmitValue"),
    ("P", "ขอส่งผลยาเสพติด 75.5 ครับ", "SubmitValue"),
    ("P", "ขอแก้ผลขยะเป็น 53 ค่ะ", "SubmitValue"),
    ("B", "ขอบันทึกผล e-Budgeting 4.7 คะแนนครับ", "SubmitValue"),
]


@pytest.mark.parametrize(("org", "text"), RESULTS_ASKED)
def test_results_asked_for_are_no_write(org: str, text: str) -> None:
    assert category(*settled(text, org)) == "question"


@pytest.mark.parametrize(("org", "text", "intent"), STILL_WRITES)
def test_a_polite_report_of_results_stays_a_write(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent
