"""Pure domain of PMQA Bot: models, scoring, Thai calendar, report import (stdlib only)."""
