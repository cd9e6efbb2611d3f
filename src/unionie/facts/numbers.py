"""Number words: Arabic (half- and full-width), Chinese numerals, 万/亿 multipliers.

Input: the numeral part of a surface string. Output: its value as a float. Pure functions, no
offsets: the facts stage keeps the spans.
"""

from __future__ import annotations

import re
from decimal import Decimal

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－−", "0123456789.,--")
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# 2万2千: Arabic digits with their magnitudes (the facts stage matches MIXED_NUMERAL, value_of reads it)
MIXED_NUMERAL = r"[0-9]{1,4}[万萬][0-9][千百]"
_MIXED = re.compile(r"(\d+)[万萬](\d)([千百])")
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
CN_DIGIT_CHARS = "".join(_DIGITS)
CN_POINTS = "点點"  # 三点五 = 3.5


def _section(s: str) -> int:
    """Value of a numeral below 10,000 (三千二百零五, 十五, 四十)."""
    total, digit = 0, None
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            total += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + (digit or 0)


def chinese_value(s: str) -> float:
    """三百 → 300, 一万二千 → 12000, 三点五 → 3.5, 零点五 → 0.5, 3.5万 handled by the caller,
    二〇二三 → 2023 (digit string)."""
    if not s:
        raise ValueError("empty numeral")
    for point in CN_POINTS:
        if point in s:
            whole, frac = s.split(point, 1)
            if not frac or any(ch not in _DIGITS for ch in frac):
                raise ValueError(f"not a Chinese decimal: {s!r}")
            digits = "".join(str(_DIGITS[ch]) for ch in frac)
            whole_value = chinese_value(whole) if whole else 0.0
            return float(Decimal(repr(whole_value)) + Decimal(f"0.{digits}"))  # no float noise
    if all(ch in _DIGITS for ch in s) and len(s) > 1:
        return float("".join(str(_DIGITS[ch]) for ch in s))
    total, rest = 0, s
    for big, mult in sorted(_BIG_UNITS.items(), key=lambda kv: -kv[1]):
        if big in rest:
            head, rest = rest.split(big, 1)
            total += (_section(head) if head else 1) * mult
    return float(total + (_section(rest) if rest else 0))


def chinese_range(s: str) -> tuple[float, float] | None:
    """四五十 → (40, 50), 三四百 → (300, 400), 七八 → (7, 8): adjacent digits as an estimate."""
    if len(s) >= 2 and s[0] in _DIGITS and s[1] in _DIGITS and _DIGITS[s[1]] == _DIGITS[s[0]] + 1:
        tail = s[2:]
        try:
            scale = chinese_value("一" + tail) if tail else 1.0
        except ValueError:
            return None
        return _DIGITS[s[0]] * scale, _DIGITS[s[1]] * scale
    return None


def value_of(s: str) -> float:
    """Value of an Arabic (optionally signed) or Chinese numeral (no multiplier suffix)."""
    t = s.translate(_FULLWIDTH).replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    mixed = _MIXED.fullmatch(t)
    if mixed:  # 2万2千 → 22000
        return float(int(mixed[1]) * 10_000 + int(mixed[2]) * _SMALL_UNITS[mixed[3]])
    return chinese_value(s)
