import { COUNCIL_TYPES } from '@epm/shared/contracts';
import { normaliseCouncilQuery, parseCouncilList } from './council-list';

describe('parseCouncilList', () => {
  const councils = parseCouncilList();

  it('holds the 317 principal councils of England with unique GSS codes', () => {
    expect(councils).toHaveLength(317);
    expect(new Set(councils.map((council) => council.gssCode)).size).toBe(317);
  });

  it('reads quoted names and short names', () => {
    expect(councils.find((council) => council.gssCode === 'E06000058')).toMatchObject({
      name: 'Bournemouth, Christchurch and Poole Council',
      type: 'Unitary authority',
      region: 'South West',
    });
    expect(councils.find((council) => council.gssCode === 'E06000001')?.shortName).toBe('Hartlepool');
  });

  it('counts councils by type as the source documents them', () => {
    const byType = Object.fromEntries(
      COUNCIL_TYPES.map((type) => [type, councils.filter((council) => council.type === type).length]),
    );
    expect(byType).toEqual({
      County: 21,
      'Non-metropolitan district': 164,
      'Unitary authority': 63,
      'Metropolitan district': 36,
      'London borough': 32,
      'City corporation': 1,
    });
  });

  it('links every district to a county in the list', () => {
    const codes = new Set(councils.map((council) => council.gssCode));
    const districts = councils.filter((council) => council.type === 'Non-metropolitan district');
    expect(districts.every((district) => district.countyGssCode && codes.has(district.countyGssCode))).toBe(true);
  });

  it('refuses a row whose code is not an English GSS code', () => {
    const csv =
      'gss_code,name,type,region,nice_name,county_gss_code\nW06000001,Isle of Anglesey,Unitary authority,Wales,Anglesey,\n';
    expect(() => parseCouncilList(csv)).toThrow('row 2: "W06000001" is not an English GSS code');
  });
});

describe('normaliseCouncilQuery', () => {
  it.each([
    ['St. Helens', 'st helens'],
    ["King's Lynn", 'kings lynn'],
    ['Brighton & Hove', 'brighton and hove'],
    ['  Kingston   upon Hull ', 'kingston upon hull'],
  ])('normalises %s', (input, expected) => {
    expect(normaliseCouncilQuery(input)).toBe(expected);
  });
});
