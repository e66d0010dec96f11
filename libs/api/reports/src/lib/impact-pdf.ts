import type { ImpactReport } from '@epm/shared/contracts';
import { METRIC_DEFINITIONS, METRIC_GROUPS } from '@epm/shared/contracts/metrics';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { dataAsOfText, exportRows, filtersText, readerCaughtUp } from './impact-exports';
import type { ImpactRow } from './impact-rows';

const MARGIN = 50;
const WIDTH = 595.28 - MARGIN * 2;
const SECTION_TITLES: Record<string, string> = {
  events: 'Events',
  registrations: 'Registrations',
  attendance: 'Attendance',
  reach: 'Reach',
  repeat: 'Repeat engagement',
  feedback: 'Feedback',
  outcomes: 'Outcomes',
  objectives: 'Objectives against their targets',
  funnel: 'The engagement funnel',
};

function shown(value: ImpactRow['value']): string {
  if (value === null) return 'no data';
  return typeof value === 'number' ? String(value) : value;
}

/** A ratio as a percentage to one decimal place, from its own numerator and denominator (not the rounded value). */
function percent(ratio: { numerator: number; denominator: number }): string {
  return ratio.denominator === 0 ? 'no data' : `${Math.round((ratio.numerator / ratio.denominator) * 1000) / 10}%`;
}

/**
 * The evidence pack as a PDF, sent as it is drawn: a cover with the period, filters and provenance; the
 * headline figures; bar charts with their numbers as text; every figure of every section as a table (the
 * same rows as the CSV); and how each figure is calculated (the definitions of docs/metrics.md). Between
 * pages it waits while the reader is behind, so a long pack is not held whole. An error while drawing
 * destroys the stream, which ends the response unfinished rather than looking complete.
 */
export function impactPdf(report: ImpactReport, publication: { smallCount: number } | null, version: string): Readable {
  const out = new PassThrough();
  draw(report, publication, version, out).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function draw(
  report: ImpactReport,
  publication: { smallCount: number } | null,
  version: string,
  out: PassThrough,
): Promise<void> {
  const document = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: false,
    info: { Title: 'Impact of the LGA and techUK partnership events', Author: 'LGA and techUK partnership events' },
    lang: 'en-GB',
  });
  document.pipe(out);
  // pdfkit writes a page out when the next one starts: a look at the reader before each.
  const newPage = async (): Promise<boolean> => {
    if (!(await readerCaughtUp(out))) return false;
    document.addPage();
    return true;
  };
  const rows = exportRows(report, publication);
  const { filters } = report;

  // Cover.
  document.font('Helvetica-Bold').fontSize(24).text('Impact of the LGA and techUK partnership events');
  document.moveDown(0.5).font('Helvetica').fontSize(14).text('Evidence pack for the review of the MoU');
  if (report.event) document.moveDown(0.5).fontSize(14).text(`The evidence of one event: ${report.event.title}`);
  if (report.objective) {
    document.moveDown(0.5).fontSize(14).text(`The evidence of one objective: ${report.objective.title}`);
  }
  document.moveDown(1.5).fontSize(11);
  for (const [label, value] of [
    ['Period', `${filters.from} to ${filters.to} (UK dates, inclusive)`],
    ['Filters', filtersText(report)],
    ['Generated at', report.generatedAt],
    ['Data as of', dataAsOfText(report)],
    ['Version', version],
    [
      'Small counts',
      publication
        ? `Counts of people below ${publication.smallCount} are shown as "fewer than ${publication.smallCount}"`
        : 'Shown as they are: not for publication',
    ],
  ]) {
    document.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(String(value));
  }

  // Headline figures.
  if (!(await newPage())) return;
  document.font('Helvetica-Bold').fontSize(18).text('Headline figures').moveDown(0.5);
  document.font('Helvetica').fontSize(11);
  const value = (section: string, figure: string) =>
    shown(rows.find((row) => row.section === section && row.figure === figure && !row.breakdown)?.value ?? null);
  for (const line of [
    `Events held: ${report.events.held} (${report.events.cancelled} cancelled, ${report.events.upcoming} still to come)`,
    `People reached: ${value('reach', 'people')}; organisations: ${report.reach.organisations}`,
    `Councils reached: ${report.reach.councils.reached} of ${report.reach.councils.total} (${percent(report.reach.councils.share)})`,
    `Attendance rate: ${percent(report.attendance.rate)} (${value('attendance', 'attended')} attended of ${value('registrations', 'confirmed')} confirmed)`,
    `Supplier organisations: ${report.reach.suppliers.organisations}, of which SMEs ${percent(report.reach.suppliers.smeShare)}`,
    `People who came to two or more events: ${value('repeat', 'people')}`,
    `Feedback responses: ${value('feedback', 'responses')}; satisfaction ${shown(rows.find((row) => row.figure === 'satisfaction')?.value ?? null)} out of 5; NPS ${shown(rows.find((row) => row.figure === 'nps')?.value ?? null)}`,
    `Outcomes recorded: ${report.outcomes.total}`,
  ]) {
    document.text(`• ${line}`).moveDown(0.2);
  }

  // Charts, each with its numbers as text beside the bars.
  if (!(await newPage())) return;
  bars(
    document,
    'Events held by month (UK time)',
    report.events.byMonth.map((entry) => ({ label: entry.key, value: entry.count, total: null })),
  );
  if (!(await newPage())) return;
  bars(
    document,
    'Councils reached by region, of all councils in the region',
    report.reach.councils.byRegion.map((entry) => ({ label: entry.region, value: entry.reached, total: entry.total })),
  );

  // Every figure, section by section.
  for (const section of Object.keys(SECTION_TITLES)) {
    const sectionRows = rows.filter((row) => row.section === section);
    if (!sectionRows.length) continue;
    if (!(await newPage())) return;
    document
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(SECTION_TITLES[section] ?? section)
      .moveDown(0.5);
    if (!(await table(document, sectionRows, newPage))) return;
  }

  // How the figures are calculated: the definitions of docs/metrics.md, word for word.
  if (!(await newPage())) return;
  document.font('Helvetica-Bold').fontSize(16).text('Methodology and definitions').moveDown(0.5);
  document.font('Helvetica').fontSize(10);
  document
    .text(
      'No personal details are included. Quotes are included only where their authors agreed, and without names. ' +
        'The CSV and spreadsheet exports carry the same rows as the tables above. Every figure is defined in ' +
        'docs/metrics.md in the product repository, in these words.',
    )
    .moveDown(0.5);
  for (const group of METRIC_GROUPS) {
    if (document.y > 700 && !(await newPage())) return;
    document.font('Helvetica-Bold').fontSize(12).text(group.heading).moveDown(0.3);
    for (const key of group.keys) {
      const definition = METRIC_DEFINITIONS[key];
      if (document.y > 740 && !(await newPage())) return;
      document.font('Helvetica-Bold').fontSize(10).text(definition.title);
      document.font('Helvetica').fontSize(10);
      for (const paragraph of definition.text) document.text(paragraph);
      document.moveDown(0.4);
    }
    document.moveDown(0.3);
  }
  document.end();
}

