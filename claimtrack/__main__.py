"""``python -m claimtrack``: the command line."""

from .cli import main

raise SystemExit(main())
