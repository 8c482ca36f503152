"""Site-wide response handling."""

from events.text import has_unsafe_characters, printable


class PrintableHtmlMiddleware:
    """No HTML page carries a control or bidirectional formatting character, whatever is stored.

    Forms clean what they receive (``moisess.forms.CleanTextMixin``); text stored before, or written
    another way, would still reach the pages (a title reversed by U+202E, an escape character…).
    Feeds, calendars, exports and JSON clean their own output. Costs one scan of the page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return response
        try:
            html = response.content.decode(response.charset)
        except UnicodeDecodeError:
            return response
        if has_unsafe_characters(html):
            response.content = printable(html).encode(response.charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
