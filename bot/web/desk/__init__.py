"""The coordinator's desk: server-rendered pages, signed login links, exports and charts."""
