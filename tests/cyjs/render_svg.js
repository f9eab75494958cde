#!/usr/bin/env node
// Draws a Cytoscape.js file (liverkg's --export cyjs) as SVG with Cytoscape.js's own numbers:
// the pinned `cytoscape` package loads the file headless, a Cytoscape layout places the nodes,
// and every colour, shape, width, line style, arrow and label drawn is the element's computed
// style. Headless Cytoscape draws nothing, so the geometry a canvas would be given (where an
// edge leaves a node's outline, its bezier control points, the arrow's angle and outline) is
// asked from the renderer's pure-geometry tables, not re-derived here. A style property or value
// this drawing does not honour is an error, so the figure never quietly differs from Cytoscape.
//
//   usage: NODE_PATH=build/cyjs-node/node_modules node tests/cyjs/render_svg.js IN.cyjs OUT.svg [--zoom Z]
'use strict';
const fs = require('node:fs');
const cytoscape = require('cytoscape');

// Style properties drawn below; a stylesheet that sets any other property is refused.
const DRAWN = new Set([
  'label', 'color', 'font-size', 'font-family', 'font-weight', 'font-style', 'text-opacity',
  'text-valign', 'text-halign', 'text-wrap', 'text-max-width', 'text-margin-x', 'text-margin-y',
  'line-height', 'opacity', 'shape', 'width', 'height', 'corner-radius', 'background-color',
  'background-opacity', 'border-width', 'border-color', 'border-style', 'border-opacity',
  'curve-style', 'control-point-step-size', 'line-color', 'line-style', 'line-opacity',
  'line-dash-pattern', 'line-dash-offset', 'arrow-scale', 'source-arrow-shape',
  'source-arrow-color', 'source-arrow-fill', 'target-arrow-shape', 'target-arrow-color',
  'target-arrow-fill',
]);
// Node shapes drawn as a polygon through the shape's own unit points (Cytoscape's nodeShapes).
const POLYGONS = new Set(['rectangle', 'square', 'triangle', 'diamond', 'pentagon', 'hexagon',
  'heptagon', 'octagon', 'star', 'vee', 'rhomboid', 'right-rhomboid', 'concave-hexagon', 'tag']);
// Arrow shapes whose Cytoscape drawing is one filled polygon through their unit points.
const ARROWS = new Set(['triangle', 'arrow', 'tee', 'vee', 'square', 'diamond', 'chevron']);
const CURVES = new Set(['straight', 'bezier', 'multibezier', 'self', 'compound', 'segments']);
// The canvas renderer's dash patterns (line-dash-pattern is only for dashed edges).
const NODE_DASH = { solid: null, dotted: '1 1', dashed: '4 2' };
const EDGE_DOTTED = '1 1';
const MARGIN = 10;

class DrawError extends Error {}

function num(v) {
  return String(Math.round(v * 100) / 100);
}

function xml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attrs(map) {
  return Object.entries(map).filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${xml(v)}"`).join('');
}

function refuseUndrawn(style) {
  for (const rule of style || []) {
    for (const property of Object.keys(rule.style || {})) {
      if (!DRAWN.has(property)) {
        throw new DrawError(`style rule "${rule.selector}" sets "${property}", which this drawing does not honour`);
      }
    }
  }
}

// The file in a headless Cytoscape; any warning it prints (a bad style value, an edge to a
// missing node) is an error.
function load(doc) {
  const warnings = [];
  const warn = console.warn, error = console.error;
  console.warn = console.error = (...a) => warnings.push(a.join(' '));
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: doc.elements, style: doc.style });
    if (warnings.length) throw new DrawError(`Cytoscape warned: ${warnings.join('; ')}`);
    return cy;
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

// Breadthfirst follows edge direction from the nodes nothing points to, so a path reads from
// its start down to its end; it is deterministic for the same file.
function layOut(cy) {
  cy.layout({ name: 'breadthfirst', directed: true, spacingFactor: 2.25, animate: false }).run();
}

// Text is measured by a canvas in a browser; here a label is taken as 0.6 em per character.
// The estimate decides only where text-wrap breaks lines and the figure's margins: the SVG text
// itself is set by the viewer's font, centred where Cytoscape puts the label.
function estimateLabel(ele, text) {
  const size = ele.pstyle('font-size').pfValue;
  const lines = text.split('\n');
  const width = Math.ceil(Math.max(...lines.map((l) => l.length)) * 0.6 * size);
  return { width, height: size * lines.length, labelActualDescent: 0 };
}

