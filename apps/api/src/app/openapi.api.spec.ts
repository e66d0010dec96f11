import SwaggerParser from '@apidevtools/swagger-parser';
import { routeInventory, toOpenApiPath } from '../testing/route-inventory';
import { createTestApp, type TestApp } from '../testing/test-app';

/** Routes that serve the API description itself (the explorer's files and the JSON) rather than the API. */
const isDocumentationRoute = (path: string) => path === '/api/openapi.json' || /^\/api\/docs(\/|$)/.test(path);

describe('the OpenAPI document', () => {
  let testApp: TestApp;
  let document: { openapi: string; paths: Record<string, Record<string, { summary?: string; responses?: object }>> };

  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
    document = (await testApp.http.get('/api/openapi.json').expect(200)).body;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('is a valid OpenAPI 3 document', async () => {
    expect(document.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('describes every route the app answers, and no route it does not', () => {
    const served = routeInventory(testApp.app)
      .filter((route) => !isDocumentationRoute(route.path) && route.method !== 'HEAD')
      .map((route) => `${route.method} ${toOpenApiPath(route.path)}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(served.length).toBeGreaterThan(0);
    expect(documented).toEqual(served);
  });

  it('gives every operation a summary and a documented success response', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, summary: operation.summary }).toEqual({
          route: `${method} ${path}`,
          summary: expect.any(String),
        });
        expect(Object.keys(operation.responses ?? {}).some((status) => status.startsWith('2'))).toBe(true);
      }
    }
  });

  it('serves an explorer for people at /api/docs', async () => {
    const response = await testApp.http.get('/api/docs/').expect(200);
    expect(response.text).toContain('swagger-ui');
  });
});
