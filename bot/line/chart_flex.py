"""A chart as a Flex bubble: each bar drawn with boxes, for hosts that cannot serve a picture."""

from __future__ import annotations

from decimal import Decimal

from bot.line.flex import GREY, TONE_COLOURS, Json
from bot.line.limits import MAX_BUBBLE_BYTES, json_size
from handlers.replies import Bar, BarChart

TRACK = "#EEEEEE"
FILLER: Json = {"type": "filler"}  # LINE rejects a box without contents
MAX_BARS = 20  # a bubble of 20 bars stays far below LINE's 30 KB


def chart_bubble(chart: BarChart) -> Json:
    """The bubble: title, subtitle, one labelled bar per row, the footer."""
    bars = chart.bars[:MAX_BARS]
    body = [_bar(bar, chart.maximum) for bar in bars]
    if len(chart.bars) > MAX_BARS:
        body.append(_text(f"…และอีก {len(chart.bars) - MAX_BARS} รายการ", size="xs", color=GREY))
    header = [_text(chart.title, weight="bold", size="md")]
    if chart.subtitle:
        header.append(_text(chart.subtitle, size="xs", color=GREY))
    bubble: Json = {
        "type": "bubble",
        "header": {"type": "box", "layout": "vertical", "contents": header, "spacing": "sm"},
        "body": {"type": "box", "layout": "vertical", "contents": body, "spacing": "md"},
    }
    if chart.footer:
        bubble["footer"] = {
            "type": "box",
            "layout": "vertical",
            "contents": [_text(chart.footer, size="sm")],
        }
    assert json_size(bubble) <= MAX_BUBBLE_BYTES
    return bubble


def _bar(bar: Bar, maximum: Decimal) -> Json:
    share = bar.value / maximum if maximum else Decimal(0)
    percent = max(0, min(100, round(share * 100)))
    fill: list[Json] = []
    if percent:
        fill.append(
            {
                "type": "box",
                "layout": "vertical",
                "contents": [FILLER],
                "width": f"{percent}%",
                "height": "10px",
                "backgroundColor": TONE_COLOURS[bar.tone],
                "cornerRadius": "sm",
            }
        )
    track = {
        "type": "box",
        "layout": "vertical",
        "contents": fill or [FILLER],
        "height": "10px",
        "backgroundColor": TRACK,
        "cornerRadius": "sm",
    }
    label = {
        "type": "box",
        "layout": "horizontal",
        "contents": [
            _text(bar.label, size="xs", flex=3),
            _text(bar.text, size="xs", align="end", color=GREY, flex=2),
        ],
    }
    return {"type": "box", "layout": "vertical", "contents": [label, track], "spacing": "xs"}


def _text(text: str, **style: object) -> Json:
    return {"type": "text", "text": text, "wrap": True, **style}
