"""Gunicorn settings of the web process: the Procfile's ``web:``, ``make run`` and the Docker
image all start ``gunicorn -c gunicorn.conf.py``; command-line options override these.

Environment: ``PORT`` (8000), ``WEB_CONCURRENCY`` (workers, 2), ``GUNICORN_TIMEOUT`` (30 s).
"""

import os

wsgi_app = "bot.web.app:create_app_from_env()"
bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
# Sync workers: each event is CPU work plus one short database transaction; replies go out on
# the app's own reply threads, so a slow LINE never holds a worker.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
# The app (and the Thai dictionary) is loaded once in the master before forking, so the
# workers share it and a broken configuration stops the start instead of every worker.
preload_app = True
# LINE gives a webhook a few seconds; a worker stuck this long is killed and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5  # LINE's platform reuses connections
errorlog = "-"
accesslog = None  # request lines would carry no more than the app logs, at a cost per request
