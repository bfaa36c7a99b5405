/**
 * The state diagrams of RFC 959 §6 (content/state-diagrams.yaml): one entry per figure, with the RFC's states and
 * edges as the figure draws them, and where each state sits on a grid so that the site can draw it as inline SVG at
 * build time (src/lib/reference/state-diagram.ts). tests/unit/reference/state-diagrams.test.ts compares every figure
 * with the RFC text: its boxes, its edge labels and the commands it says it models.
 */
import { z } from 'zod';
import { commandName, rfcSource } from './common.ts';

export const diagramState = z.object({
  /** Unique within the figure: "B", "W1", "ready". */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
  /** What the RFC writes in the box ("B", "W", "S"); empty for the RFC's blank boxes; a word for Begin and End. */
  label: z.string().default(''),
  /** In words, for the table and the SVG's description: "wait for the reply to RNFR". */
  name: z.string().min(1),
  /** Grid position: column and row (0-based). */
  col: z.number().int().min(0).max(6),
  row: z.number().int().min(0).max(6),
  /** Begin and End are words in the RFC's last figure, not boxes. */
  box: z.boolean().default(true),
});

export const diagramEdge = z.object({
  from: z.string(),
  to: z.string(),
  /** As the figure writes it: a command ("RNFR"), "cmd", or reply first digits ("4,5"); none for the plain arrows. */
  label: z.string().optional(),
  /** Bends the line sideways (px, + to the left of its direction) so it does not run over another. */
  bend: z.number().default(0),
  /** Where along the line its label sits (0 start, 1 end), to keep labels of crossing lines apart. */
  labelAt: z.number().min(0.1).max(0.9).default(0.5),
});

export const stateDiagram = z
  .object({
    /** "simple", "preliminary", "rename", "restart", "login", "general": the anchor is #diagram-ID. */
    id: z.string().regex(/^[a-z]+$/),
    /** The figure's place in RFC 959 §6 (1–6): the order the site shows them in. */
    figure: z.number().int().min(1),
    title: z.string().min(1),
    /** The RFC's page, for the citation next to the figure. */
    source: rfcSource,
    /** The commands the figure models, as the RFC lists them (for "cmd", the commands it stands for). */
    commands: z.array(commandName).default([]),
    /** What "cmd" stands for in this figure, when it stands for a list (the restart figure: APPE, STOR, RETR). */
    cmd: z.array(commandName).default([]),
    /** Our words: what the figure shows. */
    summary: z.string().min(1),
    states: z.array(diagramState).min(2),
    edges: z.array(diagramEdge).min(1),
  })
  .superRefine((d, ctx) => {
    const ids = new Set(d.states.map((s) => s.id));
    if (ids.size !== d.states.length) ctx.addIssue({ code: 'custom', message: `${d.id}: a state id is repeated` });
    for (const e of d.edges)
      for (const end of [e.from, e.to])
        if (!ids.has(end)) ctx.addIssue({ code: 'custom', message: `${d.id}: the edge names an unknown state ${end}` });
  });

export type StateDiagram = z.output<typeof stateDiagram>;
export type DiagramState = z.output<typeof diagramState>;
export type DiagramEdge = z.output<typeof diagramEdge>;
