"""The ``unionie view`` and ``unionie export-spacy`` commands (registered at the end of cli.py).

Input: command-line arguments. Output: HTML pages (``view``) or a spaCy ``DocBin`` file
(``export-spacy``); one line per problem on stderr. Exit status: 0 all worked, 1 some input
failed (the rest is still written) or spaCy is missing, 2 usage errors. This module imports
neither spaCy nor the pipeline at import time, so ``unionie --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import SpacyMissing, require_spacy


def _err(msg: str) -> None:
    typer.echo(f"unionie: {msg}", err=True)


def view_command(
    source: Annotated[Path, typer.Argument(help="A record .json (with text), an article text file, or a batch output folder with records.jsonl (also: a folder of *.json records, a .jsonl file).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The page to write (one record or text), or the folder for index.html + one page per record.")],
    ner: Annotated[str, typer.Option("--ner", help="NER backend when SOURCE is a text: auto, neural, crf, lac, hanlp.")] = "auto",
    renderer: Annotated[str, typer.Option("--renderer", help="auto (displaCy when spaCy is installed, else built-in), displacy, builtin.")] = "auto",
) -> None:
    """Render records as self-contained HTML: highlighted entities, facts and relations tables."""
    from unionie.errors import InputError

    from .records_io import RecordError
    from .view import write_view

    if not source.exists():
        _err(f"usage error: {source}: no such file or folder")
        raise typer.Exit(2)
    if renderer not in ("auto", "displacy", "builtin"):
        _err(f"usage error: --renderer {renderer}: choose auto, displacy or builtin")
        raise typer.Exit(2)

    def pipeline():
        from unionie.errors import BackendUnavailable

        from ..pipeline import Pipeline

        try:
            return Pipeline(ner=ner)
        except BackendUnavailable as exc:
            _err(f"error: {exc}")
            raise typer.Exit(1) from None

    try:
        result = write_view(source, output, renderer=renderer, pipeline=pipeline)
    except SpacyMissing as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    except (InputError, RecordError) as exc:
        _err(f"error: {source}: {exc}" if not str(exc).startswith(str(source)) else f"error: {exc}")
        raise typer.Exit(1) from None
    for w in result.warnings:
        _err(f"warning: {source}: {w}")
    for e in result.errors:
        _err(f"error: {e}")
    typer.echo(f"unionie: wrote {len(result.written)} page(s): {result.written[-1]}", err=True)
    if result.errors:
        raise typer.Exit(1)


def export_spacy_command(
    inputs: Annotated[list[Path], typer.Argument(help="Record .json files, folders of them, records.jsonl files or batch output folders.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The DocBin file to write (e.g. out.spacy).")],
) -> None:
    """Export records to a spaCy DocBin (doc.ents, doc.spans["unionie"], doc._.unionie_*)."""
    try:
        require_spacy()
    except SpacyMissing as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    from .spacy_component import export_docbin

    if output.is_dir():
        _err(f"usage error: -o {output}: is a folder; give the .spacy file to write")
        raise typer.Exit(2)
    n, errors, warnings = export_docbin(inputs, output)
    for w in warnings:
        _err(f"warning: {w}")
    for e in errors:
        _err(f"error: {e}")
    _err(f"wrote {n} doc(s) to {output}" + (f"; {len(errors)} record(s) failed" if errors else ""))
    if errors:
        raise typer.Exit(1)
