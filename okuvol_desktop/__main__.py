"""`python -m okuvol_desktop` runs the same entry point as the `okuvol` command."""

from okuvol_desktop.app import main

raise SystemExit(main())
