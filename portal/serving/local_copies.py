"""A bounded, thread-safe, least-recently-used store of objects in this process's memory.

The page cache keeps a local copy of the pages it serves most, so a hit needs only the small
tag-version check from the shared cache, not the whole page: on a post with a few hundred
comments that is some 90 KB less to fetch and unpickle per request.
"""

import threading
from collections import OrderedDict


class LocalCopies:
    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.used = 0
        self.items = OrderedDict()  # key -> (value, size)
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            item = self.items.get(key)
            if item is None:
                return None
            self.items.move_to_end(key)
            return item[0]

    def put(self, key, value, size):
        if size > self.max_bytes:
            return
        with self.lock:
            self._drop(key)
            self.items[key] = (value, size)
            self.used += size
            while self.used > self.max_bytes:
                self._drop(next(iter(self.items)))

    def _drop(self, key):
        item = self.items.pop(key, None)
        if item is not None:
            self.used -= item[1]
