"""Segmentation: PyThaiNLP's newmm over its dictionary and our domain words."""

from __future__ import annotations

import pytest

from handlers.nlu.tokenize import DOMAIN_WORDS_FILE, domain_words, pieces, tokens, warm_up


def test_warm_up_returns_the_seconds_it_took() -> None:
    assert 0 <= warm_up() < 30


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ตัวชี้วัดขยะได้เท่าไหร่", "ตัวชี้วัด"),
        ("ใครยังไม่ส่งแผน", "ยังไม่ส่ง"),
        ("กองคลังถึงไหนแล้ว", "กองคลัง"),
        ("ผูกกลุ่มกับสป.รง.", "ผูกกลุ่ม"),
        ("ส่งรายงานผลทาง google drive แล้ว", "google drive"),
        ("อัปเดต e-service 190", "e-service"),
    ],
)
def test_domain_words_stay_whole(text: str, word: str) -> None:
    assert word in tokens(text)


def test_tokens_drop_whitespace_and_pieces_give_the_text_back() -> None:
    text = "ส่งผล  ขยะ 52.3"
    assert "".join(pieces(text)) == text
    assert not any(t.isspace() for t in tokens(text))
    assert tokens("") == []


def test_domain_words_are_read_one_a_line_and_lower_cased() -> None:
    lines = DOMAIN_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() == line and line for line in lines)
    assert {"pmqa", "e-service", "master data", "ตัวชี้วัด", "ค้างส่ง"} <= domain_words()
