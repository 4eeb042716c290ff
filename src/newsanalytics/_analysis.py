"""The analysis of one batch of records (private): the four tables of :mod:`.pipeline`.

:func:`analyze_records` parses each ok record's text once and fills the articles, topics,
actors and mentions tables; a failure inside the batch is narrowed down to the record that
causes it. The caps on mentions per sentence and per article bound the cost of a record.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter, getitem
from types import SimpleNamespace
from typing import Any

import numpy as np
import pandas as pd

from ._gcpause import collector_paused as _collector_paused
from ._result import (
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    AnalysisResult,
    _empty_topics,
    _typed,
)
from ._tables import actor_tables
from .sentiment import ActorSentiment

logger = logging.getLogger("newsanalytics.pipeline")

#: The topic column of the share no named topic covers (the corpus background).
OTHER = "other"


#: Characters of a record's text (and of its title) that are analysed; the rest is left
#: out with a warning in the record's row, whose status stays "ok". Far above real news (the
#: longest of the 19k Reuters-21578 bodies has about 14,000 characters), they bound the time
#: and memory one record can take.
MAX_TEXT_CHARS = 1_000_000
MAX_TITLE_CHARS = 10_000

#: Mentions scored per sentence and per article; the rest are left out with a warning in
#: the article's row. Far above real news (at most 30 in one sentence and 105 in one story
#: across the 19k Reuters-21578 bodies and 9k HuffPost items), they bound the cost of a
#: record that is a flood of names.
MAX_MENTIONS_PER_SENTENCE = 64
MAX_MENTIONS_PER_ARTICLE = 2000


@dataclass
class _Components:
    """The fitted parts of the pipeline, built once and shared by every batch."""

    topic_model: Any
    extractor: Any
    scorer: Any


def analyze_records(records: Sequence[Any], parts: _Components) -> AnalysisResult:
    """Analyse one batch of :class:`~newsanalytics.io.Record` (used by ``analyze`` and Dask).

    Any failure inside the batch (also a ``MemoryError``, such as pyarrow's) is narrowed
    down to the records that cause it: the batch is analysed again record by record, and a
    record that fails on its own becomes an error row naming the failure. The other records
    of the batch keep their results.
    """
    with _collector_paused():
        try:
            return _analyze_batch(records, parts)
        except Exception as exc:  # noqa: BLE001 - isolate it, whatever it is
            if len(records) == 1:
                return _analyze_batch([_failed(records[0], exc)], parts)
            logger.warning("a batch failed (%s); analysing its records one by one", exc)
            return AnalysisResult.concat(analyze_records([rec], parts) for rec in records)


def _cut(value: str, limit: int) -> str:
    """The first ``limit`` characters of ``value``, ending at a space when one is near."""
    head = value[:limit]
    space = head.rfind(" ", max(0, limit - 1000))
    return head[:space] if space > 0 else head


def _within_caps(rec: Any) -> Any:
    """``rec`` with its text and title cut to :data:`MAX_TEXT_CHARS` and
    :data:`MAX_TITLE_CHARS`, each cut said in its warning (offsets stay those of the
    original text, whose start is what is analysed)."""
    art = rec.article
    if rec.status != "ok" or art is None:
        return rec
    from dataclasses import replace

    from .exceptions import record_error

    changes: dict[str, str] = {}
    notes = [rec.warning] if rec.warning else []
    for name, value, limit in (
        ("text", art.text, MAX_TEXT_CHARS),
        ("title", art.title, MAX_TITLE_CHARS),
    ):
        if isinstance(value, str) and len(value) > limit:
            changes[name] = kept = _cut(value, limit)
            problem = (
                f"{len(value):,} characters, more than the {limit:,} analysed; the first "
                f"{len(kept):,} are analysed and the rest left out"
            )
            notes.append(record_error(_label(rec), problem, name))
    if not changes:
        return rec
    return replace(rec, article=replace(art, **changes), warning="; ".join(notes))


def _failed(rec: Any, exc: BaseException) -> Any:
    """``rec`` as an error record that says why its analysis failed."""
    from dataclasses import replace

    from .exceptions import record_error

    problem = f"analysis failed: {type(exc).__name__}: {exc}"
    return replace(rec, status="error", error=record_error(_label(rec), problem))


def _label(rec: Any) -> str:
    """How messages name a record: its source, and its id when that says more."""
    name = _record_id(rec)
    return rec.source if name == rec.source else f"{rec.source} (id {name!r})"


def _analyze_batch(records: Sequence[Any], parts: _Components) -> AnalysisResult:
    from .sentiment import article_tone, vader_scores
    from .text import parse

    # Rows are kept by position, never by id: ids may repeat (a duplicate is an error row
    # of its own) and must not move one record's results onto another's row.
    art_rows: list[dict[str, Any]] = []
    ok_docs: list[tuple[int, Any, _Parsed]] = []  # (row position, article, parsed text)
    # Where the story was filed from ("NEW YORK, Feb 26 -" -> United States), when the
    # extractor can tell; datelines name no actor, so this is article metadata.
    locate = getattr(parts.extractor, "dateline_location", None)
    for rec in records:
        rec = _within_caps(rec)
        art = rec.article
        row = {
            "id": _record_id(rec),
            "date": None,
            "title": getattr(art, "title", None),
            "status": rec.status,
            "error": rec.error,
            "warning": rec.warning,
            "n_sentences": 0,
            "n_mentions": 0,
            "tone": np.nan,
            "dateline_location": None,
        }
        art_rows.append(row)
        row["date"] = _kept_date(getattr(art, "date", None), row, rec)
        if rec.status != "ok" or art is None:
            continue
        try:
            parsed = _parse(art, parse)
        except Exception as exc:  # one bad text never sinks the batch
            _fail(row, f"text could not be parsed: {type(exc).__name__}: {exc}", "text")
            continue
        row["n_sentences"] = len(parsed.sentences)
        if locate is not None:
            row["dateline_location"] = locate(parsed.dateline_view)
        ok_docs.append((len(art_rows) - 1, art, parsed))

    # Article tone: VADER per sentence of the text (not the headline), without saturation.
    sentence_texts = [s.text for _, _, parsed in ok_docs for s in parsed.sentences]
    compounds = vader_scores(sentence_texts) if sentence_texts else np.zeros(0)
    pos = 0
    for row_pos, _, parsed in ok_docs:
        n = len(parsed.sentences)
        art_rows[row_pos]["tone"] = float(article_tone(compounds[pos : pos + n]))
        pos += n

    topics, evidence = _score_topics(ok_docs, parts.topic_model, art_rows)
    actors, mentions = _actor_tables(ok_docs, parts, art_rows)
    articles = _typed(pd.DataFrame(art_rows, columns=ARTICLE_COLUMNS))
    return AnalysisResult(
        articles=articles,
        topics=topics,
        actors=actors,
        mentions=mentions,
        topic_evidence=evidence,
    )


#: What joins a headline to its text in the document the actors are read from: a blank
#: line, so the headline is a paragraph (a heading) of its own.
TITLE_GAP = "\n\n"


@dataclass(frozen=True)
class _Parsed:
    """An article parsed once: its headline (when it has one) and text as one document.

    The headline is analysed for actors with the text, so a name in it is resolved as the
    text resolves it ("Kerry" in the headline is the text's "John Kerry").
    """

    doc: Any  # the Document of ``title + TITLE_GAP + text``, or of the text alone
    offset: int  # where the text starts in ``doc.raw``
    split: int  # index of the text's first sentence in ``doc.sentences``

    @property
    def sentences(self) -> list[Any]:
        """The text's sentences (the headline's left out)."""
        return self.doc.sentences[self.split :] if self.split else self.doc.sentences

    @property
    def text(self) -> str:
        """The text's normalised form (the headline's left out)."""
        doc = self.doc
        return doc.text[doc.to_clean(self.offset) :] if self.offset else doc.text

    @property
    def dateline_view(self) -> Any:
        """What ``dateline_location`` reads (``dateline``, and ``text`` whose first line may
        be a dateline the text layer missed), of the text: an ALL-CAPS headline such as
        "CHINA, KENYA IN JOINT VENTURE" is not a dateline."""
        if not self.offset:
            return self.doc
        return SimpleNamespace(dateline=self.doc.dateline, text=self.text)


def _parse(art: Any, parse: Any) -> _Parsed:
    title = art.title
    if title and title.strip() and not art.text.lstrip().startswith(title.strip()):
        offset = len(title) + len(TITLE_GAP)
        doc = parse(title + TITLE_GAP + art.text)
        sentences = doc.sentences
        split = next((i for i, s in enumerate(sentences) if s.start >= offset), len(sentences))
        if all(s.end <= offset for s in sentences[:split]):
            return _Parsed(doc, offset, split)
        # The headline ran into the text (in HTML a blank line is no break): the text alone.
    return _Parsed(parse(art.text), 0, 0)


_FIRST_DATE = pd.Timestamp.min.tz_localize("UTC")
_LAST_DATE = pd.Timestamp.max.tz_localize("UTC")


def _kept_date(date: Any, row: dict[str, Any], rec: Any) -> Any:
    """``date``, or None with a warning when a nanosecond timestamp cannot hold it."""
    from .exceptions import record_error

    if date is None or _FIRST_DATE <= date <= _LAST_DATE:
        return date
    problem = (
        f"{date.isoformat()} is outside the years 1677-2262 that dates are kept in; date left empty"
    )
    _warn(row, record_error(_label(rec), problem, "date"))
    return None


def _record_id(rec: Any) -> str:
    ident = rec.id
    return str(rec.index) if ident is None else str(ident)


def _fail(row: dict[str, Any], message: str, field: str | None = None) -> None:
    from .exceptions import record_error

    row["status"] = "error"
    row["error"] = record_error(row["id"], message, field)


def topic_columns(model: Any) -> list[str]:
    """The topic columns of a result scored by ``model``: its named topics, then ``"other"``
    (the share no named topic covers, so a row sums to 1) where the model gives it."""
    names = _named_topics(model)
    return [*names, OTHER] if _adds_other(model, names) else names


def _named_topics(model: Any) -> list[str]:
    fitted = getattr(model, "taxonomy_", None)
    return list(fitted.names) if fitted is not None else []


def _adds_other(model: Any, names: list[str]) -> bool:
    """Whether ``model.score(..., other=True)`` gives the result its ``"other"`` column: a
    TopicModel whose taxonomy has no topic of that name."""
    from .topics import TopicModel

    return bool(names) and OTHER not in names and isinstance(model, TopicModel)


def _score(
    model: Any, texts: list[str], other: bool
) -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame | None]:
    """The topic shares of ``texts``, a mask of those with no word the model knows, and (a
    TopicModel) the seed words each has per named topic (see ``AnalysisResult``)."""
    from .topics import TopicModel

    if isinstance(model, TopicModel):  # such a text is all "other"; its row says so
        scores, rows, seen = model._score_rows(
            texts, other=other, what="TopicModel.score", evidence=True
        )
        unknown = np.zeros(len(scores), dtype=bool)
        unknown[rows] = True
        evidence = pd.DataFrame(seen, columns=list(model.taxonomy_.names))
        return scores.reset_index(drop=True), unknown, evidence
    scores = model.score(texts).reset_index(drop=True)
    return scores, scores.isna().all(axis=1).to_numpy(), None


def _score_topics(ok_docs, model, rows) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The topics table and the seed-word evidence table (None: not a TopicModel)."""
    from .topics import TopicModel

    seeded = isinstance(model, TopicModel)  # seed-word evidence; no known word: all "other"
    named = _named_topics(model)
    other = _adds_other(model, named)
    names = [*named, OTHER] if other else named
    if not ok_docs:
        return _empty_topics(names), _empty_topics(named) if seeded else None
    texts = [_topic_text(art, doc) for _, art, doc in ok_docs]
    positions = [row_pos for row_pos, _, _ in ok_docs]
    try:
        scores, unknown, evidence = _score(model, texts, other)
    except Exception:  # one bad article never sinks the batch: find it
        logger.exception("topic scoring failed for a batch; retrying article by article")
        frames, kept, flags, seen = [], [], [], []
        for row_pos, text in zip(positions, texts, strict=True):
            try:
                frame, flag, ev = _score(model, [text], other)
                frames.append(frame)
                flags.append(flag)
                seen.append(ev)
                kept.append(row_pos)
            except Exception as exc:  # noqa: BLE001
                _fail(rows[row_pos], f"topic scoring failed: {type(exc).__name__}: {exc}")
        scores = (
            pd.concat(frames, ignore_index=True) if frames else _empty_topics(names, with_id=False)
        )
        unknown = np.concatenate(flags) if flags else np.zeros(0, dtype=bool)
        evidence = None
        if seeded:
            evidence = (
                pd.concat(seen, ignore_index=True) if seen else _empty_topics(named, with_id=False)
            )
        positions = kept
    ids = [rows[p]["id"] for p in positions]
    scores.insert(0, "id", ids)
    if evidence is not None:
        evidence.insert(0, "id", ids)
    message = (  # a TopicModel puts such an article on its background, as transform does
        "no word of the topic model's vocabulary; no named topic (named shares 0, all 'other')"
        if seeded
        else "no word of the topic model's vocabulary; topic shares left empty"
    )
    for row_pos in np.asarray(positions, dtype=np.int64)[unknown]:
        _warn(rows[row_pos], message)
    return scores, evidence


