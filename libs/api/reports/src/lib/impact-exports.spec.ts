import type { ImpactReport } from '@epm/shared/contracts';
import { METRIC_DEFINITIONS } from '@epm/shared/contracts/metrics';
import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { computeImpact } from './impact';
import { exportFilename, filtersText, impactCsv, writeImpactXlsx } from './impact-exports';
import { impactPdf } from './impact-pdf';

/** A report with many rows: a long period (a row per month) and thousands of outcomes, each a row of its own. */
function aLargeReport(outcomes = 5000): ImpactReport {
  const figures = computeImpact({
    filters: { from: '1990-01-01', to: '2089-12-31' },
    events: [],
    registrations: [],
    councils: [],
    feedback: [],
    outcomes: Array.from({ length: outcomes }, (_, index) => ({
      id: index + 1,
      title: `Outcome number ${index + 1}, with a title long enough to take some room in the file`,
      kind: 'action-agreed' as const,
      status: 'done' as const,
      date: '2025-06-01',
      eventIds: [],
      objectiveIds: [],
    })),
    objectives: [],
    eventTitles: new Map(),
    labels: { eventTypes: {}, themes: {}, formats: {}, outcomeKinds: {}, outcomeStatuses: {} },
    now: new Date('2026-04-01T12:00:00Z'),
  });
  return { ...figures, generatedAt: '2026-04-01T13:00:00+01:00', dataAsOf: '2026-04-01T13:00:00+01:00' };
}

async function readAll(stream: Readable): Promise<{ body: Buffer; chunks: number }> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as Buffer));
  return { body: Buffer.concat(parts), chunks: parts.length };
}

/** Lets the writer run as far as it will while nobody reads. */
async function idle(turns = 50): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await nextTurn();
}

describe('impact exports', () => {
  it('write the spreadsheet only as fast as it is read, so a large one is never held whole', async () => {
    const report = aLargeReport();
    const out = new PassThrough();
    let finished = false;
    const writing = writeImpactXlsx(report, null, out).then(() => (finished = true));
    await idle();
    // Nobody has read anything: the writer waits, holding a little, not the whole file.
    expect(finished).toBe(false);
    const waiting = out.readableLength + out.writableLength;
    const { body, chunks } = await readAll(out);
    await writing;
    expect(finished).toBe(true);
    expect(waiting).toBeLessThan(body.length / 4);
    expect(chunks).toBeGreaterThan(4);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    let items = 0;
    workbook.getWorksheet('outcomes')?.eachRow((row) => (items += row.getCell(2).value === 'item' ? 1 : 0));
    expect(items).toBe(5000);
    expect(workbook.getWorksheet('events')?.actualRowCount).toBeGreaterThan(1200);
  });

  it('draw the PDF only as fast as it is read', async () => {
    const stream = impactPdf(aLargeReport(3000), null, '1.2.3');
    await idle();
    const waiting = stream.readableLength;
    const { body, chunks } = await readAll(stream);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.subarray(-6).toString()).toContain('%%EOF');
    expect(waiting).toBeLessThan(body.length / 4);
    expect(chunks).toBeGreaterThan(4);
  });

  it('stream the CSV as rows, each batch made as it is read', async () => {
    const stream = impactCsv(aLargeReport(), null);
    await idle();
    expect(stream.readableLength).toBeLessThan(64 * 1024);
    const { body, chunks } = await readAll(stream);
    const lines = body.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFSection,Figure,Breakdown,Value,Numerator,Denominator');
    expect(lines.filter((line) => line.startsWith('outcomes,item,'))).toHaveLength(5000);
    expect(chunks).toBeGreaterThan(10);
  });

  it('carry the definitions of docs/metrics.md in a sheet of the spreadsheet', async () => {
    const out = new PassThrough();
    const [{ body }] = await Promise.all([readAll(out), writeImpactXlsx(aLargeReport(1), null, out)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('Definitions');
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows[0]).toEqual(['Section', 'Figure', 'Fields', 'How it is calculated']);
    expect(rows).toContainEqual([
      'Attendance (held events only)',
      'Attendance rate',
      'attendance.rate',
      METRIC_DEFINITIONS.attendanceRate.text[0],
    ]);
    expect(rows).toHaveLength(1 + Object.keys(METRIC_DEFINITIONS).length);
  });

  it('name the event or objective the figures are narrowed to, in the provenance and the file name', () => {
    const report = {
      ...aLargeReport(0),
      filters: { from: '2025-04-01', to: '2026-03-31', event: 12, type: 'webinar' as const },
      event: { title: 'Procurement roundtable' } as ImpactReport['event'],
    };
    expect(filtersText(report)).toBe('event: Procurement roundtable (12); type: webinar');
    expect(exportFilename(report, 'pdf')).toBe('impact-event-12-2025-04-01-to-2026-03-31.pdf');
    expect(filtersText(aLargeReport(0))).toBe('none');
  });
});
