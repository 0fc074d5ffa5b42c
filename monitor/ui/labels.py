"""Label corrections (least-sure mentions first) and the analyst's retrain panel."""

from __future__ import annotations

import streamlit as st

from monitor import board
from monitor.ui.context import BoardContext
from monitor.ui.data import get_store, load_labels, load_to_label, write, write_lock
from monitor.ui.widgets import escape_markdown, table, user_name


def labels_tab(ctx: BoardContext) -> None:
    st.caption("Teach the classifier: correct the category of a mention. The mentions the model "
               "is least sure of come first, since a label there teaches it the most. Corrections "
               "are used the next time the classifier is retrained.")
    choices, labels = load_labels(ctx.db_path, ctx.tick)
    contains = st.text_input("Find mentions: text or author contains", key="lb_contains").strip()
    frame = load_to_label(ctx.db_path, ctx.tick, contains, ctx.mention_limit)
    if frame.empty:
        st.info("No unlabelled mentions to correct." if not contains else "No unlabelled mentions match.")
    else:
        texts = dict(zip(frame["id"], frame["text"].fillna("")))
        categories = dict(zip(frame["id"], frame["category"]))
        meta = {r.id: f"sureness {r.sureness:.2f} · {str(r.created_at)[:16]} · {r.handle or ''} · "
                      f"{board.CATEGORY_LABELS.get(r.category, r.category)}"
                for r in frame.itertuples(index=False)}
        chosen = st.selectbox("Mention (least sure first)", list(texts), key="lb_pick",
                              format_func=lambda i: f"{meta[i]} · {texts[i][:90]}")
        st.text("Full text:")
        st.code(texts.get(chosen, ""), language=None, wrap_lines=True)
        current = categories.get(chosen)
        if ctx.can("analyst"):
            cols = st.columns([2, 1])
            options = choices or ["complaint", "other"]
            label = cols[0].selectbox("Correct category", options, key=f"lb_label_{chosen}",
                                      index=options.index(current) if current in options else 0,
                                      format_func=lambda c: board.CATEGORY_LABELS.get(c, c))
            if cols[1].button("Save label", key="lb_save", type="primary"):
                write(ctx.db_path, lambda s: s.save_label(chosen, label, user_name()))
                st.success("Label saved; it will be used at the next retraining.")
                choices, labels = load_labels(ctx.db_path, ctx.tick)
        else:
            st.caption("Analysts correct labels; you can read them.")
    st.subheader("Corrections so far")
    if labels.empty:
        st.info("No corrections yet.")
    else:
        table(ctx, labels, hide_index=True, key="lb_table")
    if ctx.can("analyst"):
        retrain_panel(ctx, len(labels))


def retrain_panel(ctx: BoardContext, corrections: int) -> None:
    """Analysts train a candidate version, compare it on held-out real posts, then promote it."""
    st.subheader("Retrain the classifier")
    st.caption(f"Trains a candidate on the real labelled posts, the public corpora, the written "
               f"seed and the {corrections} corrections above (several minutes), then shows it beside "
               "the model in use on held-out real posts. Nothing changes until you make it current.")
    if st.button("Train a candidate version", key="lb_train"):
        from monitor import pipeline

        with st.status("Training a candidate version…", expanded=True) as status:
            report = pipeline.train(get_store(ctx.db_path), ctx.config, [], force=False,
                                    shared_datasets=ctx.config.model.shared_datasets, auto_promote=False,
                                    progress=lambda message: status.write(escape_markdown(message)))
            status.update(label=f"Candidate {report.version} trained", state="complete")
        st.session_state["lb_report"] = report
    report = st.session_state.get("lb_report")
    if report is None:
        return
    tables = board.train_report_tables(report)
    st.markdown(f"**Candidate {report.version}** beside the model in use "
                f"({report.previous_version or 'none'}), on held-out real posts:")
    if tables["real"].empty:
        st.info("No held-out real posts were available; the written held-out rows decided.")
    else:
        table(ctx, tables["real"], hide_index=True, key="lb_real")
    if not tables["written"].empty:
        st.caption("Sets the team wrote (not evidence of real behaviour):")
        table(ctx, tables["written"], hide_index=True, key="lb_written")
    judged_on = "real posts" if report.real else "the written held-out rows"
    if report.passed_gate:
        st.success(f"The candidate is not worse than the model in use on {judged_on}.")
    else:
        st.warning(f"The candidate is worse than the model in use on {judged_on}.")
    if not ctx.can("admin"):
        st.caption("An administrator makes a candidate current.")
        return
    if st.button(f"Make {report.version} current", key="lb_promote",
                 type="primary" if report.passed_gate else "secondary"):
        from monitor import pipeline

        with write_lock(ctx.db_path):
            store = get_store(ctx.db_path)
            queued = pipeline.use_model(store, ctx.config, report.version)
            store.record_audit(user_name(), "model_use", report.version,
                               {"previous": report.previous_version, "from": "board"})
        st.cache_data.clear()
        st.session_state.pop("lb_report", None)
        st.success(f"{report.version} is now in use; {queued} mentions will be re-scored.")
