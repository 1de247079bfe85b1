"""Runs Python samples one after another in this one interpreter, each in a fresh namespace.

Reads {"name": "source", ...} as JSON on stdin; prints {"name": null | "traceback", ...} as the last stdout line.
"""
import contextlib
import io
import json
import sys
import traceback

results = {}
for name, source in json.load(sys.stdin).items():
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            exec(compile(source, name, "exec"), {"__name__": "__main__"})
            results[name] = None
        except BaseException:
            results[name] = traceback.format_exc(limit=3)
print(json.dumps(results))
