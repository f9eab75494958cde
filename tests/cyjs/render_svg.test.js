// render_svg.js, the drawing of a Cytoscape.js export from Cytoscape's computed style, on the
// AD-MSC → BCL2L1 chain that docs/interchange.md shows: the SVG parses as XML (Python's parser),
// holds one group per element, and draws each kind of element as the export's style says; the
// figure checked in under docs/img is what it draws today; a style it cannot draw is refused.
const { test } = require('node:test');
const assert = require('node:assert');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const binary = process.env.LIVERKG_BINARY;
const root = path.join(__dirname, '..', '..');
const renderer = path.join(__dirname, 'render_svg.js');
const figure = path.join(root, 'docs', 'img', 'admsc-bcl2l1-cytoscape.svg');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liverkg-cyjs-svg-'));
const CHAIN = "PATHS FROM (c:CellType {name: 'AD-MSC'}) TO (m {name: 'BCL2L1'}) MAX 5 HOPS SIGN - LIMIT 1";
const RED = 'rgb(215,25,28)', GREEN = 'rgb(26,150,65)';

function exportChain() {
  const file = path.join(work, 'admsc_bcl2l1.cyjs');
  const env = { ...process.env };
  delete env.LIVERKG_DATA;   // the bundled graph
  execFileSync(binary, ['--load', path.join(root, 'tests', 'fixtures', 'interchange', 'hepg2_il6_pkn.sif'),
    '-c', CHAIN, '--export', 'cyjs', file], { env, stdio: 'pipe' });
  return file;
}

function render(input, output, ...extra) {
  return spawnSync(process.execPath, [renderer, input, output, ...extra], { encoding: 'utf8' });
}

// Python's XML parser (expat) reads the SVG; the groups come back as JSON.
const PARSE = `
import json, sys, xml.etree.ElementTree as ET
NS = '{http://www.w3.org/2000/svg}'
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == NS + 'svg', root.tag
def shape(e):
    return {'tag': e.tag[len(NS):], 'attrs': e.attrib, 'text': ' '.join(t.text or '' for t in e.iter(NS + 'tspan'))}
print(json.dumps({'svg': root.attrib, 'groups': [dict(g.attrib, children=[shape(c) for c in g])
                                                  for g in root.iter(NS + 'g')]}))
`;

function parse(svgFile) {
  return JSON.parse(execFileSync('python3', ['-c', PARSE, svgFile], { encoding: 'utf8' }));
}

function points(polygon) {
  return polygon.attrs.points.split(' ').map((p) => p.split(',').map(Number));
}

function child(group, tag, cls) {
  return group.children.filter((c) => c.tag === tag && (!cls || c.attrs.class === cls));
}

// Extent of PTS along the unit vector U.
function extent(pts, u) {
  const d = pts.map(([x, y]) => x * u[0] + y * u[1]);
  return Math.max(...d) - Math.min(...d);
}

// Where a node's outline is in the SVG: centre, half sizes and border width.
function outline(group) {
  const s = group.children[0], a = s.attrs, bw = Number(a['stroke-width'] || 0);
  if (s.tag === 'ellipse') return { x: +a.cx, y: +a.cy, hw: +a.rx, hh: +a.ry, bw };
  return { x: +a.x + a.width / 2, y: +a.y + a.height / 2, hw: a.width / 2, hh: a.height / 2, bw };
}

