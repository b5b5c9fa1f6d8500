"""Hand-written fakes of the services the bot talks to."""
