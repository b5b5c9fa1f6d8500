"""A local TCP proxy that can black-hole traffic: the network to PostgreSQL going silent.

While ``silent``, connections stay open but every byte is dropped both ways and new
connections are accepted and never answered, as after a dropped network (nothing refuses,
nothing answers). ``recover()`` forwards again and closes the connections that lived through
the silence, as the peers' resets would once the network is back. ``sends`` counts what the
client sent upstream: one per round trip of the PostgreSQL protocol, about.
"""

from __future__ import annotations

import socket
import threading
from contextlib import suppress


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``target``; use as a context manager."""

    def __init__(self, target: tuple[str, int], port: int = 0) -> None:
        self._target = target
        self._server = socket.create_server(("127.0.0.1", port))  # 0: any free port
        self.port = self._server.getsockname()[1]
        self.silent = False
        self.sends = 0
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._stopping = False

    def __enter__(self) -> TcpProxy:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping = True
        self._server.close()
        self._close_all()

    def go_silent(self) -> None:
        """Drop every byte from now on; keep every connection open."""
        self.silent = True

    def recover(self) -> None:
        """Forward again; the connections that lived through the silence are reset."""
        self._close_all()
        self.silent = False

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self._remember(client)
            if self.silent:
                continue  # accepted by the kernel, never answered
            upstream = socket.create_connection(self._target)
            self._remember(upstream)
            for source, target, count in ((client, upstream, True), (upstream, client, False)):
                args = (source, target, count)
                threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, count: bool) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                if self.silent:
                    continue
                if count:
                    self.sends += 1
                target.sendall(data)
        if not self.silent:  # a silent network carries no goodbye either
            with suppress(OSError):
                target.shutdown(socket.SHUT_WR)

    def _remember(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.append(sock)

    def _close_all(self) -> None:
        with self._lock:
            doomed, self._open = self._open, []
        for sock in doomed:
            with suppress(OSError):
                sock.close()
