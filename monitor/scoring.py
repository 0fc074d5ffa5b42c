"""`monitor score`: classify any CSV/JSONL with a `text` column, no database involved."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from monitor.config import Config
from monitor.errors import InputError

OUTPUT_COLUMNS = ["category", "p_complaint", "p_disrespectful", "founded"]
CHUNK_ROWS = 2000


def read_table(path: Path) -> pd.DataFrame:
    """Read CSV or JSONL (by extension) as text columns; errors name the file and line."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson", ".json"):
            rows = []
            with path.open(encoding="utf-8") as handle:
                for line_no, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        value = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(path, line_no, None, f"not valid JSON ({exc.msg})") from None
                    if not isinstance(value, dict):
                        raise InputError(path, line_no, None, "each line must be a JSON object")
                    rows.append(value)
            frame = pd.DataFrame(rows)
        elif suffix in (".csv", ".tsv"):
            frame = pd.read_csv(path, dtype=str, keep_default_na=False,
                                sep="\t" if suffix == ".tsv" else ",", encoding="utf-8")
        else:
            raise InputError(path, None, None, "expected a .csv, .tsv or .jsonl file")
    except UnicodeDecodeError as exc:
        raise InputError(path, None, None, f"not UTF-8 text (byte {exc.start})") from None
    except pd.errors.ParserError as exc:
        raise InputError(path, None, None, f"not a valid CSV: {exc}") from None
    if "text" not in frame.columns:
        raise InputError(path, None, "text", "missing column (the text to score)")
    return frame


def score_file(source: Path, output: Path, config: Config) -> int:
    """Write the input columns plus category, p_complaint, p_disrespectful, founded."""
    from monitor.pipeline import load_classifier

    frame = read_table(source)
    classifier = load_classifier(config)
    texts = frame["text"].fillna("").astype(str).tolist()
    langs = frame["lang"].astype(str).tolist() if "lang" in frame.columns else None
    parts = []
    for start in range(0, len(texts), CHUNK_ROWS):
        part_langs = langs[start:start + CHUNK_ROWS] if langs else None
        parts.append(classifier.score_texts(texts[start:start + CHUNK_ROWS], langs=part_langs))
    scores = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=OUTPUT_COLUMNS)
    result = frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in frame.columns]).reset_index(drop=True)
    for column in OUTPUT_COLUMNS:
        result[column] = scores[column].values if len(scores) else []
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.suffix.lower() in (".jsonl", ".ndjson"):
        result.to_json(output, orient="records", lines=True, force_ascii=False)
    else:
        result.to_csv(output, index=False)
    return len(result)
