"""Exceptions and the message templates they use.

Every error the library raises on purpose derives from :class:`NewsAnalyticsError`; each
subclass also inherits the builtin it refines, so ``except ValueError`` keeps working.
Messages name the record, the field and, where it helps, the allowed values.
"""

from __future__ import annotations

__all__ = [
    "NewsAnalyticsError",
    "InputError",
    "RecordError",
    "ModelFormatError",
    "NotFittedError",
    "MissingDependencyError",
    "NewsAnalyticsWarning",
]


class NewsAnalyticsError(Exception):
    """Base class of every error newsanalytics raises on purpose."""


class InputError(NewsAnalyticsError, ValueError):
    """Bad input: a record, field or argument that cannot be used.

    The message names the record (line number or id) and the field.
    """


class RecordError(InputError):
    """A record that cannot be used, raised at the first one when ``errors="raise"``.

    With the default ``errors="coerce"`` such a record becomes an error row instead. The
    command line tells the two kinds of :class:`InputError` apart: a bad record exits 1 (some
    records failed), any other bad input or argument exits 2 (usage error).
    """


class ModelFormatError(NewsAnalyticsError, ValueError):
    """A saved model directory is missing, corrupt, or of an unsupported format version."""


class NotFittedError(NewsAnalyticsError, ValueError, AttributeError):
    """A model was used before ``fit``.

    Inherits scikit-learn's contract (``ValueError`` and ``AttributeError``).
    """


class MissingDependencyError(NewsAnalyticsError, ImportError):
    """An optional extra is needed for this feature and is not installed."""


class NewsAnalyticsWarning(UserWarning):
    """Something a user must know about that did not stop the work (issued with
    :func:`warnings.warn`), e.g. a ``date_field`` that no record has."""


# Message templates, kept in one place so wording stays consistent.
MSG_RECORD = "record {record}: {problem}"
MSG_FIELD = "record {record}, field {field!r}: {problem}"
# One item where an iterable of them is expected (a bare str, one target, one record).
MSG_ONE_ITEM = "{what} expects an iterable of {items}, got {got}; wrap it in a list: [{item}]"
MSG_NOT_ITERABLE = "{what} expects an iterable of {items}, got {kind}"
MSG_ONE_SHOT = (
    "{what} makes several passes over the corpus and got a one-shot iterator ({kind}); "
    "pass a list, a DataFrame column or a re-iterable corpus such as "
    "newsanalytics.io.ArticleCorpus(path)"
)
MSG_EXTRA = "{feature} needs the optional extra {extra!r}: pip install 'newsanalytics[{extra}]'"


def record_error(record: object, problem: str, field: str | None = None) -> str:
    """Format an error message that names the record and, if given, the field."""
    if field is None:
        return MSG_RECORD.format(record=record, problem=problem)
    return MSG_FIELD.format(record=record, field=field, problem=problem)


def one_item(what: str, items: str, item: str, got: str = "a single str") -> InputError:
    """Build the error for one item given where an iterable of them is expected.

    Examples
    --------
    >>> print(one_item("TopicModel.fit", "documents", "text"))
    TopicModel.fit expects an iterable of documents, got a single str; wrap it in a list: [text]
    """
    return InputError(MSG_ONE_ITEM.format(what=what, items=items, got=got, item=item))


def not_iterable(what: str, items: str, value: object) -> InputError:
    """Build the error for a value that is no iterable where one of ``items`` is expected."""
    return InputError(MSG_NOT_ITERABLE.format(what=what, items=items, kind=type(value).__name__))


def missing_extra(feature: str, extra: str) -> MissingDependencyError:
    """Build the error for a feature whose optional extra is not installed."""
    return MissingDependencyError(MSG_EXTRA.format(feature=feature, extra=extra))


def user_stacklevel() -> int:
    """The ``stacklevel`` for a ``warnings.warn`` in the calling function that points at the
    user's line: the first frame outside newsanalytics and scikit-learn.

    A fixed ``stacklevel`` counts our own frames, and scikit-learn adds its own when it wraps
    a method (``set_output`` wraps ``transform``), so the warning would name
    ``sklearn/utils/_set_output.py``. This walks the stack instead (as Python 3.12's
    ``skip_file_prefixes`` does, available on every Python we support).
    """
    import os
    import sys

    prefixes = [os.path.dirname(os.path.abspath(__file__)) + os.sep]
    sklearn = sys.modules.get("sklearn")
    if sklearn is not None and getattr(sklearn, "__file__", None):
        prefixes.append(os.path.dirname(os.path.abspath(sklearn.__file__)) + os.sep)
    inside = tuple(prefixes)
    frame = sys._getframe(1)  # the function that warns: stacklevel 1
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(inside):
        frame = frame.f_back
        level += 1
    return level
