"""A chart reply as LINE messages: a picture on an HTTPS host, else bars drawn with boxes."""

from __future__ import annotations

from decimal import Decimal

from bot.line.messages import to_json
from handlers.replies import Bar, BarChart, ChartMessage, Reply, Tone
from tests.fakes.fake_line import line_problems

CHART = BarChart(
    "สำนักงานทดสอบ",
    "ตัวชี้วัด 1 ระดับของแต่ละหน่วยงาน",
    (
        Bar("กองคลัง", Decimal("2.5"), "ระดับ 3 · 2.50", Tone.WARN),
        Bar("กองกลาง", Decimal(0), "ระดับ 0"),
    ),
    Decimal(5),
    "คะแนนเฉลี่ย 1.25/5",
)


def test_a_chart_with_a_picture_is_an_image_message_line_accepts() -> None:
    url = "https://bot.example/desk/chart/abc.png"
    messages = to_json(Reply((ChartMessage("กราฟ", CHART, url),)))
    assert messages == [{"type": "image", "originalContentUrl": url, "previewImageUrl": url}]
    assert line_problems({"replyToken": "t", "messages": messages}) == []


def test_a_chart_without_a_picture_is_a_bubble_of_bars_line_accepts() -> None:
    messages = to_json(Reply((ChartMessage("กราฟ", CHART),)))
    assert messages[0]["type"] == "flex" and messages[0]["altText"] == "กราฟ"
    assert line_problems({"replyToken": "t", "messages": messages}) == []
    widths = _widths(messages[0]["contents"])
    assert widths == ["50%"]  # 2.5 of 5; an empty bar draws only its track


def test_a_picture_on_a_plain_http_host_is_refused_by_the_fake_line() -> None:
    messages = to_json(Reply((ChartMessage("กราฟ", CHART, "http://bot.example/x.png"),)))
    assert line_problems({"replyToken": "t", "messages": messages})


def _widths(node: object) -> list[str]:
    if isinstance(node, list):
        return [w for item in node for w in _widths(item)]
    if not isinstance(node, dict):
        return []
    own = [node["width"]] if "width" in node else []
    return own + [w for value in node.values() for w in _widths(value)]
