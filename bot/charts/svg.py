"""Charts as inline SVG for the desk pages: bars of levels, and the PMQA 4.0 band.

The browser draws the Thai text with the page's font; every text is escaped.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from bot.line.flex import TONE_COLOURS
from handlers.desk_view import Band, pmqa_band_labels
from handlers.replies import BarChart

WIDTH, LABEL, ROW = 640, 250, 34
BAND_COLOURS = ("#E5484D", "#F5A623", "#2F80ED", "#1DB446")


def bars_svg(chart: BarChart) -> str:
    """Horizontal bars, one row per bar, against the chart's maximum."""
    span = WIDTH - LABEL - 110
    rows = []
    for index, bar in enumerate(chart.bars):
        y = 8 + index * ROW
        share = max(Decimal(0), min(Decimal(1), bar.value / chart.maximum)) if chart.maximum else 0
        width = round(span * float(share), 1)
        rows.append(
            f'<text x="0" y="{y + 17}" class="label">{escape(_short(bar.label))}</text>'
            f'<rect x="{LABEL}" y="{y + 4}" width="{span}" height="18" rx="4" class="track"/>'
            f'<rect x="{LABEL}" y="{y + 4}" width="{width}" height="18" rx="4"'
            f' fill="{TONE_COLOURS[bar.tone]}"/>'
            f'<text x="{LABEL + span + 8}" y="{y + 17}" class="value">{escape(bar.text)}</text>'
        )
    height = 16 + ROW * len(chart.bars)
    title = escape(f"{chart.title}: {chart.subtitle}")
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{title}"'
        f' xmlns="http://www.w3.org/2000/svg"><title>{title}</title>{"".join(rows)}</svg>'
    )


def band_svg(band: Band) -> str:
    """The 0–500 scale in its four level bands, with a marker at the score."""
    bounds, top = band.bounds, band.bounds[-1]
    labels = pmqa_band_labels()
    parts = []
    for index, (low, high) in enumerate(zip(bounds, bounds[1:], strict=False)):
        x, width = _x(low, top), _x(high, top) - _x(low, top)
        parts.append(
            f'<rect x="{x}" y="20" width="{width}" height="22" fill="{BAND_COLOURS[index]}"'
            f' opacity="0.35"><title>{escape(labels[index])}</title></rect>'
            f'<text x="{x + 2}" y="58" class="tick">{low}</text>'
        )
    marker = _x(min(band.value, top), top)
    parts.append(f'<text x="{WIDTH - 30}" y="58" class="tick">{top}</text>')
    parts.append(f'<line x1="{marker}" y1="12" x2="{marker}" y2="46" class="marker"/>')
    parts.append(
        f'<text x="{marker}" y="10" class="value" text-anchor="middle">{band.value}</text>'
    )
    label = escape(f"คะแนน PMQA {band.value} จาก {top}: {band.level}")
    return (
        f'<svg class="band" viewBox="0 0 {WIDTH} 64" role="img" aria-label="{label}"'
        f' xmlns="http://www.w3.org/2000/svg"><title>{label}</title>{"".join(parts)}</svg>'
    )


def _x(value: Decimal, top: Decimal) -> float:
    return round(float(value / top) * (WIDTH - 30), 1)


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
