"""Normalisation: mentions in UTF-16 units, Unicode, Thai digits, repeats, particles, case."""

from __future__ import annotations

import re

import pytest

from handlers.nlu import normalise, utf16_to_index


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("สถานะ", "สถานะ"),
        ("  สถานะ   ครับ  ", "สถานะ"),
        ("สถานะครับบบบ", "สถานะ"),
        ("ค่าาาา", "ค่า"),
        ("ขยะ ๕๒.๓ ครับ", "ขยะ 52.3"),
        ("ส่ง\u200bผล ขยะ\u200b 52", "ส่งผล ขยะ 52"),
        ("\ufeffสรุป\u2060", "สรุป"),
        ("ขยะ 1000 ครับ", "ขยะ 1000"),
        ("google drive", "google drive"),
        ("PMQA ถึงไหนแล้ว", "pmqa ถึงไหนแล้ว"),
        ("E-Service", "e-service"),
        ("ทำอะไรได้บ้าง???", "ทำอะไรได้บ้าง"),
        ("ใช่ไหม!!!", "ใช่ไหม"),
        ("?", "?"),
        ("???", "?"),
        ("ขอบคุณครับ.", "ขอบคุณ"),
        ("ขอบคุณค่ะ 🙏🙏", "ขอบคุณ"),
        ("ยืนยันจ้าาา", "ยืนยัน"),
        ("ส่งผลขยะ 52 ด้วยนะครับ", "ส่งผลขยะ 52"),
        ("ขอสถานะหน่อยค่ะ", "ขอสถานะ"),
        ("ท่องเที่ยวผ่านขั้นไหนคะ", "ท่องเที่ยวผ่านขั้นไหน"),
        ("ได้เท่าไหร่ฮะ", "ได้เท่าไหร่"),
        ("ดีครับผม", "ดี"),
        ("ยืนยันคับ", "ยืนยัน"),
        ("ขยะนะคะ", "ขยะ"),
        ("สวัสดีค๊ะ", "สวัสดี"),
        # A held vowel (ค่าา, จ้าา) is never Thai.
        ("รับทราบค่าา", "รับทราบ"),
        ("ได้จ้าา", "ได้"),
        ("ส่งเเผนเเล้วค่ะ", "ส่งแผนแล้ว"),  # เ typed twice for แ
    ],
)
def test_a_message_is_normalised_in_one_pass(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "text",
    ["ช่วยด้วย", "เห็นด้วย", "สถานะ", "ใครชนะ", "ตัวชี้วัดบังคับ", "มูลค่า", "เดือนหน้า"],
)
def test_words_that_end_like_a_particle_are_left_whole(text: str) -> None:
    assert normalise(text) == text


@pytest.mark.parametrize("text", ["ครับ", "ค่ะ", "นะครับ", "ค่า", "ด้วย"])
def test_a_message_made_only_of_particles_is_kept(text: str) -> None:
    assert normalise(text) == text


@pytest.mark.parametrize("text", ["ศทส.", "ลงทะเบียน กค.", "ผูกกลุ่ม สป.รง."])
def test_the_dot_of_an_abbreviation_is_kept(text: str) -> None:
    assert normalise(text) == text


def test_the_bots_mention_is_removed_by_its_utf16_span() -> None:
    text = "@PMQA Bot สถานะ"
    assert normalise(text, mention_spans=[(0, 9)]) == "สถานะ"


def test_an_emoji_before_the_mention_counts_as_two_utf16_units() -> None:
    text = "😀 @PMQA Bot ขยะได้เท่าไหร่"
    assert normalise(text, mention_spans=[(3, 9)]) == "😀 ขยะได้เท่าไหร่"


def test_several_mentions_are_removed_and_other_text_kept() -> None:
    text = "@บอท ใครยังไม่ส่ง @บอท"
    assert normalise(text, mention_spans=[(0, 4), (text.rindex("@"), 4)]) == "ใครยังไม่ส่ง"


@pytest.mark.parametrize(
    ("text", "units", "index"),
    [("abc", 2, 2), ("😀ab", 2, 1), ("😀ab", 3, 2), ("ก😀ข", 3, 2), ("ขยะ", 10, 3), ("", 0, 0)],
)
def test_utf16_offsets_map_to_string_indexes(text: str, units: int, index: int) -> None:
    assert utf16_to_index(text, units) == index


def test_every_kind_of_unicode_space_between_words_becomes_one_space() -> None:
    spaces = [chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c))]  # U+3000 is last
    assert len(spaces) > 20
    for space in spaces:
        assert normalise(f"{space}ขยะ{space}{space}52{space}") == "ขยะ 52", hex(ord(space))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("สถานะ??", "สถานะ"), ("ขยะ?? 52", "ขยะ? 52"), ("ส่งผล!!! ขยะ", "ส่งผล! ขยะ"), ("ABC", "abc")],
)
def test_repeated_marks_collapse_and_ascii_is_lower_cased(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_e_typed_twice_for_ae_is_mended_after_the_mention_is_removed() -> None:
    text = "@บอท ส่งเเผนเเล้ว"
    assert normalise(text, mention_spans=[(0, 4)]) == "ส่งแผนแล้ว"
