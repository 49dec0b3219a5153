"""Running the site: structured logs and the request log, health probes, error pages."""
