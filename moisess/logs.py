"""Log lines as JSON objects, one a line, each with the id of the request that wrote it."""

import contextvars
import datetime
import json
import logging

request_id_var = contextvars.ContextVar("request_id", default="-")

# Attributes every LogRecord has: anything else was given through extra={…} and is kept.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "request_id"}


class RequestIdFilter(logging.Filter):
    """Give every record the id of the request being served ("-" outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class DropJobTracebacks(logging.Filter):
    """RQ's worker logs a failed job with its traceback and arguments (a mail's body, its links):
    core.jobs.log_failure writes the one line that says what failed instead."""

    def filter(self, record):
        return not (record.name == "rq.worker" and "exception raised while executing" in str(record.msg))


class JsonFormatter(logging.Formatter):
    """{"time", "level", "logger", "message", "request_id", …extra, "exception"} on one line."""

    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        # What was given through extra={…}: plain values only (a library's extra may be a request
        # or a job's arguments, with addresses and tokens in them).
        for key, value in vars(record).items():
            plain = isinstance(value, str | int | float | bool | type(None))
            if plain and key not in _STANDARD and key not in entry and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
