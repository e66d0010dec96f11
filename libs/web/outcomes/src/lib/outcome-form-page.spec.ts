import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { OutcomeFormPage } from './outcome-form-page';
import { anEvent, anOutcome, PROGRAMMES } from './outcome-testing';

@Component({ template: '' })
class Blank {}

describe('OutcomeFormPage', () => {
  let fixture: ComponentFixture<OutcomeFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Lets the requests' promises settle, then renders. */
  async function settle(): Promise<void> {
    await tick();
    await fixture.whenStable();
  }
  /** Renders while requests are still open (whenStable would wait for them). */
  async function render(): Promise<void> {
    await tick();
    fixture.detectChanges();
    await tick();
  }

  async function open(inputs: Record<string, string>, respond: () => void): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organiser/outcomes', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OutcomeFormPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    await render();
    respond();
    await render();
    http
      .expectOne((request) => request.url === '/api/organiser/events')
      .flush({
        items: [
          anEvent(),
          anEvent({ id: 8, title: 'AI webinar', type: 'webinar', startsAt: '2025-09-10T14:00:00+01:00' }),
          anEvent({ id: 9, title: 'A draft', status: 'draft' }),
        ],
        total: 3,
        page: 1,
        pageSize: 100,
      });
    await settle();
    page = fixture.nativeElement;
  }

  afterEach(() => http.verify());

  function field<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const element = page.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`no field #${id}`);
    return element;
  }
  function type(id: string, value: string): void {
    const input = field(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  function choose(id: string): void {
    field(id).click();
  }
  async function submit(): Promise<void> {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  describe('from an event’s page', () => {
    beforeEach(async () => {
      await open({ eventId: '7' }, () => {
        http.expectOne('/api/programme').flush(PROGRAMMES);
        http.expectOne('/api/events/7').flush(anEvent());
      });
    });

    it('starts with the event ticked in its programme year, and offers only events that took place', () => {
      expect(page.querySelector('[data-testid=starting-event]')?.textContent).toContain(
        'Procurement reform roundtable',
      );
      expect(field('programmeId').checked).toBe(true);
      const events = [...page.querySelectorAll<HTMLInputElement>('[data-testid=event-choices] input')];
      expect(events.map((input) => [input.value, input.checked])).toEqual([
        ['8', false],
        ['7', true],
      ]);
      expect(page.querySelectorAll('input[name=objectiveIds]')).toHaveLength(2);
    });

    it('shows the API’s errors in the summary and beside each field, and stays on the page', async () => {
      await submit();
      const request = http.expectOne('/api/outcomes');
      expect(request.request.body).toMatchObject({ programmeId: 1, eventIds: [7], date: '', kind: '' });
      request.flush(
        {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'Check the highlighted fields',
          errors: {
            date: ['Enter the date of the outcome'],
            title: ['Enter a title'],
            kind: ['Select the kind of outcome'],
          },
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await settle();
      const links = [...page.querySelectorAll('[data-testid=error-summary] a')].map((link) =>
        link.getAttribute('href'),
      );
      expect(links).toEqual(['#title', '#kind', '#date']);
      expect(field('date-error' as string).textContent).toContain('Enter the date of the outcome');
      expect(field('date').closest('fieldset')?.getAttribute('aria-describedby')).toBe('date-hint date-error');
      expect(field('kind-error').textContent).toContain('Select the kind of outcome');
    });

    it('asks for the other organisation’s name only when chosen, and records the outcome', async () => {
      const router = TestBed.inject(Router);
      const navigate = jest.spyOn(router, 'navigate');
      expect(page.querySelector('#ownerName')).toBeNull();
      type('title', 'Joint guidance published');
      choose('kind-resource-published');
      choose('status-done');
      type('date', '15');
      type('date-month', '10');
      type('date-year', '2025');
      choose('ownerOrganisation-other');
      await fixture.whenStable();
      expect(field('conditional-owner-other').classList).not.toContain('govuk-radios__conditional--hidden');
      type('ownerName', 'Leeds City Council');
      // The most recent event comes first, and carries the field's id.
      field('eventIds').click();
      field('objectiveIds').click();
      await submit();
      const request = http.expectOne('/api/outcomes');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        title: 'Joint guidance published',
        kind: 'resource-published',
        description: '',
        status: 'done',
        date: '2025-10-15',
        ownerOrganisation: 'other',
        ownerName: 'Leeds City Council',
        link: null,
        programmeId: 1,
        eventIds: [7, 8],
        objectiveIds: [10],
      });
      request.flush(anOutcome({ title: 'Joint guidance published' }));
      await settle();
      expect(navigate).toHaveBeenCalledWith(['/organiser/outcomes'], {
        state: { notice: 'The outcome ‘Joint guidance published’ is recorded.' },
      });
    });

    it('clears the events and objectives chosen when the programme year changes', async () => {
      field('programmeId-2').click();
      await render();
      http
        .expectOne((request) => request.url === '/api/organiser/events')
        .flush({
          items: [],
          total: 0,
          page: 1,
          pageSize: 100,
        });
      await settle();
      expect(page.textContent).toContain('No events of MoU year 2 have taken place yet.');
      await submit();
      const request = http.expectOne('/api/outcomes');
      expect(request.request.body).toMatchObject({ programmeId: 2, eventIds: [], objectiveIds: [] });
      request.flush(anOutcome());
      await settle();
    });
  });

  describe('changing an outcome', () => {
    beforeEach(async () => {
      await open({ id: '3' }, () => {
        http.expectOne('/api/programme').flush(PROGRAMMES);
        http.expectOne('/api/outcomes/3').flush(
          anOutcome({
            events: [
              {
                id: 7,
                title: 'Procurement reform roundtable',
                type: 'roundtable',
                startsAt: '2025-07-09T10:00:00+01:00',
              },
              { id: 20, title: 'techUK’s own webinar', type: 'webinar', startsAt: '2025-06-01T10:00:00+01:00' },
            ],
          }),
        );
      });
    });

    it('starts from the outcome as it is, keeping a linked event the organiser’s list lacks, and saves with PATCH', async () => {
      expect(page.querySelector('h1')?.textContent).toContain('Change the outcome');
      expect(field('title').value).toBe('Joint guidance on outcome-based procurement published');
      expect(field('date').value).toBe('15');
      expect(field('kind').checked).toBe(false);
      expect(field('kind-resource-published').checked).toBe(true);
      expect(field('eventIds-20').checked).toBe(true);
      choose('status-in-progress');
      await submit();
      const request = http.expectOne('/api/outcomes/3');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toMatchObject({ status: 'in-progress', eventIds: [7, 20], objectiveIds: [10] });
      request.flush(anOutcome());
      await settle();
    });
  });

  it('says so when the outcome is not one the organiser may see', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OutcomeFormPage);
    fixture.componentRef.setInput('id', '99');
    fixture.detectChanges();
    await render();
    http.expectOne('/api/programme').flush(PROGRAMMES);
    http
      .expectOne('/api/outcomes/99')
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'No such outcome' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(fixture.nativeElement.querySelector('h1')?.textContent).toContain('Outcome not found');
  });
});
