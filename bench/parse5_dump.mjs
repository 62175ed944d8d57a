// Prints parse5's DOM (scripting disabled) in the html5lib tree format, for
// bench/parse5_compare.sh. Usage: node parse5_dump.mjs DIR (reads
// DIR/pages.tsv, writes DIR/<n>.parse5.txt for each DIR/<n>.html).
import { parse } from 'parse5';
import fs from 'fs';

const NS = {'http://www.w3.org/2000/svg': 'svg ', 'http://www.w3.org/1998/Math/MathML': 'math '};
const ATTR_NS = {'http://www.w3.org/1999/xlink': 'xlink ', 'http://www.w3.org/XML/1998/namespace': 'xml ',
                 'http://www.w3.org/2000/xmlns/': 'xmlns '};

function dump(doc) {
  const out = [];
  const line = (depth, s) => out.push('| ' + '  '.repeat(depth) + s);
  // Iterative walk: pages nest deeply.
  const todo = [...doc.childNodes].reverse().map(n => [n, 0]);
  while (todo.length) {
    const [n, depth] = todo.pop();
    let children = n.childNodes || [];
    let childDepth = depth + 1;
    if (n.nodeName === '#text') line(depth, '"' + n.value + '"');
    else if (n.nodeName === '#comment') line(depth, '<!-- ' + n.data + ' -->');
    else if (n.nodeName === '#documentType') {
      let s = '<!DOCTYPE ' + (n.name || '');
      if (n.publicId || n.systemId) s += ' "' + (n.publicId || '') + '" "' + (n.systemId || '') + '"';
      line(depth, s + '>');
    } else {
      line(depth, '<' + (NS[n.namespaceURI] || '') + n.tagName + '>');
      const attrs = n.attrs.map(a => [(ATTR_NS[a.namespace] || '') + a.name, a.value])
                           .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      for (const [k, v] of attrs) line(depth + 1, k + '="' + v + '"');
      if (n.tagName === 'template' && n.content) {
        line(depth + 1, 'content');
        children = n.content.childNodes;
        childDepth = depth + 2;
      }
    }
    for (let i = children.length - 1; i >= 0; --i) todo.push([children[i], childDepth]);
  }
  return out.join('\n') + '\n';
}

const dir = process.argv[2];
for (const row of fs.readFileSync(dir + '/pages.tsv', 'utf8').split('\n')) {
  if (!row) continue;
  const n = row.split('\t')[0];
  const html = fs.readFileSync(dir + '/' + n + '.html', 'utf8');
  fs.writeFileSync(dir + '/' + n + '.parse5.txt', dump(parse(html, {scriptingEnabled: false})));
}
