"""The headless command line. It calls the same services as the GUI and never imports Qt."""
