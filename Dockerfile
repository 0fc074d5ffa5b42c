# One image for every role in compose.yaml: the board, the scheduler and the workers run the
# same code with different commands. CPU-only PyTorch, pinned (a looser pin pulls CUDA builds).
FROM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY models ./models
COPY data ./data
COPY app.py ./
RUN pip install --no-cache-dir torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu \
 && pip install --no-cache-dir -e .
ENV HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONUNBUFFERED=1
RUN useradd --create-home monitor && mkdir -p /app/var && chown monitor /app/var
USER monitor
EXPOSE 8501
CMD ["monitor", "board"]
