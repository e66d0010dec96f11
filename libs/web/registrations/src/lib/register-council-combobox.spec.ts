import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CouncilResponse } from '@epm/shared/contracts';
import { CouncilCombobox } from './register-council-combobox';

@Component({
  imports: [ReactiveFormsModule, CouncilCombobox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submitted = true">
      <epm-council-combobox [text]="form.controls.name" [code]="form.controls.code" [debounceMs]="0" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    code: new FormControl('', { nonNullable: true }),
  });
  submitted = false;
}

const LEEDS: CouncilResponse = {
  gssCode: 'E08000035',
  name: 'Leeds City Council',
  shortName: 'Leeds',
  type: 'Metropolitan district',
  region: 'Yorkshire and The Humber',
};
const LEICESTER: CouncilResponse = {
  gssCode: 'E06000016',
  name: 'Leicester City Council',
  shortName: 'Leicester',
  type: 'Unitary authority',
  region: 'East Midlands',
};
const LEICESTERSHIRE: CouncilResponse = {
  gssCode: 'E10000018',
  name: 'Leicestershire County Council',
  shortName: 'Leicestershire',
  type: 'County',
  region: 'East Midlands',
};

const pause = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CouncilCombobox', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let element: HTMLElement;
  let input: HTMLInputElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    fixture = TestBed.createComponent(Host);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
    input = element.querySelector<HTMLInputElement>('input[role=combobox]') as HTMLInputElement;
    input.focus();
  });

  afterEach(() => http.verify());

  const listbox = () => element.querySelector<HTMLElement>('[role=listbox]') as HTMLElement;
  const options = () => Array.from(element.querySelectorAll<HTMLElement>('[role=option]'));
  const liveRegion = () => element.querySelector('[role=status]')?.textContent?.trim();

  async function type(text: string, answer: CouncilResponse[], total = answer.length): Promise<void> {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await pause();
    const request = http.expectOne((candidate) => candidate.url === '/api/councils');
    expect(request.request.params.get('q')).toBe(text);
    request.flush({ items: answer, total });
    await pause();
    await fixture.whenStable();
  }

  async function press(key: string): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    await fixture.whenStable();
    return event;
  }

  it('is a labelled ARIA 1.2 combobox that controls a listbox, collapsed at first', () => {
    expect(input.id).toBe('councilCode');
    expect(element.querySelector(`label[for=councilCode]`)?.textContent).toBe('Your council');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-controls')).toBe(listbox().id);
    expect(listbox().hidden).toBe(true);
  });

  it('searches after a pause in typing, shows the matches and says how many there are', async () => {
    await type('Leic', [LEICESTER, LEICESTERSHIRE], 12);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(listbox().hidden).toBe(false);
    expect(options().map((option) => option.textContent?.trim())).toEqual([
      'Leicester City Council Unitary authority, East Midlands',
      'Leicestershire County Council County, East Midlands',
    ]);
    expect(liveRegion()).toBe(
      '12 councils match, showing the first 2. Use the up and down arrow keys to choose one, then press Enter.',
    );
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('does not search for a single letter', async () => {
    input.value = 'L';
    input.dispatchEvent(new Event('input'));
    await pause();
    http.expectNone((candidate) => candidate.url === '/api/councils');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through the options with the arrow keys, wrapping round, and chooses with Enter instead of submitting', async () => {
    await type('Leic', [LEICESTER, LEICESTERSHIRE]);
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]?.id);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(options()[0]?.classList).toContain('epm-combobox__option--active');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]?.id);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('false');
    await press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0]?.id);
    await press('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]?.id);

    const enter = await press('Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.submitted).toBe(false);
    expect(fixture.componentInstance.form.getRawValue()).toEqual({
      name: 'Leicestershire County Council',
      code: 'E10000018',
    });
    expect(input.value).toBe('Leicestershire County Council');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('keeps the option someone has arrowed to when the answer to more typing still lists it', async () => {
    await type('Lei', [LEICESTER, LEICESTERSHIRE]);
    await press('ArrowDown');
    await press('ArrowDown');
    await type('Leic', [LEEDS, LEICESTERSHIRE]);
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]?.id);
    await type('Leice', [LEICESTER]);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('closes with Escape without choosing anything', async () => {
    await type('Leeds', [LEEDS]);
    await press('ArrowDown');
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(listbox().hidden).toBe(true);
    expect(fixture.componentInstance.form.getRawValue().code).toBe('');
    // Enter with the list closed is the form's: it submits.
    expect((await press('Enter')).defaultPrevented).toBe(false);
  });

  it('chooses a clicked option', async () => {
    await type('Leeds', [LEEDS]);
    options()[0]?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.form.getRawValue()).toEqual({ name: 'Leeds City Council', code: 'E08000035' });
  });

  it('forgets the choice as soon as the text is changed, so the code always matches the name shown', async () => {
    await type('Leeds', [LEEDS]);
    await press('ArrowDown');
    await press('Enter');
    expect(fixture.componentInstance.form.getRawValue().code).toBe('E08000035');
    await type('Leeds City Counci', [LEEDS]);
    expect(fixture.componentInstance.form.getRawValue().code).toBe('');
  });

  it('says so, on screen and to screen readers, when nothing matches', async () => {
    await type('Narnia', []);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(liveRegion()).toBe('No councils match. Check the spelling, or try part of the name.');
    expect(element.querySelector('[data-testid=council-no-match]')?.textContent).toContain(
      'No councils match “Narnia”',
    );
  });

  it('shows only the answer to the latest search when answers arrive out of order', async () => {
    input.value = 'Le';
    input.dispatchEvent(new Event('input'));
    await pause();
    input.value = 'Leeds';
    input.dispatchEvent(new Event('input'));
    await pause();
    const [first, second] = http.match((candidate) => candidate.url === '/api/councils');
    second?.flush({ items: [LEEDS], total: 1 });
    await pause();
    first?.flush({ items: [LEEDS, LEICESTER, LEICESTERSHIRE], total: 3 });
    await pause();
    await fixture.whenStable();
    expect(options()).toHaveLength(1);
  });
});

describe('CouncilCombobox with an error', () => {
  it('shows the error beside the box and describes the box with it', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(CouncilCombobox);
    fixture.componentRef.setInput('text', new FormControl('', { nonNullable: true }));
    fixture.componentRef.setInput('code', new FormControl('', { nonNullable: true }));
    fixture.componentRef.setInput('error', 'Select your council from the list');
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('#councilCode-error')?.textContent).toContain('Select your council from the list');
    expect(element.querySelector('input')?.getAttribute('aria-describedby')).toBe('councilCode-hint councilCode-error');
  });
});
