import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id in PHC form with a random salt, and verifies', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
    await expect(verifyPassword('correct horse battery staple', first)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', first)).resolves.toBe(false);
  });

  it('refuses a malformed stored hash rather than throwing', async () => {
    await expect(verifyPassword('anything at all', 'plaintext')).resolves.toBe(false);
  });
});

describe('passwordProblem', () => {
  it('accepts a long passphrase with no special characters', () => {
    expect(passwordProblem('tea kettle moorland bicycle')).toBeNull();
  });

  it.each(['short', 'elevenchars'])('refuses %s as too short', (password) => {
    expect(passwordProblem(password)).toBe('Password must be at least 12 characters');
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblem('a b'.repeat(50))).toBe('Password must be 128 characters or fewer');
  });

  it.each(['password1234', 'Password123456!', 'qwertyuiop123', '123456789012', 'aaaaaaaaaaaaaa', 'iloveyou2024!!'])(
    'refuses the common password %s',
    (password) => {
      expect(passwordProblem(password)).toBe('Password is too common. Try a few unrelated words together');
    },
  );

  it('refuses the account email as a password', () => {
    expect(passwordProblem('jo.bloggs@council.gov.uk', 'Jo.Bloggs@council.gov.uk')).toBe(
      'Password must not be your email address',
    );
  });
});
