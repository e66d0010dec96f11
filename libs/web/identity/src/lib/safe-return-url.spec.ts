import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/users', '/admin/users'],
    ['/admin/audit?page=2', '/admin/audit?page=2'],
    ['//evil.example/phish', '/home'],
    ['https://evil.example', '/home'],
    ['/\\evil.example', '/home'],
    ['/sign-in?returnUrl=/x', '/home'],
    [undefined, '/home'],
  ])('%s leads to %s', (value, expected) => {
    expect(safeReturnUrl(value, '/home')).toBe(expected);
  });
});
