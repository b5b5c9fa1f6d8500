"""Confirming a restated draft: ยืนยัน / ยกเลิก, and undo.

Every check comes before any state changes: whose draft it is, in which chat, whether it is
still open, whether the sender may store it; only then is it settled (one conditional update:
of two taps one wins) and stored, all in the event's one transaction. A typed ยืนยัน or ยกเลิก
acts only when exactly one draft of the sender is open in the chat; otherwise it asks which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from handlers.cards import indicator_card
from handlers.common import missing_organisation, organisation_status
from handlers.context import Context
from handlers.drafts import choose_draft, open_draft
from handlers.formatting import number, plain
from handlers.intent_spec import IntentSpec
from handlers.intents import Cancel, Confirm, Undo
from handlers.membership import AFTER_REGISTERING
from handlers.nlu.clauses import names_an_indicator
from handlers.nlu.extract import DATE, PLACEHOLDERS, Extraction
from handlers.nlu.guards import Guarded, skipping
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    DELIVERABLE_WORDS,
    QUESTION,
    UNIT_PREFIXES,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import asks
from handlers.nlu.resolve import resolve_unit
from handlers.nlu.slots import (
    Found,
    channel_of,
    content,
    names_the_plan,
    plan_names_dropped,
    split_unit,
)
from handlers.nlu.tokenize import tokens
from handlers.nlu.value_checks import value_problem
from handlers.permissions import Act, refusal
from handlers.ports import PendingAction, PendingState, StorageError
from handlers.replies import CardMessage, Reply, TextMessage, text_reply
from handlers.step_batches import ask_to_withdraw, batch_refusal, confirmed_with, store_batch
from handlers.unit_admin import store_unit
from handlers.year_close import close_refusal, store_year_close
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.models import Submission, SubmissionAction, SubmissionKind
from kpi_core.thai_dates import format_thai_date

NOT_FOUND = "ไม่พบรายการที่รอยืนยัน (อาจยืนยันไปแล้ว หมดเวลา 15 นาที หรือเป็นของผู้อื่น)"
NOTHING_OPEN = "ไม่มีรายการที่รอยืนยันครับ"
# A typed no (often a halt, "เดี๋ยวๆ ผิดๆ") after the card was confirmed: it withdraws nothing.
WITHDRAW_HINT = "รายการล่าสุดของคุณบันทึกไปแล้ว ถ้าต้องการถอน พิมพ์ 'ยกเลิกรายการล่าสุด'"
SUPERSEDED = "รายการนี้มีรายการใหม่กว่ามาแทนแล้ว จึงไม่ได้บันทึกครับ กดยืนยันที่รายการล่าสุดแทน"
OTHER_CHAT = "ยืนยันหรือยกเลิกรายการนี้ได้เฉพาะในแชทที่ส่งรายการมาครับ"
NOT_AS_RESTATED = (
    "{what}ที่พิมพ์ ({typed}) ไม่ตรงกับรายการที่รอยืนยัน ({held}) จึงยังไม่บันทึกครับ "
    "ถ้ารายการถูกต้อง กดยืนยันที่รายการ หรือพิมพ์ใหม่อีกครั้ง"
)


def ask_confirmation(
    ctx: Context, draft: Submission, lines: list[str], warnings: list[str]
) -> Reply:
    """Store the draft as pending and show it with ยืนยัน / ยกเลิก buttons."""
    title = "ยืนยันการยกเลิก" if draft.action is SubmissionAction.UNDO else "ยืนยันการบันทึก"
    return open_draft(ctx, title, lines, warnings, submission=draft)


def handle_confirm(intent: Confirm, ctx: Context) -> Reply:
    """Store the draft once (after every check), then show what changed."""
    found = _the_draft(ctx, intent.token, "ยืนยัน", confirm=True)
    if not isinstance(found, PendingAction):
        return found
    why = _refusal(ctx, found) or _not_as_restated(intent, found, ctx)
    if why:
        return text_reply(why)
    assert ctx.user_id is not None
    if (
        ctx.ports.pending.settle(found.token, ctx.user_id, PendingState.CONFIRMED, now=ctx.now)
        is None
    ):
        return text_reply(NOT_FOUND)  # another tap settled it a moment ago
    return _store(ctx, found)


def handle_cancel(intent: Cancel, ctx: Context) -> Reply:
    """Drop the draft; nothing is stored."""
    found = _the_draft(ctx, intent.token, "ยกเลิก", confirm=False)
    if not isinstance(found, PendingAction):
        if not intent.token and found == text_reply(NOTHING_OPEN) and _latest_in_effect(ctx):
            return text_reply(f"{NOTHING_OPEN}\n{WITHDRAW_HINT}")  # typed after it was stored
        return found
    assert ctx.user_id is not None
    if (
        ctx.ports.pending.settle(found.token, ctx.user_id, PendingState.CANCELLED, now=ctx.now)
        is None
    ):
        return text_reply(NOTHING_OPEN)
    return text_reply("ยกเลิกแล้ว ไม่มีการบันทึกครับ")


def _the_draft(ctx: Context, token: str, verb: str, *, confirm: bool) -> PendingAction | Reply:
    """The open draft a button (or a typed word) means, or the reply that says why none is."""
    if ctx.user_id is None:
        return text_reply(NOT_FOUND)
    if not token:  # typed: only one open draft in this chat is unambiguous
        drafts = ctx.ports.pending.open_in(ctx.user_id, ctx.incoming.chat.id, now=ctx.now)
        if len(drafts) > 1:
            return choose_draft(drafts, verb, confirm=confirm)
        if not drafts:
            return text_reply(NOT_FOUND if confirm else NOTHING_OPEN)
        return drafts[0]
    found = ctx.ports.pending.get(token)
    if found is None or found.line_user_id != ctx.user_id:
        return text_reply(NOT_FOUND if confirm else NOTHING_OPEN)
    if found.chat_id and found.chat_id != ctx.incoming.chat.id:
        return text_reply(OTHER_CHAT)
    if found.state is PendingState.SUPERSEDED:
        return text_reply(SUPERSEDED)
    if found.state is not PendingState.PENDING or found.expires_at <= ctx.now:
        return text_reply(NOT_FOUND if confirm else NOTHING_OPEN)
    return found


def _not_as_restated(intent: Confirm, found: PendingAction, ctx: Context) -> str | None:
    """Why a typed yes that restates a figure or a unit ("ถูกแล้วค่ะ 61.2 บันทึกเลย", "ใช่ค่ะ
    กองคลัง ถูกแล้ว") stores nothing: the draft holds another; it stays open to be pressed."""
    held_value = found.submission.value if found.submission is not None else None
    if held_value is not None and intent.figures and held_value not in intent.figures:
        typed = ", ".join(number(plain(figure)) for figure in intent.figures)
        return NOT_AS_RESTATED.format(what="ตัวเลข", typed=typed, held=number(plain(held_value)))
    if intent.unit and ctx.organisation is not None:
        named = {unit.name for unit in resolve_unit(intent.unit, ctx.organisation)}
        held = _draft_unit(found)
        if found.batch and named & {d.unit for d in found.batch}:
            return None  # one of the units of a step reported for several
        if named and held not in named:  # a unit of the organisation, not the draft's
            shown = held or ctx.organisation.name
            return NOT_AS_RESTATED.format(what="หน่วยงาน", typed=intent.unit, held=shown)
    return None


def _draft_unit(found: PendingAction) -> str:
    """The unit a draft is about ("": the organisation as a whole, or no unit)."""
    if found.submission is not None:
        return found.submission.unit or ""
    if found.batch:
        return ", ".join(d.unit or "" for d in found.batch)
    if found.registration is not None:
        return found.registration.unit or ""
    return found.unit.name if found.unit is not None else ""


def _refusal(ctx: Context, found: PendingAction) -> str | None:
    """Why the sender may not store this draft now (the permissions of today, not of the
    moment it was drafted)."""
    if found.registration is not None:
        return refusal(ctx, Act.CHANGE_UNIT, unit=found.registration.unit)
    if found.unit is not None:
        return refusal(ctx, Act.ADD_UNIT)
    if found.year_close is not None:
        return close_refusal(ctx)
    if found.batch:
        return batch_refusal(ctx, found.batch)
    draft = found.submission
    assert draft is not None
    why = refusal(ctx, Act.CONFIRM, unit=draft.unit)
    if why is None and draft.kind is SubmissionKind.BASELINE:
        why = refusal(ctx, Act.COORDINATE)
    return why or (value_problem(draft.value) if draft.value is not None else None)


def _store(ctx: Context, settled: PendingAction) -> Reply:
    assert ctx.organisation is not None and ctx.user_id is not None
    origin = {
        "source_event_id": ctx.incoming.event_id,
        "source_chat_id": ctx.incoming.chat.id or None,
    }
    if settled.unit is not None:
        return store_unit(ctx, settled.unit)
    if settled.registration is not None:
        member = replace(settled.registration, registered_at=ctx.now, **origin)
        if ctx.member is not None and ctx.member.unit == member.unit:  # registered meanwhile
            return text_reply(f"คุณเป็นสมาชิกของ {member.unit} อยู่แล้วครับ ไม่มีการบันทึกซ้ำ")
        try:
            ctx.ports.members.save(member)
        except StorageError as exc:
            return text_reply(f"ลงทะเบียนไม่สำเร็จ: {exc}")
        who = member.display_name or "คุณ"
        if ctx.member is None or ctx.member.unit is None:  # a first registration, asked first
            where = member.unit or ctx.organisation.name
            return text_reply(f"ลงทะเบียน {who} เป็นสมาชิกของ {where} แล้ว ✓", *AFTER_REGISTERING)
        return text_reply(f"ย้าย {who} ไปที่ {member.unit} แล้ว ✓")
    if settled.year_close is not None:
        return store_year_close(ctx, settled, origin)
    if settled.batch:  # a step of several units: every row, or none
        return store_batch(ctx, settled)
    assert settled.submission is not None
    name = ctx.member.display_name if ctx.member else ""
    row = replace(
        settled.submission,
        submitted_by=ctx.user_id,
        submitted_by_name=name,
        submitted_at=ctx.now,
        **origin,
    )
    try:
        ctx.ports.submissions.append(ctx.organisation.name, row)
    except StorageError as exc:
        return text_reply(f"บันทึกไม่สำเร็จ: {exc}")
    return _stored_reply(ctx, row, settled.summary)


def _stored_reply(ctx: Context, row: Submission, summary: str) -> Reply:
    assert ctx.organisation is not None
    verb = "ยกเลิกรายการแล้ว" if row.action is SubmissionAction.UNDO else "บันทึกแล้ว ✓"
    status = organisation_status(ctx, ctx.organisation, row.unit)
    current = next(s for s in status.indicators if s.indicator.code == row.indicator_code)
    card = CardMessage(f"{verb} {summary}".replace("\n", " · "), (indicator_card(current),))
    return Reply((TextMessage(f"{verb}\n{summary}"), card))


def handle_undo(intent: Undo, ctx: Context) -> Reply:
    """Offer to withdraw the sender's latest submission that is still in effect."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    why = refusal(ctx, Act.UNDO)
    if why:
        return text_reply(why)
    rows = ctx.ports.submissions.list(org.name)
    latest = _latest_in_effect(ctx, rows)
    if latest is None:
        return text_reply("ยังไม่มีรายการที่คุณส่งให้ยกเลิกครับ")
    together = confirmed_with(rows, latest)
    if len(together) > 1:  # a step confirmed for several units is withdrawn as confirmed
        return ask_to_withdraw(ctx, together)
    draft = replace(
        latest, id=None, action=SubmissionAction.UNDO, supersedes=latest.id, source_event_id=None
    )
    when = format_thai_date(to_bangkok(latest.submitted_at).date()) if latest.submitted_at else ""
    what = f"ขั้นตอนที่ {latest.step}" if latest.step else f"ผล {number(latest.value or Decimal(0))}"
    indicator = org.indicator(latest.indicator_code)
    title = f": {indicator.title}" if indicator else ""
    lines = [f"ยกเลิกรายการล่าสุดของคุณ ({when})", f"ตัวชี้วัด {latest.indicator_code}{title}", what]
    if latest.unit:  # a coordinator's rows belong to many units: say whose entry it withdraws
        lines.append(f"หน่วยงาน: {latest.unit}")
    return ask_confirmation(ctx, draft, lines, [])


def _latest_in_effect(ctx: Context, rows: list[Submission] | None = None) -> Submission | None:
    """The sender's latest submission that is still in effect (not withdrawn), if any."""
    if ctx.organisation is None or ctx.user_id is None:
        return None
    if rows is None:
        rows = ctx.ports.submissions.list(ctx.organisation.name)
    withdrawn = {r.supersedes for r in rows if r.action is SubmissionAction.UNDO}
    mine = (
        r for r in reversed(rows)
        if r.submitted_by == ctx.user_id and r.action is not SubmissionAction.UNDO
    )  # fmt: skip
    return next((r for r in mine if r.id not in withdrawn), None)


# A yes or a no with the words people add to it ("ใช่ค่ะ ถูกต้อง", "ยกเลิกๆ ผิดตัว",
# "ไม่ต้องบันทึกครับ"); anything more ("ใช่ครับ แต่ยังไม่ได้ส่งแผน") is not a yes or a no.
_YES = (
    "ยืนยัน|ขอยืนยัน|ยืนยันการบันทึก|ใช่|ใช่แล้ว|ตกลง|ok|okay|โอเค|ถูกต้อง|ถูกต้องแล้ว|yes|confirm"
    "|ได้เลย|เอาเลย|เอาตามนั้น|ตามนั้น|เอาตามนี้|ตามนี้|ถูกแล้ว"
    # Set as the card has it (a reminder's or a setting's card): "ตั้งตามนี้เลยค่ะ".
    "|ตั้งตามนี้|ตั้งตามนั้น|ตั้งค่าตามนี้|ตั้งค่าตามนั้น"
    # Held or misspelt ("okkk", "ช่ายยย", "ยืนยีนน"): a letter held three times or more is
    # normalised to one, twice is not.
    "|okk|okkk|okkkk|ช่าย|ช่ายย|ยืนยันน|ยืนยีน|ยืนยีนน"
    # A letter added at its end, as said: "โอเคร บันทึกเลยจ้า".
    "|โอเคร"
    # A letter slipped: "ยันยันค่ะ", "ยินยันครับ"; a vowel's mark missed: "ยืนยนค่ะ", "ยนยันครับ";
    # the last letter on the key beside it or on ล ("ยืนยัรค่ะ", "ยืนยัลครับ": as the corpus's
    # writers label them; a far letter, "ยืนยัก", stays unread).
    "|ยันยัน|ยินยัน|ยืนยน|ยนยัน|ยืนยัร|ยืนยัย|ยืนยัล"
    # The northern yes ("เจ้า ถูกแล้วเจ้า"); a word holding its letters leaves an aside.
    "|เจ้า"
    # The English word as Thai write it: "คอนเฟิร์มค่ะ", "คอนเฟิมครับ", "confirmed".
    "|คอนเฟิร์ม|คอนเฟิม|คอนเฟิร์ม์|confirmed"
    # Slang and English: "จัดไปครับ" (go for it), "correct ครับ save ได้เลย", "ชัวร์ค่ะ" (sure).
    "|จัดไป|จัดไปเลย|correct|ชัวร์|เยส"
)
# "ไม่ต้องค่ะ ยังไม่ส่งจริง": no need (to record it); with an aside about anything else
# ("ไม่ต้องรีบ", "ไม่ต้องส่งสรุปรายสัปดาห์") it is no no to the card.
_NO = (
    "ยกเลิก|ขอยกเลิก|ไม่ใช่|ไม่เอา|ไม่ถูกต้อง|ไม่ยืนยัน|ยังไม่ได้ยืนยัน|cancel|no|nope|ไม่ต้องบันทึก"
    "|ไม่บันทึก|ไม่ต้อง"
    # Not right, said short: "ไม่ถูกค่ะ หน่วยผิด"; spoken: "ม่ายช่ายยย" (ม่าย is ไม่).
    "|ไม่ถูก|ไม่ช่าย"
    # Not (yet) to be saved: "อย่าเพิ่งเซฟ", "อย่าบันทึกนะ", "ไม่ต้องเซฟ".
    "|อย่าเพิ่งเซฟ|อย่าเพิ่งบันทึก|อย่าเพิ่งsave|อย่าเซฟ|อย่าบันทึก|ไม่ต้องเซฟ|ไม่เซฟ|don't save"
    # Not yet: "อย่าเพิ่งบันทึกครับ ยังไม่ได้เช็ก", "ยังไม่ต้องบันทึก".
    "|อย่าพึ่งบันทึก|ยังไม่ต้องบันทึก|อย่าเพิ่งลงระบบ"
    # Not to be kept: "ยังไม่ต้องเซฟนะ", "ไม่ต้องลงระบบค่ะ".
    "|ไม่ต้องsave|ไม่ต้องลงระบบ|ไม่ต้องเก็บ"
    # The English word as Thai write it: "แคนเซิลค่ะ".
    "|แคนเซิล|แคนเซิ้ล|แคนเซิล์"
)
_PLAIN_YES = "ได้|ได้ครับ|ได้ค่ะ|ได้คะ|ได้จ้า|ได้ค่า"
# The card said to be right, then told to go ahead, with no yes word: "ถูกแล้วจ้า บันทึกเลย",
# "ตัวเลขตรงแล้วค่ะ บันทึกได้", "ถูกแล้วค่ะ 61.2 บันทึกเลย" (its figure restated).
_RIGHT = "ถูกแล้ว|ถูกหมด|ตรงแล้ว|ตรงกันแล้ว|ตรงกัน|ถูกเป๊ะ|ตรงเป๊ะ"  # exactly so: "ตรงเป๊ะค่ะ บันทึกได้"
_GO_AHEAD = (
    "บันทึกได้|บันทึกเลย|บันทึกไปเลย|บันทึกได้เลย|ลงระบบได้|ลงระบบเลย|ลงได้เลย|ลงเลย"
    "|เซฟได้|เซฟเลย|เซฟไปเลย|เซฟได้เลย"  # saved, as people say it
)
_AS_STATED = "ตามนี้|ตามนั้น|ถูกแล้ว"
_GO_AHEAD_REGISTERING = "ลงทะเบียนได้เลย|ลงทะเบียนเลย|ลงทะเบียนให้เลย|ลงทะเบียนได้|ลงทะเบียนให้ได้เลย"
# Words a yes or a no may carry; a no may also carry the words that say something is wrong or
# not yet ("ยกเลิกๆ ผิดตัว"): with a yes those words take it back ("ใช่ ตัวเลขผิด" saves nothing).
_AROUND = frozenset(
    words(
        "ครับ|ค่ะ|คะ|ค่า|จ้า|นะ|นะคะ|นะครับ|เลย|แล้ว|ถูก|ตัวเลข|ข้อมูล|ๆ|ด้วย|ครับผม|ตัว|บันทึก|การส่ง|ส่ง|ถูกแล้ว|.|!"
        "|,|please|pls|plz|that|it|this"  # "yes please", "no, cancel that"
        "|กรุณา|รบกวน|ช่วย"  # "ถูกต้องแล้วครับ กรุณาบันทึกตามนี้": please, in Thai
        # As restated: "ยืนยันค่ะ ตัวเลขตามนี้เลย"; a plain "ได้" before it ("ได้ครับ ถูกต้อง").
        "|ตามนี้|ตามนั้น|ตาม|นี้|นั้น|ที่|แจ้ง|พิมพ์|ได้"
        # The particles' spellings: "ยกเลิกคร้าบ", "ยกเลิกค้าบ".
        "|คร้าบ|ค้าบ|คับ|ครัช|ฮะ|จ้ะ|ค่าา|คร้าบผม|ครับบ|คับบ|ค้าบบ|จ้าา|บ"  # บ: "ครับบ" held
        "|คัพ|คั้บ|คั๊บ"  # ครับ as it is said: "ยืนยันคัพ ตัวเลขถูกแล้ว"
        # Spoken and urging particles: "ไม่ใช่น้า ช่องทางผิด", "ยกเลิกเถอะครับ".
        "|น้า|น้าา|เถอะ|เหอะ"
        # Pressing or typing it: "ถูกแล้วค่ะ กดยืนยันเลย", "ใช่ค่ะ บันทึกให้หน่อยนะคะ".
        "|กด|ให้|หน่อย|ได้|แทน|ปุ่ม"
    )
)
_AROUND_YES = _AROUND | frozenset(
    words(
        # All of it, and going on with it: "ถูกต้องทุกรายการ", "ถูกหมด", "ดำเนินการบันทึกได้เลย",
        # "กดยืนยันให้ที", "ตัวเลขถูกละ" (ละ: แล้ว), "ok ครับท่าน", "เรียบร้อย บันทึกไปเลย".
        "ทุก|รายการ|ทุกรายการ|ประการ|ทุกประการ|หมด|ครบ|ครบถ้วน|ทั้งหมด|ดำเนินการ|ต่อ|การ|ไป|ที"
        # Every part of the card: "ถูกต้องทุกอย่างค่ะ", "ถูกทุกช่อง", "ถูกทุกข้อครับ".
        "|ทุกอย่าง|อย่าง|ทุกช่อง|ช่อง|ทุกข้อ|ข้อ|ทุกจุด|จุด|ทุกตัว|ทุกบรรทัด|บรรทัด"
        "|จาก"  # a count restated: "ใช่ครับ กองคลัง 8 จาก 9 ถูกแล้ว"
        "|ละ|ท่าน|เรียบร้อย|ตามที่|ที่แจ้ง"  # "ขอยืนยันตามที่แจ้งค่ะ"
        "|ชัวร์|แน่นอน|sure"  # sure of it before going ahead: "ชัวร์ครับ บันทึกได้"
        "|ฝาก"  # entrusted to record: "ถูกต้องนะคะ ฝากบันทึกด้วยค่ะ"
        "|ถูก"  # right, said of the card: "ได้เลยจ้า ที่บอทสรุปมาถูกหมด"
        "|เซฟ|save"  # saving is recording: "ใช่ๆ ถูกละ เซฟเลย"
        "|เอา"  # taken as it is, said twice: "เอาๆ ยืนยัน"
        # Spoken yes-sounds beside a yes ("อื้อ ถูกแล้ว"), exactly so ("ตรงกับรายงานเป๊ะ").
        "|อื้อ|อือ|อื้ม|อ่าฮะ|อะฮะ|เป๊ะ|เป๊ะๆ"
        # What a restated count counts: "ถูกต้องตามที่แจ้งครับ 5 จาก 6 ครั้ง".
        "|ครั้ง|คน|ราย|ชุด|แห่ง|ตัน|งาน|ฉบับ"
        # The card pointed at, relaxed: "ใช่ๆๆ อันนั้นแหละ", "ใช่ค่ะ ตัวเลขนี้แหละ"; recorded
        # ("ค่ะ ถูกต้อง ลงได้เลย").
        "|แหละ|แหล่ะ|อันนั้น|อันนี้|อัน|นั่น|นี่|นั้นแหละ|นี้แหละ|นั่นแหละ|นี่แหละ|ๆๆ|ๆๆๆ|ลง"
        # The card itself, recorded as it shows: "ตกลงครับ บันทึกตามการ์ดเลย".
        "|การ์ด|card"
        # The card called formally: "ขอยืนยันข้อมูลดังกล่าวครับ", "ยืนยันตามข้อมูลข้างต้นค่ะ".
        "|ดังกล่าว|ข้างต้น|ข้างบน"
        # In English: "Yes, that's right", "yes that is correct".
        "|that's|thats|'s|is|right|correct"
    )
)
_AROUND_NO = _AROUND | frozenset(
    words(
        "ผิด|ก่อน|ยัง|ไม่|ต้อง|ผิดตัว|ผิดค่า|ผิดครับ|ผิดค่ะ|no|not|wrong|sorry|เดี๋ยว|อีกที|อย่า|เพิ่ง"
        # An apology for the wrong card: "ไม่ใช่ค่ะ ขอโทษค่ะ ไม่ใช่กองคลัง".
        "|ขอโทษ|ขออภัย|โทษที"
    )
)
# Halting the card before it is stored ("เดี๋ยวก่อน", "หยุดก่อนครับ ข้อมูลไม่ถูก", "เดี๋ยวๆ ผิดๆ",
# "รอแป๊บครับ"): a no, with the words a no carries. A wait that says what comes next ("เดี๋ยวโทรหา",
# "หยุดเตือนก่อน", "เดี๋ยวก่อนนะ กินข้าวอยู่") is no no (see ``_an_aside``).
# Every cue is a word the typo corrector may correct to ("step" is no typo of "stop", nor
# "เดี๋ยวจะ" of "เดี๋ยวนะ"): only the halts that hold no common word one letter away.
_HALT = (
    "เดี๋ยวก่อน|เดี๋ยวๆ|หยุดก่อน|หยุด|stop ก่อน|รอก่อน|รอแป๊บ|รอแปป|รอแปบ|ช้าก่อน|แป๊บนึง|แป๊บ"
    # "Not yet", said as a clause of its own: "อย่าเพิ่งค่ะ ขอเช็คตัวเลขอีกรอบ" (see ``_halted``).
    "|อย่าเพิ่ง|อย่าพึ่ง"
)


def _yes_alone(found: Found) -> Confirm | None:
    """A yes word alone answers the card; asked back ("ถูกแล้ว?", "ตามนี้?") it asks whether
    the card is right and confirms nothing."""
    return None if asks(found.extraction.text, found.original) else Confirm()


# A bare "ถูก" said first as a clause of its own, then what a yes carries ("ถูกค่ะ พี่เช็คให้แล้ว",
# "ถูกๆ บันทึกเลย"): a yes. "ถูก" before other words is passive ("ถูกหักคะแนน") or cheap.
_BARE_RIGHT_FIRST_RE = re.compile(
    r"\s*ถูก(?:\s?ๆ)*\s?(?:ค่ะ|คะ|ค่า|ครับผม|ครับ|คับ|ค้าบ|คร้าบ|จ้า|จ้ะ|นะคะ|นะครับ|ๆ)(?:\s|$)"
)


def _bare_right_first(found: Found) -> Confirm | Cancel | None:
    masked = found.extraction.masked
    cue = _BARE_RIGHT_FIRST_RE.match(masked)
    if cue is None:
        return None
    return _READ_A_YES(Found(found.extraction, " " + masked[cue.end() :], found.original))


def _only(intent: Confirm | Cancel) -> Callable[[Found], Confirm | Cancel | None]:
    around = _AROUND_YES if isinstance(intent, Confirm) else _AROUND_NO

    def read(found: Found) -> Confirm | Cancel | None:
        if asks(found.extraction.text, found.original):
            return None
        if isinstance(intent, Confirm):
            return _yes(intent, found)
        remainder = _not_awaited(found)
        if remainder is None:
            return None
        remainder = _reasons_dropped(remainder)
        if "ดังกล่าว" in remainder or "เนื่อง" in remainder:
            remainder = _CARD_AND_REASON_RE.sub(" ", remainder)
        # What was wrong, said of a kind only ("ไม่ใช่ค่ะ ผิดตัวชี้วัด", "ยกเลิกเถอะ ทศนิยมเพี้ยน"):
        # the reason. A correction names the right one ("ไม่ใช่ค่ะ ผิดกอง ต้องเป็นกองกลาง").
        if _WRONG_KIND_RE.search(remainder):
            remainder = _WRONG_KIND_RE.sub(" ", remainder)
        # Figures of another period or unit: "ไม่ใช่ค่ะ ตัวเลขนี้เป็นของไตรมาสก่อน".
        if _OTHER_ONES_RE.search(remainder):
            remainder = _OTHER_ONES_RE.sub(" ", remainder)
        # "ok ขอบคุณค่ะ" thanks, it cancels nothing: courtesy is something more.
        aside = content(remainder, around, keep_courtesy=True)
        return intent if not aside or _an_aside(aside, found) else None

    return read


# Figures said to be of another period than the card's: "เป็นของไตรมาสก่อน", "ของเดือนที่แล้ว"
# (a month: MONTH), "รอบที่แล้ว"; or of another unit: "อันนี้ของกองอื่น", "ของหน่วยอื่น".
_OTHER_ONES_RE = Guarded(
    re.compile(
        r"(?:เป็น\s?)?(?:ของ\s?)?(?:กอง|หน่วยงาน|หน่วย|ตัวชี้วัด|ตัว|ปี|เดือน)\s?อื่น"
        # "อีกรอบก่อน" is once more first, no round before.
        r"|(?:เป็น\s?)?(?:ของ\s?)?(?<!อีก)(?<!อีก )(?:ปี|ไตรมาส|เดือน|รอบ|งวด)\s?"
        r"(?:ก่อนหน้า|ก่อน|ที่แล้ว|ที่ผ่านมา|เก่า)"
        r"|(?:เป็น\s?)?ของ\s?(?:MONTH|คนละ\s?(?:ปี|ไตรมาส|เดือน|รอบ))"
        # Of a year named: "ยกเลิกครับ ตัวเลขเป็นของปี 67" (the card's figures are this year's).
        r"|(?:เป็น\s?)?(?:ตัวเลข\s?|ข้อมูล\s?|ผล\s?)?ของ\s?(?:ปี\s?)?YEAR"
    )
)


# A no said formally: the card called "รายการดังกล่าว" and the reason given after it
# ("ขอยกเลิกรายการดังกล่าวครับ เนื่องจากยังไม่ได้รับการอนุมัติ…") say nothing more.
_CARD_AND_REASON_RE = re.compile(r"รายการ\s?ดังกล่าว|(?<=\s)(?:เนื่องจาก|เนื่องด้วย)\s?\S.*$")


def _yes(intent: Confirm, found: Found) -> Confirm | None:
    """A yes with nothing more than the words a yes carries, what was checked, the card as
    the bot showed it, where its figures came from, and its figures or unit restated (kept
    on the yes: the draft is stored only if it holds them)."""
    if "จัด" in found.extraction.text and _HELD_ALREADY_RE.search(found.extraction.text):
        return None  # "จัดไปแล้ว": it was held (a meeting), no go-ahead
    # "ตรวจทานแล้ว", "ตามที่บอทสรุป": said of the card, nothing new.
    said = _OF_THE_CARD_RE.sub(" ", found.remainder)
    if "จาก" in said:
        said = _SOURCE_RE.sub(" ", said)
    aside = content(said, _AROUND_YES, keep_courtesy=True)
    if aside and _AGREES_RE.search(aside):
        aside = _agreement_left(aside)
    unit = ""
    if aside and _RIGHT_RE.search(found.extraction.text):
        # "ใช่ค่ะ กองคลัง ถูกแล้ว", "ใช่ค่ะ ของ กค. ถูกต้องแล้ว": the card's unit said back; a short
        # name's dot is no word around a yes ("กค."), so the name is read from the words as said.
        unit, rest = split_unit(_WHOSE_RE.sub(" ", aside))
        if not unit:
            unit, rest = split_unit(_WHOSE_RE.sub(" ", said))
        aside = content(rest, _AROUND_YES, keep_courtesy=True) if unit else aside
    if aside and (
        _AS_RESTATED_RE.search(found.extraction.text)
        or (found.remainder[:1].isspace() and _RIGHT_RE.search(found.extraction.text))
    ):
        # "ยืนยันครับ บันทึกขยะตามนั้น": the card's indicator or step named as restated; so with
        # a yes said first that calls it right ("ยืนยันข้อมูลค่ะ คะแนนความพร้อม DG 84.12 ถูกต้อง").
        # A report holding "ถูกต้อง" in its indicator's name ("ขยะมูลฝอยจัดการถูกต้อง 55%") opens
        # with no yes.
        aside = content(plan_names_dropped(aside), _AROUND_YES | _OF_A_RESULT, keep_courtesy=True)
    if aside:
        return None
    figures = tuple(n.value for n in found.extraction.numbers)
    return replace(intent, figures=figures, unit=unit) if figures or unit else intent


_AS_RESTATED_RE = re.compile(r"ตาม\s?(?:นั้น|นี้)")
_HELD_ALREADY_RE = re.compile(r"จัด\s?ไป\s?แล้ว")
_OF_A_RESULT = frozenset(words("ผล|ตัวชี้วัด|ของ|เรื่อง|ขั้นตอน|ขั้น|คะแนน|ความพร้อม|ร้อยละ|เปอร์เซ็นต์"))


# What a yes says of the card: that it was checked ("ตรวจทานแล้ว", "เช็คแล้ว"), or that it is
# as the bot showed it ("ตามที่บอทสรุป", "ตามที่ระบบแสดง"; "ที่บอทสรุปมาถูกหมด": it is right).
_OF_THE_CARD_RE = Guarded(
    re.compile(
        # Who checked it may be named: "ผอ.ตรวจแล้ว", "หัวหน้าเช็คให้แล้ว".
        r"(?:(?:ผอ\.?\s?(?:กอง|กลุ่ม|สำนัก|ศูนย์)?|ผู้อำนวยการ|หัวหน้า(?:กอง|กลุ่ม|ฝ่าย|งาน)?|นาย|พี่|ทีม"
        r"|เจ้าของเรื่อง)\s?)?"
        r"(?:ตรวจทาน|ตรวจสอบ|ตรวจ|เช็ค|เช็ก|ทวน|ดู"
        r"|อนุมัติ|เซ็น|ลงนาม|เคาะ|เห็นชอบ)"  # approved: "ถูกต้องค่ะ ผอ.อนุมัติแล้ว"
        # Against what: "ถูกแล้วค่ะ ตรวจกับไฟล์แล้ว", "เช็คกับหนังสือแล้ว".
        r"\s?(?:กับ\s?\S+?\s?)?(?:ให้)?\s?(?:แล้ว|เรียบร้อย)"
        r"|(?:ตาม\s?(?:ที่)?|ที่)\s?(?:น้อง\s?บอท|บอท|ระบบ|การ์ด)\s?(?:สรุป|แจ้ง|แสดง|ขึ้น|บอก|ทวน)\s?(?:มา|ไว้|ให้)?"
    )
)
# The card said to be right: a unit named beside it restates the card's unit, maybe as whose
# entry it is ("ของ กค.", "ของทางกองคลัง").
_RIGHT_RE = re.compile(r"ถูก|ตรง")
# Where its figures came from: "ตัวเลขนี้ได้จาก ศอ.ปส.จ. โดยตรง", "ข้อมูลได้มาจากท้องถิ่นจังหวัด"
# (one chunk after จาก: the source, whatever it is called).
_SOURCE_RE = re.compile(
    # An abbreviation after it names the source too: "ตัวเลขมาจากหนังสือ ทสจ.".
    r"(?:ได้\s?(?:มา)?|มา)\s?จาก\s?\S+(?:\s\S+\.)?(?:\s?โดยตรง)?|(?<!\S)โดยตรง"
)
# Whose the card is, said back: "ของ กค.", "ผมอยู่ศทส.จริง" (the sender's own unit, a
# registration's card).
_WHOSE_RE = Guarded(
    re.compile(r"(?:^|(?<=\s))(?:ของ\s?(?:ทาง)?|(?:(?:ผม|หนู|ดิฉัน|กระผม|เรา)\s?)?(?:อยู่|สังกัด))\s?")
)
# "…ศทส.จริง": the truth of it affirmed, glued after the name.
_REALLY_GLUED_RE = re.compile(r"(?<=\S)จริง(?:\s?ๆ)?(?=\s|$)")
# A yes that says the figures agree with what a unit sent ("ยืนยันจ้า ตัวเลขตรงกับที่กองคลัง
# ส่งมา"): the unit is the one whose figures the card restates, no news of its own.
_AGREES_RE = re.compile(r"ตรง\s?(?:กัน|กับ)\s?(?:ที่)?")
_AGREEING = _AROUND_YES | frozenset(
    words(
        "ตรง|ตรงกัน|ตรงกับ|กับ|กัน|ส่งมา|แจ้งมา|ให้มา|มา|ไฟล์|เอกสาร|ระบบ|ใน|ในระบบ|ในไฟล์"
        # The letter or source it came from, and who sent it said generically ("ตรงกับหนังสือ",
        # "ตรงกับที่เขตส่งมา", "ตรงกับเอกสารต้นฉบับ").
        "|หนังสือ|ต้นฉบับ|ฉบับ|รายงาน|เขต|อำเภอ|จังหวัด|หน่วยงาน|หน่วย|กอง|ทาง|เจ้าของ|เรื่อง|ต้นเรื่อง"
        "|จาก|ที่ได้รับ|ได้รับ"  # "ตรงกับหนังสือจากอำเภอ"
        "|ท้องถิ่น|สำนักงาน|สนง.|ต้นสังกัด|กรม"  # "ตรงกับหนังสือท้องถิ่นจังหวัด"
    )
)


def _agreement_left(aside: str) -> str:
    """What an aside saying the figures agree holds besides the agreement and its unit."""
    return content(split_unit(_AGREES_RE.sub(" ", aside))[1], _AGREEING, keep_courtesy=True)


# A typed yes because the button would not work ("กดปุ่มไม่ได้ พิมพ์แทนนะคะ ยืนยัน"): its
# "ไม่" is about the button, not the draft.
_BUTTON_BROKEN = (
    "กดปุ่มไม่ได้|ปุ่มกดไม่ได้|กดไม่ได้|กดไม่ติด|กดไม่ไป|ปุ่มไม่ทำงาน|ปุ่มเสีย|ปุ่มไม่ขึ้น|ไม่มีปุ่ม|ไม่เห็นปุ่ม|ปุ่มหาย"
    # The button named: "กดปุ่มยืนยันไม่ขึ้น", "ปุ่มยืนยันกดไม่ได้".
    "|ปุ่มยืนยันไม่ขึ้น|ยืนยันไม่ขึ้น|ปุ่มยืนยันกดไม่ได้|ปุ่มยืนยันไม่ทำงาน|ปุ่มยืนยันหาย"
)


# A no stays a no with a short aside that names nothing ("ยกเลิกค่ะ เดี๋ยวเช็คอีกที",
# "ไม่ใช่อันนี้ครับ ยกเลิก"): it stores nothing, so it need not be as strict as a yes. An aside
# naming a step, a unit, a figure or another act ("ยกเลิกการเตือน", "ยกเลิกที่ส่งล่าสุด") is
# that act's message.
_ASIDE_WORDS = 6
_OTHER_ACTS_RE = re.compile(
    phrase_regex(
        "เตือน|ล่าสุด|ที่ส่ง|ส่งไป|เมื่อกี้|เมื่อกี๊|ที่บันทึก|ส่งผิด|สรุป|ลงทะเบียน|กลุ่ม"
        # What was just recorded ("ขอยกเลิกที่เพิ่งบันทึกไปค่ะ ผิดกอง"): an undo, not a no.
        "|เพิ่งบันทึก|เพิ่งส่ง|เพิ่งกรอก|เพิ่งใส่|เพิ่งลง|เพิ่งพิมพ์|เพิ่งแจ้ง|บันทึกไป|บันทึกผิด"
        "|เมื่อครู่|เมื่อสักครู่|สักครู่"
    )
    # An entry ("ยกเลิกรายการล่าสุด"), but not this one: "ยกเลิกรายการนี้ค่ะ", "ขอยกเลิกรายการ
    # ดังกล่าว" is the card.
    + r"|รายการ(?!\s?(?:นี้|นั้น|ดังกล่าว))"
)


# Asking someone first: a verb of checking, then a person or a kind of unit said generically
# ("เดี๋ยวถามกองก่อน", "ขอเช็คกับหัวหน้าก่อน", "รอถามพี่ในกองก่อน"); a unit's own name after the
# kind ("ถามกองคลังก่อน") is no generic word and stays.
_ASK_FIRST_RE = Guarded(
    re.compile(
        r"(?:ขอ|ไป|รอ|จะ)?(?:ถาม|เช็ค|เช็ก|คุย|ปรึกษา|ตรวจสอบ)"
        # What is checked may come first: "ขอเช็คตัวเลขกับ ผอ. อีกที", "ถามข้อมูลกับหัวหน้าก่อน".
        r"(?:\s?(?:ตัวเลข|เลข|ข้อมูล|ยอด|ผล|ค่า)(?=\s?(?:กับ|ทาง)))?"
        r"\s?(?:กับ|ทาง)?\s?"
        r"(?:(?:พี่|น้อง|คน|เจ้าหน้าที่)\s?(?:ใน|ที่)?\s?)?"
        r"(?:กลุ่มงาน|หน่วยงาน|หน่วย|กอง|ฝ่าย|สำนัก|ศูนย์|กลุ่ม|ทีม|หัวหน้า(?:กลุ่มงาน|กลุ่ม|กอง|ฝ่าย|งาน)?"
        r"|ผอ\.?|ผู้อำนวยการ|นาย|เจ้านาย"
        r"|พี่|น้อง|เพื่อน|คน"
        # The office the figures come from: "ขอเช็คตัวเลขกับอำเภออีกที", "…กับจังหวัดก่อน".
        r"|อำเภอ|จังหวัด|เทศบาล|ต้นทาง"
        # Whoever the matter belongs to: "ขอเช็คกับเจ้าของเรื่องก่อน", "ถามผู้รับผิดชอบก่อน".
        r"|เจ้าของเรื่อง|เจ้าของงาน|ต้นเรื่อง|ผู้รับผิดชอบ|คนรับผิดชอบ"
        # Whoever owns the figures: "ขอตรวจสอบกับเจ้าของตัวชี้วัดอีกครั้ง".
        r"|เจ้าของตัวชี้วัด|เจ้าของข้อมูล|เจ้าของผล)?"
        r"(?:\s?(?:เขา|เค้า|ท่าน))?"  # "เดี๋ยวถามพี่เขาก่อน"
        r"(?=\s|ก่อน|อีกที|อีกครั้ง|ด้วย|ดู|นะ|ครับ|ค่ะ|คะ|จ้า|$)"
    )
)


_NOT_YET_RE = re.compile(r"อย่า\s?(?:เพิ่ง|พึ่ง)?\s?(?:บันทึก|ลงระบบ|เซฟ)")


# The card itself, called the command just given ("ยกเลิกคำสั่งเมื่อกี้ครับ ยังไม่ต้องทำ"), or
# what was just typed said to be wrong in a clause of its own ("ยกเลิกค่ะ เมื่อกี้ไม่ใช่กองกลาง"):
# no entry recorded earlier, which "ยกเลิก…เมื่อกี้" would withdraw.
_JUST_NOW = r"เมื่อ\s?(?:กี้|กี๊|ครู่|สักครู่)"
_THIS_CARD_RE = re.compile(
    rf"คำสั่ง\s?(?:{_JUST_NOW}|นี้|นั้น)?(?!\s?(?:ที่|ส่ง|บันทึก))"
    rf"|(?:(?<=\s)|^){_JUST_NOW}(?=\s?(?:ที่พิมพ์|พิมพ์|ตัวเลข|ข้อมูล|ค่า|ผล|กอง|หน่วย)?\s?(?:ไม่ใช่|ผิด))"
    # What was just typed said to be unmeant: "ยกเลิกค่ะ เมื่อกี้ไม่ได้ตั้งใจจะให้บันทึก".
    rf"|(?:(?<=\s)|^){_JUST_NOW}(?=\s?(?:ผม|หนู|ดิฉัน|เรา)?\s?ไม่\s?ได้\s?ตั้งใจ)"
)


def _an_aside(words: str, found: Found) -> bool:
    extraction = found.extraction
    text = extraction.text
    if "คำสั่ง" in text or "เมื่อ" in text:
        words, text = _THIS_CARD_RE.sub(" ", words), _THIS_CARD_RE.sub(" ", text)
    if _ASK_FIRST_RE.search(words):
        words = _ASK_FIRST_RE.sub(" ", words)
        text = _ASK_FIRST_RE.sub(" ", text)
    words = _reasons_dropped(words)
    # "อย่าเพิ่งบันทึก" (not yet) holds the letters of "เพิ่งบันทึก" (the latest entry).
    if _OTHER_ACTS_RE.search(_NOT_YET_RE.sub(" ", text)):
        return False
    dropped = _DROP_RE.search(text) or (
        # The wrong indicator, and the right one named with no figure ("ไม่ใช่ครับ ผิดตัว ต้อง
        # เป็น master data"): the card cannot be mended, it is dropped.
        "ตัว" in text and _WRONG_INDICATOR_RE.search(text) and extraction.masked == text
    )
    if (_WRONG_RE.search(text) or _NOT_FINAL_RE.search(text)) and dropped:
        # Dropping the card and saying what was wrong, which may name the unit, the indicator
        # or the right figure ("ยกเลิกค่ะ กองผิด", "ไม่ถูก ยกเลิกนะ ต้องเป็น 412 ไม่ใช่ 421"):
        # still a no to the card, kept short. Without a word that drops it, what is wrong is
        # a correction ("ไม่ใช่กองคลังค่ะ กองกลาง", "ขอแก้ เข้าประชุมได้ 90% ไม่ใช่ 80%").
        return len(tokens(words)) <= _REASON_WORDS
    if (
        extraction.masked != extraction.text
        and not _deferred(extraction)
        and not _only_a_faulted_figure(extraction)
    ):
        return False
    words = _APPROVER_RE.sub(" ", words)  # "ผอ.ยังไม่เซ็น": the director is no unit
    if names_the_plan(words) or split_unit(words)[0]:
        return False
    if "ใหม่" in words:  # "ไม่เอาค่ะ ยกเลิก เดี๋ยวส่งใหม่ทาง drive ให้ถูก": sent again later
        words = _SENT_AGAIN_BY_RE.sub(" ", words)
    if _LETTER_RE.search(_ASIDE_RE.sub(" ", words)):
        return False  # chat about something else ("ไม่เอาค่ะ อิ่มแล้ว"): the draft stays open
    return len(tokens(words)) <= _ASIDE_WORDS


def _only_a_faulted_figure(extraction: Extraction) -> bool:
    """Whether the only thing the message names is the card's figure, restated as what is
    wrong with it ("ยกเลิกนะคะ ยอด 54.2 ยังไม่ตรงกับไฟล์")."""
    if len(extraction.numbers) != 1:
        return False
    rest = _FIGURE_FAULTED_RE.sub(" ", extraction.masked)
    return not any(p in rest for p in PLACEHOLDERS)


# The card's message to be sent again later by a channel named, as the no's reason: "ส่งใหม่ทาง
# drive", "อัปใหม่ใน google drive" (the channel is where the new one goes, not the card's).
_SENT_AGAIN_BY_RE = re.compile(
    r"(?:(?:ส่ง|อัป|อัพ|กรอก)\s?)?ใหม่\s?(?:ทาง|ผ่าน|ใน|ขึ้น|เข้า)\s?(?:google\s?)?"
    r"(?:drive|ไดรฟ์|ไดร์ฟ|ไดร์|อีเมล|อีเมล์|email|e-mail|mail|เมล|เมล์|form|ฟอร์ม)"
)
# The work left to someone else or to later, as the no's reason: "เดี๋ยวให้น้องในกองส่งเอง",
# "เดี๋ยวอัปเข้า drive แล้วค่อยแจ้งใหม่", "เดี๋ยวส่งเข้าอีเมลแล้วค่อยแจ้งอีกที" (who is said
# generically; a unit's own name stays, as does anything not a report's work: "ไม่ต้องค่ะ
# เดี๋ยวพี่ทำเอง" answers a colleague).
_DONE_LATER_RE = re.compile(
    r"(?:เดี๋ยว|ไว้|ค่อย)\s?(?:จะ\s?)?(?:ให้\s?)?"
    r"(?:(?:น้อง|พี่|คน|เจ้าหน้าที่|เจ้าของเรื่อง|ทีม|เขา|เค้า|ผม|หนู|เรา)(?:\s?ๆ)?\s?"
    r"(?:(?:ใน|ที่|ของ)\s?(?:กอง|ทีม|หน่วย|ฝ่าย|กลุ่มงาน|กลุ่ม|งาน)\s?)?)?"
    r"(?:ส่ง|กรอก|บันทึก|แจ้ง|อัปโหลด|อัพโหลด|อัป|อัพ|ลง)(?:\s?ใหม่)?"
    r"(?:\s?(?:เข้า|ทาง|ผ่าน|ใน|ขึ้น)\s?(?:google\s?)?"
    r"(?:drive|ไดรฟ์|ไดร์ฟ|ไดร์|อีเมล|อีเมล์|email|e-mail|mail|เมล|เมล์|ระบบ))?"
    r"(?:\s?(?:เอง|ให้|แทน|ใหม่))*"
    r"(?:\s?(?:แล้ว\s?)?(?:ค่อย|จะ)\s?(?:แจ้ง|บอก|ส่ง|พิมพ์)(?:\s?(?:ใหม่|อีกที|อีกครั้ง|ทีหลัง))?)?"
)
# The entry still a draft, as the no's reason: "จริงๆ ยังเป็น draft อยู่", "ยังเป็นฉบับร่างอยู่".
_STILL_A_DRAFT_RE = re.compile(
    r"(?:จริง\s?ๆ\s?)?(?:มัน\s?)?ยัง\s?(?:เป็น\s?)?(?:แค่\s?)?"
    r"(?:draft|ดราฟท์|ดราฟต์|ดราฟ|ฉบับร่าง|ร่าง)(?:\s?อยู่)?"
)
# Not matching its source: "ยังไม่ตรงกับไฟล์", "ไม่ตรงกับหนังสือ".
_NOT_AS_ITS_SOURCE_RE = re.compile(
    r"(?:ยัง\s?)?ไม่\s?ตรง\s?(?:กับ|กัน)\s?(?:ไฟล์|เอกสาร|ต้นฉบับ|หนังสือ|รายงาน|ระบบ)(?!\S)"
)
# The card's part denied with "that one": "ไม่ใช่ขั้นตอนนั้น", "ไม่ใช่ตัวชี้วัดนี้".
_THAT_ONE_DENIED_RE = Guarded(
    re.compile(r"(?:ไม่\s?ใช่\s?)?(?:ขั้นตอน|ขั้น|ตัวชี้วัด|หน่วยงาน|เรื่อง)\s?(?:นั้น|นี้|นี่|นั่น)(?!\S)")
)


# The card's data not complete yet, as the no's reason: "ข้อมูลยังไม่ครบ", "เอกสารแนบยังไม่ครบ",
# "ไฟล์ยังไม่สมบูรณ์", "ยังขาดเอกสาร" (a clause of its own: "ยังไม่ครบองค์" is a meeting's quorum).
_NOT_COMPLETE_RE = re.compile(
    r"(?:(?:ข้อมูล|ตัวเลข|เอกสาร|ไฟล์|หลักฐาน|รายละเอียด)(?:\s?แนบ)?\s?)?(?:ยัง\s?)?"
    r"(?:ไม่\s?(?:ครบ(?:\s?ถ้วน)?|สมบูรณ์)"
    r"|ขาด\s?(?:ข้อมูล|เอกสาร|ไฟล์|หลักฐาน|รายละเอียด)(?:\s?แนบ)?)"
    r"(?:\s?(?:อยู่|เลย))?(?=\s|$)"
)


def _reasons_dropped(said: str) -> str:
    """The words of a no without the reasons that name nothing to mend (see above)."""
    if "เดี๋ยว" in said or "ไว้" in said or "ค่อย" in said:
        said = _DONE_LATER_RE.sub(" ", said)
    if "ครบ" in said or "สมบูรณ์" in said or "ขาด" in said:
        said = _NOT_COMPLETE_RE.sub(" ", said)
    if "ยัง" in said:
        said = _STILL_A_DRAFT_RE.sub(" ", said)
    if "ตรง" in said:
        said = _NOT_AS_ITS_SOURCE_RE.sub(" ", said)
    if "นั้น" in said or "นี้" in said or "นี่" in said or "นั่น" in said:
        said = _THAT_ONE_DENIED_RE.sub(" ", said)
    return said


# Who has not approved it yet: "ยกเลิกอันนี้ก่อนนะ ผอ.ยังไม่เซ็น".
_APPROVER_RE = re.compile(r"ผอ\.?|ผู้อำนวยการ|หัวหน้า(?:กอง|กลุ่ม|ฝ่าย|งาน)?|นาย")
# Saying what was wrong: the unit, the indicator, the figure ("ต้องเป็น 412 ไม่ใช่ 421").
# Figures of another year are wrong too: "ยกเลิกก่อนครับ ข้อมูลเป็นของปีที่แล้ว".
_WRONG_RE = re.compile(
    phrase_search_regex(
        "ผิด|ไม่ถูก|ไม่ใช่|ต้องเป็น|แก้เป็น|wrong|เป็นของปีที่แล้ว|เป็นของปีก่อน|เป็นของปีเก่า|ของปีที่ผ่านมา|คนละปี"
    )
)
_REASON_WORDS = 10
# The wrong indicator: "ผิดตัว", "ใส่ผิดตัวชี้วัด", "ผิดตัวชี้วัด" (not "ผิดตัวเลข", the figure).
_WRONG_INDICATOR_RE = re.compile(r"ผิด\s?ตัว(?!เลข)")
# What is not final yet, as the reason for dropping the card: "ไม่ต้องบันทึกนะคะ ตัวเลขท่องเที่ยว
# ยังไม่ final", "ยกเลิกก่อน ผลขยะยังไม่นิ่ง" (it may name the indicator).
_NOT_FINAL_RE = re.compile(
    phrase_search_regex(
        "ยังไม่ final|ยังไม่ไฟนอล|ยังไม่นิ่ง|ยังไม่แน่นอน|ยังไม่ชัวร์|ยังไม่ยืนยัน|ยังไม่ทางการ"
        "|ยังไม่เป็นทางการ|ยังไม่ออก|ยังไม่สรุป|not final"
    )
)
_DROP_RE = re.compile(
    phrase_search_regex(
        "ยกเลิก|cancel|no|nope|ไม่เอา|ไม่บันทึก|ไม่ต้องบันทึก"
        # Typing it again: "ไม่ใช่ค่ะ กองผิด เดี๋ยวพิมพ์ใหม่".
        "|พิมพ์ใหม่|พิมใหม่|ส่งใหม่|แก้ใหม่"
    )
)
# What the no waits for, who has not approved it, what is not final or not received yet
# ("รอท่านเลขาฯ อนุมัติก่อน", "ทสจ.ยังไม่ยืนยันตัวเลข", "ข้อมูลยังไม่เป็นทางการ", "ยังไม่ได้รับ
# หนังสือยืนยัน"): the whole chunk it stands in is the reason, whatever it names.
_AWAITED_RE = Guarded(
    re.compile(
        r"\S*?(?:ยังไม่\s?(?:ได้)?\s?(?:รับ|ผ่าน|อนุมัติ|ยืนยัน|เซ็น|ลงนาม|เห็นชอบ|ตรวจ|ส่ง|เป็นทางการ"
        # (A wait said as the sender's own, glued after "เดี๋ยว" or "ขอ": "ยกเลิกค่ะ เดี๋ยวรอตัวเลข
        # ยืนยันจากอำเภอก่อน".)
        r"|ทางการ)\S*|(?:(?<!\S)|(?<=เดี๋ยว)|(?<=ขอ))รอ(?![บงย]).*)"
    )
)
_NO_RE = re.compile(phrase_search_regex(_NO))
# The message opening with "not confirmed yet", no one named before it: the sender's own.
_OWN_NOT_YET_RE = re.compile(r"\s*ยัง\s?ไม่\s?(?:ได้\s?)?(?:ขอ\s?)?ยืนยัน")


# "Don't record it", said first (after at most a wait or another no): whatever reason follows
# ("ไม่ต้องบันทึกค่ะ ตัวเลขยังรอ ป.ป.ส. ยืนยัน", "ไม่เอาค่ะ ไม่ต้องบันทึก ผิดกอง") drops the card,
# unless it brings a figure or another act (a correction, an undo, a reminder).
_DONT_RECORD = (
    "ไม่ต้องบันทึก|ยังไม่ต้องบันทึก|อย่าเพิ่งบันทึก|ไม่บันทึก"
    # Not to be entered yet: "อย่าเพิ่งลงนะคะ ผอ. ยังไม่ได้เซ็น" (never a name put down,
    # a registration or a signature: see ``_PUT_DOWN_RE``).
    "|อย่าเพิ่งลง|อย่าพึ่งลง|ยังไม่ต้องลง"
)
# "ลง" of something else: a registration, a name, a signature, going down.
_PUT_DOWN_RE = re.compile(r"\s?(?:ทะเบียน|ชื่อ|นาม|มือ|ลายมือ|ไป|มา|กลุ่ม|ไลน์|line)")
_DONT_RECORD_RE = re.compile(phrase_search_regex(_DONT_RECORD))
# "งั้นไม่ต้องบันทึกก่อนนะ", "อ่า ไม่ต้องบันทึก": a no drawn from what was just said.
_BEFORE_DONT_RECORD = _AROUND_NO | frozenset(
    words(
        "เดี๋ยวก่อน|เดี๋ยว|ไม่เอา|เอา|ยกเลิก|ขอ|อ๊ะ|เอ๊ะ|อุ๊ย|งั้น|ถ้างั้น|งั้นก็|อ่า|อืม|เอ่อ|โอเค"
        "|stop|หยุด|หยุดก่อน|พอก่อน|hold|on"  # halted first: "stop ก่อนค่ะ ไม่ต้องบันทึก"
        # Asked to wait a moment first: "รอแป๊บนะคะ อย่าเพิ่งบันทึก".
        "|รอ|รอก่อน|แป๊บ|แปป|แปบ|แป๊บนึง|รอแป๊บ|รอแปป|รอแปบ|ช้าก่อน|wait"
        # Let it be for now: "ช่างมันก่อนครับ ยังไม่ต้องบันทึก".
        "|ช่างมัน|ช่าง|มัน|ปล่อยไว้|ปล่อย|ไว้|ก่อน"
        # Held off for now: "ขอระงับไว้ก่อนครับ ยังไม่ต้องบันทึก", "ชะลอไว้ก่อนค่ะ ไม่ต้องบันทึก".
        "|ระงับ|พัก|พักไว้|ชะลอ|แขวน|แขวนไว้|ดอง|holdไว้"
    )
)


def _reasoned_no(found: Found) -> Cancel | None:
    text = found.extraction.text
    cue = _DONT_RECORD_RE.search(text)
    if cue is None or asks(text, found.original) or _OTHER_ACTS_RE.search(text[cue.end() :]):
        return None
    if cue[0].endswith("ลง") and _PUT_DOWN_RE.match(text, cue.end()):
        return None  # "อย่าเพิ่งลงทะเบียน": no entry of the card
    if content(text[: cue.start()], _BEFORE_DONT_RECORD, keep_courtesy=True):
        return None
    if found.extraction.numbers:
        return None
    return Cancel()


# A setup halted, said first: "อย่าเพิ่งลงทะเบียนนะคะ", "ยังไม่ต้องผูกกลุ่มนะครับ", "เดี๋ยวก่อน
# ค่ะ อย่าเพิ่งลงทะเบียน ขอเช็คกองก่อน": a no to the registration, the binding or the unit
# added, whatever reason follows (a registration is never asked by it). "ไม่ต้องลงทะเบียนใหม่"
# (no need) is advice, no halt; a form or a paper signed is no setup.
_SETUP_HALTED_RE = re.compile(
    r"(?:อย่า\s?(?:เพิ่ง|พึ่ง)|ยัง\s?ไม่\s?ต้อง)\s?"
    r"(?:ลงทะเบียน|ลง\s?ชื่อ|สมัคร|ผูก|เชื่อม\s?กลุ่ม|เพิ่ม\s?หน่วย|register|bind)"
)
_SETUP_HALT = "อย่าเพิ่ง|อย่าพึ่ง|ยังไม่ต้อง"
_SETUP_ACTS = "ลงทะเบียน|ลงชื่อ|สมัคร|ผูก|เชื่อมกลุ่ม|เพิ่มหน่วย|register|bind"


def _setup_halted(found: Found) -> Cancel | None:
    text = found.extraction.text
    cue = _SETUP_HALTED_RE.search(text)
    if cue is None or asks(text, found.original) or found.extraction.numbers:
        return None
    if content(text[: cue.start()], _BEFORE_DONT_RECORD, keep_courtesy=True):
        return None
    return Cancel()


_HALT_RE = re.compile(phrase_search_regex(_HALT))


# A bare "ไม่" said first as a clause of its own, then what is wrong ("ไม่ค่ะ วันที่ผิด", "ไม่ครับ
# ผิดกอง"): a no to the card, read as a no with its reason. "ไม่ต้อง…", "ไม่ได้…" are no clause.
_BARE_NO_FIRST_RE = re.compile(
    r"\s*ไม่(?:\s?ๆ)*\s?"
    r"(?:ค่ะ|คะ|ค่า|ครับผม|ครับ|คับ|ค้าบ|คร้าบ|จ้า|จ้ะ|น้า|นะคะ|นะครับ|นะ|อ่ะ|อะ|อ่า)?(?:\s|$)"
)
_READ_A_NO = _only(Cancel())
# Checking first, the reason of a bare no: "ไม่ครับ เดี๋ยวเช็คก่อน", "ไม่ค่ะ ขอตรวจอีกรอบ".
_CHECK_FIRST = "เช็ค|เช็ก|ตรวจ|ทวน|check"
_READ_A_YES = _only(Confirm())


def _bare_no_first(found: Found) -> Confirm | Cancel | None:
    """The no's reason read as the words after "ไม่ค่ะ" (the words the rule's cues left out)."""
    masked = found.extraction.masked
    cue = _BARE_NO_FIRST_RE.match(masked)
    if cue is None:
        return None
    return _READ_A_NO(Found(found.extraction, masked[cue.end() :], found.original))


def _halted(found: Found) -> Cancel | None:
    """A halt said first, with nothing after it but the words a no carries or a short aside
    ("รอแป๊บครับ ขอเช็คอีกที"); said after other words it is about them ("วันนี้หยุดนะ": a
    holiday), and its wait is the sender's own, never news of someone awaited."""
    text = found.extraction.text
    cue = _HALT_RE.search(text)
    if cue is None:
        return None
    # "เดี๋ยวๆ ยังไม่ยืนยันนะคะ ขอถามหัวหน้าก่อน": someone asked first, the bot asked nothing.
    said = _ASKED_SOMEONE_FIRST_RE.sub(" ", text) if "ถาม" in text or "ปรึกษา" in text else text
    if asks(said, found.original):
        return None
    if content(text[: cue.start()], _BEFORE_HALT):
        return None
    if cue[0].startswith("แป๊บ") and not _NOT_RECORDED_RE.search(text):
        # "แป๊บนะคะ ขอเช็คตัวเลขกับหัวหน้าก่อน": a moment asked, the card left as it is (waited
        # for, "รอแป๊บ", or the recording stopped, "แป๊บนะ อย่าเพิ่งบันทึก", halts it).
        return None
    if cue[0].startswith("อย่า") and not _A_CLAUSE_OF_ITS_OWN_RE.match(text, cue.end()):
        return None  # "อย่าเพิ่งกลับนะ": not yet, of something else
    remainder = found.remainder
    if said != text:  # what will be asked of someone first is theirs, not the card's
        remainder = _HALT_RE.sub(" ", said, count=1)
    # What was wrong, said of a kind only ("หยุดครับ ผิดกอง", "เดี๋ยวๆ วันที่ผิด"): the reason.
    aside = content(_WRONG_KIND_RE.sub(" ", remainder), _AROUND_NO, keep_courtesy=True)
    return Cancel() if not aside or _an_aside(aside, found) else None


# The card's recording stopped or taken back, said beside a moment asked, or what it holds said
# wrong or to be fixed ("แป๊บนึงค่ะ ตัวเลขผิด", "แป๊บนะคะ ขอแก้ตัวเลขก่อน").
_NOT_RECORDED_RE = re.compile(
    r"อย่า\s?(?:เพิ่ง|พึ่ง)|(?:ยัง\s?)?ไม่\s?ต้อง|ยกเลิก|หยุด|cancel|stop|ผิด|แก้", re.IGNORECASE
)


# Someone asked first, by whom the card is held ("ขอถามหัวหน้าก่อน", "รอปรึกษาผอ.อีกที"): no
# question to the bot.
_ASKED_SOMEONE_FIRST_RE = re.compile(
    r"(?:ขอ|ไป|รอ|จะ|เดี๋ยว)?\s?(?:ถาม|ปรึกษา)\s?(?:กับ|ทาง)?\s?"
    r"(?:หัวหน้า\S*?|ผอ\.?|ผู้อำนวยการ|นาย|เจ้านาย|พี่\S*?|เจ้าของ\S*?|ผู้รับผิดชอบ|ทีม\S*?|กอง\S*?)"
    r"\s?(?:เขา|เค้า|ท่าน)?\s?(?:ก่อน|อีกที|อีกครั้ง)"
    # What will be asked of them: "…ขอถามหัวหน้าก่อนว่าหนูสังกัดกองไหนแน่".
    r"(?:\s?ว่า\s?\S.*$)?"
)
_A_CLAUSE_OF_ITS_OWN_RE = re.compile(
    r"(?:\s?(?:ค่ะ|คะ|ค่า|ครับผม|ครับ|คับ|ค้าบ|จ้า|จ้ะ|นะ|น้า|ก่อน))*(?:\s|$)"
)
_BEFORE_HALT = _BEFORE_DONT_RECORD | frozenset(words("ขอโทษ|โทษที|sorry|ขออภัย"))
_KINDS = (
    "กอง|หน่วยงาน|หน่วย|ตัวชี้วัด|ตัว|ข้อ|วันที่|วัน|ขั้นตอน|ขั้น|ช่อง|ปี|ช่องทาง"
    # The figure and its parts: "ยกเลิกเถอะครับ ทศนิยมเพี้ยน", "ไม่ถูกครับ ตัวเลขเพี้ยน".
    "|ตัวเลข|เลข|ทศนิยม|จุดทศนิยม|ค่า|ข้อมูล|ผล|เดือน|ไตรมาส|รอบ|งวด|ตำแหน่ง|หลัก"
    "|วันที่ส่ง|วันส่ง"  # "ไม่ถูกต้องครับ วันที่ส่งผิด"
    "|คน|หมด|ทั้งหมด"  # the wrong person, all of it: "ไม่ใช่ครับ ผิดคน", "ไม่ค่ะ ผิดหมด"
)
# Wrong, or off: "ทศนิยมเพี้ยน", "ตัวเลขคลาดเคลื่อน".
_WRONG_WORDS = "ผิด|เพี้ยน|คลาดเคลื่อน|ไม่ถูกต้อง|ไม่ถูก|ไม่ตรง|สลับกัน|กลับกัน"
# Put in wrong: "ไม่ครับ ใส่ผิดกอง", "ยกเลิกค่ะ กรอกผิดช่อง".
_ENTERED = r"(?:(?:ใส่|กรอก|พิมพ์|เลือก|ระบุ|ลง)\s?)?"
_WRONG_KIND_RE = skipping(
    re.compile(
        rf"{_ENTERED}(?:{_WRONG_WORDS})\s?(?:{_KINDS})(?!\S)"
        # Said after the kind, maybe with where it is wrong: "ทศนิยมผิดตำแหน่ง".
        rf"|(?<!\S){_ENTERED}(?:{_KINDS})\s?(?:{_WRONG_WORDS})(?:\s?(?:{_KINDS})(?!\S))?"
    )
)


def _not_awaited(found: Found) -> str | None:
    """The words of a no besides its cue and what it waits for; None when its only no is
    what someone has not done yet ("กองคลังยังไม่ยืนยันตัวเลข" is news, no no)."""
    masked = found.extraction.masked
    if _OWN_NOT_YET_RE.match(masked):  # "ยังไม่ยืนยันนะคะ ขอเช็คอีกรอบ": the sender's own no
        return found.remainder
    rest = _AWAITED_RE.sub(" ", masked)
    if rest == masked:
        return found.remainder
    return _NO_RE.sub(" ", rest) if _NO_RE.search(rest) else None


# Doing it on another day: "ยกเลิกครับ ไว้ส่งพรุ่งนี้" names a day and nothing else.
_LATER_RE = skipping(re.compile(phrase_search_regex("ไว้|ค่อย|เดี๋ยว|รอ|later")))


def _deferred(extraction: Extraction) -> bool:
    """Whether the only thing the message names is the day it will be done instead."""
    named = {p for p in PLACEHOLDERS if p in extraction.masked}
    return named == {DATE} and bool(_LATER_RE.search(extraction.text))


# What an aside to a no is about: checking again, the figures not settled, a slip in typing,
# doing it later ("ขอตรวจอีกรอบ", "ตัวเลขยังไม่นิ่ง", "ยกเลิกๆ พิมพ์ผิด"). Words of anything
# else (lunch, a meeting, who came) make the message chat, not a no to the card.
_ASIDE_RE = re.compile(
    phrase_search_regex(
        "เดี๋ยว|ขอ|ตรวจ|ตรวจสอบ|เช็ค|เช็ก|ดู|ทวน|อีกที|อีกรอบ|อีกครั้ง|รอบ|ก่อน|ตัวเลข|ข้อมูล|ค่า"
        "|ยัง|ไม่|นิ่ง|แน่ใจ|ชัวร์|ผิด|พิมพ์|กด|แก้|แก้ไข|ใหม่|อันนี้|อันนั้น|อัน|นี้|นั้น|เอ๊ะ|อ้าว"
        "|อุ๊ย|เอ่อ|ขอโทษ|โทษที|รอ|ค่อย|ไว้|ทีหลัง|ภายหลัง|แล้ว|ก็|เลย|ได้|จะ|ต้อง|ไป|มา|ส่ง|บันทึก"
        "|ผม|หนู|ดิฉัน|เรา|นะ|ครับ|ค่ะ|คะ|ค่า|จ้า|ๆ|อ๊ะ|โอ๊ะ|อุ๊ป|จริง|พลาด|ถูก|ครบ|เสร็จ|พร้อม|แน่"
        "|sorry|wait|check|again|later|mistake|typo|final|ready|sure"
        # Not approved yet, not the final copy: "ผอ.ยังไม่เซ็น", "ยังไม่ใช่ฉบับจริง".
        "|ละ|ล่ะ|อะ|ผอ|ผู้อำนวยการ|หัวหน้า|นาย|เซ็น|ลงนาม|อนุมัติ|เห็นชอบ|เคาะ|ไฟเขียว|ฉบับ|ตัวจริง"
        "|วันที่|วัน|เพิ่ง|พึ่ง|อย่า"  # "อย่าเพิ่งบันทึกครับ ยังไม่ได้เช็กวันที่"
        "|พรุ่งนี้|มะรืน|วันหลัง|สัปดาห์หน้า|อาทิตย์หน้า|ทำ"
        # The weekday it will be done: "ยกเลิกครับ ยังไม่ได้ส่งจริง เดี๋ยวส่งวันศุกร์".
        "|จันทร์|อังคาร|พุธ|พฤหัส|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์|วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัส"
        "|วันพฤหัสบดี|วันศุกร์|วันเสาร์|วันอาทิตย์|หน้า"
        # Not matching its source: "ยกเลิกนะคะ ยอด 54.2 ยังไม่ตรงกับไฟล์".
        "|ยอด"
        # Sent twice, figures swapped: "ยกเลิกครับ ส่งซ้ำ", "ไม่ใช่ครับ ตัวเลขสลับ".
        "|ซ้ำ|ซ้ำซ้อน|สลับ|กัน|duplicate|รายการ"  # "รายการนี้": the card (see _OTHER_ACTS_RE)
        # The figures of another year: "ยกเลิกก่อนครับ ตัวเลขเป็นของปีที่แล้ว".
        "|เป็น|ของ|ปี|ที่แล้ว|ปีที่แล้ว|ปีก่อน|ปีเก่า|ปีที่ผ่านมา|เก่า|คนละปี"
        # Typed without meaning to: "ยกเลิกค่ะ เมื่อกี้ไม่ได้ตั้งใจจะให้บันทึก".
        "|ตั้งใจ|เจตนา|ให้"
        # Not to confirm yet: "เดี๋ยวก่อนค่ะ ยังไม่ต้องยืนยัน ขอเช็คกับ ผอ. ก่อน".
        "|ยืนยัน|confirm"
    )
)
_LETTER_RE = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4ea-z]")


