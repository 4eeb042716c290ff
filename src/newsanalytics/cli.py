"""The ``newsanalytics`` command line.

Exit codes: 0 every record ok (or empty), 1 some records failed, 2 usage error (bad
arguments, missing or unreadable inputs, an output that cannot be written, a model or
taxonomy file that cannot be used), 3 an unexpected internal error. Every error is one line
on stderr, never a traceback (``-v`` adds the traceback of an internal error).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from ._version import __version__
from .exceptions import NewsAnalyticsError, RecordError

__all__ = ["main"]

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

_EPILOG_MAIN = """\
examples:
  newsanalytics analyze story.txt -o story.jsonl
  newsanalytics analyze --sample -o sample.jsonl
  newsanalytics analyze news.jsonl.gz --text-field body --date-field date -o out.parquet
  newsanalytics fit corpus.jsonl --taxonomy topics.json -o my_model/
  newsanalytics analyze news.jsonl --model my_model/ -o out.jsonl
  newsanalytics track out.jsonl -o series.csv --freq W --topic "drug policy" --plot tl.png
  newsanalytics report news.jsonl -o report.html
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors: keep that
        # One line, as for every other usage error; the full usage is one --help away.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _int_at_least(low: int, *, also: tuple[int, ...] = ()):
    """An argparse type: an integer >= ``low`` (or one of ``also``)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < low and value not in also:
            allowed = " or ".join([*map(str, also), f">= {low}"])
            raise argparse.ArgumentTypeError(f"must be {allowed}, got {value}")
        return value

    return parse


def _period_alias(text: str) -> str:
    """An argparse type: a pandas period alias (checked now, not after the analysis)."""
    from .tracking import _period_freq

    try:
        _period_freq(text)
    except NewsAnalyticsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _encoding(text: str) -> str:
    """An argparse type: a text encoding Python knows."""
    from ._readers import text_encoding

    try:
        return text_encoding(text)
    except NewsAnalyticsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _common_options(p: argparse.ArgumentParser) -> None:
    # Accepted before or after the subcommand; SUPPRESS keeps a subparser from resetting a
    # value given before it.
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="no progress bar or summary",
    )
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log details to stderr",
    )


def _force_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-f",
        "--force",
        action="store_true",
        help="overwrite an existing output (refused without it)",
    )


def _places_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--places",
        choices=["city", "country"],
        default=None,
        help="city: a city is an actor of its own (default); country: cities are folded "
        "into their country",
    )


def _input_options(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument(
        "inputs",
        nargs="+" if required else "*",
        metavar="INPUT",
        help="JSONL (.gz), CSV/TSV, parquet, .txt files or folders of .txt",
    )
    p.add_argument("--text-field", help="field holding the article text (auto-detected)")
    p.add_argument("--title-field", help="field holding the headline (auto-detected)")
    p.add_argument("--id-field", help="field holding the article id (auto-detected)")
    p.add_argument("--date-field", help="field holding the publication date (auto-detected)")
    p.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="encoding of text inputs (default utf-8; a byte-order mark overrides it)",
    )


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsanalytics",
        description="Topic and actor-sentiment analytics for news.",
        epilog=_EPILOG_MAIN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsanalytics {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "analyze",
        help="topics, actors and actor sentiment for every article",
        description="Analyse articles with the embedded defaults or your own taxonomy/model. "
        "Writes one output record per input record, in input order.",
        epilog=_EPILOG_MAIN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_options(p)
    _force_option(p)
    _input_options(p, required=False)
    p.add_argument("--sample", action="store_true", help="analyse the bundled sample corpus")
    p.add_argument("-o", "--output", required=True, help="OUT.jsonl, OUT.csv or OUT.parquet")
    p.add_argument("--taxonomy", help="taxonomy JSON (fits a topic model on the input)")
    p.add_argument("--model", help="directory of a topic model saved by `newsanalytics fit`")
    p.add_argument("--aliases", help="JSON file {canonical name: [aliases]}")
    p.add_argument(
        "--sentiment",
        choices=["model", "vader"],
        default="model",
        help="actor sentiment method (default: the shipped target-dependent model)",
    )
    _places_option(p)
    p.add_argument("--batch-size", type=_int_at_least(1), default=256, help="articles per batch")
    p.add_argument(
        "--n-jobs",
        type=_int_at_least(1, also=(-1,)),
        default=1,
        help="worker processes (-1: all cores)",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="JSONL output: continue an interrupted run after its last complete line",
    )
    p.add_argument(
        "--errors",
        choices=["coerce", "raise"],
        default="coerce",
        help="coerce: report bad records in status/error (default); raise: stop at the first",
    )

    p = sub.add_parser(
        "fit",
        help="fit a named-topic model on your corpus",
        description="Fit a seeded topic model for a taxonomy on a corpus and save it.",
    )
    _common_options(p)
    _force_option(p)
    _input_options(p)
    p.add_argument("--taxonomy", required=True, help="taxonomy JSON {name: [seed, ...]}")
    p.add_argument("-o", "--output", required=True, help="model directory to write")
    p.add_argument(
        "--n-topics", type=_int_at_least(1), default=None, help="total topics incl. unnamed"
    )
    p.add_argument("--random-state", type=int, default=0)
    p.add_argument(
        "--n-jobs",
        type=_int_at_least(1, also=(-1,)),
        default=-1,
        help="threads for the LDA passes (-1: all cores); the model is the same for any value",
    )

    p = sub.add_parser(
        "track",
        help="actor sentiment time series from analyze output",
        description="Build per-period actor sentiment series from `analyze -o x.jsonl` output.",
    )
    _common_options(p)
    _force_option(p)
    p.add_argument("results", metavar="RESULTS", help="JSONL written by `newsanalytics analyze`")
    p.add_argument("-o", "--output", required=True, help="SERIES.csv")
    p.add_argument(
        "--freq",
        type=_period_alias,
        default="W",
        help="pandas period alias: D, W, M, Q (default W)",
    )
    p.add_argument("--actor", action="append", help="actor name (repeatable); default: all")
    p.add_argument("--topic", help="weight articles by their share of this topic")
    p.add_argument(
        "--top", type=_int_at_least(1), default=None, help="only the N most-mentioned actors"
    )
    p.add_argument(
        "--min-mentions", type=_int_at_least(0), default=5, help="mentions a period needs"
    )
    p.add_argument(
        "--fill",
        action="store_true",
        help="also write the periods in which an actor is not mentioned (n_mentions 0)",
    )
    p.add_argument("--plot", help="also write a timeline PNG (needs the `plot` extra)")

    p = sub.add_parser(
        "report",
        help="one self-contained HTML report",
        description="Analyse articles and write one static HTML report.",
    )
    _common_options(p)
    _force_option(p)
    _input_options(p)
    p.add_argument("-o", "--output", required=True, help="REPORT.html")
    p.add_argument("--freq", type=_period_alias, default="W", help="period alias (default W)")
    p.add_argument("--taxonomy", help="taxonomy JSON (fits a topic model on the input)")
    p.add_argument("--model", help="directory of a saved topic model")
    p.add_argument("--aliases", help="JSON file {canonical name: [aliases]}")
    _places_option(p)
    p.add_argument("--title", default="newsanalytics report")
    p.add_argument(
        "--top-actors", type=_int_at_least(1), default=8, help="actors shown (most mentioned)"
    )
    p.add_argument(
        "--min-mentions", type=_int_at_least(0), default=5, help="mentions a period needs"
    )
    return parser


def _fields(args: argparse.Namespace) -> dict[str, str | None]:
    return {
        "text_field": args.text_field,
        "title_field": args.title_field,
        "id_field": args.id_field,
        "date_field": args.date_field,
        "encoding": args.encoding,
    }


def _sources(args: argparse.Namespace) -> list[Path]:
    paths = [Path(p) for p in args.inputs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _UsageError(f"input not found: {', '.join(missing)}")
    for path in paths:
        _regular_input(path)
    return paths


def _regular_input(path: Path) -> None:
    from .io import special_kind

    kind = special_kind(path)
    if kind is not None:
        raise _UsageError(
            f"input {path}: is {kind}, not a file or folder; inputs are read more than once "
            "(to find their encoding, to resume), so write it to a file first"
        )


class _UsageError(Exception):
    pass


def _output_path(
    output: str,
    *,
    directory: bool = False,
    force: bool = False,
    files: list[Path] | None = None,
    option: str = "-o",
) -> Path:
    """Refuse, before any work, an output that cannot be written where it is named, or that
    would replace an existing file (or fill a folder that holds files) without ``--force``.

    ``files`` are the files the command writes for this output (tables written beside it).
    """
    from .io import special_kind

    out = Path(output)
    for path in [out, *(files or [])]:
        kind = special_kind(path)
        if kind is not None:
            raise _UsageError(f"{option} {output}: {path} is {kind}; name a regular file")
    if out.is_dir() and not directory:
        raise _UsageError(f"{option} {output}: is a directory; name a file to write")
    if out.exists() and not out.is_dir() and directory:
        raise _UsageError(f"{option} {output}: is a file; name a directory to write the model into")
    if not force:
        if directory and out.is_dir() and any(out.iterdir()):
            raise _UsageError(
                f"{option} {output}: the folder exists and is not empty; pass --force to write "
                "the model into it (its files of the same names are replaced)"
            )
        existing = [str(p) for p in (files or [out]) if p.is_file()]
        if existing and not directory:
            raise _UsageError(
                f"{option} {output}: {', '.join(existing)} already "
                f"{'exists' if len(existing) == 1 else 'exist'}; pass --force to overwrite"
            )
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # folders that do not exist yet are created
    if not parent.is_dir():
        raise _UsageError(f"-o {output}: {parent} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _UsageError(f"-o {output}: cannot write into {parent} (permission denied)")
    return out


def _existing_file(option: str, value: str | None) -> None:
    if value is not None and not Path(value).is_file():
        raise _UsageError(f"{option} {value}: no such file")


def _existing_dir(option: str, value: str | None) -> None:
    if value is not None and not Path(value).is_dir():
        raise _UsageError(f"{option} {value}: no such directory")


def _analyze_sources(args: argparse.Namespace) -> Path | list[Path]:
    if getattr(args, "sample", False):
        from .io import sample_path

        sources: list[Path] = [sample_path(), *_sources(args)] if args.inputs else [sample_path()]
    else:
        if not args.inputs:
            raise _UsageError("give at least one INPUT, or --sample")
        sources = _sources(args)
    return sources if len(sources) > 1 else sources[0]


def _analyze_inputs(args: argparse.Namespace, *, progress: bool):
    from .pipeline import analyze

    return analyze(
        _analyze_sources(args),
        taxonomy=args.taxonomy,
        model=args.model,
        aliases=args.aliases,
        scorer=getattr(args, "sentiment", None),
        errors=getattr(args, "errors", "coerce"),
        batch_size=getattr(args, "batch_size", 256),
        places=args.places,
        progress=progress,
        **_fields(args),
    )


def _write_result(result, output: str) -> None:
    out = Path(output)
    suffix = out.suffix.lower()
    if suffix == ".jsonl":
        result.to_jsonl(out)
    elif suffix == ".parquet":
        result.to_parquet(out)
    elif suffix == ".csv":
        result.to_csv(out)
    else:
        raise _UsageError(f"-o {output}: unknown output format; use .jsonl, .csv or .parquet")


def _summary(result) -> tuple[int, str]:
    counts = result.articles["status"].value_counts().to_dict()
    n_err = int(counts.get("error", 0))
    parts = [f"{counts.get(k, 0)} {k}" for k in ("ok", "empty", "error")]
    return n_err, f"{len(result.articles)} records: " + ", ".join(parts)


def _all_inputs(args: argparse.Namespace) -> list[Path]:
    """The files a command reads: its inputs, and its taxonomy and alias files."""
    sources = _analyze_sources(args)
    files = [sources] if isinstance(sources, Path) else list(sources)
    return files + [Path(v) for v in (args.taxonomy, args.aliases) if v is not None]


def _refuse_input_as_output(outputs: list[str | Path], sources, fmt: str = "") -> None:
    from ._result import _output_files
    from .io import _check_not_input

    _check_not_input([f for out in outputs for f in _output_files(Path(out), fmt)], sources)


def _check_model_options(args: argparse.Namespace) -> None:
    _existing_file("--taxonomy", args.taxonomy)
    _existing_dir("--model", args.model)
    _existing_file("--aliases", args.aliases)


def _cmd_analyze(args: argparse.Namespace, progress: bool) -> int:
    from ._result import _output_files

    out = Path(args.output)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("jsonl", "csv", "parquet"):
        raise _UsageError(f"-o {args.output}: unknown output format; use .jsonl, .csv or .parquet")
    tables = [f for f in _output_files(out, fmt) if not f.name.endswith(".resume.json")]
    # --resume continues the output it names: that it exists is the point
    _check_model_options(args)
    _refuse_input_as_output([out], _all_inputs(args), fmt)
    _output_path(args.output, force=args.force or args.resume, files=tables)
    if args.resume and out.suffix.lower() != ".jsonl":
        raise _UsageError("--resume works with .jsonl output only")
    if args.taxonomy and not args.model:
        # Fitting a topic model needs the whole corpus first: analyse in memory.
        if args.resume:
            raise _UsageError("--resume needs --model (fit it first with `newsanalytics fit`)")
        result = _analyze_inputs(args, progress=progress)
        _write_result(result, args.output)
        statuses = result.articles["status"].value_counts().to_dict()
        first_error = (
            result.articles.loc[result.articles["status"] == "error", "error"].iloc[0]
            if statuses.get("error")
            else None
        )
    else:
        from .pipeline import analyze_to

        statuses = analyze_to(
            _analyze_sources(args),
            out,
            resume=args.resume,
            model=args.model,
            aliases=args.aliases,
            scorer=args.sentiment,
            errors=args.errors,
            batch_size=args.batch_size,
            n_jobs=args.n_jobs,
            places=args.places,
            progress=progress,
            **_fields(args),
        )
        first_error = statuses.pop("first_error", None)
    n_err = int(statuses.get("error", 0))
    if not args.quiet:
        parts = [f"{statuses.get(k, 0)} {k}" for k in ("ok", "empty", "error")]
        skipped = statuses.get("skipped", 0)
        resumed = f" (resumed after {skipped} done)" if skipped else ""
        print(f"{', '.join(parts)}{resumed}; wrote {args.output}", file=sys.stderr)
        if first_error:
            print(f"first error: {first_error}", file=sys.stderr)
    return EXIT_FAILED_RECORDS if n_err else EXIT_OK


def _cmd_fit(args: argparse.Namespace, progress: bool) -> int:
    from .io import ArticleCorpus
    from .pipeline import _check_fields_up_front, _workers
    from .taxonomy import Taxonomy
    from .topics import TopicModel

    sources = _sources(args)
    _output_path(args.output, directory=True, force=args.force)
    _existing_file("--taxonomy", args.taxonomy)
    n_jobs = _workers(args.n_jobs)
    source = sources if len(sources) > 1 else sources[0]
    _check_fields_up_front(
        source, args.text_field, args.title_field, args.id_field, args.date_field, args.encoding
    )
    corpus = ArticleCorpus(source, **_fields(args))
    model = TopicModel(
        taxonomy=Taxonomy.load(args.taxonomy),
        n_topics=args.n_topics,
        random_state=args.random_state,
        n_jobs=n_jobs,
        verbose=progress,
    )
    model.fit(corpus.texts())
    model.save(args.output)
    if not args.quiet:
        print(f"wrote topic model to {args.output}", file=sys.stderr)
    return EXIT_OK


def _cmd_track(args: argparse.Namespace, progress: bool) -> int:
    from .pipeline import AnalysisResult
    from .tracking import track

    src = Path(args.results)
    if not src.exists():
        raise _UsageError(f"results not found: {src}")
    _regular_input(src)
    if not src.is_file():
        raise _UsageError(f"results {src}: is a folder; name the JSONL file `analyze` wrote")
    _refuse_input_as_output([args.output, *([args.plot] if args.plot else [])], src)
    _output_path(args.output, force=args.force)
    if args.plot:
        _output_path(args.plot, force=args.force, option="--plot")
        if Path(args.plot).resolve() == Path(args.output).resolve():
            raise _UsageError(f"--plot {args.plot}: is the -o output too; name another file")
    result = AnalysisResult.from_jsonl(src)
    series = track(
        result,
        freq=args.freq,
        topic=args.topic,
        min_mentions=args.min_mentions,
        actors=args.actor,
        top=args.top,
        fill=args.fill,
    )
    series.to_csv(args.output, index=False)
    if args.plot:
        from .plot import plot_actor_timeline

        fig = plot_actor_timeline(series, actors=args.actor)
        fig.savefig(args.plot, dpi=110, bbox_inches="tight")
    if not args.quiet:
        print(f"wrote {len(series)} rows to {args.output}", file=sys.stderr)
    return EXIT_OK


def _cmd_report(args: argparse.Namespace, progress: bool) -> int:
    from .report import write_report

    args.sample = False
    _check_model_options(args)
    _refuse_input_as_output([args.output], _all_inputs(args))
    _output_path(args.output, force=args.force)
    result = _analyze_inputs(args, progress=progress)
    write_report(
        result,
        args.output,
        title=args.title,
        freq=args.freq,
        top_actors=args.top_actors,
        min_mentions=args.min_mentions,
    )
    n_err, line = _summary(result)
    if not args.quiet:
        print(f"{line}; wrote {args.output}", file=sys.stderr)
        if n_err:
            errors = result.articles.loc[result.articles["status"] == "error", "error"]
            print(f"first error: {errors.iloc[0]}", file=sys.stderr)
    return EXIT_FAILED_RECORDS if n_err else EXIT_OK


_COMMANDS = {
    "analyze": _cmd_analyze,
    "fit": _cmd_fit,
    "track": _cmd_track,
    "report": _cmd_report,
}


@contextlib.contextmanager
def _warnings_said_once(command: str) -> Iterator[None]:
    """Our warnings as one line each on stderr, each said once, when they are issued (a
    setting found wrong before the input is read is said before the run); others as
    Python shows them."""
    from .exceptions import NewsAnalyticsWarning

    said: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("always", NewsAnalyticsWarning)
        def show(message, category, filename, lineno, file=None, line=None):
            if issubclass(category, NewsAnalyticsWarning):
                text = f"newsanalytics {command}: warning: {message}\n"
            else:  # written here: a recording showwarning (pytest's, say) would keep it
                text = warnings.formatwarning(message, category, filename, lineno, line)
            if text not in said:
                said.add(text)
                sys.stderr.write(text)

        warnings.showwarning = show
        yield


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    progress = not args.quiet and sys.stderr.isatty()
    prefix = f"newsanalytics {args.command}: error:"
    try:
        with _warnings_said_once(args.command):
            return _COMMANDS[args.command](args, progress)
    except RecordError as exc:  # --errors raise stopped at a bad record
        print(f"{prefix} {exc}", file=sys.stderr)
        return EXIT_FAILED_RECORDS
    except (_UsageError, NewsAnalyticsError) as exc:
        print(f"{prefix} {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a path that cannot be read or written
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{prefix} {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line (and the traceback with -v), never a crash dump
        if args.verbose:
            logger.exception("internal error")
        hint = "" if args.verbose else " (run with -v for the traceback)"
        print(f"{prefix} internal error: {type(exc).__name__}: {exc}{hint}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