// Cytoscape's base renderer as a geometry calculator: its node and arrow shape tables and its
// edge routing (findEdgeControlPoints fills each edge's rscratch: edgeType, allpts, arrow
// ends and angles, label position), without the browser parts (canvas, DOM events).
function geometry(cy) {
  const geo = Object.create(cytoscape('renderer', 'base').prototype);
  geo.cy = cy;
  geo.bezierProjPcts = [0.05, 0.225, 0.4, 0.5, 0.6, 0.775, 0.95];   // set by the renderer's init
  geo.registerNodeShapes();
  geo.registerArrowShapes();
  geo.calculateLabelDimensions = estimateLabel;
  cy.elements().forEach((ele) => geo.applyLabelDimensions(ele));
  cy.nodes().forEach((node) => geo.recalculateNodeLabelProjection(node));
  geo.findEdgeControlPoints(cy.edges());
  return geo;
}

function rgb(ele, property) {
  return ele.style(property);   // Cytoscape's computed form, e.g. rgb(215,25,28)
}

function opacity(value) {
  return value === 1 ? null : num(value);
}

function nodeOutline(node, geo) {
  const shape = node.pstyle('shape').strValue;
  const { x, y } = node.position();
  const w = node.width(), h = node.height();
  if (shape === 'ellipse') {
    return ['ellipse', { cx: num(x), cy: num(y), rx: num(w / 2), ry: num(h / 2) }];
  }
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const corner = node.pstyle('corner-radius');
    // Cytoscape's getRoundRectangleRadius, which its shape table does not expose.
    const r = corner.value === 'auto' ? Math.min(w / 4, h / 4, 8) : corner.pfValue;
    return ['rect', { x: num(x - w / 2), y: num(y - h / 2), width: num(w), height: num(h), rx: num(r) }];
  }
  if (shape === 'cut-rectangle') {
    const corner = node.pstyle('corner-radius');
    const c = corner.value === 'auto' ? geo.nodeShapes[shape].cornerLength : corner.pfValue;
    const [l, r, t, b] = [x - w / 2, x + w / 2, y - h / 2, y + h / 2];
    const pts = [[l + c, t], [r - c, t], [r, t + c], [r, b - c], [r - c, b], [l + c, b], [l, b - c], [l, t + c]];
    return ['polygon', { points: pts.map(([px, py]) => `${num(px)},${num(py)}`).join(' ') }];
  }
  if (POLYGONS.has(shape)) {
    const p = geo.nodeShapes[shape].points, pts = [];
    for (let i = 0; i < p.length; i += 2) pts.push(`${num(x + p[i] * w / 2)},${num(y + p[i + 1] * h / 2)}`);
    return ['polygon', { points: pts.join(' ') }];
  }
  throw new DrawError(`node ${node.id()} has shape "${shape}", which this drawing does not draw`);
}

function nodeSvg(node, geo) {
  const [tag, shapeAttrs] = nodeOutline(node, geo);
  const borderWidth = node.pstyle('border-width').pfValue;
  const borderStyle = node.pstyle('border-style').strValue;
  if (!(borderStyle in NODE_DASH)) {
    throw new DrawError(`node ${node.id()} has border-style "${borderStyle}", which this drawing does not draw`);
  }
  const paint = {
    fill: rgb(node, 'background-color'),
    'fill-opacity': opacity(node.pstyle('background-opacity').value),
    stroke: borderWidth > 0 ? rgb(node, 'border-color') : 'none',
    'stroke-width': borderWidth > 0 ? num(borderWidth) : null,
    'stroke-opacity': borderWidth > 0 ? opacity(node.pstyle('border-opacity').value) : null,
    'stroke-dasharray': borderWidth > 0 ? NODE_DASH[borderStyle] : null,
  };
  return group(node, `<${tag}${attrs({ ...shapeAttrs, ...paint })}/>`, labelSvg(node, geo));
}

