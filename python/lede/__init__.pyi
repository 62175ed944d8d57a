# Type stubs for lede (the C++ extension lede._lede and its re-exports).
import os
from typing import Dict, Iterator, List, Literal, Optional, Sequence, TypedDict, Union

__version__: str

Output = Literal["text", "markdown", "json"]
Favor = Literal["balanced", "precision", "recall"]
PageType = Literal["auto", "article", "forum", "listing", "product", "page"]

class Image(TypedDict):
    url: Optional[str]
    alt: Optional[str]
    caption: Optional[str]
    credit: Optional[str]

class Article(TypedDict, total=False):
    url: Optional[str]
    title: Optional[str]
    section: Optional[str]
    dek: Optional[str]
    authors: List[str]
    publisher: Optional[str]  # the organisation that publishes
    date_published: Optional[str]  # ISO 8601
    date_modified: Optional[str]
    site_name: Optional[str]
    language: Optional[str]  # ISO 639 / BCP 47
    language_detected: Optional[str]  # from the body's words
    canonical_url: Optional[str]
    description: Optional[str]
    image: Image
    tags: List[str]
    page_type: str  # "article", "forum", "listing", "product" or "page": detected, or as forced
    text: str  # plain text, or Markdown with output="markdown"
    sources: Dict[str, str]  # field -> where it came from ("json-ld", "h1", "meta:og:title", ...)
    charset: str
    mojibake_repaired: int  # doubly-encoded sequences repaired ("â€™" to "’"); 0 normally
    limits: List[str]  # limits hit ("max_nodes", "time_budget_ms"); empty normally
    comments: str  # the comment section, with comments=True and only when the page has one
    input_error: str  # only when a cut or damaged .gz was read up to the damage (CorruptInputWarning too)
    json: str  # with output="json" (or json_line=True): the JSON line the CLI writes

class WarcArticle(Article, total=False):
    id: str  # WARC-Record-ID
    warc_date: str
    warc_file: str
    offset: int
    warning: str  # only when the reader repaired the record (a lying Content-Length read up to the next record)

class WarcStats(TypedDict):
    records: int
    html: int
    extracted: int
    skipped: Dict[str, int]
    errors: Dict[str, int]
    limits: Dict[str, int]
    repaired: int  # records the reader repaired (counted besides their outcome)

class LedeError(Exception):
    code: str
    limit: Optional[str]

class InvalidArgumentError(LedeError, ValueError): ...
class LedeIOError(LedeError, OSError): ...
class CorruptInputError(LedeError, ValueError): ...
class CorruptInputWarning(UserWarning): ...
class LimitExceededError(LedeError): ...
class UnsupportedError(LedeError, NotImplementedError): ...
class InternalError(LedeError, RuntimeError): ...

# Integer options: an int from 0 to 2**64 - 1 (time_budget_ms: 2**32 - 1), or
# None for the default; else TypeError (no int), InvalidArgumentError (below 0)
# or OverflowError (too big), naming the option. str options: a str (None where
# the default is None); else TypeError, and InvalidArgumentError for a lone
# surrogate (url's are U+FFFD), naming the option.
def extract(
    html: Union[bytes, bytearray, memoryview, str],  # bytes in any charset, or gzip-compressed (a saved .html.gz)
    *,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    output: Output = "text",
    favor: Favor = "balanced",
    page_type: PageType = "auto",
    max_bytes: Optional[int] = None,
    max_nodes: Optional[int] = None,
    time_budget_ms: Optional[int] = None,
    repair_mojibake: bool = True,
    reference_date: Optional[str] = None,  # "YYYY-MM-DD": later dates are not publication dates; None: today
    comments: bool = False,  # also the comment section, as "comments" (only when the page has one)
) -> Article: ...

class WarcIterator(Iterator[WarcArticle]):
    @property
    def stats(self) -> WarcStats: ...
    @property
    def path(self) -> str: ...
    def __iter__(self) -> "WarcIterator": ...
    def __next__(self) -> WarcArticle: ...

def iter_warc(
    path: Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"],
    *,
    output: Output = "text",
    json_line: bool = False,
    min_chars: int = 0,
    languages: Union[str, Sequence[str], None] = None,  # ["en", "de"], or "en" / "en,de" as --lang
    favor: Favor = "balanced",
    page_type: PageType = "auto",
    errors: Literal["skip", "raise"] = "skip",
    max_bytes: Optional[int] = None,
    max_nodes: Optional[int] = None,
    time_budget_ms: Optional[int] = None,
    max_record_bytes: Optional[int] = None,
    repair_mojibake: bool = True,
    reference_date: Optional[str] = None,  # "YYYY-MM-DD": later dates are not publication dates; None: today
    comments: bool = False,  # also each page's comment section, as "comments"
) -> WarcIterator: ...
