"""The live board's layout: one module per tab, `app.py` wires them together.

Streamlit only lays out here; every number comes from `monitor.board` (through the cached
loaders of `ui.data`), every write goes to the store's write methods or `pipeline`. Mention
texts, author names and handles are untrusted: they are shown only through st.dataframe,
st.text, st.code and selectbox options, never as markdown or HTML.
"""
