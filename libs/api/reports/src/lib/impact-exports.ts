import { csvRow } from '@epm/api/platform';
import type { ImpactReport } from '@epm/shared/contracts';
import ExcelJS from 'exceljs';
import { type ImpactRow, impactRows, suppressSmallCounts } from './impact-rows';

const COLUMNS: { header: string; key: keyof ImpactRow; width: number }[] = [
  { header: 'Section', key: 'section', width: 14 },
  { header: 'Figure', key: 'figure', width: 26 },
  { header: 'Breakdown', key: 'breakdown', width: 40 },
  { header: 'Value', key: 'value', width: 14 },
  { header: 'Numerator', key: 'numerator', width: 12 },
  { header: 'Denominator', key: 'denominator', width: 12 },
];

/** The rows an export carries: all of them, or for publication with small counts of people hidden. */
export function exportRows(report: ImpactReport, publication: { smallCount: number } | null): ImpactRow[] {
  const rows = impactRows(report);
  return publication ? suppressSmallCounts(rows, publication.smallCount) : rows;
}

function provenance(report: ImpactReport, publication: { smallCount: number } | null): [string, string][] {
  const { filters } = report;
  return [
    ['Report', 'Impact of the LGA and techUK partnership events'],
    ['Period', `${filters.from} to ${filters.to} (UK dates, inclusive)`],
    [
      'Filters',
      [filters.type, filters.theme, filters.organisation, filters.format].filter(Boolean).join(', ') || 'none',
    ],
    ['Generated at', report.generatedAt],
    [
      'Small counts',
      publication
        ? `Counts of people below ${publication.smallCount} shown as "fewer than ${publication.smallCount}"`
        : 'Shown as they are (not for publication)',
    ],
    ['Definitions', 'docs/metrics.md in the product repository; one row per figure and breakdown'],
  ];
}

/** Tidy CSV: one row per figure and breakdown, after a header row. */
export function impactCsv(report: ImpactReport, publication: { smallCount: number } | null): string {
  let csv = csvRow(COLUMNS.map((column) => column.header));
  for (const entry of exportRows(report, publication)) csv += csvRow(COLUMNS.map((column) => entry[column.key]));
  return csv;
}

/** The spreadsheet: an About sheet (provenance), then a sheet per section, each the same tidy rows as the CSV. */
export async function impactXlsx(report: ImpactReport, publication: { smallCount: number } | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'LGA and techUK partnership events';
  workbook.created = new Date(report.generatedAt);
  const about = workbook.addWorksheet('About');
  about.columns = [
    { header: 'Item', key: 'item', width: 18 },
    { header: 'Value', key: 'value', width: 90 },
  ];
  for (const [item, value] of provenance(report, publication)) about.addRow({ item, value });
  const rows = exportRows(report, publication);
  for (const section of [...new Set(rows.map((entry) => entry.section))]) {
    const sheet = workbook.addWorksheet(section);
    sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
    sheet.getRow(1).font = { bold: true };
    for (const entry of rows.filter((candidate) => candidate.section === section)) sheet.addRow(entry);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
