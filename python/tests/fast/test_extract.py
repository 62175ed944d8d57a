"""lede.extract: inputs, options, outputs, errors, threads."""
import ast
import concurrent.futures
import inspect
import json
import os
import subprocess

import pytest

import lede
from conftest import ROOT


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_fields_and_outputs(samples):
    html = read(samples[1])
    art = lede.extract(html, url="https://example.org/news")
    assert art["title"]
    assert art["url"] == "https://example.org/news"
    assert len(art["text"]) > 200
    assert art["limits"] == []
    for key in ("section", "dek", "authors", "date_published", "site_name", "language", "image", "tags", "charset"):
        assert key in art
    md = lede.extract(html, output="markdown")
    assert md["text"].startswith("# ")
    js = lede.extract(html, output="json")
    assert json.loads(js["json"])["text"] == art["text"]


def test_dict_holds_every_field_of_the_json(samples):
    # The dict names the article's fields as the JSON line does, with the same
    # values: publisher, language_detected, image.alt and sources included.
    html = read(samples[1])
    art = lede.extract(html, url="https://example.org/news", output="json")
    line = json.loads(art["json"])
    for key, value in line.items():
        assert key in art, key
        assert art[key] == value, key
    assert art["sources"]["title"]
    assert "alt" in art["image"]


def test_json_matches_cli(lede_cli, samples):
    html = read(samples[1])
    cli = subprocess.run([lede_cli, "extract", "-", "--format", "json", "--url", "https://example.org/n"],
                         input=html, stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    assert lede.extract(html, url="https://example.org/n", output="json")["json"] == cli


def test_str_and_charset():
    body = "<html><body><article><p>" + "Caf\u00e9 cr\u00e8me and na\u00efve words go here. " * 10 + "</p></article></body></html>"
    assert "Caf\u00e9" in lede.extract(body)["text"]
    latin1 = body.encode("latin-1")
    assert "Caf\u00e9" in lede.extract(latin1, charset="iso-8859-1")["text"]
    assert lede.extract(bytearray(latin1), charset="latin1")["charset"]
    assert "Caf\u00e9" in lede.extract(memoryview(body.encode()))["text"]
    with pytest.raises(TypeError):
        lede.extract(12)


def test_str_with_lone_surrogates_and_unknown_charset():
    # Text read with errors="surrogateescape" gives its bytes back (read as
    # bytes are: here sniffed as windows-1252); other lone surrogates become
    # U+FFFD, as bad bytes do: no UnicodeEncodeError.
    page = b"<html><body><article><p>Caf\xe9 and some more words of a paragraph.</p></article></body></html>"
    text = page.decode("utf-8", "surrogateescape")
    assert "Caf\u00e9 and some" in lede.extract(text)["text"]
    # One U+FFFD a lone surrogate (hostile39: three, one per byte of its
    # surrogatepass form; the assertion said so), as WHATWG makes a
    # USVString; escaped bytes next to another lone surrogate are still
    # bytes (they were three U+FFFD each).
    assert "a\ufffdb words" in lede.extract("<p>a\ud800b words</p>")["text"]
    assert "x\ufffd\ufffdy" in lede.extract("<p>x\udfff\udbffy and words</p>")["text"]
    assert "Caf\u00e9 and some" in lede.extract(text + "<p>\ud800</p>")["text"]
    # (U+D000..U+D7FF share the lead byte 0xED with the surrogates' form.)
    assert "\ud55c\uad6d\uc5b4 \ud7a3" in lede.extract("<p>\ud55c\uad6d\uc5b4 \ud7a3 \udc00</p>")["text"]
    with pytest.raises(lede.InvalidArgumentError):
        lede.extract(page, charset="klingon")
    # A huge label, or one holding a terminal escape, is quoted cut and with
    # its control bytes shown as '?'.
    with pytest.raises(lede.InvalidArgumentError) as e:
        lede.extract(page, charset="\x1b[2J" + "k" * 100000)
    assert len(str(e.value)) < 400 and "\x1b" not in str(e.value) and "?[2J" in str(e.value)


def test_errors_map_to_exceptions():
    with pytest.raises(lede.LimitExceededError) as e:
        lede.extract(b"<p>" + b"x" * 1000, max_bytes=10)
    assert e.value.limit == "max_input_bytes"
    assert e.value.code == "limit_exceeded"
    assert isinstance(e.value, lede.LedeError)
    with pytest.raises(lede.InvalidArgumentError):
        lede.extract(b"<p>x</p>", output="xml")
    with pytest.raises(ValueError):
        lede.extract(b"<p>x</p>", favor="most")
    big = b"<html><body>" + b"<div><p>Words in a paragraph here.</p></div>" * 100000 + b"</body></html>"
    with pytest.raises(lede.LimitExceededError) as e:
        lede.extract(big, time_budget_ms=1)
    assert e.value.limit == "time_budget_ms"
    assert lede.extract(big, max_nodes=100)["limits"] == ["max_nodes"]


def test_page_type_detected_or_forced():
    page = (b"<html><head><meta property='og:type' content='article'><title>Boiler</title></head><body>"
            b"<article><h1>Fixing a boiler</h1><p>" + b"We drained the boiler, changed the valve and refilled it. " * 6 +
            b"</p><section class='comments'><div class='comment'><p>" + b"A reader wrote that the valve was the wrong size. " * 3 +
            b"</p></div></section></article></body></html>")
    auto = lede.extract(page)
    assert auto["page_type"] == "article"
    assert "wrong size" not in auto["text"]
    forum = lede.extract(page, page_type="forum")
    assert forum["page_type"] == "forum"
    assert "wrong size" in forum["text"]
    with pytest.raises(lede.InvalidArgumentError):
        lede.extract(page, page_type="blog")


def test_threads_give_the_same_results(samples):
    pages = [read(p) for p in samples] * 20
    serial = [lede.extract(p)["text"] for p in pages]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda p: lede.extract(p)["text"], pages)) == serial


