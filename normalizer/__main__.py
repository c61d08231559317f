"""``python -m normalizer`` is the ``ejaan`` command."""
from .entry import run

run()
