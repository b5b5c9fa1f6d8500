"""Exports of the desk: one workbook (XlsxWriter) or a zip of CSV files, from the same tables."""
