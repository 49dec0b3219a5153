"""Request headers the database can store: PostgreSQL refuses a NUL character, and a client may
put one in its User-Agent, which comments and sign-in attempts keep. gunicorn refuses such a
request; the development server passed it on, and the comment or the failed sign-in was a 500."""


class DropNulFromHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for key, value in request.META.items():
            if key.startswith("HTTP_") and isinstance(value, str) and "\x00" in value:
                request.META[key] = value.replace("\x00", "")
        return self.get_response(request)
