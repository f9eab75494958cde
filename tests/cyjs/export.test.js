// liverkg's Cytoscape.js export (--export cyjs) loaded by the cytoscape package, headless: the
// same element counts as the graph or result exported, a style Cytoscape accepts without a
// warning, and the sign and evidence styling applied to the edges that carry them.
const { test } = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const cytoscape = require('cytoscape');

const binary = process.env.LIVERKG_BINARY;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liverkg-cyjs-'));

function liverkg(...args) {
  const env = { ...process.env };
  delete env.LIVERKG_DATA;   // the bundled graph
  return execFileSync(binary, args, { encoding: 'utf8', env });
}

function rowsOf(statement) {
  return JSON.parse(liverkg('-c', statement, '--format', 'json')).rows;
}

// Loads FILE into a headless Cytoscape, failing on any warning it prints (a bad style rule,
// a duplicate id, an edge to a missing node).
function load(file) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const warnings = [];
  const warn = console.warn, error = console.error;
  console.warn = console.error = (...a) => warnings.push(a.join(' '));
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: doc.elements, style: doc.style });
    return { cy, doc, warnings };
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

test('the whole graph loads with every node and relationship', () => {
  const file = path.join(work, 'kg.cyjs');
  liverkg('--export', 'cyjs', file);
  const [[nodes, rels]] = rowsOf('MATCH (n) WITH count(n) AS n OPTIONAL MATCH ()-[r]->() RETURN n, count(r)');
  const { cy, doc, warnings } = load(file);
  assert.deepStrictEqual(warnings, []);
  assert.strictEqual(cy.nodes().length, nodes);
  assert.strictEqual(cy.edges().length, rels);
  assert.strictEqual(doc.elements.nodes.length, nodes);
  // Signs colour the edges as the DOT drawing does: inhibition red with a tee.
  const inhibits = cy.edges('[type = "INHIBITS"]');
  assert.ok(inhibits.length > 0);
  assert.strictEqual(inhibits.first().data('sign'), -1);
  assert.strictEqual(inhibits.first().style('line-color'), 'rgb(215,25,28)');
  assert.strictEqual(inhibits.first().style('target-arrow-shape'), 'tee');
  // Labels give node shapes and colours.
  const cell = cy.nodes('[style_label = "CellType"]').first();
  assert.strictEqual(cell.style('shape'), 'ellipse');
  assert.strictEqual(cell.style('background-color'), 'rgb(166,206,227)');
  // Evidence gives the line: clinical solid, animal dashed, the rest dotted.
  for (const [evidence, line] of [['clinical', 'solid'], ['animal', 'dashed'], ['review', 'dotted']]) {
    const edges = cy.edges(`[evidence = "${evidence}"]`);
    assert.ok(edges.length > 0, evidence);
    assert.ok(edges.every((e) => e.style('line-style') === line), evidence);
  }
  cy.destroy();   // stops its render loop, which would keep Node running
});

test('a PATHS result loads with its nodes, relationships and highlighted path', () => {
  const file = path.join(work, 'paths.cyjs');
  const statement = "PATHS FROM (c:CellType {name: 'AD-MSC'}) TO (d:Disease {name: 'acute liver failure'}) MAX 3 HOPS LIMIT 3";
  liverkg('-c', statement, '--export', 'cyjs', file);
  const { cy, warnings } = load(file);
  assert.deepStrictEqual(warnings, []);
  const result = JSON.parse(liverkg('-c', statement, '--format', 'json'));
  const pathCol = result.columns.indexOf('path');
  const nodeIds = new Set(), relIds = new Set();
  for (const row of result.rows) {
    for (const n of row[pathCol].nodes) nodeIds.add(n._id);
    for (const r of row[pathCol].relationships) relIds.add(r._id);
  }
  assert.ok(relIds.size > 0);
  assert.strictEqual(cy.nodes().length, nodeIds.size);
  assert.strictEqual(cy.edges().length, relIds.size);
  assert.strictEqual(cy.edges('.path').length, relIds.size);
  assert.strictEqual(cy.edges('.path').first().style('width'), '4px');
  cy.destroy();
});