# Taking the latest entry back, and what names it ("ย้อนอันล่าสุด", "ถอนที่เพิ่งบันทึก",
# "ย้อนกลับรายการสุดท้าย"); looking back at the history ("ย้อนหลัง", "ย้อนดู") withdraws nothing.
# "ถอย" alone backs a car or a step away ("ถอยรถเมื่อกี้"): only with the entry it takes back
# ("ถอยรายการเมื่อกี้ครับ", "ถอยอันที่เพิ่งส่ง").
_TAKE_BACK = (
    "ย้อน|ย้อนกลับ|ดึงกลับ|ถอยกลับ|revert|rollback"
    "|ถอยรายการ|ถอยอันที่|ถอยอันเมื่อ|ถอยอันล่าสุด|ถอยที่ส่ง|ถอยที่บันทึก|ถอยที่เพิ่ง|ถอยตัวเลข"
)
# An entry said to be wrong names what "ย้อนกลับ" takes back ("ย้อนกลับให้หน่อย บันทึกผิดตัว").
_WRONG_ENTRY = "บันทึกผิด|กรอกผิด|ใส่ผิด|ลงผิด|พิมพ์ผิด|ส่งผิด|บันทึกไป|ที่บันทึกไว้"
_LATEST = (
    "เมื่อครู่|เมื่อสักครู่|สักครู่|ล่าสุด|ที่ส่ง|ส่งไป|รายการ|เมื่อกี้|เมื่อกี๊|ที่บันทึก|ส่งผิด|เพิ่งส่ง|เพิ่งบันทึก|เพิ่งกรอก|สุดท้าย"
    "|อันเมื่อกี้|last|เพิ่งใส่|ที่ใส่|เพิ่งพิมพ์|เพิ่งลง|เพิ่งเพิ่ม|เพิ่งแจ้ง"
    # The button pressed: "ยกเลิกอันที่เพิ่งกดส่งค่ะ".
    "|เพิ่งกดส่ง|เพิ่งกดบันทึก|เพิ่งกดยืนยัน|ที่กดส่ง|ที่กดบันทึก|ที่กดยืนยัน"
)
# The entry just made, named by what was done with it ("ยกเลิกที่เพิ่งส่งค่ะ", "…อันที่เพิ่งกด
# ส่ง…"): something stored, taken back (a no to the card is "ยกเลิกค่ะ เมื่อกี้พิมพ์ผิด"; a
# meeting just set is no entry: "ยกเลิกประชุมที่เพิ่งนัดไว้").
_JUST_MADE = (
    "ที่เพิ่งส่ง|ที่เพิ่งบันทึก|ที่เพิ่งกรอก|ที่เพิ่งใส่|ที่เพิ่งแจ้ง|ที่เพิ่งพิมพ์"
    "|ที่เพิ่งกดส่ง|ที่เพิ่งกดบันทึก|ที่เพิ่งกดยืนยัน|ที่กดส่ง|ที่กดบันทึก|ที่กดยืนยัน"
)
# A report just told, named by the telling: "ขอยกเลิกที่บอกว่าส่งแผนแล้วนะคะ จริงๆ ยังไม่ได้
# อัปโหลด" (never an announcement, "ขอยกเลิกที่แจ้งว่าจะประชุมพรุ่งนี้": see ``_told_report``).
_TOLD_REPORT = "ที่บอกว่า|ที่แจ้งว่า|ที่บอกไปว่า|ที่แจ้งไปว่า|ที่พิมพ์ว่า|ที่รายงานว่า"
_TOLD_DONE_RE = re.compile(
    r"(?:บอก|แจ้ง|พิมพ์|รายงาน)(?:\s?ไป)?\s?ว่า\s?(?!จะ|ต้อง|ให้)\S*?(?:ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก|เสร็จ|ผ่าน)"
)


