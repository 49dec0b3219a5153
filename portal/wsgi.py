import os

from django.core.wsgi import get_wsgi_application

# A WSGI server is a deployment: default to production and let it refuse a bad environment.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
