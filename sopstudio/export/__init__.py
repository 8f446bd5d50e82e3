"""Exporters: draw layout geometry to PDF and DOCX. Never imports Qt."""
