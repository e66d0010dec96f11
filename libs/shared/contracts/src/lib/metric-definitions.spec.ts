import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  METRIC_DEFINITIONS,
  METRIC_GROUPS,
  METRICS_DOC_END,
  METRICS_DOC_START,
  metricDefinitionsMarkdown,
  withMetricDefinitions,
} from './metric-definitions';

const DOC = join(__dirname, '../../../../../docs/metrics.md');

describe('the metric definitions', () => {
  it('are what docs/metrics.md says, word for word (run `npm run docs:metrics` after changing them)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toContain(METRICS_DOC_START);
    expect(doc).toContain(METRICS_DOC_END);
    expect(withMetricDefinitions(doc)).toBe(doc);
    // And so each paragraph of each definition stands in the doc as it is.
    for (const definition of Object.values(METRIC_DEFINITIONS)) {
      for (const paragraph of definition.text) expect(doc).toContain(paragraph);
    }
  });

  it('list every definition once, under a heading of the doc', () => {
    const grouped = METRIC_GROUPS.flatMap((group) => group.keys);
    expect([...grouped].sort()).toEqual(Object.keys(METRIC_DEFINITIONS).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('name each figure of the report in one definition only', () => {
    const fields = Object.values(METRIC_DEFINITIONS).flatMap((definition) => definition.fields);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('render as Markdown a list item per definition, with its figures', () => {
    const markdown = metricDefinitionsMarkdown();
    expect(markdown).toContain(
      '- **Attendance rate** (`attendance.rate`): Attended confirmed registrations / confirmed registrations, of held events.',
    );
    expect(() => withMetricDefinitions('no markers here')).toThrow('lost its definitions markers');
  });
});
