import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AttendanceListResponse } from '@epm/shared/contracts';
import { AttendancePage, wholeNumber } from './attendance-page';
import { aList, anEntry, anEvent, anImportResult, someCounts } from './attendance-testing';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ADA = anEntry({
  registrationId: 1,
  name: 'Ada Lovelace',
  attendance: 'attended',
  source: 'check-in',
  checkedInAt: '2026-07-09T09:02:00.000Z',
});
const BOLA = anEntry({ registrationId: 2, name: 'Bola Adeyemi', email: 'bola@leeds.gov.uk' });
const LIST = aList([ADA, BOLA], { confirmed: 2, attended: 1, notRecorded: 1 });

async function render(startsAt = '2098-06-02T10:00:00+01:00', list: AttendanceListResponse = LIST) {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(AttendancePage);
  fixture.componentRef.setInput('eventId', '7');
  fixture.detectChanges();
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/events/7').flush(anEvent({ startsAt }));
  http.expectOne('/api/events/7/attendance').flush(list);
  await update(fixture);
  return { fixture, page: fixture.nativeElement as HTMLElement, http };
}

/** After a change that reloads the list: whenStable would wait for the reload, which the test answers next. */
async function rerender(fixture: ComponentFixture<unknown>): Promise<void> {
  await settle();
  fixture.detectChanges();
}

async function update(fixture: ComponentFixture<unknown>): Promise<void> {
  await settle();
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
}

function click(page: HTMLElement, selector: string): void {
  const element = page.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  element.click();
}

