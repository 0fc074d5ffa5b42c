"""Reading a frame of scored mentions: times as UTC nanoseconds, probabilities, per-post flags.

Detection (per author) and coordination (across authors) read mentions the same way, so what
counts as disrespectful, founded or critical is decided here, once.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd


def column(df: pd.DataFrame, name: str, default: Any) -> pd.Series:
    """A column of the frame, or `default` on every row when the frame has none."""
    if name in df.columns:
        return df[name]
    return pd.Series([default] * len(df), index=df.index, dtype=object)


def probability(df: pd.DataFrame, name: str) -> np.ndarray:
    """A probability column as floats (NaN where missing or not a number)."""
    if name not in df.columns:
        return np.full(len(df), np.nan)
    return pd.to_numeric(df[name], errors="coerce").to_numpy(dtype=float)


def utc_nanoseconds(values: pd.Series) -> np.ndarray:
    """Times (Timestamps, datetimes or ISO text) as int64 UTC nanoseconds; unparseable -> min int."""
    if pd.api.types.is_datetime64_any_dtype(values):
        times = pd.to_datetime(values, utc=True)
    else:
        times = pd.to_datetime(values, utc=True, errors="coerce", format="ISO8601")
    return np.asarray(times.dt.as_unit("ns").array.asi8, dtype=np.int64)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "t")
    return bool(value)


def mention_flags(df: pd.DataFrame, threshold: float = 0.5
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per mention: critical (a complaint or disrespectful), disrespectful, founded.

    Probabilities decide where present (p >= threshold), else the category; an explicit
    `founded` value wins over `p_founded`. Hostile = critical and not founded.
    """
    category = column(df, "category", None).astype(object).to_numpy()
    p_dis = probability(df, "p_disrespectful")
    p_founded = probability(df, "p_founded")
    p_complaint = probability(df, "p_complaint")
    disrespectful = np.where(np.isnan(p_dis), category == "disrespectful", p_dis >= threshold)
    given = column(df, "founded", None)
    known = given.notna().to_numpy()
    if pd.api.types.is_bool_dtype(given.dtype):
        given_founded = given.to_numpy(dtype=bool)
    else:
        given_founded = np.array([_truthy(v) if k else False
                                  for v, k in zip(given.to_numpy(dtype=object), known)], dtype=bool)
    fallback = np.where(np.isnan(p_founded), category == "founded_complaint", p_founded >= threshold)
    founded = np.where(known, given_founded, fallback).astype(bool)
    critical = (disrespectful | founded | (category == "founded_complaint")
                | (np.nan_to_num(p_complaint, nan=0.0) >= threshold))
    return critical.astype(bool), disrespectful.astype(bool), founded
