/**
 * Lays out an RFC 959 §6 state diagram (content/state-diagrams.yaml) for inline SVG: a box per state at its grid
 * place, one path per edge from box edge to box edge (a loop for an edge back to its own state) with its label, and
 * the same transitions as table rows. Pure geometry: src/components/StateDiagram.astro draws it with currentColor and
 * the colour tokens, so it follows the light and dark themes.
 */
import type { DiagramState, StateDiagram } from '../../schemas/state-diagram.ts';

export const BOX = { w: 44, h: 30 } as const;
const GRID = { x: 130, y: 66, pad: 36 } as const;

export interface LaidState extends DiagramState {
  x: number;
  y: number;
}

export interface LaidEdge {
  from: string;
  to: string;
  label?: string;
  /** SVG path data, ending where the arrowhead goes. */
  d: string;
  /** Where the label's centre goes. */
  lx: number;
  ly: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  states: LaidState[];
  edges: LaidEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The point where the segment from the box's centre towards (tx, ty) leaves the box (a point for a word state). */
function border(s: LaidState, tx: number, ty: number): [number, number] {
  const dx = tx - s.x;
  const dy = ty - s.y;
  const hw = s.box ? BOX.w / 2 : 18;
  const hh = s.box ? BOX.h / 2 : 9;
  if (dx === 0 && dy === 0) return [s.x, s.y];
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return [s.x + dx * t, s.y + dy * t];
}

export function layoutDiagram(d: StateDiagram): DiagramLayout {
  const states = d.states.map((s) => ({
    ...s,
    x: GRID.pad + BOX.w / 2 + s.col * GRID.x,
    y: GRID.pad + BOX.h / 2 + s.row * GRID.y,
  }));
  const at = new Map(states.map((s) => [s.id, s]));
  const edges = d.edges.map((e): LaidEdge => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) throw new Error(`${d.id}: edge ${e.from} → ${e.to} names an unknown state`);
    const label = e.label !== undefined ? { label: e.label } : {};
    if (a === b) {
      // A loop over the box's top edge, back into it.
      const top = a.y - BOX.h / 2;
      return {
        from: e.from,
        to: e.to,
        ...label,
        d: `M${round(a.x - 10)},${round(top)} C${round(a.x - 26)},${round(top - 34)} ${round(a.x + 26)},${round(top - 34)} ${round(a.x + 10)},${round(top)}`,
        lx: a.x,
        ly: top - 34,
      };
    }
    // A bent edge aims at the control point, so it leaves and enters the boxes at the right side.
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const nx = -(b.y - a.y) / len;
    const ny = (b.x - a.x) / len;
    const cx = mx + nx * e.bend * 2;
    const cy = my + ny * e.bend * 2;
    const [sx, sy] = e.bend ? border(a, cx, cy) : border(a, b.x, b.y);
    const [tx, ty] = e.bend ? border(b, cx, cy) : border(b, a.x, a.y);
    const d2 = e.bend
      ? `M${round(sx)},${round(sy)} Q${round(cx)},${round(cy)} ${round(tx)},${round(ty)}`
      : `M${round(sx)},${round(sy)} L${round(tx)},${round(ty)}`;
    // The label sits on the line at labelAt (a point of the quadratic, or of the straight segment).
    const t = e.labelAt;
    const lx = e.bend ? (1 - t) ** 2 * sx + 2 * (1 - t) * t * cx + t ** 2 * tx : sx + (tx - sx) * t;
    const ly = e.bend ? (1 - t) ** 2 * sy + 2 * (1 - t) * t * cy + t ** 2 * ty : sy + (ty - sy) * t;
    return { from: e.from, to: e.to, ...label, d: d2, lx: round(lx), ly: round(ly) };
  });
  const maxCol = Math.max(...states.map((s) => s.col));
  const maxRow = Math.max(...states.map((s) => s.row));
  return {
    width: GRID.pad * 2 + BOX.w + maxCol * GRID.x,
    height: GRID.pad * 2 + BOX.h + maxRow * GRID.y,
    states,
    edges,
  };
}

/** A state as the table and the description name it: "W (wait for the reply to RNFR)". */
export const stateName = (s: DiagramState): string => (s.label && s.box ? `${s.label} (${s.name})` : s.name);

/** A transition in words, for the table: the label says a command sent or the first digit of a reply. */
export function edgeEvent(label: string | undefined): string {
  if (label === undefined) return 'next';
  if (/^\d(,\d)*$/.test(label))
    return `reply ${label
      .split(',')
      .map((n) => `${n}yz`)
      .join(' or ')}`;
  return label === 'cmd' ? 'command sent' : `${label} sent`;
}