def _warn(row: dict[str, Any], message: str) -> None:
    row["warning"] = f"{row['warning']}; {message}" if row.get("warning") else message


def _topic_text(art: Any, parsed: _Parsed) -> str:
    title = (art.title or "").strip()
    return f"{title}\n\n{parsed.text}" if title else parsed.text


def _actor_tables(ok_docs, parts: _Components, rows) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The actors and mentions tables of a batch: each article's mentions found, the
    batch's lone surnames resolved, every mention scored in its sentence."""
    extracted: list[tuple[int, Any, list[Any]]] = []
    # The batch's articles stage by stage (ActorExtractor.extract_documents: the same
    # mentions, faster); should one article fail, each is extracted alone to find it.
    batch = getattr(parts.extractor, "extract_documents", None)
    if batch is not None:
        try:
            founds = batch([parsed.doc for _, _, parsed in ok_docs])
            extracted = [(r, p, f) for (r, _, p), f in zip(ok_docs, founds, strict=True)]
            ok_docs = []
        except Exception:  # noqa: BLE001
            logger.exception("actor extraction failed for a batch; retrying article by article")
    for row_pos, _, parsed in ok_docs:
        try:
            found = parts.extractor.extract_document(parsed.doc)
        except Exception as exc:  # noqa: BLE001
            problem = f"actor extraction failed: {type(exc).__name__}: {exc}"
            _fail(rows[row_pos], problem, "text")
            continue
        extracted.append((row_pos, parsed, found))
    # Across the batch: a lone surname takes the full name the other articles give it.
    resolve_batch = getattr(parts.extractor, "resolve_batch", None)
    if resolve_batch is not None and extracted:
        resolved = resolve_batch([found for _, _, found in extracted])
        extracted = [(r, p, f) for (r, p, _), f in zip(extracted, resolved, strict=True)]
    # Per article: its mentions within the caps, in batch order, and their article rows.
    keys: list[int] = []  # row position of each mention: actors are grouped by it, not by id
    ids: list[str] = []
    every: list[Any] = []  # the mentions scored, in order
    counts: list[int] = []
    for row_pos, _, found in extracted:
        row = rows[row_pos]
        kept = _capped(found)
        if len(kept) < len(found):
            _warn(
                row,
                f"{len(found) - len(kept)} of {len(found)} actor mentions left out: at most "
                f"{MAX_MENTIONS_PER_SENTENCE} per sentence and {MAX_MENTIONS_PER_ARTICLE} per "
                "article are scored",
            )
            found = kept
        row["n_mentions"] = len(found)
        keys.extend([row_pos] * len(found))
        ids.extend([row["id"]] * len(found))
        every.extend(found)
        counts.append(len(found))
    # Mention columns are filled as lists or arrays (one per column); _tables makes the frames.
    cols: dict[str, Any] = {c: [] for c in MENTION_COLUMNS}
    cols["id"] = ids
    sentence_codes: dict[str, int] = {}
    offsets = _mention_offsets(extracted, counts, every)
    if offsets is None:  # not int offsets, or negative sentences (a caller's extractor)
        targets = _mention_rows(extracted, counts, every, cols, sentence_codes, rows)
    else:
        targets = _mention_arrays(extracted, counts, offsets, cols, sentence_codes, rows)
    for name in ("actor", "actor_id", "type", "text"):
        cols[name] = list(map(attrgetter(name), every))
    try:  # a location's country (a caller's mentions may have no such attribute)
        countries = list(map(attrgetter("country"), every))
    except AttributeError:
        countries = [getattr(m, "country", None) for m in every]
    proba = None
    scores = np.zeros(0)
    if targets:
        proba = _class_probabilities(parts.scorer, targets, cols["type"])
        if proba is not None:
            scores = np.clip(proba[:, 2] - proba[:, 0], -1.0, 1.0)
        else:
            scores = np.asarray(parts.scorer.score(targets), dtype=float)
    cols["sentiment"] = scores  # type: ignore[assignment]
    return actor_tables(cols, list(sentence_codes), keys, countries, proba, parts.scorer)


