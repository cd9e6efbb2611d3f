"""Command line: ``unionie extract``, ``unionie evaluate``, ``unionie schema``, ``unionie train``.

Input: files and options. Output: JSON records on stdout (one, or JSON Lines for several) or in
``-o DIR``; scores; the JSON Schema. Messages, warnings and progress go to stderr, so stdout stays
pure JSON. Exit status: 0 all inputs worked, 1 some failed (the others are still written),
2 usage errors.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from unionie.core.types import NerChoice

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract people, organisations, places, initiatives, facts and relations from Chinese "
    "trade-union news as validated JSON records.",
)


def _err(msg: str) -> None:
    typer.echo(f"unionie: {msg}", err=True)


def _pipeline(ner: NerChoice, lexicon=None):
    from unionie.errors import BackendUnavailable

    from .pipeline import Pipeline

    try:
        return Pipeline(ner=ner.value, lexicon=lexicon)
    except BackendUnavailable as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files: text (UTF-8, GB18030/GBK, Big5) or HTML pages; - reads standard input.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write DIR/<stem>.json per input instead of stdout.")] = None,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent the JSON.")] = False,
    doc_id: Annotated[str | None, typer.Option("--doc-id", help="doc_id of the record (one input only); default: the file stem.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the article text out of the record.")] = False,
    ner: Annotated[NerChoice, typer.Option("--ner", help="Statistical NER backend: auto = the shipped neural model (an error if it is missing); lac = bare LAC.")] = NerChoice.auto,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress messages.")] = False,
    lexicon: Annotated[Path | None, typer.Option("--lexicon", help="User lexicon (UTF-8 TSV: surface, type[, kind][, place][, canonical]; see README 'User lexicons'): its entries are found as entities and win overlaps.")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date of the input(s) when known from outside the text (YYYY-MM-DD, optionally with a time): it becomes meta.published and resolves relative dates (今年4月, 7月7日); a different dateline in the article is named in a warning.")] = None,
) -> None:
    """Extract one record per article file."""
    if doc_id and len(files) > 1:
        _err("usage error: --doc-id needs exactly one input file")
        raise typer.Exit(2)
    if published is not None:
        from unionie.errors import InputError
        from unionie.text.reader import given_published

        try:
            published = given_published(published)
        except InputError as exc:
            _err(f"usage error: --published: {exc}")
            raise typer.Exit(2) from None
    if output is not None:
        _check_outputs(files, output)
    runner = _LazyPipeline(ner, load_lexicon(lexicon))
    failed = 0
    show_progress = not quiet and len(files) > 1
    t0 = time.perf_counter()
    for i, path in enumerate(files, 1):
        data = _extract_one(runner, path, doc_id, published)
        if data is None:
            failed += 1
            continue
        data = data.to_json(pretty=pretty or output is not None, with_text=not no_text)
        if not _write(data, output / f"{_stem(path)}.json" if output is not None else None, path):
            failed += 1
        if show_progress:
            _err(f"[{i}/{len(files)}] {path} ({time.perf_counter() - t0:.1f}s)")
    if failed:
        _err(f"{failed} of {len(files)} input(s) failed")
        raise typer.Exit(1)


class _LazyPipeline:
    """The pipeline, loaded at the first input that reads well (a bad input answers at once)."""

    def __init__(self, ner: NerChoice, lexicon=None) -> None:
        self.ner = ner
        self.lexicon = lexicon
        self._pipe = None

    def get(self):
        if self._pipe is None:
            self._pipe = _pipeline(self.ner, self.lexicon)
        return self._pipe


def load_lexicon(path: Path | None):
    """The user lexicon of ``--lexicon``, read and checked before any work; a bad one is a
    one-line usage error (exit 2)."""
    if path is None:
        return None
    from unionie.entities.lexicon import UserLexicon
    from unionie.errors import LexiconError

    try:
        return UserLexicon.load(path)
    except LexiconError as exc:
        _err(f"usage error: {exc}")
        raise typer.Exit(2) from None


def _stem(path: Path) -> str:
    return "stdin" if str(path) == "-" else path.stem


def _check_outputs(files: list[Path], output: Path) -> None:
    """-o must be a usable folder and the outputs must not overwrite each other: checked before
    any work is done."""
    stems: dict[str, Path] = {}
    for path in files:
        other = stems.setdefault(_stem(path), path)
        if other != path:
            _err(f"usage error: {other} and {path} would both be written to "
                 f"{output / (_stem(path) + '.json')}; give them distinct names or use separate runs")
            raise typer.Exit(2)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        _err(f"usage error: -o {output}: exists and is not a directory")
        raise typer.Exit(2) from None
    except OSError as exc:
        _err(f"usage error: -o {output}: cannot create the folder ({exc.strerror or exc})")
        raise typer.Exit(2) from None


def _extract_one(runner: _LazyPipeline, path: Path, doc_id: str | None, published: str | None = None):
    """The record of one input, or None after a one-line error on stderr."""
    from unionie.errors import InputError
    from unionie.text.reader import read_file, set_published

    try:
        doc, _warnings = read_file(path, doc_id=doc_id)
        set_published(doc, published)
        from .pipeline import to_record  # the models load only once an input reads well

        pipe = runner.get()
        record = to_record(pipe.run(doc), pipe.producer)
    except InputError as exc:
        _err(f"error: {path}: {exc}")
        return None
    except typer.Exit:  # the pipeline could not load: nothing else can run
        raise
    except Exception as exc:  # a bug must not lose the other files' work
        _err(f"error: {path}: internal error ({type(exc).__name__}: {exc})")
        return None
    for w in record.warnings:
        _err(f"warning: {path}: {w}")
    return record


def _write(data: str, target: Path | None, path: Path) -> bool:
    """Write one record to its file (atomically) or to stdout; a failure is one line."""
    try:
        if target is None:
            sys.stdout.write(data + "\n")
            sys.stdout.flush()
        else:
            tmp = target.with_name(target.name + ".part")
            tmp.write_text(data + "\n", encoding="utf-8")
            tmp.replace(target)
    except BrokenPipeError:
        raise typer.Exit(1) from None
    except OSError as exc:
        where = target if target is not None else "standard output"
        _err(f"error: {path}: cannot write {where} ({exc.strerror or exc})")
        return False
    return True


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold records (*.json, with text).")],
    pred: Annotated[Path | None, typer.Option("--pred", help="Directory of predicted records; default: run the pipeline on each gold text.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every false positive and false negative with context.")] = False,
    ner: Annotated[NerChoice, typer.Option("--ner", help="NER backend when running the pipeline.")] = NerChoice.auto,
) -> None:
    """Score records against gold records (record-format.md, 'Evaluation')."""
    from unionie.evaluation.scoring import format_errors, format_report, score

    if not gold_dir.is_dir():
        _err(f"usage error: {gold_dir}: not a directory")
        raise typer.Exit(2)
    if pred is not None and not pred.is_dir():
        _err(f"usage error: --pred {pred}: not a directory")
        raise typer.Exit(2)
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        _err(f"error: {gold_dir}: no *.json gold records")
        raise typer.Exit(1)
    pipe = _pipeline(ner) if pred is None else None
    pairs = []
    docs: dict = {}  # the pipeline's documents, to say which recognizer proposed or won a span
    failed = 0
    for gf in gold_files:
        gold = _load_record(gf)
        prec = None if gold is None else (
            _run_on_gold(pipe, gold, gf, docs) if pipe is not None else _prediction_for(gold, gf, pred))
        if prec is None:
            failed += 1
        else:
            pairs.append((gold, prec))
    report = score(pairs)
    if errors and docs:
        from unionie.evaluation.attribution import attribute

        attribute(report, docs)
    if as_json:
        data = report.as_dict()
        if errors:
            data["errors"] = report.errors
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report))
        if errors:
            typer.echo("\nerrors (doc, layer, kind, details):")
            typer.echo(format_errors(report))
    if failed:
        _err(f"{failed} file(s) could not be scored; the figures above leave them out")
        raise typer.Exit(1)


def _run_on_gold(pipe, gold, gf: Path, docs: dict):
    """The pipeline's record of a gold text (its document kept in ``docs``), or None."""
    from unionie.pipeline import to_record
    from unionie.text.reader import make_document

    if not gold.text:
        _err(f"error: {gf}: gold record has no text to run the pipeline on")
        return None
    doc = pipe.run(make_document(gold.text, gold.doc_id))
    docs[gold.doc_id] = doc
    return to_record(doc, pipe.producer)