# What the telling reported must be the plan's work: a meeting room set up, lunch, a car or a
# colleague's lateness told and taken back is no entry ("ยกเลิกที่บอกว่าห้องประชุมจัดเสร็จแล้ว").
_PLAN_WORK_TOLD_RE = re.compile(r"แผน|ขั้นตอน|STEP|ผล(?!ไม้)|รายชื่อ|ตัวชี้วัด|KPI|ฟอร์ม|form|pmqa")


def _told_report(found: Found) -> Undo | None:
    text = found.extraction.text
    told = _TOLD_DONE_RE.search(text)
    if told is None or asks(text, found.original):
        return None
    return Undo() if _PLAN_WORK_TOLD_RE.search(found.extraction.masked, told.start()) else None


# The verbs that take an entry back. "ลบ" must be a word of its own: inside another word
# ("ผลบันทึก", "ผลบ้าง", "ติดลบ", "หลบ", "ตลบ", "ค่าลบ") it takes nothing back, so "ขอรายการ KPI
# ที่ยังไม่มีผลบันทึก" asks who is missing.
_UNDO_VERBS = "ยกเลิก|ถอน|ลบ|เอาออก|เลิกทำ"
_UNDO_VERB_RE = skipping(
    re.compile(
        phrase_regex("ยกเลิก|ถอน|เอาออก|เลิกทำ") + r"|(?<![ผหตสฉ])(?<!ติด)(?<!ติด )(?<!ค่า)(?<!ค่า )ลบ"
    )
)


