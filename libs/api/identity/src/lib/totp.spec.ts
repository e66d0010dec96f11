import { base32Decode, base32Encode, hotp, otpauthUrl, totp, verifyTotp } from './totp';

// RFC 6238 appendix B uses the ASCII secret "12345678901234567890" with SHA-1 and 8 digits.
const RFC_SECRET = Buffer.from('12345678901234567890');

describe('TOTP', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
  ])('matches the RFC 6238 test vector at T=%i', (seconds, expected) => {
    expect(hotp(RFC_SECRET, Math.floor(seconds / 30), 8)).toBe(expected);
  });

  it('round-trips base32', () => {
    const secret = base32Encode(RFC_SECRET);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(secret).equals(RFC_SECRET)).toBe(true);
  });

  it('accepts the current code and its neighbours, and says which step matched', () => {
    const secret = base32Encode(RFC_SECRET);
    const at = 1_700_000_000_000;
    const counter = Math.floor(at / 30_000);
    expect(verifyTotp(secret, totp(secret, at), at)).toBe(counter);
    expect(verifyTotp(secret, totp(secret, at - 30_000), at)).toBe(counter - 1);
    expect(verifyTotp(secret, totp(secret, at + 30_000), at)).toBe(counter + 1);
  });

  it('refuses codes two steps away, and anything that is not 6 digits', () => {
    const secret = base32Encode(RFC_SECRET);
    const at = 1_700_000_000_000;
    expect(verifyTotp(secret, totp(secret, at - 60_000), at)).toBeNull();
    expect(verifyTotp(secret, '12345', at)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', at)).toBeNull();
  });

  it('builds an otpauth URL authenticator apps read', () => {
    expect(otpauthUrl('ABC', 'ana@lga.gov.uk', 'Partnership events')).toBe(
      'otpauth://totp/Partnership%20events%3Aana%40lga.gov.uk?secret=ABC&issuer=Partnership%20events&algorithm=SHA1&digits=6&period=30',
    );
  });
});