def _prediction_for(gold, gf: Path, pred: Path):
    """The predicted record of a gold record from --pred (empty when missing), or None after a
    one-line error when it is invalid or its text differs from the gold text."""
    from .record import Record

    pf = pred / f"{gold.doc_id}.json"
    if not pf.exists():
        pf = pred / gf.name
    if not pf.exists():
        _err(f"warning: no prediction for {gold.doc_id}; scored as empty")
        return Record(doc_id=gold.doc_id)
    prec = _load_record(pf)
    if prec is not None and prec.text is not None and gold.text is not None and prec.text != gold.text:
        _err(f"error: {pf}: its text differs from the gold text of {gf} "
             f"(first difference at character {_first_difference(prec.text, gold.text)}); not scored")
        return None
    return prec


def _load_record(path: Path):
    """A record from a JSON file, or None after a one-line error that names the cause."""
    from pydantic import ValidationError

    from .record import Record

    try:
        return Record.model_validate_json(path.read_bytes())
    except OSError as exc:
        _err(f"error: {path}: cannot read ({exc.strerror or exc})")
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first.get("loc", ())) or "record"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        _err(f"error: {path}: not a valid record: {loc}: {first['msg']}{more}")
    return None


def _first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .record import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command()
def train(
    config: Annotated[Path, typer.Argument(help="Training config (JSON), e.g. configs/ner-head.json.")],
    overrides: Annotated[list[str] | None, typer.Option("--set", help="Override a config key: KEY=JSON_VALUE.")] = None,
) -> None:
    """Train an entity model from a config file (needs ../shared/datasets; the neural head needs torch)."""
    if not config.is_file():
        _err(f"usage error: {config}: no such config file")
        raise typer.Exit(2)
    try:
        kind = json.loads(config.read_text(encoding="utf-8")).get("model", "crf")
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
        _err(f"usage error: {config}: not a JSON object ({exc})")
        raise typer.Exit(2) from None
    if kind == "neural":
        try:
            import torch  # noqa: F401
        except ImportError:
            _err('error: training the neural head needs PyTorch: pip install -e ".[train]"')
            raise typer.Exit(1) from None
        from unionie.training.neural import train as run_training
    elif kind == "crf":
        from unionie.training.crf import train as run_training
    else:
        _err(f"usage error: {config}: unknown model {kind!r} (neural or crf)")
        raise typer.Exit(2)
    scores = run_training(config, overrides or [])
    typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))


# spaCy export and HTML view (integrations/cli_commands.py; spaCy is imported only when used)
from .integrations.cli_commands import export_spacy_command, view_command  # noqa: E402

app.command("view")(view_command)
app.command("export-spacy")(export_spacy_command)

from .batch.cli import batch as _batch_cmd  # noqa: E402

app.command("batch")(_batch_cmd)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
