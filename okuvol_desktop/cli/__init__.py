"""The headless command line. It calls the same services as the GUI and never imports Qt.

Registering the commands, which every run does (even `okuvol --help`), imports no service and
no SQLAlchemy: each handler imports the services it calls, so that a command loads only what it
uses (tests/cli/test_quick_start.py holds this).
"""
