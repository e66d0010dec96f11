import { EMPTY_FORM, type EventFormValue, fieldIdFor, fromEvent, toEventInput } from './event-form-model';

const filled: EventFormValue = {
  ...EMPTY_FORM,
  title: 'Procurement roundtable',
  summary: 'Buying outcomes.',
  type: 'roundtable',
  format: 'in-person',
  venueName: 'Local Government House',
  venueAddress: '18 Smith Square, London',
  venuePostcode: 'SW1P 3HZ',
  day: '9',
  month: '7',
  year: '2025',
  startTime: '10:00',
  endTime: '12pm',
  capacity: '20',
  leadOrganisation: 'lga',
  speakers: 'Sam Okafor, Head of Procurement, Leeds City Council\nPriya Shah',
};

describe('toEventInput', () => {
  it('sends UK clock times with their offset, summer and winter', () => {
    expect(toEventInput(filled).input).toMatchObject({
      startsAt: '2025-07-09T10:00:00+01:00',
      endsAt: '2025-07-09T12:00:00+01:00',
    });
    const winter = toEventInput({ ...filled, day: '11', month: '11', startTime: '2:30pm', endTime: '16:00' }).input;
    expect(winter).toMatchObject({ startsAt: '2025-11-11T14:30:00+00:00', endsAt: '2025-11-11T16:00:00+00:00' });
  });

  it('reads speakers one per line as name, role, organisation', () => {
    expect(toEventInput(filled).input?.speakers).toEqual([
      { name: 'Sam Okafor', role: 'Head of Procurement', organisation: 'Leeds City Council' },
      { name: 'Priya Shah', role: undefined, organisation: undefined },
    ]);
  });

  it('catches dates and times that are not real before asking the server', () => {
    expect(toEventInput({ ...filled, day: '31', month: '2' }).errors).toEqual({
      startsAt: ['The date of the event must be a real date'],
    });
    expect(toEventInput({ ...filled, startTime: '25:00', endTime: '' }).errors).toEqual({
      startTime: ['Enter the start time like 10:00 or 2:30pm'],
      endTime: ['Enter the end time'],
    });
  });

  it('reports every missing required field at once', () => {
    expect(Object.keys(toEventInput(EMPTY_FORM).errors).sort()).toEqual([
      'endTime',
      'format',
      'leadOrganisation',
      'startTime',
      'startsAt',
      'summary',
      'title',
      'type',
    ]);
  });

  it('sends the registration window when given, in UK time, and refuses one that is not a real moment', () => {
    const input = toEventInput({
      ...filled,
      closesDay: '8',
      closesMonth: '7',
      closesYear: '2025',
      closesTime: '17:00',
    }).input;
    expect(input).toMatchObject({ registrationOpensAt: null, registrationClosesAt: '2025-07-08T17:00:00+01:00' });
    expect(
      toEventInput({ ...filled, opensDay: '31', opensMonth: '6', opensYear: '2025', opensTime: '9am' }).errors,
    ).toEqual({
      registrationOpensAt: ['Enter a real date and time when registration opens, or leave it empty'],
    });
  });

  it('drops the venue online and the link in person', () => {
    const online = toEventInput({ ...filled, format: 'online', joiningUrl: 'https://teams.example/x' }).input;
    expect(online).toMatchObject({ venue: null, joiningUrl: 'https://teams.example/x' });
    expect(toEventInput({ ...filled, joiningUrl: 'https://teams.example/x' }).input?.joiningUrl).toBeNull();
  });
});

describe('fromEvent and fieldIdFor', () => {
  it('puts an event back into the form in UK time', () => {
    const input = toEventInput(filled).input;
    if (!input) throw new Error('invalid');
    const form = fromEvent({
      ...input,
      id: 1,
      programmeId: 1,
      description: '',
      status: 'draft',
      cancellationReason: null,
      venue: {
        name: 'Local Government House',
        address: '18 Smith Square, London',
        postcode: 'SW1P 3HZ',
        accessInformation: '',
      },
      joiningUrl: null,
      registrationOpensAt: null,
      registrationClosesAt: null,
      approvalRequired: false,
      leadOrganisation: { code: 'lga', name: 'LGA' },
      partnerOrganisation: null,
      tags: [],
      objectiveIds: [],
      speakers: [{ name: 'Sam Okafor', role: 'Head of Procurement', organisation: 'Leeds City Council' }],
      consultation: null,
      sequence: 0,
      seriesId: null,
      updatedAt: '',
    });
    expect(form).toMatchObject({ day: '9', month: '7', year: '2025', startTime: '10:00', endTime: '12:00' });
    expect(form.speakers).toBe('Sam Okafor, Head of Procurement, Leeds City Council');
  });

  it.each([
    ['venue', 'venueName'],
    ['venue.postcode', 'venuePostcode'],
    ['endsAt', 'endTime'],
    ['speakers.0.name', 'speakers'],
    ['consultation.responsesCloseAt', 'questions'],
    ['title', 'title'],
  ])('maps %s to the field %s', (path, id) => {
    expect(fieldIdFor(path)).toBe(id);
  });
});
