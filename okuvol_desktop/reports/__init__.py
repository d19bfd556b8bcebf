"""PDF documents built with ReportLab: pure functions from data to a file. No DB, no Qt."""
