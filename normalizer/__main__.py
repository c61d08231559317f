"""``python -m normalizer`` is the ``ejaan`` command."""
from .cli import run

run()
