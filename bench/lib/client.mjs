/** A signed-in HTTP client, as a browser would be: the session cookie plus the CSRF header on writes. */
export async function signIn(baseUrl, account) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`Sign-in as ${account.email} failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
  const csrf = decodeURIComponent(cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.slice(11) ?? '');
  const cookie = cookies.join('; ');
  const call = async (method, path, body) => {
    const result = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-xsrf-token': csrf,
        'sec-fetch-site': 'same-origin',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await result.text();
    if (!result.ok) throw new Error(`${method} ${path}: ${result.status} ${text}`);
    return text && result.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  };
  return {
    baseUrl,
    cookie,
    get: (path) => call('GET', path),
    post: (path, body = {}) => call('POST', path, body),
  };
}
