import { headlineFigures } from './report-figures';
import { anImpactReport } from './reports-testing';

describe('headlineFigures', () => {
  it('gives the panel’s headline figures, rates and means with what they are of', () => {
    expect(
      headlineFigures(anImpactReport()).map(({ label, value, detail, definition }) => [
        label,
        value,
        detail,
        definition,
      ]),
    ).toEqual([
      ['Events held', '16', '1 cancelled and 0 still to come in the period', 'eventsHeld'],
      ['People reached', '60', 'different people came to held events, from 35 organisations', 'people'],
      ['Councils reached', '20 of 317', '6% of English principal councils', 'councilsReached'],
      ['Attendance rate', '80%', '80 of 100 confirmed registrations attended', 'attendanceRate'],
      ['SME share of suppliers', '67%', '6 of 9 supplier organisations that gave their size are SMEs', 'smeShare'],
      ['Repeat attendees', '12', 'people came to two or more events, and 9 organisations did', 'repeat'],
      ['Satisfaction', '4.35 out of 5', 'mean of 39 answers, 170 points in all', 'satisfaction'],
      ['Net Promoter Score', '+35', '20 promoters and 6 detractors of 40 answers', 'nps'],
      ['Outcomes', '2', '1 done, 1 in progress and 0 planned', 'outcomes'],
    ]);
  });

  it('says "No data" for rates over nothing, and why', () => {
    const report = anImpactReport();
    const figures = headlineFigures(
      anImpactReport({
        attendance: { attended: 0, noShows: 0, rate: { value: null, numerator: 0, denominator: 0 } },
        reach: {
          ...report.reach,
          suppliers: { organisations: 1, sme: 0, large: 0, smeShare: { value: null, numerator: 0, denominator: 0 } },
        },
      }),
    );
    expect(figures.find((figure) => figure.id === 'attendance-rate')).toMatchObject({
      value: 'No data',
      detail: 'No confirmed registrations at held events',
    });
    expect(figures.find((figure) => figure.id === 'sme-share')).toMatchObject({
      value: 'No data',
      detail: 'No supplier organisation that came gave its size',
    });
  });

  it('says "No data" for feedback nobody gave', () => {
    const report = anImpactReport();
    const figures = headlineFigures(
      anImpactReport({
        feedback: {
          ...report.feedback,
          satisfaction: { value: null, numerator: 0, denominator: 0 },
          nps: { value: null, promoters: 0, passives: 0, detractors: 0, answered: 0 },
        },
      }),
    );
    expect(figures.find((figure) => figure.id === 'satisfaction')).toMatchObject({
      value: 'No data',
      detail: 'Nobody has rated their satisfaction yet',
    });
    expect(figures.find((figure) => figure.id === 'nps')).toMatchObject({
      value: 'No data',
      detail: 'Nobody has said how likely they are to recommend the events',
    });
  });
});