def _taken_back(found: Found) -> Undo | None:
    return Undo() if _UNDO_VERB_RE.search(found.extraction.masked) else None


# A take-back forbidden or said not needed ("อย่าถอยรายการเมื่อกี้นะ", "ไม่ต้องลบที่เพิ่งส่ง",
# "ห้ามย้อนรายการล่าสุด", "อย่าเพิ่งยกเลิก…"): the entry stays, no undo. The negation governs
# the verb right after it only: another take-back said plainly, with what it takes back after
# it, still undoes ("ไม่ต้องยกเลิกทั้งหมดนะ ยกเลิกแค่อันล่าสุดพอ", "อย่าย้อนไปดูเลย
# ลบอันล่าสุดทิ้งเลยค่ะ").
_FORBIDDING = r"(?:อย่า|ห้าม|ไม่\s?(?:จำเป็น\s?)?ต้อง)\s?(?:เพิ่ง\s?|พึ่ง\s?|ไป\s?)?$"
_FORBIDDEN_VERBS = r"ยกเลิก|ถอน|ลบ|เอา\S{0,12}ออก|เลิกทำ|ย้อน|ถอย|ดึงกลับ|revert|rollback|undo"
_FORBIDDEN_TAKE_BACK_RE = re.compile(_FORBIDDING[:-1] + f"(?:{_FORBIDDEN_VERBS})")
_FORBIDDING_RE = re.compile(_FORBIDDING)
# A take-back verb as a word ("ลบ" not inside "ผลบันทึก"; "ย้อน" not going back to look).
_TAKE_BACK_VERB_RE = re.compile(
    r"ยกเลิก|ถอน(?!หายใจ)|(?<![ผหตสฉ])(?<!ติด)(?<!ติด )(?<!ค่า)(?<!ค่า )ลบ|เอา\S{0,12}ออก|เลิกทำ"
    r"|ย้อน(?!\s?(?:กลับ\s?)?(?:ไป\s?)?ดู|หลัง)|ถอย|ดึงกลับ|revert|rollback|undo"
)
_TAKEN_AFTER_RE = re.compile("|".join((_LATEST, _JUST_MADE, _WRONG_ENTRY, _TOLD_REPORT)))


