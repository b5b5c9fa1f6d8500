"""Reading and writing Thai dates, date windows and dates found in chat lines."""

from __future__ import annotations

from datetime import date

import pytest

from kpi_core.models import DateWindow
from kpi_core.thai_dates import (
    ThaiDateError,
    ThaiDateMatch,
    find_thai_dates,
    format_thai_date,
    format_thai_window,
    parse_thai_date,
    parse_window,
)

TODAY = date(2025, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29 พ.ย. 67", date(2024, 11, 29)),
        ("29 พ.ย.67", date(2024, 11, 29)),
        ("29พ.ย.67", date(2024, 11, 29)),
        ("  29   พ.ย.   67  ", date(2024, 11, 29)),
        ("31 มกราคม 2568", date(2025, 1, 31)),
        ("31 ม.ค. พ.ศ. 2568", date(2025, 1, 31)),
        ("31 ม.ค.พ.ศ.2568", date(2025, 1, 31)),
        ("๒๐ ธ.ค. ๖๗", date(2024, 12, 20)),
        ("๓๑ มกราคม ๒๕๖๘", date(2025, 1, 31)),
        ("1 ต.ค. 2567", date(2024, 10, 1)),
        ("31/1/2568", date(2025, 1, 31)),
        ("31/01/68", date(2025, 1, 31)),
        ("๓๑/๑/๒๕๖๘", date(2025, 1, 31)),
        ("2025-01-31", date(2025, 1, 31)),
        ("31 ม.ค. 2025", date(2025, 1, 31)),
        ("01 ม.ค. 68", date(2025, 1, 1)),
        ("5 มค 68", date(2025, 1, 5)),
        ("5 ม.ค 68", date(2025, 1, 5)),
        ("5 ม. ค. 68", date(2025, 1, 5)),
        ("5 กพ 68", date(2025, 2, 5)),
        ("5 มีค 68", date(2025, 3, 5)),
        ("5 กรกฏาคม 2568", date(2025, 7, 5)),
        ("5\u200bม.ค.\u200b68", date(2025, 1, 5)),
    ],
)
def test_a_written_date_is_read_in_every_usual_form(text: str, expected: date) -> None:
    assert parse_thai_date(text) == expected


@pytest.mark.parametrize(
    ("abbreviated", "full", "short", "month"),
    [
        ("ม.ค.", "มกราคม", "มกรา", 1),
        ("ก.พ.", "กุมภาพันธ์", "กุมภา", 2),
        ("มี.ค.", "มีนาคม", "มีนา", 3),
        ("เม.ย.", "เมษายน", "เมษา", 4),
        ("พ.ค.", "พฤษภาคม", "พฤษภา", 5),
        ("มิ.ย.", "มิถุนายน", "มิถุนา", 6),
        ("ก.ค.", "กรกฎาคม", "กรกฎา", 7),
        ("ส.ค.", "สิงหาคม", "สิงหา", 8),
        ("ก.ย.", "กันยายน", "กันยา", 9),
        ("ต.ค.", "ตุลาคม", "ตุลา", 10),
        ("พ.ย.", "พฤศจิกายน", "พฤศจิกา", 11),
        ("ธ.ค.", "ธันวาคม", "ธันวา", 12),
    ],
)
def test_every_month_is_read_abbreviated_in_full_short_and_without_dots(
    abbreviated: str, full: str, short: str, month: int
) -> None:
    expected = date(2025, month, 15)
    dotless = abbreviated.replace(".", "")
    for name in (abbreviated, full, short, dotless, abbreviated[:-1]):
        assert parse_thai_date(f"15 {name} 2568") == expected, name
        assert parse_thai_date(f"15{name}68") == expected, name


@pytest.mark.parametrize(
    ("year", "expected"),
    [("67", 2024), ("68", 2025), ("2568", 2025), ("2025", 2025), ("2400", 1857), ("2399", 2399)],
)
def test_a_two_digit_buddhist_year_means_25xx_and_four_digits_below_2400_are_ce(
    year: str, expected: int
) -> None:
    assert parse_thai_date(f"1 มี.ค. {year}").year == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("30 ม.ค.", date(2025, 1, 20), date(2025, 1, 30)),
        ("30 ธ.ค.", date(2025, 1, 20), date(2024, 12, 30)),
        ("5 ม.ค.", date(2024, 12, 20), date(2025, 1, 5)),
        ("15 ก.ค.", date(2025, 1, 15), date(2025, 7, 15)),
    ],
)
def test_a_missing_year_is_the_occurrence_closest_to_today(
    text: str, today: date, expected: date
) -> None:
    assert parse_thai_date(text, today=today) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 ก.พ. 68",
        "29 ก.พ. 68",
        "31 เม.ย. 2568",
        "32 ม.ค. 68",
        "0 ม.ค. 68",
        "31/13/68",
        "2025-02-30",
        "31 ม.ค.",
        "สวัสดี",
        "",
        "31 ม.ค. 567",
        "17 - 31 ม.ค. 68",
    ],
)
def test_an_invalid_or_unreadable_date_raises_a_thai_error(text: str) -> None:
    with pytest.raises(ThaiDateError):
        parse_thai_date(text)