function edgePathData(edge) {
  const rs = edge._private.rscratch;
  if (!CURVES.has(rs.edgeType)) {
    throw new DrawError(`edge ${edge.id()} is routed as "${rs.edgeType}", which this drawing does not draw`);
  }
  const p = rs.allpts.map(num);
  let d = `M${p[0]},${p[1]}`;
  if (rs.edgeType === 'straight' || rs.edgeType === 'segments') {
    for (let i = 2; i + 1 < p.length; i += 2) d += ` L${p[i]},${p[i + 1]}`;
  } else {
    for (let i = 2; i + 3 < p.length; i += 4) d += ` Q${p[i]},${p[i + 1]} ${p[i + 2]},${p[i + 3]}`;
  }
  return d;
}

function dashOf(edge) {
  const style = edge.pstyle('line-style').strValue;
  if (style === 'solid') return {};
  if (style === 'dotted') return { 'stroke-dasharray': EDGE_DOTTED };
  if (style === 'dashed') {
    const offset = edge.pstyle('line-dash-offset').pfValue;
    return { 'stroke-dasharray': edge.pstyle('line-dash-pattern').pfValue.map(num).join(' '),
      'stroke-dashoffset': offset ? num(offset) : null };
  }
  throw new DrawError(`edge ${edge.id()} has line-style "${style}", which this drawing does not draw`);
}

// The arrow at one end, as Cytoscape's canvas draws it: the shape's unit points rotated by the
// arrow angle, scaled by getArrowWidth(edge width, arrow-scale), placed at the arrow end.
function arrowSvg(edge, geo, end) {
  const shape = edge.pstyle(`${end}-arrow-shape`).strValue;
  if (shape === 'none') return '';
  const fill = edge.pstyle(`${end}-arrow-fill`).strValue;
  if (!ARROWS.has(shape) || fill !== 'filled') {
    throw new DrawError(`edge ${edge.id()} has a ${fill} ${end} arrow "${shape}", which this drawing does not draw`);
  }
  const rs = edge._private.rscratch;
  const [x, y, angle] = end === 'target' ? [rs.arrowEndX, rs.arrowEndY, rs.tgtArrowAngle]
    : [rs.arrowStartX, rs.arrowStartY, rs.srcArrowAngle];
  const size = geo.getArrowWidth(edge.pstyle('width').pfValue, edge.pstyle('arrow-scale').value);
  const unit = geo.arrowShapes[shape].points, pts = [];
  const cos = Math.cos(angle), sin = Math.sin(angle);
  for (let i = 0; i < unit.length; i += 2) {
    const [ux, uy] = [unit[i], unit[i + 1]];
    pts.push(`${num(x + (ux * cos - uy * sin) * size)},${num(y + (ux * sin + uy * cos) * size)}`);
  }
  return `<polygon${attrs({ class: `${end}-arrow`, points: pts.join(' '), fill: rgb(edge, `${end}-arrow-color`),
    'fill-opacity': opacity(edge.pstyle('line-opacity').value) })}/>`;
}

function edgeSvg(edge, geo) {
  const line = `<path${attrs({ d: edgePathData(edge), fill: 'none', stroke: rgb(edge, 'line-color'),
    'stroke-width': num(edge.pstyle('width').pfValue), 'stroke-opacity': opacity(edge.pstyle('line-opacity').value),
    ...dashOf(edge) })}/>`;
  return group(edge, line + arrowSvg(edge, geo, 'source') + arrowSvg(edge, geo, 'target'), labelSvg(edge, geo));
}

// The label's lines centred on the label box Cytoscape computes (a node's box sits above,
// on or below its label point by text-valign; an edge's is centred on its midpoint).
function labelSvg(ele, geo) {
  const text = geo.getLabelText(ele);
  if (!text) return '';
  const rs = ele._private.rscratch;
  const lines = ele.pstyle('text-wrap').strValue === 'wrap' ? rs.labelWrapCachedLines : [text];
  const lineHeight = rs.labelLineHeight;
  const valign = ele.isNode() ? ele.pstyle('text-valign').strValue : 'center';
  const halign = ele.isNode() ? ele.pstyle('text-halign').strValue : 'center';
  const shift = { top: -rs.labelHeight / 2, center: 0, bottom: rs.labelHeight / 2 }[valign];
  const anchor = { left: 'end', center: 'middle', right: 'start' }[halign];
  const x = rs.labelX + ele.pstyle('text-margin-x').pfValue;
  const y = rs.labelY + ele.pstyle('text-margin-y').pfValue + shift;
  const spans = lines.map((line, i) => `<tspan${attrs({ x: num(x),
    y: num(y + (i - (lines.length - 1) / 2) * lineHeight) })}>${xml(line)}</tspan>`).join('');
  return `<text${attrs({ 'text-anchor': anchor, 'dominant-baseline': 'central', fill: rgb(ele, 'color'),
    'fill-opacity': opacity(ele.pstyle('text-opacity').value), 'font-family': ele.pstyle('font-family').strValue,
    'font-size': num(ele.pstyle('font-size').pfValue), 'font-weight': ele.pstyle('font-weight').strValue,
    'font-style': ele.pstyle('font-style').strValue })}>${spans}</text>`;
}