def _take_back_left(text: str) -> bool:
    """Whether ``text``, holding a take-back forbidden, also asks one plainly: a verb not
    governed by a negation, what it takes back named after it."""
    for verb in _TAKE_BACK_VERB_RE.finditer(text):
        if _FORBIDDING_RE.search(text, 0, verb.start()):
            continue
        if _TAKEN_AFTER_RE.search(text, verb.end()):
            return True
    return False


def _unless_forbidden(read: Callable[[Found], Undo | None]) -> Callable[[Found], Undo | None]:
    """``read``, unless the take-back it reads is forbidden or said not needed."""

    def unless_forbidden(found: Found) -> Undo | None:
        text = found.extraction.text
        if _FORBIDDEN_TAKE_BACK_RE.search(text) and not _take_back_left(text):
            return None
        return read(found)

    return unless_forbidden


def _asked(found: Found) -> Undo:
    return Undo()


_LOOK_BACK = "ย้อนหลัง|ย้อนดู|ดูย้อน|ประวัติ"
_NOT_TAKEN_BACK = "ไม่ทัน|ไม่หาย|ไม่ยอม|ยกเลิกไม่ได้|ลบไม่ได้|ถอนไม่ได้|ยังไง|อย่างไร|ทำไม|กดยกเลิก|ถอนหายใจ"
# Looking at something ("ย้อนกลับไปดู"), not a try typed to see what happens ("ผมทดลองพิมพ์ดู
# เฉยๆ", "ลองกดดู": the reason an entry is taken back).
_TRIED = ("พิมพ์", "ลอง", "กด", "ใส่", "กรอก", "เทส")
_LOOKING_RE = skipping(
    re.compile(
        f"{phrase_regex(_LOOK_BACK)}|"
        + "".join(f"(?<!{verb})(?<!{verb} )" for verb in _TRIED)
        + "ดู"
    )
)

