"""lede: raw web pages and WARC files to clean structured articles.

    import lede
    art = lede.extract(open("page.html", "rb").read(), url="https://example.com/story")
    print(art["title"], art["text"])

    for rec in lede.iter_warc("CC-MAIN-...warc.gz", min_chars=200, languages="en"):
        print(rec["id"], rec["url"], rec["title"])

iter_warc's `languages` is a list of ISO 639 codes (["en", "de"]) or one str
of codes parted by commas, as the CLI's --lang takes them ("en", "en,de").
extract reads one page and takes no `languages`: the page's language is in
its "language" and "language_detected" fields. A call with an argument a
function does not take raises TypeError naming it, with the signature.

The work is done by the C++ library with the GIL released, so threads scale.
Errors are lede.LedeError subclasses (see lede.LimitExceededError etc.).
For clusters, see lede.dask (python3 -m lede.dask --help).
"""
from ._lede import (  # noqa: F401
    CorruptInputError,
    CorruptInputWarning,
    InternalError,
    InvalidArgumentError,
    LedeError,
    LedeIOError,
    LimitExceededError,
    UnsupportedError,
    WarcIterator,
    __version__,
    extract,
    iter_warc,
)

__all__ = [
    "extract",
    "iter_warc",
    "WarcIterator",
    "LedeError",
    "InvalidArgumentError",
    "LedeIOError",
    "CorruptInputError",
    "CorruptInputWarning",
    "LimitExceededError",
    "UnsupportedError",
    "InternalError",
    "__version__",
]
