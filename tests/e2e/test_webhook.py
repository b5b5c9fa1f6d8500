"""Signed webhooks through the Flask app; replies go through the real SDK to the fake LINE."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from handlers.intents import ChooseIndicator
from handlers.ports import GroupBinding
from handlers.postbacks import decode
from tests.e2e.conftest import (
    COORDINATOR,
    GROUP,
    KONGJ,
    KONGKLANG,
    NOW,
    PATHUM,
    PATHUM_GROUP,
    STRANGER,
    Bot,
)
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer, FakeResponse
from tests.fakes.webhook_events import (
    CHANNEL_SECRET,
    body,
    join_event,
    member_joined_event,
    postback_event,
    redelivered,
    sign,
    sticker_event,
    text_event,
    unknown_event,
)

ORG = "สำนักงานปลัดกระทรวงแรงงาน"


def _buttons(bot: Bot) -> dict[str, str]:
    """The postback quick replies of the last message sent: label -> data."""
    last = bot.line.requests[-1].messages[-1]
    actions = [item["action"] for item in last.get("quickReply", {}).get("items", [])]
    return {a["label"]: a["data"] for a in actions if a["type"] == "postback"}


def test_a_missing_signature_is_refused_and_nothing_is_stored(bot: Bot) -> None:
    event = text_event("สถานะ", group=GROUP, user=COORDINATOR, mention_self=True)
    response = bot.client.post("/callback", data=body(event), content_type="application/json")
    assert response.status_code == 400
    never_seen = bot.services.db.events.first_time(
        event["webhookEventId"], kind="t", received_at=NOW
    )
    assert never_seen
    assert bot.line.requests == []


def test_a_wrong_signature_is_refused(bot: Bot) -> None:
    event = text_event("สถานะ", group=GROUP, user=COORDINATOR, mention_self=True)
    assert bot.post(event, signature=sign(b"something else")) == 400
    assert bot.line.requests == []


def test_a_signature_over_re_encoded_json_is_refused(bot: Bot) -> None:
    raw = body(text_event("สถานะ", group=GROUP, user=COORDINATOR, mention_self=True))
    reencoded = raw.decode().replace(", ", ",").encode()
    headers = {"X-Line-Signature": sign(reencoded)}
    response = bot.client.post(
        "/callback", data=raw, headers=headers, content_type="application/json"
    )
    assert response.status_code == 400


def test_the_verify_button_with_no_events_gets_200(bot: Bot) -> None:
    assert bot.post() == 200
    assert bot.line.requests == []


def test_an_unknown_event_type_is_accepted_silently(bot: Bot) -> None:
    assert bot.post(unknown_event(GROUP)) == 200
    assert bot.line.requests == []


def test_joining_a_group_greets_and_explains_how_to_bind(bot: Bot) -> None:
    assert bot.post(join_event("C" + "a" * 32)) == 200
    assert "ผูกกลุ่ม" in bot.texts()


def test_new_members_get_a_short_welcome(bot: Bot) -> None:
    assert bot.post(member_joined_event(GROUP, [STRANGER])) == 200
    assert "ลงทะเบียน" in bot.texts()


def test_group_chatter_not_addressed_to_the_bot_gets_no_answer(bot: Bot) -> None:
    assert bot.post(text_event("วันนี้ประชุมกี่โมง", group=GROUP, user=KONGKLANG)) == 200
    assert bot.line.requests == []


def test_a_mention_asking_for_status_gets_a_status_card(bot: Bot) -> None:
    assert bot.post(text_event("สถานะ", group=GROUP, user=KONGKLANG, mention_self=True)) == 200
    [request] = bot.line.landed_replies()
    flex = [m for m in request.messages if m["type"] == "flex"]
    assert flex and "สป.รง." in flex[0]["altText"]
    assert "31 ม.ค. 2568" in bot.texts()
    assert bot.line.violations == []


def test_the_group_prefix_works_like_a_mention(bot: Bot) -> None:
    assert bot.post(text_event("บอท ใครยังไม่ส่ง", group=GROUP, user=KONGKLANG)) == 200
    assert "กองการเจ้าหน้าที่" in bot.texts()


def test_a_step_submission_is_confirmed_then_stored_once(bot: Bot) -> None:
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว", group=GROUP, user=KONGJ))
    confirm = _buttons(bot)["ยืนยัน"]
    before = len(bot.services.db.submissions.list(ORG))
    tap = postback_event(confirm, group=GROUP, user=KONGJ)
    assert bot.post(tap) == 200
    assert bot.post(redelivered(tap)) == 200
    rows = bot.services.db.submissions.list(ORG)
    assert len(rows) == before + 1
    stored = rows[-1]
    assert (stored.unit, stored.step, stored.source_event_id) == (
        "กองการเจ้าหน้าที่",
        3,
        tap["webhookEventId"],
    )
    assert "บันทึกแล้ว" in bot.texts()


def test_a_second_tap_on_the_same_confirmation_stores_nothing_more(bot: Bot) -> None:
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว", group=GROUP, user=KONGJ))
    confirm = _buttons(bot)["ยืนยัน"]
    bot.post(postback_event(confirm, group=GROUP, user=KONGJ))
    count = len(bot.services.db.submissions.list(ORG))
    bot.post(postback_event(confirm, group=GROUP, user=KONGJ))
    assert len(bot.services.db.submissions.list(ORG)) == count
    assert "ไม่พบรายการที่รอยืนยัน" in bot.texts()


def test_someone_else_cannot_confirm_my_submission(bot: Bot) -> None:
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว", group=GROUP, user=KONGJ))
    confirm = _buttons(bot)["ยืนยัน"]
    count = len(bot.services.db.submissions.list(ORG))
    bot.post(postback_event(confirm, group=GROUP, user=KONGKLANG))
    assert len(bot.services.db.submissions.list(ORG)) == count


def test_an_unregistered_user_is_refused_politely_and_nothing_changes(bot: Bot) -> None:
    count = len(bot.services.db.submissions.list(ORG))
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว", group=GROUP, user=STRANGER))
    assert "ลงทะเบียน" in bot.texts()
    assert "ยืนยัน" not in _buttons(bot)
    assert len(bot.services.db.submissions.list(ORG)) == count


def test_a_member_cannot_submit_for_another_unit(bot: Bot) -> None:
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว กองกลาง", group=GROUP, user=KONGKLANG))
    assert "บันทึกได้เฉพาะของ กองคลัง" in bot.texts()


def test_the_coordinator_can_submit_for_any_unit(bot: Bot) -> None:
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว กองนิติการ", group=GROUP, user=COORDINATOR))
    assert "ยืนยัน" in _buttons(bot)


def test_without_a_user_id_the_bot_answers_read_only(bot: Bot) -> None:
    bot.post(text_event("บอท สถานะ", group=GROUP, user=None))
    assert "31 ม.ค. 2568" in bot.texts()
    bot.post(text_event("บอท ขั้นตอนที่ 3 ส่งแล้ว", group=GROUP, user=None))
    assert "บันทึกแทนไม่ได้" in bot.texts()


def test_a_registered_member_can_ask_in_a_one_to_one_chat(bot: Bot) -> None:
    bot.post(text_event("เหลือกี่วัน", group=None, user=KONGKLANG))
    assert "31 ม.ค. 2568" in bot.texts()


def test_an_unknown_message_in_a_one_to_one_chat_gets_help_not_silence(bot: Bot) -> None:
    bot.post(text_event("กินข้าวยัง", group=None, user=STRANGER))
    assert bot.line.replies()


def test_a_sticker_in_a_one_to_one_chat_gets_a_hint(bot: Bot) -> None:
    bot.post(sticker_event(group=None, user=KONGKLANG))
    assert "เฉพาะข้อความ" in bot.texts()


def test_a_line_500_on_reply_falls_back_to_a_push(bot: Bot) -> None:
    bot.line.script("reply", [FakeResponse(500)])
    assert bot.post(text_event("บอท สถานะ", group=GROUP, user=KONGKLANG)) == 200
    [push] = bot.line.pushes()
    assert push.body["to"] == GROUP


def test_an_expired_reply_token_falls_back_to_a_push(patient_bot: Bot) -> None:
    event = text_event("บอท สถานะ", group=GROUP, user=KONGKLANG)
    patient_bot.line.expire_reply_token(event["replyToken"])
    assert patient_bot.post(event) == 200
    assert len(patient_bot.line.pushes()) == 1


def test_a_slow_line_does_not_delay_the_webhook_answer(bot: Bot) -> None:
    bot.line.script("reply", [FakeResponse(200, delay=3.0)])
    raw = body(text_event("บอท สถานะ", group=GROUP, user=KONGKLANG))
    response = bot.client.post("/callback", data=raw, headers={"X-Line-Signature": sign(raw)})
    assert response.status_code == 200
    assert not bot.services.outbox.drain(0)  # answered while the reply was still in flight
    bot.services.outbox.drain(10)
    # The read timed out, but LINE had taken the reply: no push doubles it (observation 5).
    assert bot.line.pushes() == [] and len(bot.line.delivered()) == 1


def test_a_redelivered_message_is_answered_once(bot: Bot) -> None:
    event = text_event("บอท สถานะ", group=GROUP, user=KONGKLANG)
    bot.post(event)
    bot.post(redelivered(event))
    assert len(bot.line.landed_replies()) == 1


PATHUM_ORG = "ปทุมธานี"
OCSC_ORG = "สำนักงานคณะกรรมการข้าราชการพลเรือน"
OCSC_GROUP = "C" + "b" * 32


def test_an_indicator_question_gets_its_card_with_the_reported_result(bot: Bot) -> None:
    bot.post(text_event("บอท ตัวชี้วัดขยะได้เท่าไหร่ครับ", group=PATHUM_GROUP, user=PATHUM))
    [request] = bot.line.landed_replies()
    flex = next(m for m in request.messages if m["type"] == "flex")
    assert "50.17" in flex["altText"]
    assert "ร้อยละของปริมาณขยะมูลฝอยชุมชน" in str(flex["contents"])


def test_an_ambiguous_name_is_asked_back_and_the_pick_answers(bot: Bot) -> None:
    bot.services.db.groups.bind(GroupBinding(OCSC_GROUP, OCSC_ORG, "test", NOW))
    # ชุดข้อมูล names two different blocks; the ethics block printed twice is answered at once.
    bot.post(text_event("บอท ชุดข้อมูลผ่านไหม", group=OCSC_GROUP, user=STRANGER))
    picks = [d for d in _buttons(bot).values() if isinstance(decode(d), ChooseIndicator)]
    assert [decode(p).code for p in picks] == ["6", "7"]
    bot.post(postback_event(picks[1], group=OCSC_GROUP, user=STRANGER))
    assert "Master Data" in str(bot.line.replies()[-1].body)
    bot.post(text_event("บอท จริยธรรมผ่านไหม", group=OCSC_GROUP, user=STRANGER))
    assert "ปรากฏ 2 ครั้ง" in str(bot.line.replies()[-1].body)


def test_undo_withdraws_my_last_submission_without_deleting_it(bot: Bot) -> None:
    bot.post(text_event("บอท ส่งผล ขยะ 52.3", group=PATHUM_GROUP, user=PATHUM))
    bot.post(text_event("บอท ยืนยัน", group=PATHUM_GROUP, user=PATHUM))
    bot.post(text_event("บอท ยกเลิกที่ส่งล่าสุด", group=PATHUM_GROUP, user=PATHUM))
    confirm = _buttons(bot)["ยืนยัน"]
    bot.post(postback_event(confirm, group=PATHUM_GROUP, user=PATHUM))
    rows = bot.services.db.submissions.list(PATHUM_ORG)
    assert [r.action for r in rows] == ["submit", "undo"]
    assert rows[1].supersedes == rows[0].id
    bot.post(text_event("บอท ตัวชี้วัดขยะได้เท่าไหร่", group=PATHUM_GROUP, user=PATHUM))
    assert "50.17" in bot.line.replies()[-1].messages[-1]["altText"]


def test_the_preloading_master_freezes_what_it_made_and_fills_the_heap_holes_before_the_fork(
    tmp_path: Path,
) -> None:
    script = (
        "import gc; from bot.web.app import create_app_from_env; create_app_from_env(); "
        "from bot.web.heap_holes import free_in_holes; holes = free_in_holes(); "
        "print(gc.get_freeze_count() > 100_000, gc.isenabled(), holes is None or holes < 65536)"
    )
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/frozen.sqlite3"}
    started = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "True True True"


WORKER_SCRIPT = """
import sys
from bot.web.app import create_app_from_env
from bot.holidays_th import thai_holidays
from tests.fakes.webhook_events import body, sign, text_event

