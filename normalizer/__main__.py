"""``python -m normalizer`` is the ``ejaan`` command."""
from .cli import main

raise SystemExit(main())
