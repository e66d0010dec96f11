import {
  count,
  dateLabel,
  listing,
  meanText,
  monthLabel,
  NO_DATA,
  npsScore,
  percent,
  periodLabel,
  plural,
  ratePercent,
  rateText,
  share,
} from './report-format';

describe('percent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(percent(0.8)).toBe('80%');
    expect(percent(0.0631)).toBe('6%');
    expect(percent(0.125)).toBe('13%');
    expect(percent(0.6667)).toBe('67%');
    expect(percent(0.005)).toBe('1%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });

  it('never rounds something to nothing, or nearly all to all', () => {
    expect(percent(1 / 317)).toBe('less than 1%');
    expect(percent(316 / 317)).toBe('more than 99%');
  });

  it('says "No data" for a share of nothing', () => {
    expect(percent(null)).toBe(NO_DATA);
    expect(percent(Number.NaN)).toBe(NO_DATA);
    expect(percent(share(0, 0))).toBe(NO_DATA);
  });
});

describe('rates', () => {
  it('shows the value with the numbers it was computed from', () => {
    expect(rateText({ value: 0.8, numerator: 80, denominator: 100 })).toBe('80% (80 of 100)');
    expect(rateText({ value: 0.6667, numerator: 2000, denominator: 3000 })).toBe('67% (2,000 of 3,000)');
  });

  it('reads "No data" over an empty denominator, never 0%', () => {
    expect(ratePercent({ value: null, numerator: 0, denominator: 0 })).toBe('No data');
    expect(rateText({ value: null, numerator: 0, denominator: 0 })).toBe('No data (0 of 0)');
    // Even if a value came with it, a rate over nothing has no value.
    expect(ratePercent({ value: 0, numerator: 0, denominator: 0 })).toBe('No data');
  });

  it('shows a real 0% as 0%', () => {
    expect(rateText({ value: 0, numerator: 0, denominator: 317 })).toBe('0% (0 of 317)');
  });
});

describe('words and dates', () => {
  it('formats counts, plurals and lists as GOV.UK writes them', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(plural(0, 'organisation')).toBe('0 organisations');
    expect(listing([])).toBe('');
    expect(listing(['London'])).toBe('London');
    expect(listing(['London', 'North East'])).toBe('London and North East');
    expect(listing(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('names months and dates the same in any time zone', () => {
    expect(monthLabel('2025-04')).toBe('April 2025');
    expect(monthLabel('2026-03')).toBe('March 2026');
    expect(dateLabel('2025-04-01')).toBe('1 April 2025');
    expect(periodLabel('2025-04-01', '2026-03-31')).toBe('1 April 2025 to 31 March 2026');
    expect(periodLabel('2025-10-14', '2025-10-14')).toBe('14 October 2025');
  });
});

describe('feedback figures', () => {
  it('gives a mean to two decimal places out of 5, or "No data" when nobody answered', () => {
    expect(meanText({ value: 4.35, numerator: 170, denominator: 39 })).toBe('4.35 out of 5');
    expect(meanText({ value: 4, numerator: 8, denominator: 2 })).toBe('4.00 out of 5');
    expect(meanText({ value: null, numerator: 0, denominator: 0 })).toBe('No data');
  });

  it('signs a Net Promoter Score', () => {
    expect(npsScore(35)).toBe('+35');
    expect(npsScore(12.5)).toBe('+12.5');
    expect(npsScore(0)).toBe('0');
    expect(npsScore(-20)).toBe('\u221220');
    expect(npsScore(null)).toBe('No data');
  });
});
