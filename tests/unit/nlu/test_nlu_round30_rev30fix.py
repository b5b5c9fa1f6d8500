"""Round 30 review fixes: near misses that keep their reading on both sides.

The digest asked of the bot by its day still set; a count told before the grouping word still a
baseline; a question standing on its own after a later-line "@PMQA Bot" still cut and asked; a
report of one's own recording ("บันทึกว่า…ให้หน่อยได้ไหม") still stores nothing; a deadline asked
after a report still asked; a lack denied alone still gives the dimension back.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

KEPT: list[Case] = [
    ("L", "ขอสรุปทุกวันจันทร์ด้วยค่ะ", "ReminderSettings", {"action": "digest_on"}),
    ("L", "ไม่ต้องส่งสรุปทุกวันจันทร์แล้วค่ะ", "ReminderSettings", {"action": "digest_off"}),
    (
        "B",
        "หน่วยงานเรามีชุดข้อมูลเปิดทั้งหมด 42 ชุด ใช้จัดกลุ่ม GD Catalog ครับ",
        "SubmitBaseline",
        {"indicator": "5", "value": "42", "raw_value": "42"},
    ),
    (
        "L",
        "เรียนทุกกองค่ะ\nอีก 16 วันปิดรับแผนนะคะ\n@PMQA Bot ใครยังไม่ส่งแผนบ้างคะ",
        "Missing",
        {"step": "3"},
    ),
    ("L", "กองคลังส่งแผนแล้ว ตาม deadline คือวันไหน", "Deadlines", {"step": "3"}),
    ("L", "กองคลังส่งแผนแล้ว ไม่ได้ขาดมิติ 2", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "กองคลังส่งแผนแล้ว ขาดแค่มิติ 2",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 3]},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้ว all 3 dimensions",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
]


@readings(KEPT)
def test_near_misses_keep_their_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_report_itself_asked_to_be_recorded_stores_nothing() -> None:
    assert settled("บันทึกว่ากองคลังส่งแผนแล้วให้หน่อยได้ไหม")[0] != "MarkStep"
