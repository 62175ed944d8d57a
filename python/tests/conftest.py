"""Fixtures shared by the fast and slow Python tests.

Run with the module of a build on the path, as `make test` does:
    PYTHONPATH=build/python LEDE_CLI=build/lede /usr/bin/python3 -m pytest python/tests
"""
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("LEDE_SHARED", os.path.join(ROOT, "..", "shared"))


def cli_path():
    return os.environ.get("LEDE_CLI", os.path.join(ROOT, "build", "lede"))


@pytest.fixture(scope="session")
def lede_cli():
    path = cli_path()
    if not os.path.exists(path):
        pytest.skip("lede CLI not built at %s (set LEDE_CLI)" % path)
    return path


@pytest.fixture(scope="session")
def samples():
    d = os.path.join(ROOT, "samples")
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".html"))


@pytest.fixture(scope="session")
def scrapinghub_pages():
    d = os.path.join(SHARED, "data", "scrapinghub", "html")
    if not os.path.isdir(d):
        pytest.skip("../shared/data/scrapinghub not found: benchmark data absent")
    return sorted(os.path.join(d, f) for f in os.listdir(d))


def pack(cli, pages, out, *extra):
    subprocess.run([cli, "pack", *pages, "-o", str(out), "--date", "2024-01-01T00:00:00Z", *extra], check=True)
    return str(out)


def run_lede_warc(cli, warc, *extra):
    p = subprocess.run([cli, "warc", warc, "-o", "-", "--threads", "1", "--quiet", *extra],
                       stdout=subprocess.PIPE, check=True)
    return p.stdout.decode("utf-8")


@pytest.fixture(scope="session")
def sample_warc(lede_cli, samples, tmp_path_factory):
    return pack(lede_cli, samples, tmp_path_factory.mktemp("warc") / "samples.warc.gz", "--url-from-name",
                "--base-url", "https://example.org/")
