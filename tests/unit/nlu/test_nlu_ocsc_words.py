"""Words of an OCSC indicator's title or items, asked of ("<words> ได้เท่าไหร่", "<words>
ผ่านไหม"), name the indicator: a distinctive middle part of a long title, an item's words, a
paraphrase holding the title's key nouns. The ethics indicator is printed twice in the
report (4 and 5): its words ask back which copy; chat about everyday things stays chat."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import TODAY, meaning
from handlers.registry import understand
from tests.fakes.seed import budget_bureau, labour, ocsc, pathum_thani


def _asked(text: str) -> tuple[str, object]:
    name, slots = meaning(understand(text, today=TODAY).intent, ocsc())
    return name, slots.get("indicator")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("บรรจุบุคคลเข้ารับราชการ ได้เท่าไหร่", "1"),
        ("เครื่องมือประเมินบุคคล ผ่านไหม", "1"),
        ("ผู้ทรงคุณวุฒิด้านเครื่องมือประเมินบุคคลได้เท่าไหร่คะ", "1"),
        ("ตำแหน่งประเภทวิชาการ ได้เท่าไหร่", "2"),
        ("ตำแหน่งวิชาการกับอำนวยการ ผ่านไหมครับ", "2"),
        ("หลักเกณฑ์และวิธีการแต่งตั้ง ได้เท่าไหร่", "2"),
        ("แจ้งเวียนหลักเกณฑ์การแต่งตั้ง ได้เท่าไหร่", "2"),
        ("คู่มือแต่งตั้ง ผ่านไหม", "2"),
        ("ส่งเสริมการดำเนินการตามแผนพัฒนาบุคลากร ผ่านไหม", "3"),
        ("การนำชุดข้อมูลมาลงทะเบียน ได้เท่าไหร่", "6"),
    ],
)
def test_words_of_one_indicator_name_it(text: str, code: str) -> None:
    assert _asked(text) == ("IndicatorQuery", code)


@pytest.mark.parametrize(
    "text",
    [
        "องค์กรกลางบริหารงานบุคคล ได้เท่าไหร่",
        "ข้อเสนอเชิงนโยบาย ผ่านไหม",
        "ขับเคลื่อนงานตามยุทธศาสตร์ ได้เท่าไหร่",
        "เสนอ ก.ม.จ. ผ่านไหม",
        "ประมวลจริยธรรมของหน่วยงานของรัฐ ได้เท่าไหร่",
        "ปัญหาอุปสรรคและข้อเสนอแนะ ผ่านไหมคะ",
        "มาตรฐานจริยธรรม ได้เท่าไหร่",
    ],
)
def test_words_of_the_ethics_indicator_ask_which_copy(text: str) -> None:
    assert _asked(text) == ("IndicatorQuery", ["4", "5"])


@pytest.mark.parametrize(
    "text",
    [
        "ผลบอลเมื่อคืนใครชนะ",
        "ผลสอบลูกชายเทอมนี้ได้เท่าไหร่",
        "ร้านข้าวมันไก่หน้าสำนักงานอร่อยไหม ผ่านไหม",
        "ราคาทองคำวันนี้ได้เท่าไหร่แล้ว",
    ],
)
def test_everyday_words_stay_chat(text: str) -> None:
    for org in (ocsc(), labour(), pathum_thani(), budget_bureau()):
        assert meaning(understand(text, today=TODAY).intent, org)[0] == "Unknown", org.name
