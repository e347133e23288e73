import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_TABLES, type ColumnType, type OpenDataColumn, type OpenDataTable } from './open-data.tables.js';

/** A row as the JSON files hold it: strings, numbers, booleans, lists of strings, or null. */
export type OpenDataValue = string | number | boolean | string[] | null;
export type OpenDataRow = Record<string, OpenDataValue>;

const BOM = '\uFEFF';
const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const JSON_TYPES: Record<ColumnType, Record<string, unknown>> = {
  id: { type: 'string', pattern: UUID_PATTERN },
  string: { type: 'string' },
  integer: { type: 'integer' },
  boolean: { type: 'boolean' },
  date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  datetime: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$' },
  list: { type: 'array', items: { type: 'string' } },
};
const TYPE_WORDS: Record<ColumnType, string> = {
  id: 'identifier (UUID)',
  string: 'text',
  integer: 'whole number',
  boolean: '`true` or `false`',
  date: 'date (YYYY-MM-DD)',
  datetime: 'instant (ISO 8601, UTC)',
  list: 'list (JSON: an array; CSV: items separated by `; `)',
};

/** A database value as the export writes it: instants in UTC ISO 8601, the rest as it is. */
export function toOpenDataValue(value: unknown): OpenDataValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

export function csvFile(table: OpenDataTable, rows: OpenDataRow[]): string {
  const cell = (value: OpenDataValue) => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));
  // The BOM makes spreadsheets read UTF-8 (Korean); escape_formulas keeps = + - @ at a cell's start from running as a formula.
  return BOM + stringify(rows.map((row) => table.columns.map((column) => cell(row[column.name]))), { header: true, columns: table.columns.map((c) => c.name), escape_formulas: true, record_delimiter: 'unix' });
}

export function jsonFile(rows: OpenDataRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function columnSchema(column: OpenDataColumn) {
  const base = JSON_TYPES[column.type];
  const type = column.nullable ? [base.type as string, 'null'] : base.type;
  return { ...base, type, description: column.description };
}

/** The JSON Schema of every JSON file of the archive, as the properties of one object keyed by file name. */
export function schemaFile(tables: OpenDataTable[] = OPEN_DATA_TABLES): string {
  const properties = Object.fromEntries(
    tables.map((table) => [
      `${table.name}.json`,
      {
        description: table.description,
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: table.columns.map((c) => c.name),
          properties: Object.fromEntries(table.columns.map((column) => [column.name, columnSchema(column)])),
        },
      },
    ]),
  );
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'OGP Forum open data',
    description: 'Each property is one JSON file of the archive; the CSV file of the same name has the same columns in the same order.',
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function readmeFile(scope: string, license: string, tables: OpenDataTable[] = OPEN_DATA_TABLES): string {
  const lines = [
    `# OGP Forum open data: ${scope}`,
    '',
    'Everything in this archive is public on the forum\'s website: only what a visitor without an account may read. Drafts,',
    'comments hidden by a moderator, members-only content (draft minutes, attendance, online meeting links, who action items',
    'are assigned to) and e-mail addresses are left out.',
    '',
    `Licence: ${license} (see LICENSE.md).`,
    '',
    'Each table is written twice: `<table>.csv` (UTF-8 with a byte-order mark so that spreadsheets read Korean; a cell starting',
    'with `=`, `+`, `-` or `@` is prefixed with `\'` so that it cannot run as a formula) and `<table>.json` (an array of objects,',
    'the exact values). `schema.json` is the JSON Schema of every JSON file. Text written in two languages has one column per',
    'language: `title/en`, `title/ko`. Identifiers link the tables (a column ending in `_id` names the row of another table).',
    'The documents themselves are not in the archive: `documents` describes each one (size, SHA-256) with the address it is',
    'downloaded from on the forum\'s website.',
    '',
  ];
  for (const table of tables) {
    lines.push(`## ${table.name}`, '', table.description, '', '| column | type | meaning |', '|---|---|---|');
    for (const column of table.columns) lines.push(`| \`${column.name}\` | ${TYPE_WORDS[column.type]}${column.nullable ? ', may be empty' : ''} | ${column.description} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function licenseFile(license: string): string {
  if (license === 'CC-BY-4.0') {
    return [
      '# Licence',
      '',
      'This data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0):',
      'https://creativecommons.org/licenses/by/4.0/',
      '',
      'You may share and adapt it for any purpose, provided you credit the OGP multi-stakeholder forum that published it,',
      'link to the licence and say whether you changed it.',
      '',
    ].join('\n');
  }
  return ['# Licence', '', `This data is published under: ${license}`, ''].join('\n');
}
