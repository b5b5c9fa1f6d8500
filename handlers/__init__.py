"""Application layer: Thai text understanding, intents, handlers and reply models."""