function group(ele, body, label) {
  const kind = ele.isNode() ? 'node' : 'edge';
  const classes = [kind, ...ele.classes()].join(' ');
  const extra = ele.isNode() ? {} : { 'data-source': ele.source().id(), 'data-target': ele.target().id() };
  return `<g${attrs({ class: classes, 'data-id': ele.id(), ...extra,
    opacity: opacity(ele.pstyle('opacity').value) })}>${body}${label}</g>\n`;
}

// The drawing's extent: node outlines with their borders, label boxes, edge points, arrows.
function bounds(cy) {
  const b = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (x, y) => {
    b.x1 = Math.min(b.x1, x); b.y1 = Math.min(b.y1, y);
    b.x2 = Math.max(b.x2, x); b.y2 = Math.max(b.y2, y);
  };
  cy.elements().forEach((ele) => {
    const rs = ele._private.rscratch;
    if (ele.isNode()) {
      const { x, y } = ele.position(), w = ele.outerWidth() / 2, h = ele.outerHeight() / 2;
      add(x - w, y - h); add(x + w, y + h);
    } else {
      for (let i = 0; i + 1 < rs.allpts.length; i += 2) add(rs.allpts[i], rs.allpts[i + 1]);
    }
    if (rs.labelWidth) {
      add(rs.labelX - rs.labelWidth / 2, rs.labelY - rs.labelHeight);
      add(rs.labelX + rs.labelWidth / 2, rs.labelY + rs.labelHeight);
    }
  });
  return b;
}

function draw(cy, geo, zoom) {
  const b = bounds(cy);
  const x = b.x1 - MARGIN, y = b.y1 - MARGIN, w = b.x2 - b.x1 + 2 * MARGIN, h = b.y2 - b.y1 + 2 * MARGIN;
  const head = `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width: num(w * zoom), height: num(h * zoom),
    viewBox: `${num(x)} ${num(y)} ${num(w)} ${num(h)}` })}>\n` +
    `<!-- drawn by liverkg's tests/cyjs/render_svg.js from Cytoscape.js ${cytoscape.version}'s computed style and geometry -->\n` +
    `<rect${attrs({ x: num(x), y: num(y), width: num(w), height: num(h), fill: '#ffffff' })}/>\n`;
  // Cytoscape draws edges below nodes.
  const edges = cy.edges().map((e) => edgeSvg(e, geo)).join('');
  const nodes = cy.nodes().map((n) => nodeSvg(n, geo)).join('');
  return `${head}${edges}${nodes}</svg>\n`;
}

function parseArgs(argv) {
  const args = argv.slice();
  let zoom = 1;
  const z = args.indexOf('--zoom');
  if (z >= 0) {
    zoom = Number(args[z + 1]);
    args.splice(z, 2);
    if (!(zoom > 0)) throw new DrawError('--zoom takes a positive number');
  }
  if (args.length !== 2) throw new DrawError('usage: render_svg.js IN.cyjs OUT.svg [--zoom Z]');
  return { input: args[0], output: args[1], zoom };
}

function main(argv) {
  const { input, output, zoom } = parseArgs(argv);
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(input, 'utf8'));
  } catch (e) {
    throw new DrawError(`${input}: ${e.message}`);
  }
  refuseUndrawn(doc.style);
  const cy = load(doc);
  try {
    layOut(cy);
    const svg = draw(cy, geometry(cy), zoom);
    try {
      fs.writeFileSync(output, svg);
    } catch (e) {
      throw new DrawError(`${output}: ${e.message}`);
    }
  } finally {
    cy.destroy();   // stops its animation loop, which would keep Node running
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof DrawError)) throw e;
  process.stderr.write(`render_svg: ${e.message}\n`);
  process.exitCode = e.message.startsWith('usage') ? 2 : 1;
}
