"""The error raised for text that is not an OPDC assessment report."""

from __future__ import annotations


class ReportFormatError(ValueError):
    """The text is not a readable ``รายงานผลการประเมิน``; names the offending line."""

    def __init__(self, line_no: int, line: str, thai: str, english: str) -> None:
        super().__init__(f"บรรทัด {line_no}: {thai} ({english})")
        self.line_no = line_no
        self.line = line
