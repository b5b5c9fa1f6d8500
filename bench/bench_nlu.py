"""Benchmark (not a test): messages per second of ``understand`` after warm-up.

Run: .venv/bin/python bench/bench_nlu.py   (prints the warm-up time and the throughput)

Two figures: the 50 messages below, and every text of the corpus's development parts
(data/understanding/dev*.jsonl: more varied, longer, with typos), each read ``ROUNDS`` times
over. The held-out parts are not read.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from datetime import date

from handlers.nlu.evaluation import corpus_parts, load
from handlers.registry import understand, warm_up

TODAY = date(2025, 1, 15)
MESSAGES = (
    "สถานะ",
    "สรุปครับ",
    "PMQA ถึงไหนแล้วครับบบ",
    "กองคลังถึงไหนแล้ว",
    "คะแนนรวม",
    "ตัวชี้วัดขยะได้เท่าไหร่",
    "ขยะได้กี่คะแนนคะ",
    "ยาเสพติดผ่านเกณฑ์ไหม",
    "เกณฑ์ PMQA",
    "เป้าหมายตัวชี้วัด 8",
    "สูตรคำนวณขยะ",
    "ขยะคิดยังไง",
    "ตัวชี้วัด 3",
    "e-Service",
    "ตัวชี้วัดท่องเที่ยว",
    "กำหนดส่งแผนเมื่อไหร่",
    "ขั้นตอนที่ 4 ส่งวันไหน",
    "เหลือกี่วัน",
    "เดือนนี้ต้องส่งอะไร",
    "เดือนกันยายนต้องส่งอะไร",
    "ใครยังไม่ส่ง",
    "หน่วยไหนยังไม่ส่งคะ",
    "ยังไม่ส่งแผน",
    "ใครยังไม่ส่งขั้นตอนที่ 3",
    "ส่งผล ขยะ 52.3",
    "รายงานผล ตัวชี้วัด 2.1 = 85%",
    "บันทึกผลยาเสพติด ๗๕.๕ ครับ",
    "อัปเดต e-Service 1,462",
    "แก้ไขผล ขยะ 53",
    "ขยะ 52.3 ครับ",
    "ส่งผลแทนกองคลัง ขยะ ร้อยละ 50",
    "ขั้นตอนที่ 3 ส่งแล้ว",
    "แผนส่งแล้ว 30 ม.ค. 68",
    "เข้าประชุม 90%",
    "ขั้นตอนที่ 2 ไม่ผ่าน",
    "ส่งรายงานผลทาง Google Drive แล้วค่ะ",
    "ยืนยัน",
    "confirm:3f9a2c",
    "pick:3:query:result",
    "ยกเลิก",
    "ยกเลิกที่ส่งล่าสุด",
    "ประวัติ ขยะ",
    "ลงทะเบียน กองคลัง",
    "ผูกกลุ่ม สป.รง.",
    "ช่วยด้วย",
    "ทำอะไรได้บ้าง",
    "กินข้าวยัง",
    "555",
    "ขอบคุณ\u200bครับ",
    "ส่งผล",
)
ROUNDS = 200
CORPUS_ROUNDS = 25


def development_texts() -> tuple[str, ...]:
    """The texts of the corpus's development parts."""
    return tuple(example.text for part in corpus_parts()["dev"] for example in load(part))


def seconds_per_message(messages: tuple[str, ...], rounds: int) -> tuple[float, float]:
    """The mean wall and CPU time ``understand`` takes over ``rounds`` passes over
    ``messages`` (on a busy machine the CPU time is the steadier figure)."""
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for message in messages:
            understand(message, today=TODAY)
    count = rounds * len(messages)
    return (time.perf_counter() - start) / count, (time.process_time() - cpu) / count


def report(label: str, messages: tuple[str, ...], rounds: int) -> None:
    """Print the throughput over ``messages`` and the time a message takes."""
    wall, cpu = seconds_per_message(messages, rounds)
    print(f"{label:<23} {1 / wall:8.0f} messages/s   ({len(messages)} messages)")
    print(f"per message             {wall * 1e6:8.1f} µs   (CPU {cpu * 1e6:.1f} µs)")


def main() -> None:
    """Warm up, then time ``ROUNDS`` passes over ``MESSAGES`` and ``CORPUS_ROUNDS`` over the
    development corpus."""
    # The figures depend on how the interpreter was built (``Makefile``'s PYTHON): said first.
    built = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"interpreter             {built} ({os.path.realpath(sys.executable)})")
    print(f"warm-up                 {warm_up():8.3f} s")
    report("understand", MESSAGES, ROUNDS)
    report("understand, dev corpus", development_texts(), CORPUS_ROUNDS)


if __name__ == "__main__":
    main()