function bars(
  document: PDFKit.PDFDocument,
  title: string,
  entries: { label: string; value: number; total: number | null }[],
): void {
  document.font('Helvetica-Bold').fontSize(14).text(title).moveDown(0.5);
  const max = Math.max(1, ...entries.map((entry) => entry.total ?? entry.value));
  document.font('Helvetica').fontSize(9);
  for (const entry of entries) {
    const y = document.y;
    const barWidth = ((WIDTH - 220) * entry.value) / max;
    document.text(entry.label, MARGIN, y, { width: 150 });
    if (entry.total !== null) {
      document.rect(MARGIN + 155, y, ((WIDTH - 220) * entry.total) / max, 9).fill('#dddddd');
    }
    if (barWidth > 0) document.rect(MARGIN + 155, y, barWidth, 9).fill('#1d70b8');
    document
      .fillColor('black')
      .text(entry.total === null ? String(entry.value) : `${entry.value} of ${entry.total}`, MARGIN + WIDTH - 60, y, {
        width: 60,
        align: 'right',
      });
    document.x = MARGIN;
    document.y = y + 14;
  }
}

async function table(
  document: PDFKit.PDFDocument,
  rows: ImpactRow[],
  newPage: () => Promise<boolean>,
): Promise<boolean> {
  const columns = [
    { title: 'Figure', width: 130, text: (row: ImpactRow) => row.figure },
    { title: 'Breakdown', width: 170, text: (row: ImpactRow) => row.breakdown },
    { title: 'Value', width: 85, text: (row: ImpactRow) => shown(row.value) },
    {
      title: 'Of',
      width: 105,
      text: (row: ImpactRow) => (row.denominator === null ? '' : `${row.numerator ?? ''} / ${row.denominator}`),
    },
  ];
  const header = columns.map((column) => column.title);
  const line = async (cells: string[], bold: boolean): Promise<boolean> => {
    if (document.y > 780 && !(await newPage())) return false;
    const y = document.y;
    let x = MARGIN;
    document.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let bottom = y;
    cells.forEach((cell, index) => {
      const width = columns[index]?.width ?? 100;
      document.text(cell, x, y, { width: width - 6 });
      bottom = Math.max(bottom, document.y);
      x += width;
    });
    document.x = MARGIN;
    document.y = bottom + 3;
    return true;
  };
  for (const cells of [header, ...rows.map((row) => columns.map((c) => c.text(row)))]) {
    if (!(await line(cells, cells === header))) return false;
  }
  return true;
}
