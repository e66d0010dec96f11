import {
  type FilterFormValue,
  filtersDescription,
  filtersFromForm,
  filtersFromQuery,
  formFromFilters,
  isoDate,
  queryFromFilters,
} from './report-filters';

const EMPTY_FORM: FilterFormValue = {
  fromDay: '',
  fromMonth: '',
  fromYear: '',
  toDay: '',
  toMonth: '',
  toYear: '',
  type: '',
  theme: '',
  organisation: '',
  format: '',
};

describe('filtersFromQuery', () => {
  it('passes the filters the API knows', () => {
    expect(
      filtersFromQuery({
        from: '2025-04-01',
        to: '2026-03-31',
        type: 'webinar',
        theme: 'digital-skills',
        organisation: 'techuk',
        format: 'online',
      }),
    ).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      type: 'webinar',
      theme: 'digital-skills',
      organisation: 'techuk',
      format: 'online',
    });
  });

  it('takes any tag as a theme, the framework’s too', () => {
    expect(filtersFromQuery({ theme: 'enabler-collaboration' })).toEqual({ theme: 'enabler-collaboration' });
  });

  it('drops what the API would refuse, so an edited link still shows a report', () => {
    expect(
      filtersFromQuery({ type: 'party', theme: 'gardening', organisation: 'gds', format: 'carrier-pigeon' }),
    ).toEqual({});
    expect(filtersFromQuery({ from: '2025-02-30', to: '2026-03-31' })).toEqual({});
    expect(filtersFromQuery({ from: '1 April 2025', to: '2026-03-31' })).toEqual({});
  });

  it('takes dates only as a period in order: both, or neither', () => {
    expect(filtersFromQuery({ from: '2025-04-01' })).toEqual({});
    expect(filtersFromQuery({ to: '2026-03-31' })).toEqual({});
    expect(filtersFromQuery({ from: '2026-03-31', to: '2025-04-01' })).toEqual({});
    expect(filtersFromQuery({ from: '2025-10-14', to: '2025-10-14' })).toEqual({
      from: '2025-10-14',
      to: '2025-10-14',
    });
  });
});

describe('queryFromFilters', () => {
  it('names every filter, null where unset, so the router removes it from the address', () => {
    expect(queryFromFilters({ type: 'roundtable' })).toEqual({
      from: null,
      to: null,
      type: 'roundtable',
      theme: null,
      organisation: null,
      format: null,
    });
  });

  it('round-trips through the address', () => {
    const filters = filtersFromQuery({ from: '2025-04-01', to: '2025-09-30', organisation: 'lga', format: 'hybrid' });
    const query = Object.fromEntries(
      Object.entries(queryFromFilters(filters)).filter(([, value]) => value !== null),
    ) as Record<string, string>;
    expect(new URLSearchParams(query).toString()).toBe('from=2025-04-01&to=2025-09-30&organisation=lga&format=hybrid');
    expect(filtersFromQuery(query)).toEqual(filters);
  });
});

describe('the filter form', () => {
  it('shows the address’s filters, and the API’s period where the address has none', () => {
    expect(formFromFilters({ type: 'webinar' }, { from: '2025-04-01', to: '2026-03-31' })).toEqual({
      ...EMPTY_FORM,
      fromDay: '1',
      fromMonth: '4',
      fromYear: '2025',
      toDay: '31',
      toMonth: '3',
      toYear: '2026',
      type: 'webinar',
    });
    expect(formFromFilters({})).toEqual(EMPTY_FORM);
  });

  it('turns the boxes into the filters, padding days and months', () => {
    expect(
      filtersFromForm({
        ...EMPTY_FORM,
        fromDay: '1',
        fromMonth: '4',
        fromYear: '2025',
        toDay: ' 30 ',
        toMonth: '09',
        toYear: '2025',
        theme: 'cybersecurity',
      }),
    ).toEqual({ filters: { from: '2025-04-01', to: '2025-09-30', theme: 'cybersecurity' }, errors: [] });
  });

  it('leaves the period to the API when both dates are empty', () => {
    expect(filtersFromForm({ ...EMPTY_FORM, format: 'online' })).toEqual({
      filters: { format: 'online' },
      errors: [],
    });
  });

  it('says what is wrong with each date, in GOV.UK’s words', () => {
    expect(
      filtersFromForm({ ...EMPTY_FORM, fromDay: '1', fromYear: '2025', toDay: '31', toMonth: '2', toYear: '2026' }),
    ).toEqual({
      filters: null,
      errors: [
        { field: 'from', message: 'The start date must include a month' },
        { field: 'to', message: 'The end date must be a real date, like 1 4 2025' },
      ],
    });
    expect(filtersFromForm({ ...EMPTY_FORM, toDay: '1', toMonth: 'April', toYear: '2026' }).errors).toEqual([
      { field: 'to', message: 'The end date must be a real date, like 1 4 2025' },
    ]);
    expect(filtersFromForm({ ...EMPTY_FORM, fromDay: '1', fromMonth: '4', fromYear: '25' }).errors).toEqual([
      { field: 'from', message: 'The start date must be a real date, like 1 4 2025' },
    ]);
    expect(filtersFromForm({ ...EMPTY_FORM, fromYear: '2025' }).errors).toEqual([
      { field: 'from', message: 'The start date must include a day and a month' },
    ]);
  });

  it('asks for both ends of a period, the end not before the start', () => {
    const april = { fromDay: '1', fromMonth: '4', fromYear: '2025' };
    const march = { toDay: '31', toMonth: '3', toYear: '2025' };
    expect(filtersFromForm({ ...EMPTY_FORM, ...april }).errors).toEqual([
      { field: 'to', message: 'Enter the end date' },
    ]);
    expect(filtersFromForm({ ...EMPTY_FORM, ...march }).errors).toEqual([
      { field: 'from', message: 'Enter the start date' },
    ]);
    expect(filtersFromForm({ ...EMPTY_FORM, ...april, ...march }).errors).toEqual([
      { field: 'to', message: 'The end date must be the same as or after the start date' },
    ]);
  });
});

describe('isoDate', () => {
  it('accepts real dates only', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeNull();
    expect(isoDate(2025, 13, 1)).toBeNull();
    expect(isoDate(2025, 4, 0)).toBeNull();
  });
});

describe('filtersDescription', () => {
  it('says which events the figures count', () => {
    expect(filtersDescription({})).toBe('All events');
    expect(
      filtersDescription({ type: 'webinar', theme: 'digital-skills', organisation: 'techuk', format: 'online' }),
    ).toBe('Webinars; theme: Digital skills; led or partnered by techUK; format: online');
    expect(filtersDescription({ organisation: 'lga' })).toBe(
      'All event types; led or partnered by Local Government Association',
    );
  });
});