# -- A yes or a no said first, and what may follow it --------------------------------------
# The particles a yes or a no said as a clause of its own ends with.
_ANSWER_PARTICLES = r"(?:ค่ะ|คะ|ค่า|ครับผม|ครับ|คับ|ค้าบ|คร้าบ|ฮะ|จ้า|จ้ะ|นะคะ|นะครับ|นะ|น้า|เจ้า|เลย|แล้ว|ๆ)"
# A yes said first as a clause of its own: "ใช่ค่ะ …", "ถูกต้องนะคะ …", "ถูกต้องตามที่แจ้งครับ …",
# "ยืนยันครับ …", "ใช่เลยค่ะ …", "yep …". Glued to more letters it is another word ("ใช่ไหม",
# "ถูกหัก", "ยืนยันการ…": left to the rules above). "ok"/"โอเค" first is an ack as often as a
# yes ("โอเคค่ะ รับทราบ", "ok ส่งแผนเรียบร้อย"), "ตกลง" agrees to anything ("ตกลงค่ะ เจอกันบ่ายสอง"):
# not one of them. What follows is a short remark (``_REMARK_WORDS``), not a story.
_YES_OPENING_RE = re.compile(
    r"\s*(?:ใช่|ช่าย|ถูก(?:\s?ต้อง)?|(?:ขอ\s?)?ยืนยัน|คอนเฟิร์ม|คอนเฟิม"
    r"|yes|yep|yeah|yup|correct|confirm|confirmed"
    # "ใช่" typed with the wrong tone mark, the yes said again after it: "ใช้ค่ะ ยืนยัน".
    rf"|ใช้(?=\s?{_ANSWER_PARTICLES}\s+(?:ยืนยัน|ถูกต้อง|ถูกแล้ว|ตามนั้น|ตามนี้|คอนเฟิร์ม)))"
    rf"(?:\s?(?:{_ANSWER_PARTICLES}|(?:ตั้ง(?:\s?ค่า)?\s?|ทำ\s?)?ตาม\s?(?:นั้น|นี้|ที่\s?แจ้ง)"
    # As the card shows it: "ยืนยันตามที่แสดงครับ", "ยืนยันตามที่ขึ้นมาค่ะ".
    r"|ตาม\s?ที่\s?(?:แสดง|ขึ้น|สรุป)(?:\s?(?:ไว้|มา))?))*(?=\s|$)"
)
# What a yes may not go on to say: a word that takes it back or corrects it ("ใช่ค่ะ แต่…",
# "ถูกแล้ว ยกเว้น…", "ใช่ค่ะ ตัวเลขผิด"), something more or something else ("อีก", "เพิ่ม",
# "ส่วน…", "ด้วย"), a plan ("เดี๋ยว", "จะ"), another act (a reminder, an undo, a registration),
# asking for something ("ขอ…", never "ขอบคุณ"). A question is tested apart; the figures, a
# date, a channel, the unit, who checked it or where it came from may follow.
_YES_TAKEN_BACK_RE = Guarded(
    re.compile(
        # Not the letters of another word: "รับผิดชอบ", "แต่งตั้ง", "ตั้งแต่", "ส่วนราชการ", "รับรอง", "รอบ",
        # "ขอบคุณ", "ของ".
        r"ไม่|(?<!รับ)ผิด|(?<!ตั้ง)แต่(?!ง)|ยัง|แก้|เปลี่ยน|ต่างหาก|เพี้ยน|ขาด|ลืม|ยกเว้น|นอกจาก|ยกเลิก|ถอน|ลบ"
        r"|อีก|เพิ่ม|ส่วน(?!ราชการ)|ด้วย|เดี๋ยว|จะ|ค่อย|รอ(?![บงย])|ขอ(?![บง])|เตือน|ลงทะเบียน|สมัคร|ย้าย"
        r"|ล่าสุด|เมื่อ\s?กี|ฝาก|ถาม"  # a favour of another kind: "ถูกต้องนะคะ ฝากถามกองคลังด้วย"
        r"|ประวัติ|สถานะ|LINK"
        r"|(?<![a-z'])(?:but|not|no|wrong|instead|except|also|too|and|will|later|wait)(?![a-z'])"
    )
)


def _yes_opening(found: Found) -> Confirm | Cancel | None:
    """A yes said first, then only more of the card (see ``_YES_OPENING_RE``)."""
    extraction = found.extraction
    masked = extraction.masked
    opening = _YES_OPENING_RE.match(masked)
    if opening is None or asks(extraction.text, found.original):
        return _bare_right_first_unless_taken_back(found)
    said = masked[opening.end() :]
    if "ไม่" in said:  # "ยืนยันค่ะ ไม่ต้องแก้แล้ว": nothing to mend is the yes again
        said = _NOTHING_TO_MEND_RE.sub(" ", said)
    if "อนุมัติ" in said or "เซ็น" in said or "ลงนาม" in said or "เห็นชอบ" in said:
        # "ยืนยันค่ะ ตรงตามที่ ผอ. อนุมัติแล้ว": the director named as who approved the card.
        said = _APPROVED_BY_RE.sub(" อนุมัติ ", said)
    if (
        _YES_TAKEN_BACK_RE.search(said)
        or _news_of_a_step(said)  # "ใช่ค่ะ กองคลังส่งแผนแล้ว": news of the plan
        or _TITLE_ALONE_RE.search(said)  # "ใช่ค่ะ ผอ. ถูกแล้ว": who is right, unclear
        or (len(tokens(said)) > _REMARK_WORDS and _CONFIRMED_LAST_RE.search(said) is None)
    ):
        return _bare_right_first_unless_taken_back(found)
    figures = tuple(n.value for n in extraction.numbers)
    # The card's unit said back as who did it ("ใช่ค่ะ กองคลังส่งเมื่อวานจริง", "ของ กค."): kept
    # on the yes, the draft is stored only if it is its unit. A unit named further on is where
    # the figures came from or who checked them.
    whose = _WHOSE_RE.sub(" ", _REALLY_GLUED_RE.sub(" ", said) if "จริง" in said else said)
    unit, _ = split_unit(whose[:_UNIT_REACH].lstrip())
    if unit and not whose.lstrip().startswith(unit):
        unit = ""
    # A remark speaks of the card (a part of it, it being right, who checked it, where its
    # figures came from, what it restates); a yes to a colleague then chat ("ใช่ค่ะ วันนี้
    # ฝนตก") is left to the rules below.
    if (
        content(said, _AROUND_YES, keep_courtesy=True)
        and not unit
        and not _OF_THE_CARD_REMARK_RE.search(said)
        and not channel_of(said)
    ):
        return None
    return Confirm(figures=figures, unit=unit) if figures or unit else Confirm()


# Nothing to mend on the card, said after a yes: "ไม่ต้องแก้แล้ว", "ไม่มีอะไรต้องเปลี่ยน".
_NOTHING_TO_MEND_RE = re.compile(
    r"ไม่\s?(?:ต้อง|มี\s?(?:อะไร\s?)?(?:ต้อง\s?)?)(?:แก้|เปลี่ยน|ปรับ)(?:\s?ไข)?(?:\s?(?:อะไร|แล้ว|อีก|นะ))*"
    r"(?=\s?(?:ค่ะ|คะ|ครับ|คับ|จ้า|นะ)*\s*$)"
)


# The card said to have been checked, then a yes or its parts said right: "เช็คแล้วค่ะ วันที่กับ
# มิติถูกต้องหมด ยืนยันนะคะ", "ตรวจแล้วครับ ถูกต้อง". What was checked may be the card's
# parts; anything taken back, news of a step or a long story leaves it to the other rules.
_CHECKED_RE = re.compile(
    rf"\s*(?:เช็ค|เช็ก|ตรวจ(?:\s?สอบ)?|ทวน)\s?(?:ให้\s?)?(?:ทุก\s?\S+\s?)?แล้ว(?:\s?{_ANSWER_PARTICLES})*"
)
_SAID_RIGHT_RE = re.compile(
    r"(?:ถูก\s?ต้อง|ถูก|ตรง\s?(?:กัน)?)\s?(?:หมด|ทั้งหมด|ครบ|ทุก\S*|แล้ว|ละ)?(?=\s|$|ค่ะ|ครับ|คะ|นะ|จ้า)"
)


def _checked_then_yes(found: Found) -> Confirm | None:
    """The card said checked, then said right or confirmed (see ``_CHECKED_RE``)."""
    extraction = found.extraction
    masked = extraction.masked
    checked = _CHECKED_RE.match(masked)
    if checked is None or asks(extraction.text, found.original):
        return None
    said = masked[checked.end() :]
    if (
        not (_SAID_RIGHT_RE.search(said) or _CONFIRMED_LAST_RE.search(said))
        or _YES_TAKEN_BACK_RE.search(said)
        or _news_of_a_step(said)
        or len(tokens(said)) > _REMARK_WORDS
    ):
        return None
    return Confirm()


def _news_of_a_step(said: str) -> bool:
    """Whether the words after a yes report a step sent ("ใช่ค่ะ กองคลังส่งแผนแล้ว"), not the
    card's sending said back and affirmed again after it ("ใช่ กค. ส่งแผนแล้วจริง ยืนยันค่ะ",
    "…ส่งแผนแล้ว ยืนยันค่ะ"): that is the yes."""
    sent = _A_STEP_SENT_RE.search(said)
    return (
        sent is not None
        and _AFFIRMED_RE.search(said, sent.end()) is None
        and _REALLY_SENT_RE.match(said, sent.end()) is None
    )


# "Really" said of the sending itself, just after it or its day, channel or unit: "ยืนยันครับ
# ส่งแผนวันนี้จริง", "ยืนยันค่ะ กองคลังส่งแผนจริง ตรวจใน drive แล้ว" (never "ที่จริง…",
# "actually", "จริงจัง", nor "จริงไหม", asked).
_REALLY_SENT_RE = re.compile(
    r"(?:\s?\S+?){0,3}?\s?(?<!ที่)(?<!ตาม)(?<!ความ)(?<!แท้)"
    r"จริง(?!\s?(?:หรือ|ไหม|มั้ย|เหรอ|หรอ|รึ|จัง|ใจ))"
    r"(?!\s?ๆ(?!\s?(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า)*\s*$))"
)


