# One image for every process of PMQA Bot: the web (the default command) and the scheduler
# (`pmqa scheduler`), plus one-off `pmqa db upgrade`. Not built in CI (no Docker daemon there);
# tests/integration/test_image_commands.py runs the same commands from the same wheel in a fresh venv.

# --- build the wheel (code + data/ as pmqa_data) from the sources only ---
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY kpi_core ./kpi_core
COPY data ./data
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# --- the runtime: the wheel and its dependencies, run as an unprivileged user ---
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8000
# The time zone database (Asia/Bangkok): zoneinfo reads it from the system.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin pmqa
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels
COPY gunicorn.conf.py ./
# The embedded SQLite default lives in /app/instance (mount a volume there to keep it);
# with compose.yaml the data is in PostgreSQL instead.
RUN mkdir instance && chown pmqa:pmqa instance
USER pmqa
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
