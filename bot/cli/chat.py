"""``pmqa ask`` and ``pmqa chat``: the conversation pipeline without a LINE account."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import click

from bot.cli.support import friendly_errors, open_services
from bot.composition import Services
from bot.demo import DEMO_COORDINATOR, DEMO_GROUP
from bot.line import to_json
from handlers.context import Chat, ChatKind, Incoming
from handlers.conversation import respond
from handlers.gating import addressed_text
from handlers.render_text import render_reply

EXIT_WORDS = {"exit", "quit", "ออก", "จบ"}


def _incoming(text: str, user: str, group: str) -> Incoming:
    chat = Chat(ChatKind.GROUP, group) if group else Chat(ChatKind.USER, user)
    return Incoming(text, chat, user or None, event_id=f"cli:{uuid.uuid4().hex}")


def _answer(services: Services, text: str, user: str, group: str, as_json: bool) -> str:
    # As the webhook reads a group message; unlike a group, the console answers it unprefixed.
    prefixes = services.settings.group_prefixes
    text = addressed_text(text, shared=bool(group), mentioned_self=False, prefixes=prefixes) or text
    with services.db.unit_of_work() as uow:  # as the webhook: the answer and its writes at once
        reply = respond(
            _incoming(text, user, group), services.ports(uow, offline=True), services.now()
        )
        uow.commit()
    if as_json:
        return json.dumps(to_json(reply), ensure_ascii=False, indent=2)
    return render_reply(reply) or "(บอทไม่ตอบ)"


def _chat_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options ``ask`` and ``chat`` share: who speaks, in which chat, on which day."""
    func = click.option("--today", help="วันที่อ้างอิงแบบ YYYY-MM-DD (หรือ PMQA_TODAY)")(func)
    func = click.option(
        "--group", default=DEMO_GROUP, show_default=True, help="รหัสกลุ่ม LINE (ว่าง = แชท 1:1)"
    )(func)
    return click.option(
        "--user", default=DEMO_COORDINATOR, show_default=True, help="LINE user id ของผู้ถาม"
    )(func)


@click.command("ask")
@click.argument("text")
@_chat_options
@click.option("--json", "as_json", is_flag=True, help="พิมพ์ข้อความ LINE (JSON) แทนข้อความอ่านง่าย")
@click.pass_context
@friendly_errors
def ask(
    ctx: click.Context, text: str, user: str, group: str, today: str | None, as_json: bool
) -> None:
    """ส่งข้อความหนึ่งข้อความผ่านบอท แล้วพิมพ์คำตอบ"""
    services = open_services(ctx, today=today)
    click.echo(_answer(services, text, user, group, as_json))


@click.command("chat")
@_chat_options
@click.pass_context
@friendly_errors
def chat(ctx: click.Context, user: str, group: str, today: str | None) -> None:
    """คุยกับบอทในคอนโซล (พิมพ์ 'ออก' เพื่อจบ)"""
    services = open_services(ctx, today=today)
    click.echo("PMQA Bot (คอนโซล) — พิมพ์ 'ออก' เพื่อจบ")
    while True:
        try:
            text = input("คุณ> ").strip()
        except EOFError:
            break
        if text.lower() in EXIT_WORDS:
            break
        if text:
            click.echo(_answer(services, text, user, group, False) + "\n")


COMMANDS = (ask, chat)
