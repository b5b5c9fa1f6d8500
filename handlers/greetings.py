"""Replies to non-message events: the bot joins a group; members join it."""

from __future__ import annotations

from handlers.replies import Action, Reply, text_reply

JOIN_BOUND = (
    "สวัสดีครับ ผม PMQA Bot ของ {org}\n"
    "ถามสถานะ กำหนดส่ง หรือใครยังไม่ส่ง โดยแท็ก @บอท หรือขึ้นต้นด้วย 'บอท'\n"
    "สมาชิกพิมพ์ 'บอท ลงทะเบียน <ชื่อกอง>' เพื่อส่งผลทางแชท"
)
JOIN_UNBOUND = (
    "สวัสดีครับ ผม PMQA Bot ช่วยติดตามตัวชี้วัด PMQA 4.0 ของทีม\n"
    "1) ผู้ประสานงานพิมพ์ 'บอท ผูกกลุ่ม <ชื่อหน่วยงาน>' เช่น 'บอท ผูกกลุ่ม สป.รง.'\n"
    "2) สมาชิกพิมพ์ 'บอท ลงทะเบียน <ชื่อกอง>'\n"
    "3) ถามได้เลย เช่น 'บอท สถานะ', 'บอท ใครยังไม่ส่ง', 'บอท เหลือกี่วัน'"
)


JOIN_AGAIN = (
    "สวัสดีอีกครั้งครับ กลุ่มนี้เคยใช้กับ {org}\n"
    "ผู้ประสานงานของ {org} พิมพ์ 'บอท ผูกกลุ่ม' เพื่อเริ่มใช้อีกครั้ง (การแจ้งเตือนจะกลับมาด้วย)"
)


def greet_group(organisation: str | None, *, left: str | None = None) -> Reply:
    """The greeting when the bot is added to a group or room (``left``: the organisation the
    group had before the bot was removed; a coordinator of it restores the binding)."""
    if organisation:
        text = JOIN_BOUND.format(org=organisation)
    else:
        text = JOIN_AGAIN.format(org=left) if left else JOIN_UNBOUND
    return text_reply(text, Action("วิธีใช้", text="บอท ใช้ยังไง"))


def welcome_members(count: int, organisation: str | None) -> Reply:
    """A short welcome when people join the group."""
    who = "สมาชิกใหม่" if count != 1 else "สมาชิกใหม่ 1 ท่าน"
    where = f"ทีม {organisation}" if organisation else "กลุ่ม"
    return text_reply(f"ยินดีต้อนรับ{who}สู่{where}ครับ พิมพ์ 'บอท ลงทะเบียน <ชื่อกอง>' เพื่อเริ่มใช้งาน")
