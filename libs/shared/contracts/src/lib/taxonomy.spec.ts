import { EVENT_TYPES, EVENT_TYPE_TERMS, TAXONOMY_TERMS } from './taxonomy';

describe('taxonomy', () => {
  it('gives every term a code that is unique across all kinds', () => {
    const codes = TAXONOMY_TERMS.map((term) => term.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses URL-safe codes', () => {
    for (const term of TAXONOMY_TERMS) {
      expect(term.code).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('describes each event type exactly once', () => {
    expect(EVENT_TYPE_TERMS.map((term) => term.code)).toEqual([...EVENT_TYPES]);
  });

  it('holds the framework: 3 missions, 6 enablers and 6 principles', () => {
    const count = (kind: string) => TAXONOMY_TERMS.filter((term) => term.kind === kind).length;
    expect([count('mission'), count('enabler'), count('principle')]).toEqual([3, 6, 6]);
  });
});
