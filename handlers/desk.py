"""The desk from the chat: a single-use login link (1:1), and the status as a chart."""

from __future__ import annotations

from handlers.common import missing_organisation, organisation_status
from handlers.context import Context
from handlers.desk_view import level_chart
from handlers.intent_spec import IntentSpec
from handlers.intents import Chart, DeskLink
from handlers.nlu.matcher import Rule
from handlers.permissions import Act, refusal
from handlers.replies import Action, ChartMessage, Reply, text_reply

LOGIN_MINUTES = 10
DESK_OFF = "ยังเปิดแดชบอร์ดไม่ได้ครับ ผู้ดูแลระบบต้องตั้งค่า PMQA_SECRET_KEY และ PMQA_PUBLIC_URL ก่อน"
NO_CHART = "ยังไม่มีผลที่วาดเป็นกราฟได้ครับ ลองพิมพ์ 'สถานะ' เพื่อดูรายละเอียด"
DESK_BUTTON = Action("ลิงก์แดชบอร์ด", text="ขอลิงก์แดชบอร์ด")
AFTER_CHART = (Action("สถานะ", text="สถานะ"), Action("ใครยังไม่ส่ง", text="ใครยังไม่ส่ง"))


def handle_desk_link(intent: DeskLink, ctx: Context) -> Reply:
    """A login link bound to the sender, valid once within ten minutes (1:1 chats only)."""
    why = refusal(ctx, Act.DESK_LINK)
    if why:
        return text_reply(why)
    assert ctx.member is not None and ctx.user_id is not None
    link = ctx.ports.desk.login_link(
        ctx.user_id,
        ctx.member.organisation,
        now=ctx.now,
        event_id=ctx.incoming.event_id,
        chat_id=ctx.incoming.chat.id,
    )
    if link is None:
        return text_reply(DESK_OFF)
    return text_reply(
        f"ลิงก์เข้าแดชบอร์ด {ctx.member.organisation}\n{link}\n"
        f"ใช้ได้ครั้งเดียว ภายใน {LOGIN_MINUTES} นาที และเข้าได้ในนามของคุณ โปรดอย่าส่งต่อ"
    )


