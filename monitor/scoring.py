"""`monitor score`: classify any CSV/JSONL with a `text` column, no database involved."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from monitor.config import Config
from monitor.errors import InputError
from monitor.mention import cut_text
from monitor.user_files import read_records

OUTPUT_COLUMNS = ["category", "p_complaint", "p_disrespectful", "founded"]
CHUNK_ROWS = 2000


def read_table(path: Path) -> pd.DataFrame:
    """Read CSV, JSONL or XLSX (by extension); errors name the file and line, or the missing column."""
    records = read_records(path)
    frame = pd.DataFrame([row for _, row in records])
    if "text" not in frame.columns:
        raise InputError(path, None, "text", "missing column (the text to score)")
    return frame


def score_file(source: Path, output: Path, config: Config) -> int:
    """Write the input columns plus category, p_complaint, p_disrespectful, founded."""
    from monitor import model_registry

    frame = read_table(source)
    classifier = model_registry.loaded_model(config.model.dir, config.model.embedder)
    limit = config.model.max_text_chars  # scoring time and memory grow with the text
    texts = [cut_text(t, limit) for t in frame["text"].fillna("").astype(str)]
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
    if output.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        result.to_json(output, orient="records", lines=True, force_ascii=False)
    else:
        result.to_csv(output, index=False)
    return len(result)