def test_stub_covers_the_module():
    stub = os.path.join(ROOT, "python", "lede", "__init__.pyi")
    tree = ast.parse(open(stub).read())
    names = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    for name in lede.__all__:
        if name != "__version__":
            assert name in names, name


def test_mojibake_repair_and_its_switch():
    # UTF-8 read as windows-1252 and encoded again by a broken CMS.
    broken = "<html><body><article><p>It\u00e2\u0080\u0099s the caf\u00c3\u00a9\u00e2\u0080\u0099s menu \u00e2\u0080\u0094 all of it, as it was before the move.</p></article></body></html>"
    art = lede.extract(broken.encode("utf-8"))
    assert "It\u2019s the caf\u00e9\u2019s menu \u2014" in art["text"]
    assert art["mojibake_repaired"] == 4
    kept = lede.extract(broken.encode("utf-8"), repair_mojibake=False)
    # Kept as mojibake; its C1 controls (U+0080, U+0099) shown, as all C1
    # controls are, as their windows-1252 characters.
    assert "It\u00e2\u20ac\u2122s" in kept["text"]
    assert kept["mojibake_repaired"] == 0


def test_dask_summary_says_file_or_files():
    import lede.dask

    s = {"files": 1, "succeeded": 1, "failed": [], "retried": 0, "seconds": 0.1, "records": 4, "html": 3,
         "extracted": 3, "skipped": {"warcinfo": 1}, "errors": {}}
    assert lede.dask.format_summary(s).startswith("lede.dask: 1 file, 1 succeeded")
    s["files"] = 2
    assert lede.dask.format_summary(s).startswith("lede.dask: 2 files, 1 succeeded")