test('the AD-MSC → BCL2L1 chain is drawn with the style Cytoscape computes for it', () => {
  const input = exportChain();
  const output = path.join(work, 'chain.svg');
  const run = render(input, output);
  assert.strictEqual(run.status, 0, run.stderr);
  const doc = JSON.parse(fs.readFileSync(input, 'utf8'));
  const { svg, groups } = parse(output);
  const nodes = groups.filter((g) => g.class.split(' ')[0] === 'node');
  const edges = groups.filter((g) => g.class.split(' ')[0] === 'edge');
  // One group per element of the export, under the export's ids.
  assert.deepStrictEqual(nodes.map((g) => g['data-id']).sort(), doc.elements.nodes.map((n) => n.data.id).sort());
  assert.deepStrictEqual(edges.map((g) => g['data-id']).sort(), doc.elements.edges.map((e) => e.data.id).sort());
  assert.strictEqual(nodes.length, 6);
  assert.strictEqual(edges.length, 5);
  const byId = Object.fromEntries(groups.map((g) => [g['data-id'], g]));

  // Nodes: the label's shape and colour, the path ends' thick border, the name as label.
  for (const n of doc.elements.nodes) {
    const g = byId[n.data.id], [body] = g.children;
    const end = (n.classes || '').includes('path-end');
    assert.strictEqual(body.attrs['stroke-width'], end ? '3' : '1', n.data.name);
    assert.strictEqual(g.children[1].text, n.data.name);
    if (n.data.style_label === 'CellType') {
      assert.strictEqual(body.tag, 'ellipse');
      assert.strictEqual(body.attrs.fill, 'rgb(166,206,227)');
    } else {
      assert.strictEqual(n.data.style_label, 'Molecule');
      assert.strictEqual(body.tag, 'rect');
      assert.ok(Number(body.attrs.rx) > 0, 'a rounded rectangle');
      assert.strictEqual(body.attrs.fill, 'rgb(253,191,111)');
    }
  }
  assert.deepStrictEqual(nodes.filter((g) => g.class.includes('path-end')).map((g) => g.children[1].text).sort(),
    ['AD-MSC', 'BCL2L1']);

  // Edges: sign colour and arrow, evidence line, 4 px as part of the path, from source to target.
  const [vx, vy, vw, vh] = svg.viewBox.split(' ').map(Number);
  for (const e of doc.elements.edges) {
    const g = byId[e.data.id], [line] = child(g, 'path'), [arrow] = child(g, 'polygon', 'target-arrow');
    assert.strictEqual(g['data-source'], e.data.source);
    assert.strictEqual(g['data-target'], e.data.target);
    assert.strictEqual(child(g, 'text')[0].text, e.data.type);
    assert.strictEqual(line.attrs['stroke-width'], '4');
    const pts = points(arrow);
    for (const [x, y] of pts) assert.ok(x >= vx && x <= vx + vw && y >= vy && y <= vy + vh, 'inside the figure');
    const src = outline(byId[e.data.source]), tgt = outline(byId[e.data.target]);
    const len = Math.hypot(tgt.x - src.x, tgt.y - src.y), u = [(tgt.x - src.x) / len, (tgt.y - src.y) / len];
    const [x0, y0] = line.attrs.d.slice(1).split(/[ L]+/)[0].split(',').map(Number);
    assert.ok(Math.hypot(x0 - src.x, y0 - src.y) < Math.hypot(x0 - tgt.x, y0 - tgt.y), 'starts at the source');
    // The arrow touches the target's outline (its border drawn half outside).
    const near = Math.min(...pts.map(([x, y]) => Math.max(Math.abs(x - tgt.x) / (tgt.hw + tgt.bw / 2),
      Math.abs(y - tgt.y) / (tgt.hh + tgt.bw / 2))));
    assert.ok(Math.abs(near - 1) < 0.1, `arrow of ${e.data.id} at the target's outline (${near})`);
    if (e.data.sign === -1) {
      // Inhibition: red, dashed (animal evidence), a tee: a bar across the edge.
      assert.strictEqual(e.data.type, 'DOWNREGULATES');
      assert.strictEqual(line.attrs.stroke, RED);
      assert.strictEqual(line.attrs['stroke-dasharray'], '6 3');
      assert.strictEqual(arrow.attrs.fill, RED);
      assert.strictEqual(pts.length, 4);
      assert.ok(extent(pts, [-u[1], u[0]]) > 2 * extent(pts, u), 'a bar across the edge');
    } else {
      // Activation: green, dotted (a SIF file records no evidence), a triangle pointing on.
      assert.strictEqual(e.data.sign, 1);
      assert.strictEqual(line.attrs.stroke, GREEN);
      assert.strictEqual(line.attrs['stroke-dasharray'], '1 1');
      assert.strictEqual(arrow.attrs.fill, GREEN);
      assert.strictEqual(pts.length, 3);
      const along = pts.map(([x, y]) => x * u[0] + y * u[1]);
      assert.strictEqual(along.indexOf(Math.max(...along)), 1, 'the tip points at the target');
    }
  }
});

test('the figure in docs/img is what render_svg.js draws from a fresh export', () => {
  const output = path.join(work, 'figure.svg');
  const run = render(exportChain(), output, '--zoom', '1.5');
  assert.strictEqual(run.status, 0, run.stderr);
  assert.ok(fs.readFileSync(output, 'utf8') === fs.readFileSync(figure, 'utf8'),
    'docs/img/admsc-bcl2l1-cytoscape.svg is stale: regenerate it as docs/interchange.md (Cytoscape) says');
  parse(figure);
});

test('a style the drawing cannot honour is refused, naming it, and nothing is written', () => {
  const doc = JSON.parse(fs.readFileSync(exportChain(), 'utf8'));
  const cases = [
    [{ selector: 'edge', style: { 'text-rotation': 'autorotate' } }, 'style rule "edge" sets "text-rotation"'],
    [{ selector: 'node', style: { shape: 'barrel' } }, 'has shape "barrel"'],
    [{ selector: 'edge', style: { 'target-arrow-shape': 'circle' } }, 'target arrow "circle"'],
  ];
  for (const [rule, message] of cases) {
    const input = path.join(work, 'bad.cyjs'), output = path.join(work, 'bad.svg');
    fs.rmSync(output, { force: true });
    fs.writeFileSync(input, JSON.stringify({ ...doc, style: [...doc.style, rule] }));
    const run = render(input, output);
    assert.strictEqual(run.status, 1, message);
    assert.ok(run.stderr.startsWith('render_svg: ') && run.stderr.includes(message), run.stderr);
    assert.ok(!fs.existsSync(output), 'no figure written');
  }
  const usage = spawnSync(process.execPath, [renderer], { encoding: 'utf8' });
  assert.strictEqual(usage.status, 2);
  assert.ok(usage.stderr.includes('usage: render_svg.js IN.cyjs OUT.svg'), usage.stderr);
  const unwritable = render(exportChain(), path.join(work, 'no-such-dir', 'x.svg'));
  assert.strictEqual(unwritable.status, 1);
  assert.ok(unwritable.stderr.startsWith('render_svg: ') && unwritable.stderr.includes('no-such-dir'), unwritable.stderr);
});
