"""`make bench`: load-test the production configuration on this machine, on loopback only.

    .venv/bin/python -m deploy.bench                 # gunicorn, page cache off then on
    .venv/bin/python -m deploy.bench --via varnish   # the guide page through Varnish vs nginx

Steps (data.py): recreate the `portal_bench` PostgreSQL database, migrate it, load the demo site
and the bulk content (`generate_bulk_content` at its default sizes), collect static files into a
temporary folder. Then (pages.py) start gunicorn with `portal.settings.production` on a free
loopback port and drive it with wrk (load.py). Each page is measured with the page cache off
(PORTAL_PAGE_CACHE=off: every request renders) and on (the normal configuration), and its SQL
queries are counted through Django's test client. With --via varnish (varnish.py) it starts
Varnish (deploy/varnish.vcl) in front of gunicorn and an nginx serving a saved copy of the guide
page (deploy/nginx-static.conf), and compares the two. What the VCL caches, passes and purges is
tested by deploy/varnish.vtc (`make test`), not here.

Everything it starts is stopped by process id when it ends, fails or is interrupted
(processes.py). Missing tools (wrk, varnish, nginx) are installed with apt-get when running as
root. See docs/deploy.md.
"""
