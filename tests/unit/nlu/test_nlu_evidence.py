"""Step 5's count of plan indicators, step 2's meetings, evidence links and documents, read
from chat (issue 8): links are cut before normalising, so their case and characters survive."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from handlers.intents import MarkStep
from handlers.nlu.evidence import counts
from handlers.nlu.web_links import checked_link, cut_links, link_channel
from handlers.registry import understand
from kpi_core.models import Documents
from tests.fakes.understanding import intent_of

TODAY = date(2025, 9, 30)
DRIVE = "https://drive.google.com/drive/folders/1AbC-dEf_GhI?usp=sharing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("บรรลุ 7 จาก 8 ตัวชี้วัด", MarkStep("", met=7, of=8)),
        ("บรรลุค่าเป้าหมาย 7 จาก 8 ตัวชี้วัดค่ะ", MarkStep("", met=7, of=8)),
        ("ตัวชี้วัดตามแผนบรรลุ ๖ จาก ๘", MarkStep("", met=6, of=8)),
        ("บรรลุเป้าหมาย 6 ใน 8 ตัว", MarkStep("", met=6, of=8)),
        ("บรรลุ 10 จาก 10 ตัวชี้วัด กองคลัง", MarkStep("", met=10, of=10, unit="กองคลัง")),
        ("ขั้นตอนที่ 5 บรรลุ 7 จาก 8", MarkStep("5", met=7, of=8)),
        ("เข้าร่วม 6 จาก 7 ครั้ง", MarkStep("เข้าร่วม", met=6, of=7)),
        ("กองคลัง เข้าประชุม 5 จาก 7 ครั้ง", MarkStep("เข้าประชุม", met=5, of=7, unit="กองคลัง")),
        ("เข้าร่วม 90%", MarkStep("เข้าร่วม", value=Decimal(90))),
    ],
)
def test_counts_of_plan_indicators_and_meetings(text: str, expected: MarkStep) -> None:
    assert intent_of(text) == expected


def test_a_step_with_its_drive_link_keeps_the_link_exactly_as_typed() -> None:
    intent = intent_of(f"ขั้นตอนที่ 3 ส่งแล้ว {DRIVE}")
    assert intent == MarkStep("3", links=(DRIVE,))


def test_a_link_alone_with_a_step_is_a_finished_step() -> None:
    assert intent_of(f"ขั้นตอนที่ 4 {DRIVE} ครับ") == MarkStep("4", links=(DRIVE,))


def test_two_links_and_a_trailing_full_stop() -> None:
    other = "https://onedrive.live.com/x/Report.PDF"
    intent = intent_of(f"ส่งรายงานผลแล้ว {DRIVE} และ {other}.")
    assert intent == MarkStep("รายงานผล", links=(DRIVE, other))


def test_a_link_of_another_scheme_is_kept_aside_to_be_refused() -> None:
    intent = intent_of("ขั้นตอนที่ 3 ส่งแล้ว ftp://files.example.org/plan.pdf")
    assert intent == MarkStep("3", refused_links=("ftp://files.example.org/plan.pdf",))


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("ขั้นตอนที่ 3 ส่งแล้ว ยังไม่มีเอกสารประกอบ", Documents.MISSING),
        ("ขั้นตอนที่ 4 ส่งแล้วแต่ไม่มีเอกสารประกอบค่ะ", Documents.MISSING),
        ("ขั้นตอนที่ 3 ยังไม่มีเอกสารประกอบ", Documents.MISSING),
        ("ส่งแผนแล้ว เอกสารไม่ครบ", Documents.INCOMPLETE),
    ],
)
def test_what_is_said_of_the_documents(text: str, documents: Documents) -> None:
    intent = intent_of(text)
    assert isinstance(intent, MarkStep)
    assert intent.documents is documents


@pytest.mark.parametrize("text", ["ใครยังไม่ได้ส่งเอกสารขั้นตอนที่ 3", "ขั้นตอนที่ 3 ใครยังไม่มีเอกสาร"])
def test_asking_who_has_no_documents_stays_a_question(text: str) -> None:
    assert not isinstance(intent_of(text), MarkStep)


def test_sent_by_email_is_a_channel() -> None:
    intent = intent_of("ขั้นตอนที่ 3 ส่งทางอีเมลแล้ว")
    assert intent == MarkStep("3", channel="email")


@pytest.mark.parametrize(
    ("link", "stored"),
    [
        (DRIVE, DRIVE),
        ("http://docs.google.com/document/d/1x", "http://docs.google.com/document/d/1x"),
        ("www.example.org/a", "https://www.example.org/a"),
        ("drive.google.com/drive/folders/1X", "https://drive.google.com/drive/folders/1X"),
        ("javascript:alert(1)", ""),
        ("ftp://example.org/a", ""),
        ("https://", ""),
        ("https://localhost/a", ""),
        ("https://" + "a" * 1000 + ".org", ""),
    ],
)
def test_only_http_and_https_links_with_a_host_are_stored(link: str, stored: str) -> None:
    assert checked_link(link) == stored


def test_links_are_cut_before_anything_else_reads_the_text() -> None:
    cut = cut_links(f"ส่งแล้ว {DRIVE}, ftp://x.org/a ครับ")
    assert cut.text == "ส่งแล้ว , ครับ"  # the comma closed the sentence, not the link
    assert (cut.valid, cut.refused) == ((DRIVE,), ("ftp://x.org/a",))


@pytest.mark.parametrize(
    ("links", "channel"),
    [
        ((DRIVE,), "google_drive"),
        ((DRIVE, "https://docs.google.com/spreadsheets/d/1"), "google_drive"),
        ((DRIVE, "https://www.dropbox.com/s/1"), "other_link"),
        ((), ""),
    ],
)
def test_the_channel_is_read_from_the_links(links: tuple[str, ...], channel: str) -> None:
    assert link_channel(links) == channel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ตัวชี้วัดตามแผนที่ 3 บรรลุ", MarkStep("", passed=True, plan_item=3)),
        ("ตัวชี้วัดที่ 2 ตามแผน ไม่บรรลุค่ะ", MarkStep("", passed=False, plan_item=2)),
        ("ตัวชี้วัดของแผนข้อ ๔ บรรลุค่าเป้าหมาย", MarkStep("", passed=True, plan_item=4)),
        ("กองคลัง ตัวชี้วัดตามแผนที่ 1 บรรลุ", MarkStep("", passed=True, unit="กองคลัง", plan_item=1)),
    ],
)
def test_plan_indicators_one_by_one(text: str, expected: MarkStep) -> None:
    assert intent_of(text) == expected


def test_a_drive_link_typed_without_its_scheme_is_still_the_link() -> None:
    intent = intent_of("ขั้นตอนที่ 3 ส่งแล้ว drive.google.com/drive/folders/1AbC")
    assert intent == MarkStep("3", links=("https://drive.google.com/drive/folders/1AbC",))


def test_a_percent_sign_inside_a_link_is_never_a_value() -> None:
    intent = intent_of("เข้าร่วม 90% https://example.org/a?b=100%25")
    assert intent == MarkStep(
        "เข้าร่วม", value=Decimal(90), links=("https://example.org/a?b=100%25",)
    )


def test_the_bots_mention_is_cut_before_the_link_is() -> None:
    text = f"@บอท ขั้นตอนที่ 3 ส่งแล้ว {DRIVE}"
    intent = understand(text, today=TODAY, mention_spans=((0, 4),)).intent
    assert intent == MarkStep("3", links=(DRIVE,))


@pytest.mark.parametrize(
    ("text", "met", "of"),
    [
        ("ขั้นตอนที่ 5 บรรลุ 8/8", 8, 8),
        ("เข้าร่วมประชุม 6/7 ครั้ง", 6, 7),
        ("ส่ง 5/2/68 แล้ว", None, None),  # a date, never a count
        ("ส่งแผนแล้ว 3/4", None, None),  # nothing met or attended
    ],
)
def test_a_count_written_with_a_slash_is_read_only_of_what_was_met(
    text: str, met: int | None, of: int | None
) -> None:
    assert counts(text) == (met, of)
