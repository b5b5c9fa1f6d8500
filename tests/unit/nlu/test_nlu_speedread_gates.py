"""The cheap gates in front of the reader's later passes turn away only what those passes
would leave as it is (each gate is tested against its pass over the development corpus)."""

from __future__ import annotations

import re
from functools import cache

from handlers.nlu import asides
from handlers.nlu.guards import required_literals


@cache
def _development_texts() -> tuple[str, ...]:
    from handlers.nlu.evaluation import corpus_parts, load

    return tuple(example.text for part in corpus_parts()["dev"] for example in load(part))


def _gate_patterns() -> dict[str, object]:
    return {
        "complaint": asides._complaint_re(),
        "notice": asides._NOTICE_RE,
        "office": asides._OFFICE_RE,
        "bill": asides._BILL_RE,
        "private": asides._PRIVATE_RE,
        "not a report": asides._NOT_A_REPORT_RE,
        **{name: asides._GUARDED_CHATTER[name] for name in asides._NEWS_OF_OTHERS},
    }


def test_each_sharper_literal_stands_only_where_the_pattern_says() -> None:
    """The literals the aside gate looks for instead of a common one are those of the phrases
    it stands for: "ส่ง" only of "recipient" (whose every branch ends with a recipient),
    "ยังไม่" only of the estimate "ยังไม่ final", "ขา" and "ค้า" only of the third person."""
    givers = {
        literal: sorted(
            name
            for name, pattern in _gate_patterns().items()
            if literal in required_literals(pattern.pattern)  # type: ignore[attr-defined]
        )
        for literal in asides._SHARPER
    }
    assert givers == {
        "ส่ง": ["recipient"],
        "ยังไม่": ["not a report"],
        "ขา": ["not a report", "others"],
        "ค้า": ["not a report", "others"],
    }
    recipient = asides._any("recipient")
    pattern = asides._CHATTER["recipient"].pattern
    # Both branches, the channel's and "ส่ง…ให้", end with the recipient and its guard.
    assert pattern.count(recipient) == 2
    assert pattern.endswith(recipient + r"(?!\s?(?:บอท|ๆ|ภาพ))")
    estimates = [p for p in asides._sections()["estimate"] if p.startswith("ยังไม่ ")]
    assert estimates == ["ยังไม่ final"]
    assert "(?:เค้า|เขา)" in asides._CHATTER["others"].pattern


def test_every_match_of_a_gated_pattern_holds_a_literal_the_gate_looks_for() -> None:
    """Over the development texts (lower-cased, as the normalised text is), every match of
    the patterns behind the aside gate holds one of its literals, and so does every match
    of the outside bodies' news (``_not_ours``'s "sources")."""
    gate = asides._MAY_BE_ASIDE_RE
    patterns = [*_gate_patterns().values(), asides._CHATTER["sources"]]
    for text in _development_texts():
        lowered = text.lower()
        for pattern in patterns:
            compiled = pattern if isinstance(pattern, re.Pattern) else pattern.pattern  # type: ignore[attr-defined]
            for match in compiled.finditer(lowered):
                assert gate.search(match[0]) is not None, (text, match[0])
