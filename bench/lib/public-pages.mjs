import { load } from './load.mjs';

/** The public programme list and one event page under load, as visitors from many addresses. */
export async function publicPages({ baseUrl, eventId, connections, duration }) {
  let n = 0;
  const visitor = (path) => [
    {
      method: 'GET',
      path,
      setupRequest: (request) => ({
        ...request,
        headers: { 'x-forwarded-for': `10.9.${(n >> 8) & 255}.${n++ & 255}` },
      }),
    },
  ];
  const list = await load({ baseUrls: [baseUrl], connections, duration, requests: visitor('/api/events') });
  const event = await load({ baseUrls: [baseUrl], connections, duration, requests: visitor(`/api/events/${eventId}`) });
  return { list, event };
}
