"""``python -m unionie``: the same command line as the ``unionie`` console script."""

from unionie.cli import app

app(prog_name="unionie")
