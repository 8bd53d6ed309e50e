"""Serves a folder on 127.0.0.1 for bench/check-bench.sh: python3 bench/static-server.py PORT DIR.

Python's own http.server, threaded and quiet, plus a `LinkChecker` response header: without it
LinkChecker limits itself to 10 requests a second per host (about 3 on average), which would time its
politeness rather than its checking.
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allowed")
        super().end_headers()

    def log_message(self, format, *args):
        pass


port, folder = int(sys.argv[1]), sys.argv[2]
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=folder))
server.daemon_threads = True
server.serve_forever()
