"""The request log: one structured line per request, written through portal.ops.logging."""

import logging
import re
import time
import uuid

from portal.limits.client_address import client_address
from portal.limits.ratelimit import address_hash

request_logger = logging.getLogger("portal.request")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestLogMiddleware:
    """One structured line per request: method, path (never the query string, which can hold
    what readers typed), status, duration, a request id echoed in X-Request-ID and the client
    (a keyed hash of its address behind our proxies, portal/limits/client_address.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        given = request.headers.get("X-Request-ID", "")
        request.request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        request_logger.info(
            "request",
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
                "request_id": request.request_id,
                # Who sent it, as the rate limits see them, hashed as comments store it: the
                # lines of one client can be followed and matched to a comment, the address
                # itself is not written.
                "client": address_hash(client_address(request))[:16],
            },
        )
        return response
