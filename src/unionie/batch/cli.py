"""The ``unionie batch`` command (registered on the main typer app in ``unionie.cli``).

Input: INPUT arguments and options as the user typed them. Output: the batch output folder (see
``runner``), a progress bar (documents/s, ETA) and a one-line summary on stderr; stdout stays
empty. Exit status: 0 every document worked, 1 some failed (or the NER backend cannot load),
2 usage error. Without the ``[batch]`` (or, for ``--engine dask``, ``[dask]``) extra it says in
one line what to install.
"""

from __future__ import annotations

import importlib.util
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from unionie.core.types import NerChoice as Ner


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _say(msg: str) -> None:
    typer.echo(f"unionie: {msg}", err=True)


def missing_extra(engine: str) -> str | None:
    """The extra to install when a package the run needs is missing, else None."""
    for extra, modules in (("batch", ("pandas", "pyarrow", "tqdm")), ("dask", ("dask", "distributed"))):
        if extra == "dask" and engine != "dask":
            continue
        missing = [m for m in modules if importlib.util.find_spec(m) is None]
        if missing:
            return (f"error: unionie batch{' --engine dask' if extra == 'dask' else ''} needs the "
                    f"[{extra}] extra ({', '.join(missing)} missing): pip install 'unionie[{extra}]'")
    return None


def batch(
    inputs: Annotated[list[str], typer.Argument(help="Article files, folders (recursive), globs, JSON Lines, CSV or Parquet files.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output folder (records.jsonl, tables, errors.jsonl, parts/).")],
    workers: Annotated[int, typer.Option("--workers", help="Worker processes (local engine) or local Dask workers.")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="local processes, or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster.")] = None,
    text_field: Annotated[str, typer.Option("--text-field", help="Text field of JSON Lines / column of CSV and Parquet.")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="Id field or column (default: file stem and row number).")] = "id",
    published_field: Annotated[str | None, typer.Option("--published-field", help="Field or column with each row's publication date (YYYY-MM-DD…): meta.published, and the year of dates the text gives without one; a bad value is a warning.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per document before it fails (0: no limit).")] = 300.0,
    ner: Annotated[Ner, typer.Option("--ner", help="Statistical NER backend, as for extract.")] = Ner.auto,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the article text out of the records.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar.")] = False,
    lexicon: Annotated[Path | None, typer.Option("--lexicon", help="User lexicon (TSV), as for extract.")] = None,
) -> None:
    """Extract a whole archive into records.jsonl and tables, resumably, on processes or Dask."""
    message = missing_extra(engine.value)
    if message:
        _say(message)
        raise typer.Exit(1)
    from unionie.cli import load_lexicon

    from .runner import BatchOptions, run_batch
    from .worker import PipelineUnavailable

    lex = load_lexicon(lexicon)  # checked here, once: a bad lexicon is a usage error
    opts = BatchOptions(inputs=inputs, out_dir=output, workers=workers, engine=engine.value,
                        scheduler=scheduler, text_field=text_field, id_field=id_field, published_field=published_field, timeout=timeout,
                        ner=ner.value, with_text=not no_text, quiet=quiet,
                        lexicon=str(lexicon.resolve()) if lexicon is not None else None,
                        lexicon_sha256=lex.sha256 if lex is not None else None)
    from .inputs import UsageError

    try:
        summary = run_batch(opts)
    except UsageError as exc:
        _say(f"usage error: {exc}")
        raise typer.Exit(2) from None
    except PipelineUnavailable as exc:
        _say(f"error: {exc}")
        raise typer.Exit(1) from None
    except OSError as exc:  # an unreachable Dask scheduler, a full disk: one line, no traceback
        _say(f"error: {exc}")
        raise typer.Exit(1) from None
    _say(summary.line(output))
    if summary.failed:
        raise typer.Exit(1)
