"""lede.dask on a LocalCluster (127.0.0.1, 2 workers): the output equals
`lede warc` record for record; a failing file is retried once, then reported."""
import os
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed")

import lede.dask  # noqa: E402
from conftest import ROOT, SHARED, pack, run_lede_warc  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    c = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, host="127.0.0.1",
                                 protocol="tcp", dashboard_address=None)
    yield c
    c.close()


@pytest.fixture(scope="module")
def warcs(lede_cli, samples, tmp_path_factory):
    d = tmp_path_factory.mktemp("dask_in")
    pages = list(samples)
    sh = os.path.join(SHARED, "data", "scrapinghub", "html")
    if os.path.isdir(sh):
        pages += sorted(os.path.join(sh, f) for f in os.listdir(sh))[:45]
    # Three files of different sizes and compressions.
    return [pack(lede_cli, pages[i::3] or samples, d / name)
            for i, name in enumerate(["a.warc.gz", "b.warc", "c.warc.zst"])]


def test_output_equals_single_process(cluster, warcs, lede_cli, tmp_path):
    outdir = str(tmp_path / "out")
    with distributed.Client(cluster) as client:
        summary = lede.dask.run(client, warcs, outdir)
    assert summary["failed"] == [] and summary["succeeded"] == 3 and summary["retried"] == 0
    total = 0
    for warc, out in zip(warcs, summary["outputs"]):
        expected = run_lede_warc(lede_cli, warc)
        got = open(out, encoding="utf-8").read()
        assert got.splitlines() == expected.splitlines()  # record for record
        total += len(expected.splitlines())
    assert summary["extracted"] == total > 0
    assert summary["skipped"]["warcinfo"] == 3
    assert not [f for f in os.listdir(outdir) if ".tmp-" in f]


def test_failed_file_is_retried_then_reported(cluster, warcs, tmp_path):
    missing = str(tmp_path / "missing.warc.gz")
    logs = []
    with distributed.Client(cluster) as client:
        summary = lede.dask.run(client, [warcs[0], missing], str(tmp_path / "out"), log=logs.append,
                                compression="gz")
    assert summary["succeeded"] == 1
    assert summary["retried"] == 1
    assert [f["path"] for f in summary["failed"]] == [missing]
    assert "LedeIOError" in summary["failed"][0]["error"]
    assert summary["outputs"][0].endswith("a.jsonl.gz") and os.path.exists(summary["outputs"][0])
    assert "failed: %s" % missing in lede.dask.format_summary(summary)


def test_command_line_against_a_scheduler(cluster, warcs, lede_cli, tmp_path):
    outdir = str(tmp_path / "cli_out")
    env = dict(os.environ)
    p = subprocess.run([sys.executable, "-m", "lede.dask", "--scheduler", cluster.scheduler_address,
                        "-o", outdir, *warcs], env=env, stderr=subprocess.PIPE, timeout=120)
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert "3 files, 3 succeeded, 0 failed" in err
    for warc in warcs:
        out = lede.dask.output_path(warc, outdir)
        assert open(out, encoding="utf-8").read() == run_lede_warc(lede_cli, warc)