app = create_app_from_env()
client = app.test_client()
before, computed = set(sys.modules), thai_holidays.cache_info().misses
raw = body(text_event("บอท สถานะ", group=sys.argv[1], user=sys.argv[2]))
answered = client.post("/callback", data=raw, headers={"X-Line-Signature": sign(raw)},
                       content_type="application/json").status_code
app.extensions["pmqa"].outbox.drain(10)
ready = client.get("/readyz").status_code
print(answered, ready, computed, thai_holidays.cache_info().misses)
print(" ".join(sorted(set(sys.modules) - before)))
"""


def test_the_preloading_master_leaves_no_import_or_holiday_table_to_a_worker(
    demo_database_url: str, line_server: FakeLineServer
) -> None:
    # Under gunicorn's preload_app whatever the master imports or computes is shared with the
    # workers; what a worker does at its first message is copied into each one.
    env = {
        **os.environ,
        "DATABASE_URL": demo_database_url,
        "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_BASE_URL": line_server.base_url,
        "PMQA_TODAY": NOW.date().isoformat(),
        "PMQA_SCHEDULER_MAX_AGE": "0",
    }
    run = subprocess.run(
        [sys.executable, "-c", WORKER_SCRIPT, GROUP, KONGKLANG],
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    statuses, imported = run.stdout.splitlines()
    assert statuses == "200 200 1 1"  # the holidays were computed once, before the message
    # LINE counts mention offsets in UTF-16: that codec is the one import allowed.
    assert [name for name in imported.split() if not name.startswith("encodings.")] == []
    assert line_server.replies()
