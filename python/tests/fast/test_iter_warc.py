"""lede.iter_warc: the same records as `lede warc`, stats, options, errors."""
import json
import os

import pytest

import lede
from conftest import pack, run_lede_warc


def test_same_lines_as_cli(lede_cli, sample_warc):
    it = lede.iter_warc(sample_warc, output="json")
    lines = [rec["json"] for rec in it]
    assert "\n".join(lines) + "\n" == run_lede_warc(lede_cli, sample_warc)
    assert it.stats == {"records": 3, "html": 2, "extracted": 2, "skipped": {"warcinfo": 1}, "errors": {},
                        "limits": {}, "repaired": 0}
    assert it.path == sample_warc


def test_provenance_and_fields(sample_warc):
    recs = list(lede.iter_warc(sample_warc))
    assert [r["url"] for r in recs] == ["https://example.org/sample-docs.html", "https://example.org/sample-news.html"]
    for r in recs:
        assert r["id"].startswith("<urn:uuid:")
        assert r["warc_file"] == sample_warc
        assert r["warc_date"] == "2024-01-01T00:00:00Z"
        assert isinstance(r["offset"], int) and r["offset"] > 0
        assert r["title"] and r["text"]
        assert "json" not in r


def test_options(lede_cli, sample_warc):
    md = list(lede.iter_warc(sample_warc, output="markdown", json_line=True))
    assert md[0]["text"].startswith("# ")
    assert json.loads(md[0]["json"])["text"] == md[0]["text"]
    assert md[0]["json"] + "\n" == run_lede_warc(lede_cli, sample_warc, "--format", "markdown").splitlines(True)[0]
    it = lede.iter_warc(sample_warc, min_chars=10 ** 6)
    assert list(it) == []
    assert it.stats["skipped"]["min_chars"] == 2
    it = lede.iter_warc(sample_warc, languages=["xx"])
    assert list(it) == [] and it.stats["skipped"]["lang"] == 2
    assert len(list(lede.iter_warc(sample_warc, languages=["EN", "fil"]))) == 2
    # One str: a code, or codes parted by commas as --lang takes them (it
    # raised a TypeError: a str is no list).
    assert len(list(lede.iter_warc(sample_warc, languages="en"))) == 2
    assert len(list(lede.iter_warc(sample_warc, languages="de, en"))) == 2
    it = lede.iter_warc(sample_warc, languages="de,fr")
    assert list(it) == [] and it.stats["skipped"]["lang"] == 2
    with pytest.raises(lede.InvalidArgumentError, match="languages needs a code"):
        lede.iter_warc(sample_warc, languages=" , ")
    with pytest.raises(lede.InvalidArgumentError, match="ISO 639"):
        lede.iter_warc(sample_warc, languages="en-US")


def test_languages_refuses_codes_that_never_match(sample_warc):
    # The filter matches a page's primary subtag: "en-US" or "english" skipped
    # every page, silently.
    for bad in (["en-US"], ["english"], ["en", "e"]):
        with pytest.raises(lede.InvalidArgumentError, match="ISO 639"):
            lede.iter_warc(sample_warc, languages=bad)


def test_truncated_file(lede_cli, samples, tmp_path):
    warc = pack(lede_cli, samples, tmp_path / "cut.warc.gz")
    data = open(warc, "rb").read()
    open(warc, "wb").write(data[:-30])
    it = lede.iter_warc(warc)
    assert len(list(it)) == 1
    assert it.stats["errors"] == {"truncated": 1}
    with pytest.raises(lede.CorruptInputError):
        list(lede.iter_warc(warc, errors="raise"))


def test_missing_file():
    with pytest.raises(lede.LedeIOError):
        lede.iter_warc("/nonexistent/x.warc.gz")
    with pytest.raises(OSError):
        lede.iter_warc("/nonexistent/x.warc.gz")


def test_zstd(lede_cli, samples, tmp_path):
    warc = pack(lede_cli, samples, tmp_path / "s.warc.zst")
    assert len(list(lede.iter_warc(warc))) == 2


def test_corrupt_member_is_skipped(lede_cli, samples, tmp_path):
    # A damaged gzip member costs its own record only: the iterator reports
    # the skipped bytes as one error and reads on at the next record.
    warc = pack(lede_cli, samples, tmp_path / "bad.warc.gz")
    good = list(lede.iter_warc(warc))
    assert len(good) == 2
    data = bytearray(open(warc, "rb").read())
    first = good[0]["offset"]
    data[first + 20:first + 40] = b"\xff" * 20
    open(warc, "wb").write(bytes(data))
    it = lede.iter_warc(warc)
    recs = list(it)
    assert [r["id"] for r in recs] == [good[1]["id"]]
    assert it.stats["errors"] == {"gzip": 1}
    with pytest.raises(lede.CorruptInputError, match="skipped file bytes"):
        list(lede.iter_warc(warc, errors="raise"))


def test_reference_date(sample_warc):
    dated = [r["date_published"] for r in lede.iter_warc(sample_warc)]
    assert any(dated)
    assert not any(r["date_published"] for r in lede.iter_warc(sample_warc, reference_date="2020-01-01"))
    with pytest.raises(lede.InvalidArgumentError):
        lede.iter_warc(sample_warc, reference_date="yesterday")


def _record(uri, record_id, date, warc_type=b"response"):
    page = b"<html><body><article><p>" + b"Body prose words here. " * 40 + b"</p></article></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    return (b"WARC/1.1\r\nWARC-Type: " + warc_type + b"\r\nWARC-Target-URI: " + uri + b"\r\nWARC-Date: " + date +
            b"\r\nWARC-Record-ID: " + record_id + b"\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


