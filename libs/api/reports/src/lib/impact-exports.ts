import { csvRow } from '@epm/api/platform';
import type { ImpactReport } from '@epm/shared/contracts';
import { METRIC_DEFINITIONS, METRIC_GROUPS } from '@epm/shared/contracts/metrics';
import ExcelJS from 'exceljs';
import { Readable, type Writable } from 'node:stream';
import { type ImpactRow, impactRows, suppressSmallCounts } from './impact-rows';

const COLUMNS: { header: string; key: keyof ImpactRow; width: number }[] = [
  { header: 'Section', key: 'section', width: 14 },
  { header: 'Figure', key: 'figure', width: 26 },
  { header: 'Breakdown', key: 'breakdown', width: 40 },
  { header: 'Value', key: 'value', width: 14 },
  { header: 'Numerator', key: 'numerator', width: 12 },
  { header: 'Denominator', key: 'denominator', width: 12 },
];

/** Rows written between two looks at whether the reader has caught up. */
const BATCH = 200;

/** The rows an export carries: all of them, or for publication with small counts of people hidden. */
export function exportRows(report: ImpactReport, publication: { smallCount: number } | null): ImpactRow[] {
  const rows = impactRows(report);
  return publication ? suppressSmallCounts(rows, publication.smallCount) : rows;
}

/** "event: Procurement roundtable (12); type: webinar", or "none": what the figures were narrowed to. */
export function filtersText(report: ImpactReport): string {
  const { filters } = report;
  const parts = [
    filters.event !== undefined ? `event: ${report.event?.title ?? ''} (${filters.event})` : null,
    filters.objective !== undefined ? `objective: ${report.objective?.title ?? ''} (${filters.objective})` : null,
    filters.type ? `type: ${filters.type}` : null,
    filters.theme ? `theme: ${filters.theme}` : null,
    filters.organisation ? `organisation: ${filters.organisation}` : null,
    filters.format ? `format: ${filters.format}` : null,
  ].filter((part): part is string => part !== null);
  return parts.join('; ') || 'none';
}

/** "impact-event-12-2025-04-01-to-2026-03-31.pdf": the period, and the event or objective when narrowed to one. */
export function exportFilename(report: ImpactReport, extension: string): string {
  const { filters } = report;
  const scope = [
    filters.event !== undefined ? `event-${filters.event}-` : '',
    filters.objective !== undefined ? `objective-${filters.objective}-` : '',
  ].join('');
  return `impact-${scope}${filters.from}-to-${filters.to}.${extension}`;
}

/** How current the figures' data is, in words for a reader of an export. */
export function dataAsOfText(report: Pick<ImpactReport, 'generatedAt' | 'dataAsOf'>): string {
  if (report.dataAsOf === null)
    return 'Not known: read from a replica of the database that cannot say how far behind it is';
  return report.dataAsOf === report.generatedAt
    ? report.dataAsOf
    : `${report.dataAsOf} (read from a replica of the database, behind by that much)`;
}

export function provenance(report: ImpactReport, publication: { smallCount: number } | null): [string, string][] {
  const { filters } = report;
  return [
    ['Report', 'Impact of the LGA and techUK partnership events'],
    ['Period', `${filters.from} to ${filters.to} (UK dates, inclusive)`],
    ['Filters', filtersText(report)],
    ['Generated at', report.generatedAt],
    ['Data as of', dataAsOfText(report)],
    [
      'Small counts',
      publication
        ? `Counts of people below ${publication.smallCount} shown as "fewer than ${publication.smallCount}"`
        : 'Shown as they are (not for publication)',
    ],
    [
      'Definitions',
      'The Definitions sheet; docs/metrics.md in the product repository; one row per figure and breakdown',
    ],
  ];
}

/** Every definition, in the order of the report: the words of docs/metrics.md (libs/shared/contracts). */
export function definitionRows(): { heading: string; title: string; fields: string; text: string }[] {
  return METRIC_GROUPS.flatMap((group) =>
    group.keys.map((key) => {
      const definition = METRIC_DEFINITIONS[key];
      return {
        heading: group.heading,
        title: definition.title,
        fields: definition.fields.join(', '),
        text: definition.text.join(' '),
      };
    }),
  );
}

/** Tidy CSV, as a stream of lines: a byte-order mark and a header row, then one row per figure and breakdown. */
export function impactCsv(report: ImpactReport, publication: { smallCount: number } | null): Readable {
  const rows = exportRows(report, publication);
  function* lines(): Generator<string> {
    yield `\uFEFF${csvRow(COLUMNS.map((column) => column.header))}`;
    for (let start = 0; start < rows.length; start += BATCH) {
      yield rows
        .slice(start, start + BATCH)
        .map((entry) => csvRow(COLUMNS.map((column) => entry[column.key])))
        .join('');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/**
 * Resolves once the reader has taken what was written (at once when it keeps up), so a large file is sent
 * as it is made rather than held whole; false when the reader has gone (the response closed).
 */
export async function readerCaughtUp(out: Writable): Promise<boolean> {
  if (out.destroyed) return false;
  if (!out.writableNeedDrain) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  return !out.destroyed;
}

/**
 * The spreadsheet, written to `out` as it is made (exceljs's streaming writer): an About sheet (provenance),
 * a sheet per section, each the same tidy rows as the CSV, and a Definitions sheet. Ends `out` when done.
 */
export async function writeImpactXlsx(
  report: ImpactReport,
  publication: { smallCount: number } | null,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'LGA and techUK partnership events';
  workbook.created = new Date(report.generatedAt);
  const sheet = (name: string, columns: { header: string; key: string; width: number }[]) => {
    const worksheet = workbook.addWorksheet(name);
    worksheet.columns = columns;
    worksheet.getRow(1).font = { bold: true };
    return worksheet;
  };
  /** Adds rows in batches, waiting between them while the reader is behind. */
  const write = async (worksheet: ExcelJS.Worksheet, rows: object[]): Promise<boolean> => {
    for (let index = 0; index < rows.length; index += 1) {
      worksheet.addRow(rows[index]).commit();
      if (index % BATCH === BATCH - 1 && !(await readerCaughtUp(out))) return false;
    }
    worksheet.commit();
    return readerCaughtUp(out);
  };

  const about = sheet('About', [
    { header: 'Item', key: 'item', width: 18 },
    { header: 'Value', key: 'value', width: 90 },
  ]);
  if (
    !(await write(
      about,
      provenance(report, publication).map(([item, value]) => ({ item, value })),
    ))
  )
    return;
  const rows = exportRows(report, publication);
  for (const section of [...new Set(rows.map((entry) => entry.section))]) {
    const worksheet = sheet(section, COLUMNS);
    if (
      !(await write(
        worksheet,
        rows.filter((candidate) => candidate.section === section),
      ))
    )
      return;
  }
  const definitions = sheet('Definitions', [
    { header: 'Section', key: 'heading', width: 30 },
    { header: 'Figure', key: 'title', width: 30 },
    { header: 'Fields', key: 'fields', width: 40 },
    { header: 'How it is calculated', key: 'text', width: 120 },
  ]);
  if (!(await write(definitions, definitionRows()))) return;
  await workbook.commit();
}
