/** Fixed-width text tables for the benchmark's stdout: numbers right-aligned, text left-aligned. */

export type Cell = string | number | null;

export interface Column {
  header: string;
  /** Digits after the point for numbers (default 0). */
  digits?: number;
  /** Prefix positive numbers with "+" (deltas). */
  signed?: boolean;
}

/** One cell as text: null is "–", numbers are fixed to the column's digits. */
export function formatCell(cell: Cell, column: Column): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  const text = cell.toFixed(column.digits ?? 0);
  // "-0" reads as a sign error in a table of deltas.
  const clean = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  return column.signed && cell > 0 && Number(clean) !== 0 ? `+${clean}` : clean;
}

/** The table as lines: a header, a rule, one line per row. The first column is left-aligned. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly Cell[])[]): string {
  const texts = rows.map((row) => columns.map((column, index) => formatCell(row[index] ?? null, column)));
  const widths = columns.map((column, index) => Math.max(column.header.length, ...texts.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), line(widths.map((width) => '-'.repeat(width))), ...texts.map(line)].join('\n');
}
