"""A bar chart as a PNG with the bundled Thai font, for LINE's image messages.

Pillow is imported here only, when a picture is drawn: the webhook workers never load it.
Thai needs real text shaping (tone marks above vowels); Pillow's wheels bring libraqm, and
without it the text would lose its marks, so drawing refuses rather than print wrong Thai.
"""

from __future__ import annotations

import io
from decimal import Decimal
from importlib import resources
from typing import Any

from bot.line.flex import GREY, TONE_COLOURS
from handlers.replies import BarChart

FONTS = resources.files("bot.web.desk").joinpath("static", "fonts")  # Sarabun, see SOURCE.txt
WIDTH, MARGIN, ROW, BAR_HEIGHT = 1040, 40, 78, 26
TRACK = "#EEEEEE"


class ChartUnavailable(RuntimeError):
    """The picture cannot be drawn correctly here (no text shaping for Thai)."""


def chart_png(chart: BarChart) -> bytes:
    """The chart as PNG bytes: title, subtitle, one labelled bar per row, the footer."""
    from PIL import Image, ImageDraw

    regular, bold, small = _fonts()
    height = 150 + ROW * len(chart.bars) + (50 if chart.footer else 0)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, 28), chart.title, font=bold, fill="#222222")
    draw.text((MARGIN, 72), chart.subtitle, font=small, fill=GREY)
    top = _bars(draw, chart, regular)
    if chart.footer:
        draw.text((MARGIN, top + 8), chart.footer, font=regular, fill="#222222")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _fonts() -> tuple[Any, Any, Any]:
    """Sarabun regular, bold and small, laid out by libraqm (refused without it)."""
    from PIL import ImageFont, features

    if not features.check("raqm"):
        raise ChartUnavailable("Pillow has no libraqm: Thai text cannot be shaped")

    def font(name: str, size: int) -> Any:
        path = str(FONTS.joinpath(name))
        return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)

    return (
        font("Sarabun-Regular.ttf", 24),
        font("Sarabun-Bold.ttf", 30),
        font("Sarabun-Regular.ttf", 20),
    )


def _bars(draw: Any, chart: BarChart, font: Any) -> int:
    """Draw each bar under its label; the height reached."""
    top = 120
    for bar in chart.bars:
        draw.text((MARGIN, top), _fit(draw, bar.label, font, 700), font=font, fill="#222222")
        draw.text((WIDTH - MARGIN, top), bar.text, font=font, fill=GREY, anchor="ra")
        y = top + 36
        draw.rounded_rectangle((MARGIN, y, WIDTH - MARGIN, y + BAR_HEIGHT), 6, fill=TRACK)
        end = MARGIN + (WIDTH - 2 * MARGIN) * _share(bar.value, chart.maximum)
        if end > MARGIN + 12:
            colour = TONE_COLOURS[bar.tone]
            draw.rounded_rectangle((MARGIN, y, end, y + BAR_HEIGHT), 6, fill=colour)
        top += ROW
    return top


def _share(value: Decimal, maximum: Decimal) -> float:
    return float(max(Decimal(0), min(Decimal(1), value / maximum))) if maximum else 0.0


def _fit(draw: Any, text: str, font: Any, width: int) -> str:
    """``text`` cut (with …) to ``width`` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"
