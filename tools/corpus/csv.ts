// A small RFC-4180 CSV parser: quoted fields may hold commas, doubled quotes and newlines.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One data row: fields by header name ('' for a missing field) and its 1-based data row number. */
export class CsvRow {
  constructor(
    readonly rowNumber: number,
    private readonly fields: ReadonlyMap<string, string>,
  ) {}
  get(name: string): string {
    return this.fields.get(name) ?? '';
  }
}

/** Rows keyed by the header line (empty lines skipped). */
export function csvObjects(text: string): CsvRow[] {
  const [header = [], ...rest] = parseCsv(text);
  return rest
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r, n) => new CsvRow(n + 1, new Map(header.map((h, k) => [h, r[k] ?? '']))));
}