# Affirmed after what was said back: "…แล้วจริง" (never "จริงๆ", "actually", nor "จริงไหม",
# asked), or a yes word again ("ยืนยันค่ะ", "ถูกต้องค่ะ", "ตามนั้นค่ะ"); "…แล้วจริงๆ" closing
# the message is "really" ("ยืนยันนะครับ ส่งแผนแล้วจริงๆ").
_AFFIRMED_RE = re.compile(
    r"(?:แล้ว|ไป)\s?จริง(?!\s?(?:ๆ|หรือ|ไหม|มั้ย|เหรอ|หรอ|รึ))"
    r"|(?:แล้ว|ไป)\s?จริง\s?ๆ(?=\s?(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า)*\s*$)"
    # Called right: "ใช่ค่ะ ส่งแผนกองคลังถูกแล้ว", "…ถูกต้องแล้ว".
    r"|ถูก\s?(?:ต้อง\s?)?แล้ว"
    r"|(?<!\S)(?:ยืนยัน|ถูกต้อง|ตามนั้น)(?=\s|$|ค่ะ|ครับ|คะ|นะ|จ้า)"
)


# The words that vetoed the bare "ถูก" said first, when it was a rule of its own.
_BARE_RIGHT_VETO_RE = skipping(
    re.compile(phrase_search_regex(f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ไม่|ยัง|เหรอ|หรอ"))
)


def _bare_right_first_unless_taken_back(found: Found) -> Confirm | Cancel | None:
    if _BARE_RIGHT_VETO_RE.search(found.extraction.masked):
        return None
    return _bare_right_first(found)


# Who approved or signed the card, as a yes's reason: "ตรงตามที่ ผอ. อนุมัติแล้ว", "ผอ. เซ็นแล้ว".
_APPROVED_BY_RE = re.compile(
    r"(?:ผอ\.?|ผู้อำนวยการ|หัวหน้า(?:กอง|กลุ่ม|ฝ่าย|งาน)?|ท่าน)\s?(?:ได้\s?)?"
    r"(?:อนุมัติ|เซ็น|ลงนาม|เห็นชอบ)(?=\s|$|แล้ว|ค่ะ|ครับ|คะ|นะ|จ้า)"
)
# A director named alone, as a word of its own, says nothing of who checked what.
# The yes said again last, as the command to store ("…ยืนยันบันทึกได้เลยค่ะ", "…บันทึกได้เลย",
# "…ยืนยันค่ะ"): a long remark between the two yeses (who checked the figures, and when) is
# still of the card.
_CONFIRMED_LAST_RE = re.compile(
    r"(?:^|\s)(?:ยืนยัน|คอนเฟิร์ม|บันทึก|ตามนั้น)(?:\s?(?:บันทึก|ยืนยัน))?(?:\s?ได้\s?(?:เลย)?)?\s*$"
)
_TITLE_ALONE_RE = skipping(re.compile(r"(?<!\S)(?:ผอ\.?|ผู้อำนวยการ|หัวหน้า)(?=\s|$)"))
_UNIT_REACH = 60
_REMARK_WORDS = 12


# A no or a halt said first: "ไม่ใช่ค่ะ …", "ไม่ถูกครับ …", "ผิดค่ะ …", "ทศนิยมผิดค่ะ …",
# "ยังไม่ยืนยันนะครับ …", "not yet ครับ …" (read "ยังไม่"), "wait …", "เดี๋ยวๆ …". "ไม่ใช่" may be
# glued to what it denies ("ไม่ใช่รอบนี้ครับ"); the others stand as a clause of their own
# ("ผิดหวัง", "ยังไม่ส่ง…", "เดี๋ยวพี่โทรหา" are no no).
_WRONG_KIND_GLUED = _WRONG_KIND_RE.pattern.replace(r"(?!\S)", rf"(?=\s|$|{_ANSWER_PARTICLES})")
_NO_OPENING_RE = re.compile(
    r"\s*(?:ไม่\s?ใช่|ไม่\s?ช่าย|ไม่\s?ถูก(?:\s?ต้อง)?"
    # Not OK, as a clause of its own: "ไม่โอเคค่ะ ข้อมูลไม่ถูก" ("ไม่โอเคเลยวันนี้" goes on).
    rf"|ไม่\s?(?:โอเค|ok)(?=\s|$|{_ANSWER_PARTICLES})"
    rf"|(?:(?:ขอ\s?)?ไม่|ยัง\s?ไม่\s?(?:ได้\s?)?)\s?ยืนยัน(?=\s|$|{_ANSWER_PARTICLES})"
    # Refused as a clause of its own: "ไม่เอาครับ ยกเลิกก่อน…" ("ไม่เอาไปส่ง…" goes on).
    rf"|ไม่\s?เอา(?=\s|$|{_ANSWER_PARTICLES})"
    # Cancelled for now: "ยกเลิกก่อนครับ ยังไม่ได้ผลทางการ".
    rf"|(?:ขอ\s?)?(?:ยกเลิก|cancel)\s?ก่อน(?=\s|$|{_ANSWER_PARTICLES})"
    # The kind may be glued to its particle: "ผิดกองค่ะ …".
    rf"|(?:ผิด|(?P<wrong>{_WRONG_KIND_GLUED}))"
    rf"(?=\s|$|{_ANSWER_PARTICLES})"
    # "Not yet", answered: "ยังค่ะ", "ยังไม่ครับ" ("ยัง ไม่ได้ส่ง…" reports what is not done);
    # "ยังก่อนครับ รอตรวจทาน": not yet, with its reason.
    rf"|ยัง(?:\s?ไม่)?(?=\s?{_ANSWER_PARTICLES}|\s*$)|ยัง\s?ก่อน(?=\s|$|{_ANSWER_PARTICLES})"
    # An English no before Thai words or alone ("no problem", "no need" are no no).
    r"|(?:no|nope)(?!\s?[a-z])|(?:no|nope)(?=\s?(?:don'?t|do\s?not)\s?บันทึก)"
    # A halt: a no only with a no word after it (see ``_no_opening``).
    rf"|(?P<halt>wait|เดี๋ยว\s?(?:ๆ|ก่อน)(?:\s?ๆ)?)(?=\s|$|{_ANSWER_PARTICLES}))"
    rf"(?:\s?{_ANSWER_PARTICLES})*"
)
# The cues of such a no, as its opening holds them: the words "ไม่" and "ยัง" alone, or an
# opening rarely said first ("ยังไม่ได้ยืนยัน", "ตัวเลขคลาดเคลื่อน"), would try the rule on many
# messages; those openings are read when another cue brings the rule ("เดี๋ยวๆ ยังค่ะ").
_NO_OPENINGS = (
    "ไม่ใช่|ไม่ช่าย|ไม่ถูก|ไม่เอา|ยกเลิกก่อน|cancel ก่อน|ผิด|เพี้ยน|no|nope|wait|เดี๋ยวๆ|ยังไม่ครับ|ยังไม่ค่ะ|ยังก่อน"
    "|ไม่โอเค|ไม่ ok"
)
_A_NO_IN_IT_RE = re.compile(r"ไม่|ผิด|ยัง|ยกเลิก|อย่า|(?<![a-z])(?:not|wrong|no|cancel)(?![a-z])")
# What a no may not go on to say: the right value ("ไม่ใช่ 3 ครับ กองคลังได้ 4", "ไม่ใช่เมื่อวาน
# ค่ะ ส่งเมื่อวันจันทร์", "ไม่ใช่อีเมลค่ะ ส่งทางไดรฟ์", "ผิดกองค่ะ … เป็น กค."), what it meant
# ("หมายถึง…", "ถาม…"), or another act (an undo, a reminder, a registration). A figure naming
# the period the card's figures belong to ("ของไตรมาส 1", "ของรอบ 12 เดือน") is its reason.
_NO_CORRECTED_RE = re.compile(
    r"เป็น|แก้|ที่\s?ถูก|ต่างหาก|จริง\s?ๆ|หมายถึง|ถาม|ได้\s?NUM|DATE|STEP|DIM|KPI|LINK|NUM"
)
# A step reported, done or not ("ยังครับ ยังไม่ได้ส่งแผน": news of the plan, no no to the card).
_A_STEP_SENT_RE = re.compile(rf"(?:ส่ง|กรอก|อัป|อัพ|ยื่น|แนบ|ทำ)\s?(?:{DELIVERABLE_WORDS})")
_OF_A_PERIOD_RE = re.compile(r"(?:ไตรมาส|รอบ|งวด|เดือน|ปี)\s?(?:ที่\s?)?NUM")
# The card's figure restated as what is wrong or not ready: "ตัวเลข 88.89 ยังไม่ได้หัก…", "ยอด 54.2
# ยังไม่ตรงกับไฟล์" (a right figure is told by "เป็น", "แก้", "ได้": a correction).
_FIGURE_FAULTED_RE = re.compile(
    r"(?:ตัวเลข|ยอด|เลข|ค่า|ผล)\s?NUM(?:\s?(?:%|เปอร์เซ็นต์))?"
    r"(?=\s?(?:นี้|นั้น)?\s?(?:ยัง\s?ไม่|ผิด|ไม่\s?ถูก|ไม่\s?ตรง|เพี้ยน|คลาดเคลื่อน))"
)
# The right indicator named with no figure: "ไม่ใช่ค่ะ ต้องเป็นยาเสพติด ไม่ใช่ขยะ" (the card cannot
# be mended, it is dropped, as "ไม่ใช่ครับ ผิดตัว ต้องเป็น master data").
# The card may be pointed at first ("ไม่ใช่ครับ อันนั้นเป็นยาเสพติดไม่ใช่ขยะ"; typed glued, the
# right one ends where the one denied starts).
_RIGHT_ONE_NAMED_RE = re.compile(
    r"(?:(?:อัน|ตัว|รายการ)\s?(?:นี้|นั้น)\s?(?:มัน\s?)?)?(?:ต้อง\s?)?เป็น\s?(?P<right>\S+?(?:\s[a-z]+)*)(?:\s?ไม่\s?ใช่\s?\S+(?:\s[a-z]+)*)?(?!\S)"
)


# The right indicator named as the one the sender meant to send, with no figure: "ไม่ใช่ค่ะ ไม่ใช่
# ขยะ หนูจะส่งยาเสพติด" (the card is dropped, as when it is told by "ต้องเป็น").
_MEANT_TO_SEND_RE = re.compile(
    r"(?:(?:หนู|ผม|ดิฉัน|เรา)\s?)?(?:ตั้งใจ\s?จะ|จะ|อยาก)\s?(?:ส่ง|กรอก|ใส่|บันทึก)\s?(?:ผล\s?)?"
    r"(?P<right>\S+(?:\s[a-z]+)*)"
)


def _another_indicator_dropped(said: str) -> str:
    named = _RIGHT_ONE_NAMED_RE.search(said) if "เป็น" in said else _MEANT_TO_SEND_RE.search(said)
    if (
        named is None
        or not names_an_indicator(named["right"])
        or split_unit(named["right"])[0]
        or channel_of(named[0])
        # (The verb of the meaning to send is no step sent: "หนูจะส่งผลยาเสพติด".)
        or _A_STEP_SENT_RE.search(named[0] if "เป็น" in said else named["right"])
        or any(p in named[0] for p in PLACEHOLDERS)
    ):
        return said
    return f"{said[: named.start()]} {said[named.end() :]}"


# What the card holds, denied again after the no ("ผิดกองค่ะ ไม่ใช่ กค. อย่าเพิ่งบันทึก", "ไม่ใช่
# ค่ะ อันนี้ไม่ใช่ยาเสพติด"): the no's reason, no right one named (a right one follows it, or is
# told by "เป็น"/"ต่างหาก", and the no is a correction).
_HALTED_AGAIN_RE = re.compile(r"(?:อย่า|ยัง\s?ไม่\s?ต้อง|ไม่\s?ต้อง)\s?(?:เพิ่ง|พึ่ง)?\s?(?:บันทึก|เซฟ)")
_ONE_NOT_THE_OTHER_RE = re.compile(r"(?<!\S)(?P<one>\S+?)ไม่\s?ใช่\s?(?P<other>\S+)")


# A unit's name glued after the entry's deliverable said to be its ("แผนนี้ของกองกลาง"): the
# point to part them at ("อันนี้ของกองกลาง ไม่ใช่กองคลัง" names no deliverable: a no).
_OF_UNIT_RE = re.compile(
    r"(?:(?<=แผนนี้ของ)|(?<=แผนนี้เป็นของ)|(?<=รายชื่อนี้ของ)|(?<=รายชื่อนี้เป็นของ))"
    rf"(?=(?:{UNIT_PREFIXES})[\u0e01-\u0e4e])"
)


def _units_told_apart(match: re.Match[str]) -> str:
    both = split_unit(match["one"])[0] and split_unit(match["other"])[0]
    return " " if both else match[0]


_DENIED_RE = re.compile(r"(?:(?:อัน|ตัว|รายการ)\s?(?:นี้|นั้น)\s?)?ไม่\s?ใช่\s?\S+")
# The card called "อันนั้น" and said to be one thing, not the other: "อันนั้น PB ไม่ใช่โอน
# เปลี่ยนแปลง" (no unit's name: that is a correction, see ``_units_told_apart``).
_CARD_OF_ANOTHER_KIND_RE = re.compile(
    r"(?:อัน|ตัว|รายการ)\s?(?:นี้|นั้น)\s?(?:มัน\s?)?(?:คือ\s?)?\S+\s?ไม่\s?ใช่\s?\S+"
)
# The sending the card holds, denied: "ไม่ได้ส่งแผน", "ยังไม่ได้ส่งจริง", "ไม่ได้ส่งเอง" (its
# deliverable named or not): the no's reason, no step reported (``_A_STEP_SENT_RE``).
_SENDING_DENIED_RE = re.compile(
    rf"(?:ยัง\s?)?ไม่\s?ได้\s?(?:ส่ง|กรอก|อัป|อัพ|ยื่น|แนบ)\s?(?:{DELIVERABLE_WORDS})?"
    r"(?:\s?(?:เอง|จริง|จริงๆ|นะ|ครับ|ค่ะ))*"
)
# The sender's belonging glued to its unit: "หนูอยู่กองกลาง" (a unit is found standing alone).
_GLUED_BELONGING_RE = re.compile(r"(?<=อยู่)(?=\S)")
# Only asking, nothing meant to be sent: "แค่ถามเฉยๆ", "ถามดูเฉยๆ", "ไม่ได้จะส่ง" (what was
# asked is the reason for the no, not what it meant: "ไม่ใช่ค่ะ ถามว่า…" is).
_ONLY_ASKING_RE = re.compile(
    r"(?:แค่|เพียง)?\s?(?:สอบ)?ถาม\s?(?:ดู)?\s?(?:เฉยๆ|เฉย\s?ๆ|เล่นๆ|เฉยๆ\s?ๆ)"
    r"|แค่\s?(?:สอบ)?ถาม(?:\s?ดู)?(?=\s|$|ค่ะ|ครับ|นะ|จ้า)"
    r"|ไม่\s?ได้\s?(?:จะ|ตั้งใจ\s?(?:จะ)?|คิดจะ)\s?(?:ส่ง|บันทึก|รายงาน|แจ้ง|ยืนยัน)"
)
# "ยังค่ะ", "ยังครับ": "not yet" answered; "ยังคะ" (or "ยัง" alone, its particle gone) asks.
_NOT_YET_ANSWERED_RE = re.compile(r"ยัง\s?(?:ค่ะ|ครับ|ค่า|จ้า|นะคะ|นะครับ)[\s!.~🙏]*$")


# A no said again in English, the card's saving refused: "don't save it", "do not save".
_DONT_SAVE_RE = re.compile(r"^[\s,]*(?:don'?t|do\s?not)\s?บันทึก(?:\s?(?:it|this|that))?[\s.!]*$")


# A cross mark, the card's no as an emoji (the whole rule above reads it alone).
_CROSS_MARKS = "❌|✖|❎|🙅"
_CROSSED_ALONE_RE = re.compile(
    rf"\s*(?:{_ANSWER_PARTICLES}\s*)*(?:(?:{_CROSS_MARKS})[\ufe0f\u200d\u2640\u2642]*\s*)+"
    rf"(?:{_ANSWER_PARTICLES}\s*)*"
)


def _crossed_alone(found: Found) -> Cancel | None:
    """A cross mark with nothing beside it but particles is a no to the card."""
    return Cancel() if _CROSSED_ALONE_RE.fullmatch(found.extraction.text) else None


# The sender's word, then a unit, right after the no: "ผิดค่ะ หนูกองกลาง ไม่ใช่กองคลัง".
_SENDERS_UNIT_SAID_RE = re.compile(
    rf"(?:\s?(?:ครับ|ค่ะ|คะ|คับ|นะ|จ้า))*\s+(?:ผม|หนู|ดิฉัน|กระผม)\s?(?:อยู่\s?)?"
    rf"(?:(?:{UNIT_PREFIXES})[\u0e01-\u0e4e]|[\u0e01-\u0e2e]{{1,5}}\.)"
)


def _no_opening(found: Found) -> Cancel | None:
    """A no or a halt said first, then only a reason (see ``_NO_OPENING_RE``)."""
    extraction = found.extraction
    masked, text = extraction.masked, extraction.text
    opening = _NO_OPENING_RE.match(masked)
    if opening is None:
        return None
    if _NOT_YET_ANSWERED_RE.search(found.original):
        text = text.removesuffix("ยัง")
    if asks(text, found.original):
        return None
    said = masked[opening.end() :]
    if _SENDERS_UNIT_SAID_RE.match(said) and "ไม่" in said:
        # "ผิดค่ะ หนูกองกลาง ไม่ใช่กองคลัง": the sender's own unit (membership); with no unit
        # denied ("ผิดครับ ผมกองคลัง"), the no stands (review46).
        return None
    if opening["wrong"] and not said.strip():
        return None  # "ผิดกองค่ะ" alone: a correction whose right unit is still to come
    if opening["halt"] and not _A_NO_IN_IT_RE.search(said):
        return None  # "เดี๋ยวก่อนนะคะ กำลังประชุม": a wait, no no
    if "NUM" in said:
        said = _OF_A_PERIOD_RE.sub(" ", said)
        # "ยกเลิกก่อนครับ ตัวเลข 88.89 ยังไม่ได้หัก…": the card's figure restated as what is wrong.
        said = _FIGURE_FAULTED_RE.sub(" ตัวเลข ", said)
    if "ถาม" in said or "ไม่ได้" in said:  # "ไม่ใช่ค่ะ ไม่ได้จะส่ง แค่ถามเฉยๆ": only asking
        said = _ONLY_ASKING_RE.sub(" ", said)
    if "บันทึก" in said or "เซฟ" in said:  # "…อย่าเพิ่งบันทึก": a halt, the no said again
        said = _DONT_SAVE_RE.sub(" ", said)  # "No, don't save it" (save: บันทึก, see english)
        said = _HALTED_AGAIN_RE.sub(" ", said)
    said = _reasons_dropped(said)
    if "ได้" in said:  # "ไม่ใช่ค่ะ ไม่ได้ส่งแผน แค่ถามเฉยๆ": the sending on the card denied
        said = _SENDING_DENIED_RE.sub(" ไม่ได้ส่ง ", said)
    if ("เป็น" in said or "จะ" in said or "อยาก" in said) and not extraction.numbers:
        said = _another_indicator_dropped(said)
    if _NO_CORRECTED_RE.search(said) or _OTHER_ACTS_RE.search(said) or _A_STEP_SENT_RE.search(said):
        return None
    if "ใช่" in said:  # "ผิดกองค่ะ ไม่ใช่ กค.", "ไม่ใช่ค่ะ อันนี้ไม่ใช่ยาเสพติด": what is denied
        # "ไม่ใช่ครับ กองกลางไม่ใช่กองคลัง": one unit said not to be the other, which of them
        # is the card's right one untold: the no's reason.
        said = _ONE_NOT_THE_OTHER_RE.sub(_units_told_apart, said)
        # "ไม่ใช่ค่ะ อันนั้น PB ไม่ใช่โอนเปลี่ยนแปลง": the card said to be of another kind.
        said = _CARD_OF_ANOTHER_KIND_RE.sub(" ", said)
        said = _DENIED_RE.sub(" ", said)
    if "ของ" in said:  # "ผิดกองค่ะ แผนนี้ของกองกลาง ไม่ใช่กองคลัง": whose it is, the right unit
        said = _OF_UNIT_RE.sub(" ", said)
    if channel_of(said) or split_unit(_GLUED_BELONGING_RE.sub(" ", _AWAITED_RE.sub(" ", said)))[0]:
        return None  # "ไม่ใช่ค่ะ หนูอยู่กองกลาง": the right unit told, a correction
    # A reason is about the card: what is wrong in it, checking it, who has not approved it.
    # A no followed by chat ("ไม่ใช่ค่ะ พี่เขาไม่ได้มา") is about something else.
    if content(said, _AROUND_NO, keep_courtesy=True) and not _OF_THE_CARD_REASON_RE.search(said):
        return None
    return Cancel()


# What a reason for a no speaks of: a part of the card ("วันที่", "ตัวเลข", "ไตรมาส"), it being
# wrong, checking it again, approving or confirming it, its figures not final.
_OF_THE_CARD_REASON_RE = re.compile(
    rf"{_KINDS}|{_WRONG_WORDS}|ยัง|เช็ค|เช็ก|ตรวจ|ทวน|ยืนยัน|รับรอง|อนุมัติ|เซ็น|ลงนาม|เห็นชอบ"
    r"|final|ไฟนอล|นิ่ง|แน่ใจ|ชัวร์|พิมพ์|กด|ใส่|กรอก|ซ้ำ|สลับ|check|typo|mistake|sure"
    # Looked at again against its source, told again: "ขอกลับไปดูไฟล์ก่อน", "เดี๋ยวแจ้งใหม่".
    r"|ดู|ไฟล์|เอกสาร|หนังสือ|ต้นฉบับ|ใหม่"
    # The move on the card denied: "ไม่ใช่ครับ ผมไม่ได้ย้าย แค่ไปช่วยงานเฉยๆ".
    r"|ไม่\s?ได้\s?(?:ย้าย|โอน)|ไป\s?ช่วย\s?(?:งาน|ราชการ)"
    # The sending denied: "ไม่ใช่ครับ อันนั้นผอ.สั่งมา ไม่ได้ส่งเอง" (see ``_SENDING_DENIED_RE``).
    r"|ไม่\s?ได้\s?ส่ง"
)

_OF_THE_CARD_REMARK_RE = re.compile(
    rf"{_OF_THE_CARD_REASON_RE.pattern}|ถูก|ตรง|เป๊ะ|right|correct|จาก|ระบบ|รายงาน|บันทึก|เซฟ|save"
    r"|ลง|ส่ง|เรียบร้อย|ครบ|แน่นอน|NUM|DATE|MONTH|YEAR|KPI|STEP|DIM"
)


# fmt: off
SPECS = (
    IntentSpec(Confirm, handle_confirm, (
        # "ถูกค่ะ" alone answers the card: it is right.
        # "ยืน" alone is "ยืนยัน" sent cut short (no one stands up in a reply to the card);
        # "y": the yes key alone.
        Rule((f"{_YES}|ยืนยันการส่ง|ถูก|ถูกเป๊ะ|ตรงเป๊ะ|ยืน|y",), 1010, _yes_alone, whole=True),
        Rule((_YES,), 1008, _only(Confirm()),
             unless=f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ไม่|ยัง"),
        # A yes said first, then only more of the card: "ใช่ค่ะ 391 คะแนน".
        # Its reading falls back on a bare "ถูก" said first (``_bare_right_first``).
        Rule(("ใช่|ถูก|ยืนยัน|คอนเฟิร์ม|คอนเฟิม|yes|yep|yeah|yup|correct|confirm",), 7603,
             _yes_opening, unless=f"{QUESTION}|ได้ไหม|ได้มั้ย|เหรอ|หรอ"),
        # The card said checked, then right: "เช็คแล้วค่ะ วันที่กับมิติถูกต้องหมด ยืนยันนะคะ".
        Rule(("เช็คแล้ว|เช็กแล้ว|ตรวจแล้ว|ตรวจสอบแล้ว|ทวนแล้ว|เช็คให้แล้ว|ตรวจให้แล้ว",), 7608,
             _checked_then_yes, unless=f"{QUESTION}|ได้ไหม|ได้มั้ย|เหรอ|หรอ"),
        # Its "ไม่" is the button's; any other "ไม่" is left in the aside and vetoes the yes.
        Rule((_BUTTON_BROKEN, _YES), 1009, _only(Confirm()),
             unless=f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ยัง"),
        # A plain "ได้" is a yes only with "as stated" ("ได้ค่ะ ตามนี้เลยค่ะ"); alone it is an ack.
        Rule((_PLAIN_YES, _AS_STATED), 1008, _only(Confirm()),
             unless=f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ไม่|ยัง"),
        Rule((_RIGHT, _GO_AHEAD), 1008, _only(Confirm()),
             unless=f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ไม่|ยัง"),
        # A registration's card said right, then told to go ahead: "ถูกแล้วครับผม ลงทะเบียนได้เลย
        # ครับ" (alone, "ลงทะเบียนได้เลย" may tell the group that signing up is open).
        Rule((f"{_RIGHT}|ถูกต้อง|ใช่|ยืนยัน", _GO_AHEAD_REGISTERING), 1041, _only(Confirm()),
             unless=f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ไม่|ยัง|กอง|ศูนย์|กลุ่ม|ฝ่าย"),
        # Told to go ahead, nothing else: "บันทึกเลยค่ะ", "ชัวร์ครับ บันทึกได้เลย".
        Rule((_GO_AHEAD,), 1008, _only(Confirm()),
             unless=f"{_NO}|{QUESTION}|ได้ไหม|ได้มั้ย|ผิด|ไม่|ยัง|เหรอ|หรอ"),
    )),
    IntentSpec(Cancel, handle_cancel, (
        Rule(("ยกเลิก|ขอยกเลิก|ไม่ใช่|ไม่|cancel|no|ไม่เอา|ไม่ถูกต้อง|ไม่ยืนยัน"
              "|ยกเลิกการส่ง|ไม่ช่าย|ไม่ถูก"
              # Said twice or more: "ไม่ๆๆ", "ไม่ไม่".
              "|ไม่ๆ|ไม่ๆๆ|ไม่ ๆ|ไม่ไม่|ไม่ไม่ไม่"
              # A cross mark alone: "❌", "❌ ค่ะ".
              "|❌|❌❌|✖️|✖|❎|🙅|🙅‍♀️|🙅‍♂️",), 999, lambda _: Cancel(), whole=True),
        # A cross mark with only a particle by it, as a reply to the card: "❌ ค่ะ", "ครับ ❎".
        Rule((_CROSS_MARKS,), 9983, _crossed_alone),
        Rule((_NO,), 1003, _only(Cancel()), unless=f"{QUESTION}|ได้ไหม|ได้มั้ย"),
        Rule((_DONT_RECORD,), 1007, _reasoned_no, unless=f"{QUESTION}|ได้ไหม|ได้มั้ย|ก็ได้"),
        Rule((_HALT,), 1001, _halted, unless=f"{QUESTION}|ได้ไหม|ได้มั้ย|ก็ได้"),
        # "รอแป๊บนะคะ ยังไม่ต้องกดบันทึก ขอถามหัวหน้าก่อนว่าหนูสังกัดกองไหนแน่": a halt to ask
        # someone first; what they will be asked is theirs (``_halted`` sets it aside).
        Rule((_HALT, "ถาม|ปรึกษา"), 996, _halted, unless="ได้ไหม|ได้มั้ย|ก็ได้"),
        Rule((_SETUP_HALT, _SETUP_ACTS), 7642, _setup_halted,
             unless=f"{QUESTION}|ได้ไหม|ได้มั้ย|ก็ได้|ชุดข้อมูล|บัญชีข้อมูล|catalog|ประชุม|อบรม"
                    "|ฟอร์ม|form|เอกสาร|หนังสือ"),
        # A no or a halt said first, then only a reason: "ไม่ถูกครับ วันที่ผิด เดี๋ยวเช็คแล้วแจ้งใหม่".
        Rule((_NO_OPENINGS,), 7604, _no_opening,
             unless=f"{QUESTION}|ได้ไหม|ได้มั้ย|เหรอ|หรอ"),
        Rule(("ไม่", _WRONG_WORDS), 7601, _bare_no_first, unless=f"{QUESTION}|ได้ไหม|ได้มั้ย"),
        # A bare no, then the card to be checked first: "ไม่ครับ เดี๋ยวเช็คก่อน".
        Rule(("ไม่", _CHECK_FIRST), 7609, _bare_no_first, unless=f"{QUESTION}|ได้ไหม|ได้มั้ย"),
    )),
    IntentSpec(Undo, handle_undo, (
        # "ยกเลิก" alone answers a pending confirmation; with what to cancel it withdraws a row.
        Rule(("undo",), 950, lambda _: Undo()),
        # Above a no to the card (``_NO``, 1003): "ยกเลิกอันที่เพิ่งกดส่งค่ะ ผิดตัวชี้วัด".
        # (Not a complaint that cancelling failed, "กดยกเลิกที่กดส่งแล้วมันไม่หาย", nor a sigh.)
        Rule(("ยกเลิก|ถอน|ลบ|เอาออก", _JUST_MADE), 1037, _unless_forbidden(_taken_back),
             unless=f"{_LOOK_BACK}|{_NOT_TAKEN_BACK}"),
        Rule(("ยกเลิก|ถอน", _TOLD_REPORT), 1035, _unless_forbidden(_told_report),
             unless=f"{_LOOK_BACK}|{_NOT_TAKEN_BACK}"),
        Rule((_UNDO_VERBS, _LATEST), 950, _unless_forbidden(_taken_back),
             unless=f"{_LOOK_BACK}|{_NOT_TAKEN_BACK}"),
        # Going back to look is no taking back: "ย้อนกลับไปดูรายการที่ส่ง".
        Rule((_TAKE_BACK, _LATEST), 950, _unless_forbidden(_asked), unless=_LOOKING_RE),
        Rule((_TAKE_BACK, _WRONG_ENTRY), 950, _unless_forbidden(_asked), unless=_LOOKING_RE),
        # "เอาที่ส่งล่าสุดออก": the verb wraps what it takes out ("เอา…ออกมาดู" shows it).
        Rule(("เอา", "ออก", _LATEST), 950, _unless_forbidden(_asked),
             unless=f"{_LOOK_BACK}|ออกแบบ|ออกมา|ดู"),
    )),
)
# fmt: on