def test_lying_content_length_is_repaired(tmp_path):
    # A record whose Content-Length lies (too short, too long) was an error
    # and its page lost; it is read up to the next record, extracted, and
    # says so in "warning" (the key only then); stats count it as repaired.
    good = _record(b"http://example.com/a", b"<urn:uuid:1>", b"2024-01-01T00:00:00Z")
    warc = tmp_path / "lying.warc"
    parts = [good, good.replace(b"<urn:uuid:1>", b"<urn:uuid:2>"), good.replace(b"<urn:uuid:1>", b"<urn:uuid:3>")]
    for i, delta in ((0, 30), (1, -50)):
        head, rest = parts[i].split(b"Content-Length: ", 1)
        n, rest = rest.split(b"\r\n", 1)
        parts[i] = head + b"Content-Length: " + str(int(n) + delta).encode() + b"\r\n" + rest
    warc.write_bytes(b"".join(parts))
    it = lede.iter_warc(str(warc))
    recs = list(it)
    assert [r["id"] for r in recs] == ["<urn:uuid:1>", "<urn:uuid:2>", "<urn:uuid:3>"]
    assert "warning" not in recs[2]
    for r in recs[:2]:
        assert r["warning"].startswith("warc: Content-Length ")
        assert r["warning"].endswith(" bytes up to the next record): repaired")
        assert r["text"] == recs[2]["text"]
    assert it.stats["errors"] == {} and it.stats["repaired"] == 2 and it.stats["extracted"] == 3
    # The JSON line (as `lede warc` writes it) says so too, after "offset".
    lines = [json.loads(r["json"]) for r in lede.iter_warc(str(warc), json_line=True)]
    assert [list(d)[:5] for d in lines[:2]] == [["id", "warc_date", "warc_file", "offset", "warning"]] * 2
    assert [d["warning"] for d in lines[:2]] == [r["warning"] for r in recs[:2]]
    assert "warning" not in lines[2]


def test_invalid_utf8_in_warc_headers(tmp_path):
    # Header bytes that are no UTF-8 (a record id, a date, a target URI)
    # raised UnicodeDecodeError and ended the loop; they come out with
    # U+FFFD, as in `lede warc`'s JSON. A made-up WARC-Type (it was a stats
    # key, raw) is "unknown_type".
    good = _record(b"http://example.com/a", b"<urn:uuid:1>", b"2024-01-01T00:00:00Z")
    bad = _record(b"http://ex\xff.com/\xc3(", b"<urn:uuid:\xfe>", b"2024-\xff")
    odd_type = _record(b"http://example.com/b", b"<urn:uuid:3>", b"2024-01-01T00:00:00Z", warc_type=b"resp\xffonse")
    warc = tmp_path / "bad-utf8.warc"
    warc.write_bytes(good + bad + odd_type + good)
    it = lede.iter_warc(str(warc), json_line=True)
    recs = list(it)
    assert len(recs) == 3
    assert recs[1]["id"] == "<urn:uuid:\ufffd>"
    assert recs[1]["url"] == "http://ex\ufffd.com/\ufffd("
    assert recs[1]["warc_date"] == "2024-\ufffd"
    assert json.loads(recs[1]["json"])["id"] == "<urn:uuid:\ufffd>"
    assert it.stats["skipped"] == {"unknown_type": 1}


def test_path_types(sample_warc, tmp_path):
    # Paths as Python's open() takes them: str, bytes, os.PathLike.
    import pathlib
    n = len(list(lede.iter_warc(sample_warc)))
    assert len(list(lede.iter_warc(pathlib.Path(sample_warc)))) == n
    assert len(list(lede.iter_warc(os.fsencode(sample_warc)))) == n
    assert lede.iter_warc(pathlib.Path(sample_warc)).path == sample_warc
    # A NUL byte ended the path at the NUL: another file was read.
    with pytest.raises(ValueError, match="NUL"):
        lede.iter_warc(sample_warc + "\0.txt")
    with pytest.raises(lede.LedeIOError, match="is a directory"):
        lede.iter_warc(str(tmp_path))
    with pytest.raises(TypeError):
        lede.iter_warc(3)


def test_dask_command_line_refuses_a_lang_that_never_matches(capsys):
    pytest.importorskip("distributed")
    import lede.dask
    with pytest.raises(SystemExit) as e:
        lede.dask.main(["--local", "1", "-o", "/nonexistent/out", "--lang", "en,en-US", "x.warc.gz"])
    assert e.value.code == 2
    assert "ISO 639" in capsys.readouterr().err


def test_stats_read_from_another_thread_while_iterating(tmp_path):
    # hostile39: `stats` (read with the GIL held) and the records counted by
    # __next__ (with the GIL released) were the same maps: another thread
    # reading `stats` mid-iteration raced the counting (a data race: a map
    # read while a key was inserted). __next__ now counts apart and merges
    # with the GIL held. Checked here: reads from a second thread see counts
    # that only grow, and the last is the whole file's.
    import threading

    recs = []
    for i in range(300):
        kind = (b"response", b"request", b"metadata", b"revisit")[i % 4]
        recs.append(_record(b"http://example.com/%d" % i, b"<urn:uuid:%d>" % i, b"2024-01-01T00:00:00Z", kind))
    warc = tmp_path / "mix.warc"
    warc.write_bytes(b"".join(recs))
    it = lede.iter_warc(str(warc))
    seen, done = [], threading.Event()

    def reader():
        while not done.is_set():
            seen.append(it.stats["records"])

    t = threading.Thread(target=reader)
    t.start()
    try:
        n = sum(1 for _ in it)
    finally:
        done.set()
        t.join()
    assert n == 75
    assert seen == sorted(seen)
    assert it.stats["records"] == 300
    assert sum(it.stats["skipped"].values()) == 225