def test_reference_date_as_the_cli_takes_it(lede_cli, samples):
    # The sample story is dated 2026-03-14: a reference day before it is no
    # publication date, as with `lede extract --reference-date`.
    html = read(samples[1])
    assert lede.extract(html, reference_date="2027-01-01")["date_published"]
    early = lede.extract(html, reference_date="2020-01-01", output="json")
    assert early["date_published"] is None
    cli = subprocess.run([lede_cli, "extract", "-", "--format", "json", "--reference-date", "2020-01-01"],
                         input=html, stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    assert early["json"] == cli
    with pytest.raises(lede.InvalidArgumentError):
        lede.extract(html, reference_date="2024-02-30")


COMMENTED_PAGE = b"""<!doctype html><html lang="en"><head><title>Pruning apple trees in winter</title></head><body>
<article><h1>Pruning apple trees in winter</h1>
<p>Winter is the best time to prune an apple tree, because the branches are bare and the tree is dormant,
so cuts heal before the sap rises in spring.</p>
<p>Start with dead, damaged and crossing branches, then open the centre of the tree so light and air can
reach the fruit in summer.</p>
<p>Never take more than a quarter of the canopy in one year, or the tree answers with water shoots.</p></article>
<section id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on this post</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta">
<b class="fn">Maria</b></footer><div class="comment-content"><p>I pruned my old Bramley last week and followed
the quarter rule exactly, thanks for the clear advice.</p></div></article></li></ol></section>
</body></html>"""


def test_comments_as_the_cli_takes_them(lede_cli):
    # Off by default (no "comments" key, the comment not in the text); with
    # comments=True the comment section is its own field, as `--comments`.
    plain = lede.extract(COMMENTED_PAGE)
    assert "comments" not in plain
    assert "Bramley" not in plain["text"]
    d = lede.extract(COMMENTED_PAGE, comments=True, output="json")
    assert "Bramley" in d["comments"]
    assert "Bramley" not in d["text"]
    cli = subprocess.run([lede_cli, "extract", "-", "--format", "json", "--comments"],
                         input=COMMENTED_PAGE, stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    assert d["json"] == cli


def test_gzip_bytes_are_decompressed_as_the_cli_does(samples):
    # A saved page.html.gz read as bytes gives the page, not its compressed
    # bytes as text; a stream that inflates to nothing is a
    # CorruptInputError, and the decompressed size counts against max_bytes.
    import gzip
    html = read(samples[1])
    plain = lede.extract(html)
    packed = lede.extract(gzip.compress(html))
    assert packed["title"] == plain["title"] and packed["text"] == plain["text"]
    assert "input_error" not in packed
    with pytest.raises(lede.CorruptInputError):
        lede.extract(gzip.compress(html)[:10])
    with pytest.raises(lede.LimitExceededError) as e:
        lede.extract(gzip.compress(b"<p>" + b"a" * 100000), max_bytes=1000)
    assert e.value.limit == "max_input_bytes"
    # A str is text already: never decompressed.
    assert lede.extract("\x1f\x8b<p>text</p>")["text"].endswith("text")


def test_cut_gzip_bytes_give_what_inflated_and_say_so(lede_cli, samples):
    # A cut .gz (a download that stopped) inflates up to the cut: the CLI
    # extracts that and exits 1 with the reason; the module returns the same
    # article, with the reason in "input_error" and a CorruptInputWarning.
    import gzip
    import warnings
    html = read(samples[1])
    cut = gzip.compress(html)[:-40]
    with pytest.warns(lede.CorruptInputWarning, match="gzip"):
        d = lede.extract(cut, output="json")
    assert d["text"] and "gzip" in d["input_error"]
    cli = subprocess.run([lede_cli, "extract", "-", "--format", "json"], input=cut, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    assert cli.returncode == 1 and b"gzip" in cli.stderr
    assert d["json"] == cli.stdout.decode().strip()
    with warnings.catch_warnings():
        warnings.simplefilter("error", lede.CorruptInputWarning)
        with pytest.raises(lede.CorruptInputWarning):
            lede.extract(cut)


def test_cli_with_no_file_and_a_terminal_on_stdin_says_so(lede_cli):
    # `lede extract` typed alone would wait, silently, for a page on the
    # terminal; it is a usage error that says what to give ('-' still reads it).
    import pty
    master, slave = pty.openpty()
    try:
        for cmd in (["extract"], ["debug", "tree"]):
            r = subprocess.run([lede_cli, *cmd], stdin=slave, capture_output=True, timeout=10)
            assert r.returncode == 2, cmd
            assert b"standard input is a terminal" in r.stderr, cmd
        # Piped, as before.
        r = subprocess.run([lede_cli, "extract"], input=b"<p>piped in</p>", capture_output=True, timeout=10)
        assert r.returncode == 0, r.stderr
        assert b"piped in" in r.stdout
    finally:
        os.close(master)
        os.close(slave)


def test_integer_options_out_of_range_name_the_option(tmp_path):
    # pybind11's casters raised one long "incompatible function arguments"
    # TypeError that named no option; now each option says what is wrong.
    page = "<p>The harbour ferry runs again from Monday.</p>"
    for name, top in (("max_bytes", 2**64 - 1), ("max_nodes", 2**64 - 1), ("time_budget_ms", 2**32 - 1)):
        with pytest.raises(OverflowError, match=name + " must be at most %d" % top):
            lede.extract(page, **{name: top + 1})
        with pytest.raises(OverflowError, match=name):
            lede.extract(page, **{name: 10**30})
        with pytest.raises(ValueError, match=name + " must be 0 or more"):
            lede.extract(page, **{name: -1})
        with pytest.raises(lede.InvalidArgumentError, match=name):
            lede.extract(page, **{name: -(10**30)})
        with pytest.raises(TypeError, match=name + " must be an int or None, not float"):
            lede.extract(page, **{name: 1.5})
        with pytest.raises(TypeError, match=name + " must be an int or None, not str"):
            lede.extract(page, **{name: "10"})
    assert "harbour" in lede.extract(page, max_bytes=2**64 - 1, time_budget_ms=2**32 - 1)["text"]
    warc = str(tmp_path / "empty.warc")
    open(warc, "wb").close()
    with pytest.raises(ValueError, match="min_chars must be 0 or more"):
        lede.iter_warc(warc, min_chars=-1)
    with pytest.raises(OverflowError, match="min_chars"):
        lede.iter_warc(warc, min_chars=2**64)
    with pytest.raises(TypeError, match="min_chars must be an int, not NoneType"):
        lede.iter_warc(warc, min_chars=None)
    with pytest.raises(OverflowError, match="max_record_bytes"):
        lede.iter_warc(warc, max_record_bytes=10**30)
    with pytest.raises(ValueError, match="max_record_bytes"):
        lede.iter_warc(warc, max_record_bytes=-5)
    assert list(lede.iter_warc(warc, min_chars=2**64 - 1, max_record_bytes=2**64 - 1)) == []


def test_str_options_name_the_option(tmp_path):
    # hostile39: a str option holding a lone surrogate, or of another type,
    # raised pybind11's "incompatible function arguments" TypeError naming no
    # option; a 10^6-character label was quoted whole, control bytes raw.
    page = "<p>The harbour ferry runs again from Monday, the council said.</p><p><a href='a'>a link</a></p>"
    for name in ("charset", "output", "favor", "page_type", "reference_date"):
        with pytest.raises(lede.InvalidArgumentError, match=name + " holds a lone surrogate"):
            lede.extract(page, **{name: "x\ud800"})
        with pytest.raises(TypeError, match=name + " must be a str"):
            lede.extract(page, **{name: b"utf-8"})
    with pytest.raises(TypeError, match="output must be a str, not NoneType"):
        lede.extract(page, output=None)
    with pytest.raises(lede.InvalidArgumentError) as e:
        lede.extract(page, favor="\x1b[2J" + "x" * 10**6)
    assert len(str(e.value)) < 300 and "\x1b" not in str(e.value)
    # A URL is text: its lone surrogates are U+FFFD, the page extracted.
    d = lede.extract(page, url="http://example.com/a\ud800b/", output="markdown")
    assert d["url"] == "http://example.com/a\ufffdb/" and "harbour" in d["text"]
    with pytest.raises(TypeError, match="url must be a str or None, not int"):
        lede.extract(page, url=5)
    warc = str(tmp_path / "empty.warc")
    open(warc, "wb").close()
    for name in ("output", "favor", "page_type", "errors", "reference_date"):
        with pytest.raises(lede.InvalidArgumentError, match=name + " holds a lone surrogate"):
            lede.iter_warc(warc, **{name: "\udcff"})
    with pytest.raises(lede.InvalidArgumentError, match="languages holds a lone surrogate"):
        lede.iter_warc(warc, languages=["en", "\ud800"])
    with pytest.raises(TypeError, match="languages must be a str \\('en' or 'en,de'\\), a list of str or None, not bytes"):
        lede.iter_warc(warc, languages=b"en")
    with pytest.raises(TypeError, match="languages must be a str, not int"):
        lede.iter_warc(warc, languages=("en", 5))
    assert list(lede.iter_warc(warc, languages=("en", "fr"), errors="raise", output="json")) == []


def test_wrong_arguments_name_the_argument_and_what_is_taken(tmp_path):
    # pybind11 answered each of these with one "incompatible function
    # arguments" TypeError that named no argument.
    page = "<p>The harbour ferry runs again from Monday, the council said.</p>"
    with pytest.raises(TypeError) as e:
        lede.extract(page, languages="en")
    msg = str(e.value)
    assert "unexpected keyword argument 'languages'" in msg
    assert "argument of iter_warc()" in msg and "extract(html, *, url=None" in msg and "comments=False)" in msg
    with pytest.raises(TypeError, match="unexpected keyword argument 'max_byte' \\(did you mean 'max_bytes'\\?\\)"):
        lede.extract(page, max_byte=10)
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'; extract\\(\\) takes extract\\(html"):
        lede.extract(page, colour=1)
    with pytest.raises(TypeError, match="takes 1 positional argument \\(html\\) but 2 were given"):
        lede.extract(page, "https://example.com/")
    with pytest.raises(TypeError, match="missing required argument: 'html'"):
        lede.extract(url="https://example.com/")
    with pytest.raises(TypeError, match="multiple values for argument 'html'"):
        lede.extract(page, html=page)
    with pytest.raises(TypeError, match="comments must be a bool, not str"):
        lede.extract(page, comments="yes")
    with pytest.raises(TypeError, match="repair_mojibake must be a bool, not list"):
        lede.extract(page, repair_mojibake=[])
    # What the caster took still goes: html by keyword, a number as a bool.
    assert "harbour" in lede.extract(html=page, comments=0, repair_mojibake=1)["text"]
    warc = str(tmp_path / "empty.warc")
    open(warc, "wb").close()
    with pytest.raises(TypeError, match="unexpected keyword argument 'url' \\('url' is an argument of extract\\(\\)\\)"):
        lede.iter_warc(warc, url="https://example.com/")
    with pytest.raises(TypeError, match="json_line must be a bool, not str"):
        lede.iter_warc(warc, json_line="no")


def test_signatures_are_readable():
    sig = inspect.signature(lede.extract)
    assert list(sig.parameters)[:2] == ["html", "url"]
    assert sig.parameters["output"].default == "text" and sig.parameters["comments"].default is False
    assert sig.parameters["url"].kind == inspect.Parameter.KEYWORD_ONLY
    sig = inspect.signature(lede.iter_warc)
    assert sig.parameters["min_chars"].default == 0 and sig.parameters["languages"].default is None
    # The stub's parameters are the module's.
    stub = ast.parse(open(os.path.join(ROOT, "python", "lede", "__init__.pyi")).read())
    for f in (n for n in stub.body if isinstance(n, ast.FunctionDef)):
        names = [a.arg for a in f.args.args + f.args.kwonlyargs]
        assert names == list(inspect.signature(getattr(lede, f.name)).parameters), f.name
