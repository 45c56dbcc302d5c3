#!/usr/bin/env python3
"""A plain HTTP/1.1 client: the yardstick langbot-bench holds the console to.

One kept-alive connection, each request written with one send (head and body
together), answers read by Content-Length. Prints one JSON line.

    plain_client.py calls URL PATH COUNT [BODY]   # c=1 calls, per-call times
    plain_client.py creates URL FILE              # POST each body of FILE

FILE: a JSON list of model create bodies, sent one after another to
/api/v1/provider/models/llm. Standard library only.
"""

import json
import socket
import statistics
import sys
import time
import urllib.parse

API_KEY = "lbk_demo_console_key"


class Connection:
    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.host = parts.hostname
        self.sock = socket.create_connection((parts.hostname, parts.port))
        self.buffer = b""

    def request(self, method, path, body=None):
        payload = b"" if body is None else body
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}", f"X-API-Key: {API_KEY}", "Accept: application/json"]
        if body is not None:
            head += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        self.sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
        while b"\r\n\r\n" not in self.buffer:
            self.receive()
        header, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        status = int(header.split(b" ", 2)[1])
        length = 0
        for line in header.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(self.buffer) < length:
            self.receive()
        answer, self.buffer = self.buffer[:length], self.buffer[length:]
        if status != 200:
            raise RuntimeError(f"{method} {path}: HTTP {status}: {answer[:200]!r}")
        return answer

    def receive(self):
        chunk = self.sock.recv(1 << 16)
        if not chunk:
            raise RuntimeError("the server closed the connection")
        self.buffer += chunk


def main(argv):
    if len(argv) >= 4 and argv[1] == "calls":
        connection = Connection(argv[2])
        body = argv[5].encode() if len(argv) > 5 else None
        method = "GET" if body is None else "POST"
        times = []
        for _ in range(int(argv[4])):
            start = time.perf_counter()
            connection.request(method, argv[3], body)
            times.append((time.perf_counter() - start) * 1000)
        print(json.dumps({"median_ms": statistics.median(times), "worst_ms": max(times)}))
        return 0
    if len(argv) == 4 and argv[1] == "creates":
        with open(argv[3], "rb") as f:
            bodies = json.load(f)
        connection = Connection(argv[2])
        start = time.perf_counter()
        for body in bodies:
            connection.request("POST", "/api/v1/provider/models/llm", json.dumps(body).encode())
        print(json.dumps({"total_ms": (time.perf_counter() - start) * 1000, "count": len(bodies)}))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
