import { TestBed } from '@angular/core/testing';
import { ReportProvenance } from './report-provenance';

function text(generatedAt: string, dataAsOf: string | null): string {
  const fixture = TestBed.createComponent(ReportProvenance);
  fixture.componentRef.setInput('report', { generatedAt, dataAsOf });
  fixture.detectChanges();
  return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('ReportProvenance', () => {
  const at = '2026-04-02T09:30:00+01:00';

  it('says when the figures were generated, and that they are aggregates only', () => {
    expect(text(at, at)).toBe(
      'Figures generated Thursday 2 April 2026, 9:30am. Aggregates only: no one’s personal details.',
    );
  });

  it('says how current the data was when it was read from a replica', () => {
    expect(text(at, '2026-04-02T09:29:48+01:00')).toContain(
      'They were read from a copy of the database with the data as of Thursday 2 April 2026, 9:29am.',
    );
  });

  it('says when a replica could not tell how far behind it was', () => {
    expect(text(at, null)).toContain('cannot say how far behind it is, so the latest changes may be missing');
  });
});
