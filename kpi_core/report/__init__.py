"""Import of OPDC ``รายงานผลการประเมิน`` texts into the domain model (standard library only)."""

from kpi_core.report.errors import ReportFormatError
from kpi_core.report.naming import DEFAULT_KEYWORDS, KeywordVocabulary
from kpi_core.report.parser import parse_report

__all__ = ["DEFAULT_KEYWORDS", "KeywordVocabulary", "ReportFormatError", "parse_report"]
