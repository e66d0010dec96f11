import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { DateField } from './date-field';

function render(withTime: boolean, error?: string) {
  const controls = {
    day: new FormControl('2', { nonNullable: true }),
    month: new FormControl('6', { nonNullable: true }),
  };
  const fixture = TestBed.createComponent(DateField);
  fixture.componentRef.setInput('fieldId', 'startsAt');
  fixture.componentRef.setInput('legend', 'Date');
  fixture.componentRef.setInput('hint', 'For example, 2 6 2025');
  fixture.componentRef.setInput('day', controls.day);
  fixture.componentRef.setInput('month', controls.month);
  fixture.componentRef.setInput('year', new FormControl('2025', { nonNullable: true }));
  if (withTime) fixture.componentRef.setInput('time', new FormControl('10:00', { nonNullable: true }));
  if (error) fixture.componentRef.setInput('error', error);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const labels = [...element.querySelectorAll('label')].map((label) => [label.textContent?.trim(), label.htmlFor]);
  return { element, labels, controls };
}

describe('DateField', () => {
  it('is the GOV.UK date input, the day box carrying the field id for the error summary link', () => {
    const { element, labels, controls } = render(false);
    expect(labels).toEqual([
      ['Day', 'startsAt'],
      ['Month', 'startsAt-month'],
      ['Year', 'startsAt-year'],
    ]);
    expect(element.querySelector('legend')?.textContent).toContain('Date');
    expect(element.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('startsAt-hint');
    const day = element.querySelector<HTMLInputElement>('#startsAt');
    expect(day?.value).toBe('2');
    (day as HTMLInputElement).value = '21';
    day?.dispatchEvent(new Event('input'));
    expect(controls.day.value).toBe('21');
  });

  it('adds the UK time box only when given a time control', () => {
    expect(render(true).labels.map(([label]) => label)).toEqual(['Day', 'Month', 'Year', 'Time']);
  });

  it('shows its error, marks every box and describes the group by the hint and the error', () => {
    const { element } = render(false, 'Enter the date of the event');
    expect(element.querySelector('#startsAt-error')?.textContent).toContain('Enter the date of the event');
    expect(element.querySelectorAll('.govuk-input--error')).toHaveLength(3);
    expect(element.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('startsAt-hint startsAt-error');
  });
});
