"""Dates from common news formats, to timezone-aware UTC.

ISO 8601 (naive means UTC), Reuters-21578 ("26-FEB-1987 15:38:26.23"), RFC 2822, "1-Jan-96",
compact and day-month-year forms, epoch seconds or milliseconds, and datetime/date/pandas
objects. Used by :mod:`newsanalytics.io`, which re-exports :func:`parse_date`.
"""

from __future__ import annotations

import math
import numbers
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from typing import Any

from ._words import MONTH_NUMBERS

__all__ = ["parse_date"]

_MAX_REPR = 60

_UTC = timezone.utc
# Lower-case month name or abbreviation -> month number.
_MONTHS = MONTH_NUMBERS
_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
_TZ = r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
_ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T\s]+" + _TIME + ")?" + _TZ, re.IGNORECASE
)
_COMPACT_RE = re.compile(
    r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?" + _TZ,
    re.IGNORECASE,
)
# "26-FEB-1987 15:38:26.23" (Reuters-21578, which sometimes appends stray letters such as
# "15:01:01.79 RM" to the time), "1-Jan-96", "26 February 1987".
_DMY_RE = re.compile(
    r"(?P<d>\d{1,2})[-\s](?P<mon>[a-z]{3,9})\.?[-\s,]\s*(?P<y>\d{4}|\d{2})"
    r"(?:[T\s,]+" + _TIME + r"(?:(?<=\d\.\d\d)\s*[A-Z][A-Z\s]*)?)?" + _TZ,
    re.IGNORECASE,
)
# "February 26, 1987", "Tuesday, Feb. 26, 1987 3:38 PM"
_MDY_RE = re.compile(
    r"(?:[a-z]+,?\s+)?(?P<mon>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>\d{4})(?:(?:[T\s,]+|\s+at\s+)" + _TIME + r"\s*(?P<ampm>[ap]\.?m\.?)?)?" + _TZ,
    re.IGNORECASE,
)
_EPOCH_RE = re.compile(r"[+-]?\d{9,13}(?:\.\d+)?")
# epoch numbers above this are milliseconds (1e11 seconds is the year 5138)
_EPOCH_MS = 1e11


def _year(digits: str) -> int:
    # POSIX strptime convention for %y: 69-99 -> 1900s, 00-68 -> 2000s; only for years
    # written with two digits ("0001" is the year 1, and "0000" no year at all).
    year = int(digits)
    if len(digits) > 2:
        return year
    return year + (1900 if year >= 69 else 2000)


def _tzinfo(token: str | None) -> timezone:
    if token is None or token.upper() in ("Z", "UTC", "GMT"):
        return _UTC
    sign = -1 if token[0] == "-" else 1
    digits = token[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) > 2 else 0)
    return timezone(sign * timedelta(minutes=minutes))


def _from_match(m: re.Match[str]) -> datetime:
    parts = m.groupdict()
    month = _MONTHS.get(parts["mon"].lower()) if "mon" in parts else int(parts["m"])
    if month is None:
        raise ValueError(f"unknown month name {parts['mon']!r}")
    hour = int(parts["H"] or 0)
    ampm = parts.get("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} with {ampm!r}")
        hour = hour % 12 + (12 if ampm[0].lower() == "p" else 0)
    fraction = parts.get("f") or ""
    micro = int((fraction + "000000")[:6]) if fraction else 0
    value = datetime(
        _year(parts["y"]),
        month,
        int(parts["d"]),
        hour,
        int(parts["M"] or 0),
        int(parts["S"] or 0),
        micro,
        tzinfo=_tzinfo(parts["tz"]),
    )
    return value.astimezone(_UTC)


def _from_epoch(seconds: float) -> datetime:
    if abs(seconds) >= _EPOCH_MS:
        seconds = seconds / 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=_UTC)
    except (OverflowError, OSError) as exc:
        raise ValueError(f"epoch value {seconds!r} is out of range") from exc


def _parse_date_str(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    for pattern in (_ISO_RE, _DMY_RE, _MDY_RE, _COMPACT_RE):
        m = pattern.fullmatch(text)
        if m is not None:
            return _from_match(m)
    if _EPOCH_RE.fullmatch(text):
        return _from_epoch(float(text))
    try:
        parts = parsedate_tz(text)  # RFC 2822: "Tue, 26 Feb 1987 15:38:26 GMT"
    except (IndexError, TypeError, ValueError):  # older Pythons raise on some odd strings
        parts = None
    if parts is not None:
        naive = datetime(*parts[:6])
        return naive.replace(tzinfo=timezone(timedelta(seconds=parts[9] or 0))).astimezone(_UTC)
    raise ValueError(f"unrecognised date format {text!r}")


def parse_date(value: Any) -> datetime | None:
    """Parse a date from the formats news data comes in, to a timezone-aware UTC datetime.

    Accepted: ISO 8601 (``"2022-09-23"``, ``"2022-09-23T10:00:00+02:00"``, ``"...Z"``;
    ``"20220923"``), Reuters-21578 (``"26-FEB-1987 15:38:26.23"``), ``"1-Jan-96"``,
    ``"26 February 1987"``, ``"February 26, 1987 3:38 PM"``, RFC 2822
    (``"Tue, 26 Feb 1987 15:38:26 GMT"``), epoch seconds (int, float or a string of 9-13
    digits; values of 1e11 and above are read as milliseconds), and ``datetime``, ``date``,
    pandas ``Timestamp`` and numpy ``datetime64`` objects. Times without a zone are taken as
    UTC. Two-digit years follow POSIX: 69-99 are 1900s, 00-68 are 2000s. Day/month order in
    ``"03/04/2020"`` is ambiguous and is not guessed.

    Parameters
    ----------
    value : str, int, float, datetime, date or None

    Returns
    -------
    datetime or None
        ``None`` for ``None``, NaN/NaT and blank strings.

    Raises
    ------
    ValueError
        If the value is not a date in a recognised format.

    Examples
    --------
    >>> parse_date("26-FEB-1987 15:38:26.23").isoformat()
    '1987-02-26T15:38:26.230000+00:00'
    >>> parse_date("Tue, 26 Feb 1987 15:38:26 -0500").isoformat()
    '1987-02-26T20:38:26+00:00'
    """
    if _is_null(value):
        return None
    if isinstance(value, str):
        try:
            return _parse_date_str(value)
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"could not parse date {value!r}: {exc}") from None
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    if type(value).__name__ == "datetime64":  # numpy, without importing numpy
        value = value.astype("datetime64[us]").item()
    if isinstance(value, datetime):
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            return value.replace(tzinfo=_UTC)
        return value.astimezone(_UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=_UTC)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return _from_epoch(float(value))
    raise ValueError(f"could not parse date from {type(value).__name__} {_short(value)}")


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pandas.NA, pandas.NaT, numpy.datetime64("NaT") without importing pandas/numpy
    name = type(value).__name__
    if name in ("NAType", "NaTType"):
        return True
    if name in ("datetime64", "timedelta64") or isinstance(value, numbers.Real):
        return value != value
    return False


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 3] + "..."
