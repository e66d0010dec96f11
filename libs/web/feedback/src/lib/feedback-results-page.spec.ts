import { npsText, requestsSentText } from './feedback-results-page';

describe('feedback results wording', () => {
  it('gives the Net Promoter Score with its sign and its parts', () => {
    expect(npsText({ answered: 3, score: 33, promoters: 2, passives: 0, detractors: 1, distribution: [] })).toBe(
      'Net Promoter Score +33: 2 promoters (9 or 10), 0 passives (7 or 8) and 1 detractor (0 to 6), from 3 answers.',
    );
    expect(npsText({ answered: 0, score: null, promoters: 0, passives: 0, detractors: 0, distribution: [] })).toBe(
      'No answers yet.',
    );
  });

  it('says who the requests went to, and when there was nobody new', () => {
    expect(requestsSentText({ requested: 1, alreadyRequested: 0, alreadyResponded: 0, noShowMessages: 2 })).toBe(
      'Feedback requests are on their way to 1 person; 2 people who did not come get their message.',
    );
    expect(requestsSentText({ requested: 0, alreadyRequested: 4, alreadyResponded: 1, noShowMessages: 0 })).toBe(
      'Nobody new to ask: everyone who came has been asked or has answered.',
    );
  });
});