def handle_chart(intent: Chart, ctx: Context) -> Reply:
    """The units' levels (or the indicators' scores) as a picture, or as bars in a card."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    chart = level_chart(organisation_status(ctx, org))
    if chart is None:
        return text_reply(NO_CHART)
    url = ctx.ports.desk.chart_link(org.name, today=ctx.today) or ""
    return Reply((ChartMessage(f"{chart.title}: {chart.subtitle}", chart, url),), AFTER_CHART)


# Another body's web site, or the drive the documents go to: no page of ours.
_ANOTHER_SITE = "ก.พ.ร.|กพร|opdc|กรม|กระทรวง|ไดรฟ์|ไดร์ฟ|drive"

# What a chart of everyday things is of: the markets, prices, the weather, the air, a disease.
_NOT_OUR_CHART = (
    "หุ้น|ราคาทอง|ทองคำ|ทองขึ้น|ทองลง|บิทคอยน์|บิตคอยน์|bitcoin|คริปโต|crypto|ค่าเงิน|อัตราแลกเปลี่ยน"
    "|ค่าเงินบาท|ราคาน้ำมัน|น้ำมันขึ้น|set index|ตลาดหุ้น|ดัชนีหุ้น|ฝุ่น|pm2.5|pm 2.5|โควิด|covid"
    "|อุณหภูมิ|พยากรณ์อากาศ|ราคาบ้าน|ราคาที่ดิน|น้ำหนักตัว|ยอดวิว|ยอดไลก์"
)
# fmt: off
SPECS = (
    IntentSpec(DeskLink, handle_desk_link, (
        Rule(("ขอลิงก์|ลิงก์|ลิงค์|ลิ้งค์|ลิ้ง|link|url|เข้า|เปิด|ขอ",
              "แดชบอร์ด|แดชบอด|แดชบอร์ท|dashboard|เดสก์|desk|หน้าเว็บ|เว็บไซต์"
              "|เว็บดูผล|เว็บดูสถานะ"), 970,
             lambda _: DeskLink(), unless=_ANOTHER_SITE),
        Rule(("แดชบอร์ด|แดชบอด",), 960, lambda _: DeskLink(), whole=True),
        # "dashboard อยู่ไหนครับ", "แดชบอร์ดเข้ายังไง": where our dashboard is, asked.
        Rule(("แดชบอร์ด|แดชบอด|แดชบอร์ท|dashboard",
              "อยู่ไหน|อยู่ที่ไหน|ที่ไหน|ตรงไหน|เข้ายังไง|เข้าทางไหน|เปิดยังไง|เปิดที่ไหน|ดูยังไง"
              "|ดูได้ที่ไหน|มีไหม|มีมั้ย|เข้าไม่ได้|หาไม่เจอ"), 967,
             lambda _: DeskLink(), unless=_ANOTHER_SITE),
        # "เว็บดูสถานะแบบเต็มจออยู่ไหน": where our web page to look at things is.
        Rule(("เว็บดู|เว็บที่ดู|เว็บไว้ดู|เว็บสำหรับดู|เว็บสรุป|หน้าเว็บดู",
              "อยู่ไหน|ที่ไหน|ตรงไหน|เข้ายังไง|เปิดยังไง|มีไหม|มีมั้ย|อะไร"), 966,
             lambda _: DeskLink(), unless="ก.พ.ร.|กพร|opdc"),  # another body's site
        # "ขอลิงก์หน้าจัดการ", "ขอลิ้งค์หน้ารวม", "link หน้า admin": a page of ours asked by its link.
        Rule(("ลิงก์|ลิงค์|ลิ้งค์|ลิ้ง|ลิงก|link|url",
              "หน้าจัดการ|หน้ารวม|หน้าสรุป|หน้าแอดมิน|หน้า admin|admin|แอดมิน|หน้าหลัก|หน้าเว็บ"
              # A page to look at the results: "ขอลิงก์ดูสรุปผลบนมือถือ", "ลิงก์หน้าจอสรุปผล",
              # "มีเว็บให้ผู้บริหารเข้าไปดูเองไหม ขอลิงก์" (sending anything is another link).
              "|หน้าจอ|สรุปผล|ดูสรุป|ดูผล|เว็บ|web|website|มือถือ|เข้าไปดู|ดูเอง"
              # The follow-up page: "ลิงก์หน้าติดตามผลของกองเราคืออันไหน".
              "|หน้าติดตาม|หน้าดูผล|หน้าผล"
              # Where it opens, what it shows: "ลิงก์ที่เปิดดูในเบราว์เซอร์ได้ มีไหม", "ลิ้งค์ดู
              # สถานะบนคอมอยู่ไหน" (never "ศูนย์คอม", a unit).
              "|เบราว์เซอร์|เบราเซอร์|บราวเซอร์|browser|chrome|บนคอม|ในคอม|จากคอม|ทางคอม"
              "|คอมพิวเตอร์|โน้ตบุ๊ก|โน้ตบุ๊ค|โน๊ตบุ๊ค|notebook|แท็บเล็ต|ไอแพด|ipad|ดูสถานะ|ดูคะแนน"), 965,
             lambda _: DeskLink(),
             unless="LINK|ไดรฟ์|ไดร์ฟ|drive|ฟอร์ม|form|แนบ|อัปโหลด|อัพโหลด|โฟลเดอร์|folder"
             # a meeting's or a clip's link ("ขอลิงก์ zoom ประชุมบนคอม"): no page of ours
             "|ประชุม|zoom|ซูม|meet|teams|webex|คลิป|วิดีโอ|วีดีโอ|youtube|ยูทูบ|อบรม|สัมมนา"
             "|ลิงก์ส่ง|ลิงค์ส่ง|ลิ้งค์ส่ง|ลิ้งส่ง|link ส่ง|สำหรับส่ง|ใช้ส่ง|ไว้ส่ง|ที่ส่ง"
             f"|{_ANOTHER_SITE}"),
        # "ขอลิงก์เว็บสรุปผลให้ผู้บริหารดู": our web summary; another body's site is not ours.
        Rule(("ลิงก์เว็บ|ลิงค์เว็บ|ลิ้งค์เว็บ|link เว็บ|เว็บสรุป",), 964, lambda _: DeskLink(),
             unless="LINK|ไดรฟ์|ไดร์ฟ|drive|ฟอร์ม|form|แนบ|ก.พ.ร.|กพร|opdc|สำนักงาน|กระทรวง|กรม"),
    )),
    IntentSpec(Chart, handle_chart, (
        # "มีชาร์ตให้ดูมั้ย": the English word as it sounds (never ชาร์จ, charging).
        # A chart of the markets, prices or the weather ("กราฟหุ้นวันนี้ร่วงหนักเลย") is chat.
        Rule(("กราฟ|แผนภูมิ|chart|graph|แผนภาพ|ชาร์ต|ชาร์ท",), 650, lambda _: Chart(),
             unless=_NOT_OUR_CHART),
    )),
)
# fmt: on
