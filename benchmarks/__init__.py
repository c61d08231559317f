"""Benchmarks for ejaan: accuracy side by side with Hunspell and plain SymSpell (issue 3)."""