function type(page: HTMLElement, selector: string, value: string): void {
  const input = page.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function chooseFile(page: HTMLElement, file: File): void {
  const input = page.querySelector<HTMLInputElement>('#file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

const text = (page: HTMLElement, testId: string) =>
  page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim();

const TEAMS_FILE = new File([new Uint8Array([0xff, 0xfe, 0x31, 0x00])], 'attendance.csv', { type: 'text/csv' });

describe('AttendancePage', () => {
  it('lists everyone with their attendance, minutes and how it was recorded, and the counts', async () => {
    const { page } = await render();
    expect(text(page, 'count-confirmed')).toBe('2');
    expect(text(page, 'count-attended')).toBe('1');
    expect(text(page, 'count-not-recorded')).toBe('1');
    const ada = text(page, 'attendance-1');
    expect(ada).toContain('Ada Lovelace');
    expect(ada).toContain('Attended');
    expect(ada).toContain('Checked in at the door, 10:02am');
    expect(text(page, 'attendance-2')).toContain('Not recorded');
  });

  it('changes one person’s attendance through a small form, then shows the list again', async () => {
    const { fixture, page, http } = await render();
    click(page, '#change-2');
    await update(fixture);
    expect(page.querySelector('h1')?.textContent).toContain("Change Bola Adeyemi's attendance");
    type(page, '#minutesAttended', '45');
    click(page, 'button[type=submit]');
    await settle();
    const request = http.expectOne('/api/events/7/attendance/2');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'attended', minutesAttended: 45 });
    request.flush({ ...BOLA, attendance: 'attended', minutesAttended: 45, source: 'manual' });
    await rerender(fixture);
    http.expectOne('/api/events/7/attendance').flush(
      aList([ADA, { ...BOLA, attendance: 'attended', minutesAttended: 45, source: 'manual' }], {
        confirmed: 2,
        attended: 2,
        notRecorded: 0,
      }),
    );
    await update(fixture);
    expect(text(page, 'notice')).toContain('Bola Adeyemi: attended.');
    expect(text(page, 'attendance-2')).toContain('45 minutes');
    expect(text(page, 'count-attended')).toBe('2');
  });

  it('refuses minutes that are not a whole number before asking the API', async () => {
    const { fixture, page, http } = await render();
    click(page, '#change-2');
    await update(fixture);
    type(page, '#minutesAttended', 'about 40');
    click(page, 'button[type=submit]');
    await update(fixture);
    http.expectNone('/api/events/7/attendance/2');
    expect(page.querySelector('#minutesAttended-error')?.textContent).toContain('Minutes must be a whole number');
  });

  it('explains that no-shows wait for the start of the event', async () => {
    const { page } = await render('2098-06-02T10:00:00+01:00');
    expect(text(page, 'no-shows-later')).toContain('Once the event has started');
    expect(page.querySelector('[data-testid=mark-no-shows]')).toBeNull();
  });

  it('marks the rest as no-shows after asking, once the event has started', async () => {
    const { fixture, page, http } = await render('2025-06-02T10:00:00+01:00');
    click(page, '[data-testid=mark-no-shows]');
    await update(fixture);
    expect(page.querySelector('h1')?.textContent).toContain('Mark 1 person as no-shows?');
    http.expectNone('/api/events/7/attendance/no-shows');
    click(page, '.govuk-button--warning');
    await settle();
    const request = http.expectOne('/api/events/7/attendance/no-shows');
    expect(request.request.method).toBe('POST');
    request.flush({ marked: 1, counts: someCounts({ confirmed: 2, attended: 1, noShow: 1, notRecorded: 0 }) });
    await rerender(fixture);
    http.expectOne('/api/events/7/attendance').flush(
      aList([ADA, { ...BOLA, attendance: 'no-show', source: 'manual' }], {
        confirmed: 2,
        attended: 1,
        noShow: 1,
        notRecorded: 0,
      }),
    );
    await update(fixture);
    expect(text(page, 'notice')).toContain('1 person marked as a no-show.');
    expect(text(page, 'no-shows-done')).toContain('Everyone with a confirmed place has their attendance recorded');
  });

  it('previews an import with the file as the body, then saves it with the same options', async () => {
    const { fixture, page, http } = await render();
    chooseFile(page, TEAMS_FILE);
    type(page, '#minimumMinutes', '10');
    click(page, '#addUnmatched');
    click(page, '[data-testid=import-form] button[type=submit]');
    await settle();
    const preview = http.expectOne((request) => request.url === '/api/events/7/attendance/import');
    expect(preview.request.method).toBe('POST');
    expect(preview.request.body).toBe(TEAMS_FILE);
    expect(preview.request.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(preview.request.params.toString()).toBe('dryRun=true&minimumMinutes=10&addUnmatched=true');
    preview.flush(
      anImportResult({
        minimumMinutes: 10,
        matched: [{ name: 'Bola Adeyemi', email: 'bola@leeds.gov.uk', minutes: 4, outcome: 'no-show' }],
        unmatched: [{ name: 'Guest Person', email: 'guest@supplier.example', minutes: 30, outcome: 'attended' }],
        skippedRows: 1,
      }),
    );
    await update(fixture);
    expect(text(page, 'import-format')).toBe('Microsoft Teams attendance report');
    expect(text(page, 'import-count-matched')).toBe('1');
    expect(text(page, 'import-count-unmatched')).toBe('1');
    expect(text(page, 'import-count-already')).toBe('0');
    expect(text(page, 'import-count-skipped')).toBe('1');
    expect(text(page, 'import-matched')).toContain('Bola Adeyemi');
    expect(text(page, 'import-matched')).toContain('No-show');
    expect(text(page, 'import-unmatched')).toContain('Saving adds them');
    expect(page.querySelector('[data-testid=import-already]')).toBeNull();

    click(page, '[data-testid=save-import]');
    await settle();
    const save = http.expectOne((request) => request.url === '/api/events/7/attendance/import');
    expect(save.request.body).toBe(TEAMS_FILE);
    expect(save.request.params.toString()).toBe('dryRun=false&minimumMinutes=10&addUnmatched=true');
    save.flush(
      anImportResult({
        committed: true,
        minimumMinutes: 10,
        matched: [{ name: 'Bola Adeyemi', email: 'bola@leeds.gov.uk', minutes: 4, outcome: 'no-show' }],
        unmatched: [{ name: 'Guest Person', email: 'guest@supplier.example', minutes: 30, outcome: 'attended' }],
        counts: someCounts({ confirmed: 3, attended: 2, noShow: 1, notRecorded: 0 }),
      }),
    );
    await rerender(fixture);
    http
      .expectOne('/api/events/7/attendance')
      .flush(
        aList([ADA, { ...BOLA, attendance: 'no-show' }], { confirmed: 3, attended: 2, noShow: 1, notRecorded: 0 }),
      );
    await update(fixture);
    expect(text(page, 'notice')).toContain(
      'Attendance saved: recorded attendance for 1 person and added 1 person who did not register.',
    );
    expect(text(page, 'count-confirmed')).toBe('3');
    expect(page.querySelector('[data-testid=save-import]')).toBeNull();
  });

  it('says there is nothing to change for a report already imported, and offers no save', async () => {
    const { fixture, page, http } = await render();
    chooseFile(page, TEAMS_FILE);
    click(page, '[data-testid=import-form] button[type=submit]');
    await settle();
    http
      .expectOne((request) => request.url === '/api/events/7/attendance/import')
      .flush(
        anImportResult({
          alreadyRecorded: [{ name: 'Ada Lovelace', email: 'ada@leeds.gov.uk', minutes: 55, outcome: 'attended' }],
        }),
      );
    await update(fixture);
    expect(text(page, 'import-headline')).toContain('Nothing to change');
    expect(page.querySelector('[data-testid=save-import]')).toBeNull();
  });

  it('asks for a file and a whole number of minutes before sending anything', async () => {
    const { fixture, page, http } = await render();
    type(page, '#minimumMinutes', '-5');
    click(page, '[data-testid=import-form] button[type=submit]');
    await update(fixture);
    http.expectNone((request) => request.url === '/api/events/7/attendance/import');
    const links = [...page.querySelectorAll('[data-testid=error-summary] a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['#file', '#minimumMinutes']);
    expect(page.querySelector('#file-error')?.textContent).toContain('Select an attendance report');
    expect(page.querySelector('#minimumMinutes-error')?.textContent).toContain('whole number');
  });

  it('shows why the API could not read the file, beside the file input', async () => {
    const { fixture, page, http } = await render();
    chooseFile(page, new File(['Name,Minutes\nA,3'], 'list.csv'));
    click(page, '[data-testid=import-form] button[type=submit]');
    await settle();
    http
      .expectOne((request) => request.url === '/api/events/7/attendance/import')
      .flush(
        {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'The file has no column of email addresses',
          errors: { file: ['The file has no column of email addresses'] },
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await update(fixture);
    expect(page.querySelector('#file-error')?.textContent).toContain('no column of email addresses');
    expect(page.querySelector('[data-testid=import-result]')).toBeNull();
  });

  it('forgets a preview when the options change, so what is saved is what was previewed', async () => {
    const { fixture, page, http } = await render();
    chooseFile(page, TEAMS_FILE);
    click(page, '[data-testid=import-form] button[type=submit]');
    await settle();
    http
      .expectOne((request) => request.url === '/api/events/7/attendance/import')
      .flush(
        anImportResult({ matched: [{ name: 'Bola', email: 'bola@leeds.gov.uk', minutes: 9, outcome: 'attended' }] }),
      );
    await update(fixture);
    expect(page.querySelector('[data-testid=save-import]')).not.toBeNull();
    type(page, '#minimumMinutes', '10');
    await update(fixture);
    expect(page.querySelector('[data-testid=import-result]')).toBeNull();
  });
});

describe('wholeNumber', () => {
  it('reads whole numbers in range and words the rest as the API does', () => {
    expect(wholeNumber(' 10 ', 600, 'Minimum minutes')).toEqual({ value: 10 });
    expect(wholeNumber('0', 600, 'Minimum minutes')).toEqual({ value: 0 });
    expect(wholeNumber('601', 600, 'Minimum minutes').error).toBe('Minimum minutes must be 600 or fewer');
    expect(wholeNumber('1.5', 600, 'Minutes').error).toBe('Minutes must be a whole number, like 10');
    expect(wholeNumber('', 600, 'Minutes').error).toBe('Minutes must be a whole number, like 10');
  });
});
