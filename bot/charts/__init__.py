"""Charts drawn on the server: SVG for the desk pages, PNG (Pillow) for the chat."""
