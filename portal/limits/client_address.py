"""The reader's own address, as the proxies we run in front of the app saw it.

Behind a load balancer and Varnish every request reaches gunicorn from the same REMOTE_ADDR, so
rate limits, the address blocklist and the sign-in lockout would treat every reader as one. Each
proxy appends the address it was connected from to X-Forwarded-For; a client can put anything in
that header, but only to the left of what our own proxies append. So the header is read from the
right, through the hops in PORTAL_TRUSTED_PROXIES, and the first address not in that list is the
client. With no trusted proxies (the default) the header is ignored: a portal reached directly
cannot be fooled by it.

Comment limits and blocklist, page-password limits, the django-axes sign-in lockout
(AXES_CLIENT_IP_CALLABLE) and the request log all take this one value.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in proxies)


def trusted_networks():
    return _networks(tuple(getattr(settings, "PORTAL_TRUSTED_PROXIES", ()) or ()))


def parse(value):
    """An address from a header or REMOTE_ADDR, or None when it is not one."""
    try:
        address = ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None
    # An IPv4 client reaching an IPv6 socket shows as ::ffff:a.b.c.d: the same reader.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def client_address(request):
    """The client's address as a string ("" when REMOTE_ADDR is missing), cached on the request."""
    cached = getattr(request, "_portal_client_address", None)
    if cached is not None:
        return cached
    found = _resolve(request.META)
    request._portal_client_address = found
    return found


def _resolve(meta):
    remote = meta.get("REMOTE_ADDR", "") or ""
    hop = parse(remote)
    if hop is None:
        return remote.strip()
    networks = trusted_networks()
    if not networks or not _trusted(hop, networks):
        return str(hop)
    forwarded = [item for item in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if item.strip()]
    for item in reversed(forwarded):
        address = parse(item)
        if address is None:
            # A trusted proxy passed on something that is not an address: the last hop we can
            # vouch for is the best answer, never whatever else the header says.
            return str(hop)
        hop = address
        if not _trusted(hop, networks):
            return str(hop)
    # Every hop is one of ours (a health check from the load balancer, say).
    return str(hop)


def _trusted(address, networks):
    return any(address in network for network in networks if address.version == network.version)
