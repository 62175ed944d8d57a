// Speed peer: Mozilla Readability.js on a jsdom or linkedom DOM, with the
// same protocol as lede_throughput (see docs/benchmarks.md).
//
//   node bench/peers/readability_node.mjs --dom jsdom|linkedom --list pages.txt [--json]
//        [--modules DIR] [--min-time S] [--min-passes N] [--passes N] [--warmup PAGES] [--limit N]
//
// Pages (.html or .html.gz; one path per line in the list) are read,
// gunzipped and decoded to strings before timing. A timed pass is, per page:
// parse the DOM + new Readability(document).parse(). An untimed warm-up over
// the first --warmup pages (default 20; lets V8 optimize), then passes until
// --min-time seconds and --min-passes passes. The headline is the best pass;
// the median pass and the rate per CPU second (median pass; process CPU time,
// which includes V8's GC and compiler threads) are reported too. Peak RSS is
// process.resourceUsage().maxRSS. Packages come from --modules (default
// bench/.peers/node_modules, where bench/speed.py installs them).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function die(msg) {
  process.stderr.write(`readability_node: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const cfg = {
    dom: 'jsdom', list: '', modules: path.join(here, '..', '.peers', 'node_modules'),
    minTime: 3, minPasses: 3, passes: 0, warmup: 20, limit: 0, json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) die(`missing value for ${a}`);
      return argv[++i];
    };
    if (a === '--dom') cfg.dom = value();
    else if (a === '--list') cfg.list = value();
    else if (a === '--modules') cfg.modules = value();
    else if (a === '--min-time') cfg.minTime = Number(value());
    else if (a === '--min-passes') cfg.minPasses = Math.max(1, Number(value()));
    else if (a === '--passes') cfg.passes = Number(value());
    else if (a === '--warmup') cfg.warmup = Math.max(0, Number(value()));
    else if (a === '--limit') cfg.limit = Number(value());
    else if (a === '--json') cfg.json = true;
    else die(`unknown argument ${a}`);
  }
  if (!cfg.list) die('--list FILE is required');
  if (cfg.dom !== 'jsdom' && cfg.dom !== 'linkedom') die('--dom must be jsdom or linkedom');
  return cfg;
}

const cfg = parseArgs(process.argv.slice(2));
if (!fs.existsSync(path.join(cfg.modules, '@mozilla', 'readability'))) {
  die(`packages not installed in ${cfg.modules} (bench/speed.py installs them)`);
}
const require = createRequire(path.join(cfg.modules, '..', 'package.json'));
const { Readability } = require('@mozilla/readability');
const versions = { readability: require('@mozilla/readability/package.json').version };

// Returns a function html -> Readability result (or null).
function makeExtractor(dom) {
  if (dom === 'jsdom') {
    const { JSDOM, VirtualConsole } = require('jsdom');
    versions.jsdom = require('jsdom/package.json').version;
    const quiet = new VirtualConsole();  // drops CSS parse warnings
    return (html) => {
      const d = new JSDOM(html, { virtualConsole: quiet });
      try {
        return new Readability(d.window.document).parse();
      } finally {
        d.window.close();
      }
    };
  }
  const { parseHTML } = require('linkedom');
  versions.linkedom = require('linkedom/package.json').version;
  return (html) => new Readability(parseHTML(html).document).parse();
}

let paths = fs.readFileSync(cfg.list, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
if (cfg.limit > 0) paths = paths.slice(0, cfg.limit);
if (paths.length === 0) die('no pages');
const pages = [];
let totalBytes = 0;
for (const p of paths) {
  let buf = fs.readFileSync(p);
  if (p.endsWith('.gz') || (buf[0] === 0x1f && buf[1] === 0x8b)) buf = zlib.gunzipSync(buf);
  totalBytes += buf.length;
  pages.push(buf.toString('utf8'));
}
const loadedRssMiB = process.resourceUsage().maxRSS / 1024;

const extract = makeExtractor(cfg.dom);
let failures = 0;
function runPages(count) {
  let sum = 0;
  for (const html of pages.slice(0, count)) {
    try {
      const art = extract(html);
      if (art && art.textContent) sum += art.textContent.length;
      else failures++;  // no article found
    } catch {
      failures++;  // Readability or the DOM threw (e.g. a jsdom CSS bug)
    }
  }
  return sum;
}

const runPass = () => runPages(pages.length);
runPages(cfg.warmup);
failures = 0;
const times = [];
const cpuTimes = [];
let checksum = 0;
let spent = 0;
const cpuSeconds = () => {
  const u = process.cpuUsage();  // whole process: includes V8's GC and compiler threads
  return (u.user + u.system) / 1e6;
};
for (;;) {
  const c0 = cpuSeconds();
  const t0 = process.hrtime.bigint();
  checksum = runPass();
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  cpuTimes.push(cpuSeconds() - c0);
  times.push(dt);
  spent += dt;
  const n = times.length;
  if (cfg.passes > 0 ? n >= cfg.passes : n >= cfg.minPasses && spent >= cfg.minTime) break;
}
failures = Math.round(failures / times.length);

const medianOf = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const k = v.length;
  return k % 2 ? v[(k - 1) / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
};
const n = times.length;
const best = Math.min(...times);
const median = medianOf(times);
const medianCpu = medianOf(cpuTimes);
const mb = totalBytes / 1e6;
const result = {
  tool: 'readability.js', variant: cfg.dom, versions: { node: process.versions.node, ...versions },
  pages: pages.length, bytes: totalBytes, passes: n, stat: 'best',
  pages_per_s: pages.length / best, mb_per_s: mb / best,
  median_pages_per_s: pages.length / median, cpu_pages_per_s: pages.length / medianCpu,
  pass_seconds: times, pass_cpu_seconds: cpuTimes,
  peak_rss_mib: process.resourceUsage().maxRSS / 1024, loaded_rss_mib: loadedRssMiB,
  failures, checksum,
};
if (cfg.json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const f = (x, d) => x.toFixed(d);
  console.log(`Readability.js ${versions.readability} on ${cfg.dom} ${versions[cfg.dom]}, node ${process.versions.node}`);
  console.log(`pages      ${pages.length} (${f(mb, 2)} MB decompressed, in memory)`);
  console.log(`passes     ${n} (after ${Math.min(cfg.warmup, pages.length)} warm-up pages): best ${f(best, 3)} s, median ${f(median, 3)} s`);
  console.log(`pages/s    ${f(result.pages_per_s, 1)} (best pass; median ${f(result.median_pages_per_s, 1)}; per CPU second ${f(result.cpu_pages_per_s, 1)})`);
  console.log(`MB/s       ${f(result.mb_per_s, 2)} (best pass)`);
  console.log(`peak RSS   ${f(result.peak_rss_mib, 1)} MiB (${f(loadedRssMiB, 1)} MiB after loading)`);
  console.log(`failures   ${failures}`);
}
