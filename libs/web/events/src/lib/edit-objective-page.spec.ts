import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ProgrammeResponse } from '@epm/shared/contracts';
import { EditObjectivePage } from './edit-objective-page';
import { ProgrammeAdminPage } from './programme-admin-page';

@Component({ template: '' })
class Blank {}

const reach150 = {
  id: 10,
  title: 'Reach 150 councils',
  description: 'Across England',
  targetUnit: 'councils',
  targetValue: 150,
};
const programmes: ProgrammeResponse[] = [
  { id: 1, name: 'MoU year 1', startsOn: '2025-04-01', endsOn: '2026-03-31', objectives: [reach150] },
];

describe('EditObjectivePage', () => {
  let fixture: ComponentFixture<EditObjectivePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organiser/programme', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EditObjectivePage);
    fixture.componentRef.setInput('programmeId', '1');
    fixture.componentRef.setInput('objectiveId', '10');
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    http.expectOne('/api/programme').flush(programmes);
    await fixture.whenStable();
    page = fixture.nativeElement;
  });

  afterEach(() => http.verify());

  function field(id: string): HTMLInputElement | HTMLTextAreaElement {
    const element = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!element) throw new Error(`no field #${id}`);
    return element;
  }
  function type(id: string, value: string): void {
    field(id).value = value;
    field(id).dispatchEvent(new Event('input'));
  }
  /** Lets the request's promise settle, then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
  }
  async function submit(): Promise<void> {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('starts from the objective as it is', () => {
    expect(page.querySelector('.govuk-caption-l')?.textContent).toContain('MoU year 1');
    expect(field('title').value).toBe('Reach 150 councils');
    expect(field('description').value).toBe('Across England');
    expect(field('targetValue').value).toBe('150');
    expect(field('targetUnit').value).toBe('councils');
  });

  it('saves the title, description and target with PATCH, then returns to the list with a notice', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate');
    type('title', 'Reach 175 councils');
    type('description', '');
    type('targetValue', '175');
    await submit();
    const request = http.expectOne('/api/programme/1/objectives/10');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      title: 'Reach 175 councils',
      description: '',
      targetValue: 175,
      targetUnit: 'councils',
    });
    request.flush({ ...reach150, title: 'Reach 175 councils' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organiser/programme'], {
      state: { notice: 'The objective ‘Reach 175 councils’ is saved.' },
    });
  });

  it('shows the API’s errors in the summary and beside each field, and stays on the page', async () => {
    type('title', '');
    await submit();
    http.expectOne('/api/programme/1/objectives/10').flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check',
        errors: { title: ['Enter the objective'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(page.querySelector('[data-testid=error-summary] a')?.getAttribute('href')).toBe('#title');
    expect(page.querySelector('#title-error')?.textContent).toContain('Enter the objective');
    expect(field('title').getAttribute('aria-describedby')).toContain('title-error');
  });

  it('refuses a target that is not a number without asking the API', async () => {
    type('targetValue', 'lots');
    await submit();
    http.expectNone('/api/programme/1/objectives/10');
    expect(page.querySelector('#targetValue-error')?.textContent).toContain('Enter the target as a number');
  });
});

describe('EditObjectivePage, for an objective that is not there', () => {
  it('says so instead of showing a form', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(EditObjectivePage);
    fixture.componentRef.setInput('programmeId', '2');
    fixture.componentRef.setInput('objectiveId', '10');
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.inject(HttpTestingController).expectOne('/api/programme').flush(programmes);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('h1')?.textContent).toBe('Objective not found');
    expect(page.querySelector('form')).toBeNull();
  });
});

describe('ProgrammeAdminPage after a change', () => {
  it('shows the notice the change page left in the navigation state, and a Change link per objective', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organiser/programme', component: ProgrammeAdminPage }]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const navigated = TestBed.inject(Router).navigate(['/organiser/programme'], {
      state: { notice: 'The objective ‘Reach 150 councils’ is saved.' },
    });
    await navigated;
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.inject(HttpTestingController).expectOne('/api/programme').flush(programmes);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[data-testid=notice]')?.textContent).toContain(
      'The objective ‘Reach 150 councils’ is saved.',
    );
    const change = page.querySelector<HTMLAnchorElement>('[data-testid=objectives-1] a');
    expect(change?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Change Reach 150 councils');
    expect(change?.getAttribute('href')).toBe('/organiser/programme/1/objectives/10/edit');
    expect(page.textContent).toContain('Across England');
  });

  it('shows no notice when reached any other way', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organiser/programme', component: ProgrammeAdminPage }]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/organiser/programme');
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.inject(HttpTestingController).expectOne('/api/programme').flush(programmes);
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.querySelector('[data-testid=notice]')).toBeNull();
  });
});
