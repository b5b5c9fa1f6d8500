"""Whether a number read from a message can be stored as a result: finite, sane, not too long.

A value outside an indicator's natural range (a percentage over 100, a negative count) is not
refused here: the handler questions it and stores it only when confirmed (DECISIONS.md).
"""

from __future__ import annotations

import re
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


# A code, a login or a document's number typed before a figure, a name or two between at most
# ("รหัส ebudget 1234", "ebudget รหัสผ่าน 5566", "user ebudget 1234"): the figure is no result.
_CODE_BEFORE_RE = re.compile(
    r"(?:รหัส|พาสเวิร์ด|ยูสเซอร์|ไอดี|เลขบัญชี|เลขที่บัญชี|เลขที่หนังสือ|เลขหนังสือ|เลขทะเบียน|เบอร์โทร"
    r"|(?<![a-z])(?:password|passcode|username|otp|pin)(?![a-z]))"
    r"(?:\s?[^\s\d]+){0,2}\s?[:=]?\s?$"
)
# "user", "login" and "id" also name what is counted ("จำนวน login ระบบ e-service 1,250 ครั้ง",
# "จำนวน user 850 คน"): a code only with a name between at most, never counted ("จำนวน"
# before them) nor with a measure after the figure.
_LOGIN_BEFORE_RE = re.compile(
    r"(?<!จำนวน)(?<!จำนวน )(?<!ยอด)(?<!ยอด )(?<![a-z])(?:user|login|id)(?![a-z])"
    r"(?:\s?[^\s\d]+)?\s?[:=]?\s?$"
)
_MEASURE_AFTER_RE = re.compile(
    r"\s?(?:ครั้ง|คน|ราย|แห่ง|ท่าน|หน่วย|เรื่อง|บัญชี|รายการ|users?|logins?|times|accounts?)"
)
_CODE_REACH = 30  # letters before the figure a code word may stand in


# The budget received, directly or not ("ได้รับงบตรงจากสำนักงบ 3 ล้านบาท", "ปีนี้รับงบตรง 5 ล้าน"),
# then a sum of money: money, never the count of the units that receive it ("หน่วยรับงบตรง 17
# แห่ง").
_BUDGET_RECEIVED_RE = re.compile(r"รับ\s?(?:การ\s?)?(?:จัดสรร\s?)?งบ[^\d]{0,30}$")
_MONEY_AFTER_RE = re.compile(r"\s?(?:ล้าน|บาท|แสน|หมื่น|พันบาท|พันล้าน)")
_BUDGET_REACH = 40


def not_a_result(text: str, start: int, end: int) -> bool:
    """Whether the figure typed from ``start`` to ``end`` of ``text`` (normalised) is a code or
    a login, or a sum of the budget received: no result of any indicator."""
    if _CODE_BEFORE_RE.search(text, max(start - _CODE_REACH, 0), start):
        return True
    if _LOGIN_BEFORE_RE.search(text, max(start - _CODE_REACH, 0), start) and not (
        _MEASURE_AFTER_RE.match(text, end)
    ):
        return True
    return bool(
        _MONEY_AFTER_RE.match(text, end)
        and _BUDGET_RECEIVED_RE.search(text, max(start - _BUDGET_REACH, 0), start)
    )
