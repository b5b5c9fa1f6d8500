"""Whether a number read from a message can be stored as a result: finite, sane, not too long.

A value outside an indicator's natural range (a percentage over 100, a negative count) is not
refused here: the handler questions it and stores it only when confirmed (DECISIONS.md).
"""

from __future__ import annotations

from decimal import Decimal

MAX_VALUE = Decimal("1e12")  # no indicator's figure reaches a trillion: beyond is a typo
MAX_DIGITS = 20  # digits of a figure (the ledger keeps 40 characters)
NOT_A_NUMBER = "ค่าที่พิมพ์ไม่ใช่ตัวเลขที่บันทึกได้ครับ พิมพ์เป็นตัวเลข เช่น 52.3 หรือ 85%"
TOO_LARGE = "ตัวเลขนี้ใหญ่เกินกว่าจะเป็นผลตัวชี้วัดครับ (ต้องน้อยกว่า 1 ล้านล้าน) ตรวจสอบแล้วพิมพ์ใหม่"
TOO_LONG = f"ตัวเลขนี้ยาวเกินไปครับ (ไม่เกิน {MAX_DIGITS} หลัก) ตรวจสอบแล้วพิมพ์ใหม่"


def value_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be stored as a result, in Thai; ``None`` when it can (a value
    outside the indicator's natural range is only questioned, by the handler)."""
    if not value.is_finite():
        return NOT_A_NUMBER
    if abs(value) >= MAX_VALUE:
        return TOO_LARGE
    if len(value.as_tuple().digits) > MAX_DIGITS:
        return TOO_LONG
    return None
