/** The rows `npm run bench` prints: scripts/bench.ts and scripts/bench-decoder.ts (its own process) both add to one. */
export interface Row {
  figure: string;
  value: string;
  budget: string;
  pass: boolean | null;
}

/** A table of rows and the function that adds one (a figure without a budget has none to pass). */
export function benchTable(): {
  rows: Row[];
  add: (figure: string, value: string, budget?: string, pass?: boolean | null) => void;
} {
  const rows: Row[] = [];
  const add = (figure: string, value: string, budget = '—', pass: boolean | null = null) => {
    rows.push({ figure, value, budget, pass });
  };
  return { rows, add };
}

export const ms = (t: number): string => `${t.toFixed(0)} ms`;
