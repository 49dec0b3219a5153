vcl 4.1;
# Varnish in front of the portal's gunicorn app servers (docs/deploy.md). Written for Varnish 7.1
# (Debian 12); check with `varnishd -C -f "$PWD/deploy/varnish.vcl"` (an absolute path: varnishd
# looks for a relative one in its vcl_path). Tested by deploy/varnish.vtc (`varnishtest
# deploy/varnish.vtc`, in `make test`; docs/deploy.md, "Testing the VCL").
#
#   * Caches anonymous GET/HEAD pages for as long as the app's Cache-Control allows
#     (s-maxage: the app purges changed pages through Wagtail's frontend cache).
#   * Passes the admin, POSTs and everything from a logged-in browser (a sessionid cookie).
#   * Never stores a response that sets a cookie: pages with a comment form set the CSRF cookie,
#     so they always come from the app, which fills each reader's token in.
#   * PURGE, from the addresses in the `purgers` ACL only, bans by path (see vcl_recv).
#
# `make bench VIA=varnish` (deploy/bench/varnish.py) copies this file and points the backend at the
# gunicorn it starts; in production point it at the app servers (or a director over several).

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    # /healthz answers without the database. The Host must be one of the app's ALLOWED_HOSTS.
    .probe = {
        .request = "GET /healthz HTTP/1.1"
            "Host: localhost"
            "User-Agent: varnish-probe"
            "Connection: close";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may PURGE: the app servers, which send Wagtail's purges. Only this machine here; add the
# app servers' addresses in production. Never the load balancer's, or anyone could purge.
acl purgers {
    "127.0.0.1";
}

sub vcl_recv {
    # One cache entry per site, whatever port or letter case the Host header has. Rewritten
    # only when it needs it: every header a request sets costs Varnish time and log space, and
    # a hit is little more than that.
    if (req.http.host ~ "[A-Z:]") {
        set req.http.host = regsub(std.tolower(req.http.host), ":[0-9]+$", "");
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        return (synth(200, "Purge"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # POST (comments, admin forms) and anything else: always the app.
        return (pass);
    }
    if (req.url ~ "^/(django-)?admin(/|$)") {
        return (pass);
    }
    # A logged-in browser (editor, pharmacist, moderator) sees pages shaped by its login.
    if (req.http.cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.http.authorization) {
        return (pass);
    }

    # Anonymous: cache by URL alone (see vcl_hash). Cookies are NOT stripped: the comment form's
    # CSRF check needs the browser's csrftoken cookie to reach the app on the pages that are
    # passed, and a cached page never depends on it (responses that set it are not stored).
    if (req.url ~ "\?.*&") {
        set req.url = std.querysort(req.url);
    }
    return (hash);
}

sub vcl_synth {
    if (req.method == "PURGE" && resp.status == 200) {
        call purge_by_path;
    }
}

# PURGE <path>[?query] with the site's Host header, as Wagtail's HTTP frontend-cache backend sends:
#   PURGE /                      the home page and its query-string variants only
#   PURGE /medicines/            a section: every cached URL whose path starts with /medicines/
#   PURGE /sitemap.xml           that path and its query-string variants
# Bans match on obj.http.x-path/x-host (set on every stored object), so the ban lurker can clear
# them in the background.
sub purge_by_path {
    set req.http.x-purge-path = regsub(req.url, "\?.*$", "");
    # Plain URL-path characters only: keeps the ban expression well formed and the prefix regex
    # free of anything but the bracket-escaped characters below.
    if (req.http.x-purge-path !~ "^/[A-Za-z0-9/._~%!$&'()*+,;=:@-]*$"
        || req.http.host !~ "^[a-z0-9.-]+$") {
        set resp.status = 400;
        set resp.reason = "Bad purge request";
        return (deliver);
    }
    if (req.http.x-purge-path ~ "/$" && req.http.x-purge-path != "/") {
        set req.http.x-purge-kind = "prefix";
        set req.http.x-purge-regex = "^" + regsuball(req.http.x-purge-path, "([.*+?$()])", "[\1]");
        std.ban("obj.http.x-host == " + req.http.host
            + " && obj.http.x-path ~ " + req.http.x-purge-regex);
    } else {
        set req.http.x-purge-kind = "exact";
        std.ban("obj.http.x-host == " + req.http.host
            + " && obj.http.x-path == " + req.http.x-purge-path);
    }
    if (std.ban_error() != "") {
        set resp.status = 400;
        set resp.reason = "Ban failed";
        set resp.http.x-ban-error = std.ban_error();
        return (deliver);
    }
    set resp.http.x-purged = req.http.x-purge-kind + " " + req.http.x-purge-path;
    set resp.reason = "Purged";
    set resp.body = "Purged " + req.http.x-purge-kind + " " + req.http.x-purge-path + {"
"};
    return (deliver);
}

sub vcl_hash {
    # URL and site only: no cookie, so every anonymous reader shares one copy.
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    return (lookup);
}

sub vcl_backend_response {
    # What a ban matches on.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    set beresp.http.x-host = bereq.http.host;

    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.set-cookie) {
        # A page that sets a cookie (the CSRF cookie of a comment form, a session) belongs to
        # one reader: never stored. Remember the decision for two minutes so that concurrent
        # readers go straight to the app instead of queueing behind each other.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.status >= 500) {
        # Errors are not cached; a stale copy (grace) is better than an error.
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Stored objects are only ever served to requests without a session, and a response that
    # sets a cookie is never stored, so the app's "Vary: Cookie" would only split the cache
    # by the csrftoken cookie for nothing.
    if (beresp.http.vary) {
        set beresp.http.vary = regsuball(beresp.http.vary, "(?i)(^|,)\s*cookie\s*(?=,|$)", "");
        set beresp.http.vary = regsub(beresp.http.vary, "^,\s*", "");
        if (beresp.http.vary == "") {
            unset beresp.http.vary;
        }
    }
    # Headers about the one request that fetched the page, not about the readers served from
    # the stored copy: vcl_deliver gives each of those its own request id.
    unset beresp.http.x-request-id;
    unset beresp.http.x-page-cache;
    # Keep serving a page for up to a day after it expires while a fresh copy is fetched,
    # or while the app servers are down.
    set beresp.grace = 24h;
    # Everything else follows the builtin rules (Cache-Control: private/no-store, Vary: *, …).
}

sub vcl_deliver {
    unset resp.http.x-path;
    unset resp.http.x-host;
    if (!resp.http.x-request-id && req.http.x-request-id ~ "^[A-Za-z0-9._-]{8,64}$") {
        # The id the load balancer sent, when it looks like one (the app's own rule). Without
        # one, a hit has no id of its own outside Varnish (varnishlog shows its transaction).
        set resp.http.x-request-id = req.http.x-request-id;
    }
    if (obj.uncacheable) {
        set resp.http.x-cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.x-cache = "hit";
    } else {
        set resp.http.x-cache = "miss";
    }
}
