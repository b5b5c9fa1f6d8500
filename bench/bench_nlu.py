"""Benchmark (not a test): messages per second of ``understand`` after warm-up.

Run: .venv/bin/python bench/bench_nlu.py   (prints the warm-up time and the throughput)
"""

from __future__ import annotations

import time
from datetime import date

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


def main() -> None:
    """Warm up, then time ``ROUNDS`` passes over ``MESSAGES``."""
    print(f"warm-up                 {warm_up():8.3f} s")
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for message in MESSAGES:
            understand(message, today=TODAY)
    seconds = time.perf_counter() - start
    count = ROUNDS * len(MESSAGES)
    print(f"understand              {count / seconds:8.0f} messages/s   ({len(MESSAGES)} messages)")
    print(f"per message             {seconds / count * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
