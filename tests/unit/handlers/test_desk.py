"""The desk from the chat: login links only in 1:1 chats for members, and the chart."""

from __future__ import annotations

from dataclasses import replace

from handlers.context import ChatKind
from handlers.desk import DESK_OFF, NO_CHART, handle_chart, handle_desk_link
from handlers.intents import Chart, DeskLink
from handlers.permissions import DESK_IN_PRIVATE, DESK_REGISTERED
from handlers.render_text import render_reply
from handlers.replies import ChartMessage
from tests.fakes.chat import context, say
from tests.fakes.desk import FakeDeskLinks
from tests.fakes.ports import NOW, FakePorts, fake_ports
from tests.fakes.reading import text_of
from tests.fakes.seed import COORDINATOR, PATHUM, SOMCHAI, labour


def _with_desk(ports: FakePorts, desk: FakeDeskLinks) -> FakePorts:
    return replace(ports, desk=desk)


def test_a_member_gets_a_single_use_link_in_their_one_to_one_chat(mol: FakePorts) -> None:
    desk = FakeDeskLinks()
    ctx = context(_with_desk(mol, desk), SOMCHAI, kind=ChatKind.USER, event_id="ev-1")
    reply = handle_desk_link(DeskLink(), ctx)
    assert "https://desk.test/desk/login/token-1" in text_of(reply)
    assert "ใช้ได้ครั้งเดียว ภายใน 10 นาที" in text_of(reply)
    issued = desk.issued[0]
    assert (issued.line_user_id, issued.organisation) == (SOMCHAI.line_user_id, labour().name)
    assert (issued.at, issued.event_id, issued.chat_id) == (NOW, "ev-1", SOMCHAI.line_user_id)


def test_a_link_asked_for_in_the_group_is_refused_and_none_is_issued(mol: FakePorts) -> None:
    desk = FakeDeskLinks()
    reply = handle_desk_link(DeskLink(), context(_with_desk(mol, desk), COORDINATOR))
    assert text_of(reply) == DESK_IN_PRIVATE
    assert desk.issued == []


def test_a_stranger_gets_no_link(mol: FakePorts) -> None:
    desk = FakeDeskLinks()
    ports = _with_desk(mol, desk)
    reply = handle_desk_link(DeskLink(), context(ports, "Ustranger", kind=ChatKind.USER))
    assert text_of(reply) == DESK_REGISTERED
    assert desk.issued == []


def test_without_a_desk_set_up_the_member_is_told_what_the_administrator_must_do(
    mol: FakePorts,
) -> None:
    reply = handle_desk_link(DeskLink(), context(mol, SOMCHAI, kind=ChatKind.USER))
    assert text_of(reply) == DESK_OFF


def test_typing_the_request_reaches_the_handler_through_the_conversation(mol: FakePorts) -> None:
    desk = FakeDeskLinks()
    reply = say(_with_desk(mol, desk), "ขอลิงก์แดชบอร์ดครับ", SOMCHAI, kind=ChatKind.USER)
    assert "token-1" in text_of(reply)


def test_the_chart_is_a_picture_when_the_host_can_serve_one(mol_demo: FakePorts) -> None:
    reply = handle_chart(Chart(), context(_with_desk(mol_demo, FakeDeskLinks()), SOMCHAI))
    message = reply.messages[0]
    assert isinstance(message, ChartMessage)
    assert message.image_url == "https://desk.test/desk/chart/2025-01-28.png"
    bars = {bar.label: bar.text for bar in message.chart.bars}
    assert bars["กองคลัง"] == "ระดับ 3 · 2.50"
    assert bars["ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"] == "ระดับ 1 · 1.00"


def test_without_a_public_host_the_chart_is_drawn_in_the_card(mol_demo: FakePorts) -> None:
    ports = _with_desk(mol_demo, FakeDeskLinks(public=False))
    reply = handle_chart(Chart(), context(ports, SOMCHAI))
    message = reply.messages[0]
    assert isinstance(message, ChartMessage) and message.image_url == ""
    assert "กองคลัง: █████░░░░░ ระดับ 3 · 2.50" in render_reply(reply)


def test_a_report_organisation_charts_each_indicators_score() -> None:
    from tests.fakes.seed import pathum_thani

    ports = fake_ports(pathum_thani(), members=[PATHUM])
    reply = say(ports, "ภาพรวมเป็นกราฟ", PATHUM)
    message = reply.messages[0]
    assert isinstance(message, ChartMessage)
    assert message.chart.maximum == 100
    assert all(bar.text.endswith("%") for bar in message.chart.bars)


def test_an_organisation_with_nothing_scored_has_no_chart(mol: FakePorts) -> None:
    from kpi_core.models import Organisation

    ports = fake_ports(Organisation("สำนักงานว่าง"))
    reply = say(ports, "กราฟ", None)
    assert text_of(reply) == NO_CHART