def test_the_error_message_is_thai_and_names_the_text() -> None:
    with pytest.raises(ThaiDateError, match="31 ก.พ. 68") as caught:
        parse_thai_date("31 ก.พ. 68")
    assert "ไม่มีวันที่" in str(caught.value)


def test_a_leap_day_exists_in_a_leap_year() -> None:
    assert parse_thai_date("29 ก.พ. 67") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "opens", "due"),
    [
        ("29 พ.ย. 67", None, date(2024, 11, 29)),
        ("17 - 31 ม.ค. 68", date(2025, 1, 17), date(2025, 1, 31)),
        ("17-31 ม.ค. 68", date(2025, 1, 17), date(2025, 1, 31)),
        ("17 – 31 ม.ค. 68", date(2025, 1, 17), date(2025, 1, 31)),
        ("15 - 24 ก.ย.68", date(2025, 9, 15), date(2025, 9, 24)),
        ("28 ก.พ. - 3 มี.ค. 68", date(2025, 2, 28), date(2025, 3, 3)),
        ("25 ธ.ค. 67 - 5 ม.ค. 68", date(2024, 12, 25), date(2025, 1, 5)),
        ("25 ธ.ค. - 5 ม.ค. 68", date(2024, 12, 25), date(2025, 1, 5)),
        ("25 ธ.ค. 67 - 5 ม.ค.", date(2024, 12, 25), date(2025, 1, 5)),
        ("1 ต.ค. 67 - 31 มี.ค. 68", date(2024, 10, 1), date(2025, 3, 31)),
        ("17 ม.ค. ถึง 31 ม.ค. 68", date(2025, 1, 17), date(2025, 1, 31)),
        ("๑๗ - ๓๑ ม.ค. ๖๘", date(2025, 1, 17), date(2025, 1, 31)),
    ],
)
def test_a_window_opens_on_its_first_day_and_is_due_on_its_last(
    text: str, opens: date | None, due: date
) -> None:
    assert parse_window(f" {text} ") == DateWindow(text=text, due=due, opens=opens)


def test_a_window_without_a_year_takes_it_from_today() -> None:
    window = parse_window("17 - 31 ม.ค.", today=TODAY)
    assert (window.opens, window.due) == (date(2025, 1, 17), date(2025, 1, 31))


@pytest.mark.parametrize("text", ["31 - 17 ม.ค. 68", "1 - 31 ก.พ. 68", "ภายในเดือนนี้"])
def test_a_backwards_impossible_or_unreadable_window_raises(text: str) -> None:
    with pytest.raises(ThaiDateError):
        parse_window(text)


@pytest.mark.parametrize(
    "text",
    [
        "สำนักงาน ก.พ. ได้กำหนด",
        "ก.พ.ร.",
        "ตาม กฎ ก.พ. ว่าด้วย",
        "ข้อ 3 ก.พ.ร. กำหนดให้",
        "ตัวชี้วัดที่ 1-2 ก.พ.ร.",
        "มติ ก.พ. 2568 ว่าด้วย",
        "อัตราส่วน 3.28 ก.พ. ที่ผ่านมา",
        "ส่งรายงานแล้วครับ",
        "",
    ],
)
def test_the_agency_kpor_and_dateless_text_give_no_dates(text: str) -> None:
    assert find_thai_dates(text, today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("28 ก.พ. 68", "28 ก.พ. 68"),
        ("สำนักงาน ก.พ. ให้ส่งภายใน 28 ก.พ. 68 นะคะ", "28 ก.พ. 68"),
        ("แผนส่งแล้ว 30 ม.ค.", "30 ม.ค."),
        ("ประชุม 30 ม.ค. 10.30 น.", "30 ม.ค."),
        ("ขั้นตอนที่ 2 ส่งภายใน 17 - 31 ม.ค. 68 ครับ", "17 - 31 ม.ค. 68"),
        ("อัปโหลดเมื่อ ๕ ก.พ. ๖๘ แล้ว", "๕ ก.พ. ๖๘"),
        ("ส่ง 5/2/68 แล้ว", "5/2/68"),
    ],
)
def test_a_date_in_a_chat_line_is_found_with_its_offsets(text: str, found: str) -> None:
    (match,) = find_thai_dates(text, today=TODAY)
    assert (match.text, text[match.start : match.end]) == (found, found)


