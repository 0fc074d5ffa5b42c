"""The model card written beside every trained version (`models/<version>/README.md`).

Real posts first: the headline table is the held-out real brand mentions, per language. Sets
the team wrote come after, marked as written. Every corpus the version learnt from is credited.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from monitor import evaluation

if TYPE_CHECKING:  # types only: training imports this module
    from monitor.classifier import MentionClassifier
    from monitor.training import TrainReport


def version_card(report: "TrainReport", model: "MentionClassifier") -> str:
    """Markdown card for one version: real-post numbers, written sets, data and credits."""
    lines = [f"# Mention classifier {report.version}", "",
             f"Embedder `{model.embedder}`"
             + (f" + char {tuple(model.ngram_range)}-gram TF-IDF" if model.use_tfidf else "")
             + (" + cue lexicon" if model.use_lexicon else "")
             + "; one calibrated logistic-regression head per judgement (complaint, founded, "
               "disrespectful).", ""]
    if report.real:
        lines += ["## Real posts, held out (never trained or tuned on)", "",
                  "Complaint = the post says what went wrong (`founded_complaint`); disrespect = "
                  "insults aimed at the company, its staff or product. F1 with (precision/recall); "
                  "false alarms = share of the other posts given either label, at the natural mix."
                  + (" The current model when this one was trained is beside it." if report.previous_real else ""),
                  "", evaluation.real_post_table(report.real, report.previous_real, markdown=True), "",
                  f"Real-post score {evaluation.real_post_score(report.real):.3f}"
                  + (f" (current {evaluation.real_post_score(report.previous_real):.3f})"
                     if report.previous_real else "") + ".", ""]
    else:
        lines += ["No real held-out posts were available: the written held-out rows decided.", ""]
    if report.other_domains:
        lines += ["## Real posts from other domains (public corpora, rows never trained on)", "",
                  "Each corpus answers one question (complaint vs other, or insult vs other) about "
                  "posts that are not brand mentions of our kind (reviews, airline tweets, general "
                  "tweets): how well the model carries over.", "",
                  evaluation.other_domains_table(report.other_domains, report.previous_other_domains or None,
                                                 markdown=True), ""]
    if report.tuning.get("n"):
        lines += ["## Out-of-fold, tuning posts (chose calibration and thresholds)", "",
                  evaluation.real_post_table(report.tuning, markdown=True), ""]
    if report.written:
        lines += ["## Written sets (sentences the team wrote: not evidence of real behaviour)", ""]
        for name, metrics in report.written.items():
            lines += [f"### {name} (written)", "", evaluation.category_table(metrics), ""]
    lines += ["## Data", "", "Rows: " + ", ".join(f"{k} {v:,}" for k, v in report.rows.items()) + ".", ""]
    if report.credits:
        lines += ["Learnt from (texts are read from `../shared/datasets` at training time; none is "
                  "stored in this repository):", ""]
        lines += [f"- {credit}" for credit in report.credits] + [""]
    lines += [f"- {note}" for note in report.notes] + ([""] if report.notes else [])
    lines += ["## Thresholds", "", "Calibrated probability at which each head says yes ('*' = any "
              "language); the p_* scores map this point to 0.5.", "", "```",
              json.dumps(model.thresholds_, indent=2), "```", "",
              f"Training took {report.duration_s:.0f}s. {report.reason}.", ""]
    return "\n".join(lines)