def _mention_offsets(
    extracted: list[tuple[int, Any, list[Any]]], counts: list[int], every: list[Any]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """Each mention's sentence, start, end (arrays) and article (its place in
    ``extracted``), or None when an offset is not an int or a sentence index is negative
    (the per-mention loop then reads them as they are)."""
    n = len(every)
    got = []
    for name in ("sentence", "start", "end"):
        values = list(map(attrgetter(name), every))
        if not set(map(type, values)) <= {int}:
            return None
        got.append(np.fromiter(values, dtype=np.int64, count=n))
    if n and got[0].min() < 0:
        return None
    art = np.repeat(np.arange(len(extracted), dtype=np.int64), counts)
    return got[0], got[1], got[2], art


def _mention_arrays(extracted, counts, offsets, cols, sentence_codes, rows) -> list:
    """The mentions' columns (offsets in the title or the text, in their sentences) and
    their ``(sentence, start, end)`` targets, for the whole batch at once: the Python
    work is per sentence that holds a mention, the rest array operations. The same
    values as :func:`_mention_rows` (``tests/test_speed_tables.py`` holds them equal)."""
    msent, mstart, mend, art = offsets
    if not len(msent):
        return []
    # The (article, sentence) pairs, in the order of their first mention: sentence texts
    # get their codes in that order, as the loop gives them.
    key = art * (int(msent.max()) + 1) + msent
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    pair = rank[inverse.reshape(-1)]  # each mention's pair, numbered by first appearance
    docs = [parsed.doc for _, parsed, _ in extracted]
    arts = art[first[order]].tolist()
    by_doc = [doc.sentences for doc in docs]
    sentences = map(by_doc.__getitem__, arts)  # each pair's article's sentences
    sents = list(map(getitem, sentences, msent[first[order]].tolist()))
    texts: list[str] = list(map(attrgetter("text"), sents))
    for st in dict.fromkeys(texts):
        sentence_codes.setdefault(st, len(sentence_codes))
    codes = np.fromiter(map(sentence_codes.__getitem__, texts), np.int64, len(texts))
    length = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = list(map(attrgetter("start"), sents))
    aligned = [doc.aligned for doc in docs]
    if not all(aligned):
        for k, a in enumerate(arts):
            if not aligned[a]:
                starts[k] = docs[a].to_clean(starts[k])
    clean_start = np.array(starts, dtype=np.int64)
    cs, n = clean_start[pair], length[pair]
    a, b = mstart - cs, mend - cs
    # Offsets need no mapping where the text is the raw one (to_clean only clamps).
    for i, doc in enumerate(docs):
        if not aligned[i] and counts[i]:
            lo = int(np.searchsorted(art, i))
            hi = lo + counts[i]
            to_clean = doc.to_clean
            a[lo:hi] = [to_clean(v) for v in mstart[lo:hi].tolist()] - cs[lo:hi]
            b[lo:hi] = [to_clean(v) for v in mend[lo:hi].tolist()] - cs[lo:hi]
    s0 = np.minimum(np.maximum(a, 0), n)
    e0 = np.minimum(np.maximum(b, s0), n)
    offset = np.array([p.offset for _, p, _ in extracted], dtype=np.int64)[art]
    split = np.array([p.split for _, p, _ in extracted], dtype=np.int64)[art]
    title = mstart < offset  # in the headline: offsets into the title
    cols["field"] = list(map(("text", "title").__getitem__, title.tolist()))
    # Offsets into the text, sentences counted from the text's first.
    cols["sentence"] = np.where(title, msent, msent - split)
    cols["start"] = np.where(title, mstart, mstart - offset)
    cols["end"] = np.where(title, mend, mend - offset)
    cols["sentence_text"] = codes[pair]
    cols["start_in_sentence"] = s0
    cols["end_in_sentence"] = e0
    clipped = np.bincount(art[(s0 != a) | (e0 != b)], minlength=len(extracted)).tolist()
    for (row_pos, _, _), k in zip(extracted, clipped, strict=True):
        if k:
            _warn(rows[row_pos], _clipped_message(k))
    return list(zip(map(texts.__getitem__, pair.tolist()), s0.tolist(), e0.tolist(), strict=True))


def _clipped_message(clipped: int) -> str:
    return (
        f"{clipped} actor mentions reach past their sentences: scored on the part inside them"
        if clipped > 1
        else "1 actor mention reaches past its sentence: scored on the part inside it"
    )


def _mention_rows(extracted, counts, every, cols, sentence_codes, rows) -> list:
    """:func:`_mention_arrays` mention by mention, offsets read as they are."""
    field, sentence, start, end = (cols[c] for c in ("field", "sentence", "start", "end"))
    sentence_text, start_in_sentence, end_in_sentence = (
        cols[c] for c in ("sentence_text", "start_in_sentence", "end_in_sentence")
    )
    targets: list[tuple[str, int, int]] = []
    pos = 0
    for (row_pos, parsed, _), count in zip(extracted, counts, strict=True):
        found = every[pos : pos + count]
        pos += count
        doc = parsed.doc
        to_clean = doc.to_clean
        aligned = doc.aligned  # offsets need no mapping (to_clean only clamps)
        sentences = doc.sentences
        offset, split = parsed.offset, parsed.split
        # Per sentence: its text, where it starts in the clean text, and its code.
        seen: dict[int, tuple[str, int, int, int]] = {}
        clipped = 0  # mentions reaching past their sentence (an extractor of the caller's)
        for m in found:
            ms = m.sentence
            here = seen.get(ms)
            if here is None:
                sent = sentences[ms]
                st = sent.text
                code = sentence_codes.setdefault(st, len(sentence_codes))
                cs = sent.start if aligned else to_clean(sent.start)
                here = seen[ms] = (st, cs, len(st), code)
            st, cs, n, code = here
            a, b = (
                (m.start - cs, m.end - cs)
                if aligned
                else (to_clean(m.start) - cs, to_clean(m.end) - cs)
            )
            s0 = min(max(a, 0), n)
            e0 = min(max(b, s0), n)
            if s0 != a or e0 != b:
                clipped += 1
            targets.append((st, s0, e0))
            if m.start < offset:  # in the headline: offsets into the title
                field.append("title")
                sentence.append(ms)
                start.append(m.start)
                end.append(m.end)
            else:  # offsets into the text, sentences counted from the text's first
                field.append("text")
                sentence.append(ms - split)
                start.append(m.start - offset)
                end.append(m.end - offset)
            sentence_text.append(code)
            start_in_sentence.append(s0)
            end_in_sentence.append(e0)
        if clipped:
            _warn(rows[row_pos], _clipped_message(clipped))
    return targets


def _capped(found: list[Any]) -> list[Any]:
    """The mentions within the caps: the first ones of each sentence and of the article.

    Scoring a mention costs time in proportion to its sentence's length, so a sentence
    that is a list of thousands of names would cost the square of its length; the caps keep
    the cost of one record linear in its length (and its mentions table bounded).
    """
    if len(found) <= MAX_MENTIONS_PER_SENTENCE:
        return found
    per_sentence: dict[int, int] = {}
    kept = []
    for m in found:
        n = per_sentence.get(m.sentence, 0)
        if n < MAX_MENTIONS_PER_SENTENCE:
            per_sentence[m.sentence] = n + 1
            kept.append(m)
            if len(kept) == MAX_MENTIONS_PER_ARTICLE:
                break
    return kept


def _class_probabilities(
    scorer: Any, targets: list[tuple[str, int, int]], types: list[Any]
) -> np.ndarray | None:
    """Class probabilities of a trained target-sentiment model, or None for other scorers;
    an :class:`ActorSentiment` is given each mention's actor type (its prior for places).
    A caller's extractor may type its mentions with anything: a type that is no str is
    passed as None (unknown), as the tables keep it, not refused."""
    if getattr(scorer, "method", None) != "model" or not hasattr(scorer, "predict_proba"):
        return None
    if isinstance(scorer, ActorSentiment):
        kinds = [t if isinstance(t, str) else None for t in types]
        return np.asarray(scorer.predict_proba(targets, types=kinds), dtype=float)
    return np.asarray(scorer.predict_proba(targets), dtype=float)