def test_every_date_and_range_in_a_sentence_is_found_in_order() -> None:
    text = "รอบแรก 17-31 ม.ค. 68 ส่งจริง 30 ม.ค. 68 และแก้ไข 2025-02-03"
    found = find_thai_dates(text)
    assert [(m.opens, m.due, m.text) for m in found] == [
        (date(2025, 1, 17), date(2025, 1, 31), "17-31 ม.ค. 68"),
        (None, date(2025, 1, 30), "30 ม.ค. 68"),
        (None, date(2025, 2, 3), "2025-02-03"),
    ]
    assert [m.start for m in found] == [text.index(m.text) for m in found]


def test_a_date_without_a_year_is_skipped_when_today_is_unknown() -> None:
    text = "ส่ง 30 ม.ค. และ 31 ม.ค. 68"
    start = text.index("31")
    assert find_thai_dates(text) == [
        ThaiDateMatch(None, date(2025, 1, 31), start, start + 10, "31 ม.ค. 68")
    ]


def test_an_impossible_date_in_free_text_is_skipped() -> None:
    assert find_thai_dates("ส่ง 31 ก.พ. 68", today=TODAY) == []


@pytest.mark.parametrize(
    ("day", "full_month", "expected"),
    [
        (date(2025, 1, 31), False, "31 ม.ค. 2568"),
        (date(2025, 1, 31), True, "31 มกราคม 2568"),
        (date(2024, 10, 1), False, "1 ต.ค. 2567"),
        (date(2024, 12, 5), True, "5 ธันวาคม 2567"),
    ],
)
def test_a_date_is_written_with_a_buddhist_year(day: date, full_month: bool, expected: str) -> None:
    assert format_thai_date(day, full_month=full_month) == expected


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (DateWindow("", date(2024, 11, 29)), "29 พ.ย. 2567"),
        (DateWindow("", date(2025, 1, 31), date(2025, 1, 31)), "31 ม.ค. 2568"),
        (DateWindow("", date(2025, 1, 31), date(2025, 1, 17)), "17–31 ม.ค. 2568"),
        (DateWindow("", date(2025, 3, 3), date(2025, 2, 28)), "28 ก.พ. – 3 มี.ค. 2568"),
        (DateWindow("", date(2025, 1, 5), date(2024, 12, 25)), "25 ธ.ค. 2567 – 5 ม.ค. 2568"),
        (DateWindow("ภายในไตรมาสที่ 2"), "ภายในไตรมาสที่ 2"),
    ],
)
def test_a_window_is_written_compactly(window: DateWindow, expected: str) -> None:
    assert format_thai_window(window) == expected


def test_a_written_date_reads_back_as_the_same_day() -> None:
    for day in (date(2024, 10, 1), date(2025, 2, 28), date(2025, 9, 30)):
        assert parse_thai_date(format_thai_date(day)) == day
        assert parse_thai_date(format_thai_date(day, full_month=True)) == day


@pytest.mark.parametrize(
    ("text", "found", "due"),
    [
        # A day of the month alone is the nearest such day (as a year-less date is).
        ("แผนส่งไปวันที่ 13 ค่ะ", "วันที่ 13", date(2025, 1, 13)),
        ("ส่งแล้ววันที่ ๕", "วันที่ ๕", date(2025, 1, 5)),
        ("ส่งภายในวันที่ 25", "วันที่ 25", date(2025, 1, 25)),
        # With its month it is the usual date.
        ("ส่งแล้ววันที่ 13 ม.ค. 68", "13 ม.ค. 68", date(2025, 1, 13)),
    ],
)
def test_a_day_of_the_month_alone_is_the_nearest_such_day(text: str, found: str, due: date) -> None:
    (match,) = find_thai_dates(text, today=TODAY)
    assert (match.text, text[match.start : match.end], match.due) == (found, found, due)


@pytest.mark.parametrize("text", ["วันที่ 13", "วันที่ 32 ครับ"])
def test_a_day_of_the_month_needs_today_and_a_real_day(text: str) -> None:
    today = None if text == "วันที่ 13" else TODAY
    assert find_thai_dates(text, today=today) == []
