import { dataAsOfText } from './impact-exports';
import { replicaDelaySeconds } from './reports.service';

describe('how current a report read from a replica is', () => {
  it('reads the delay from MySQL’s and MariaDB’s replica status, and knows when it cannot be told', () => {
    expect(replicaDelaySeconds([{ Seconds_Behind_Source: 12 }])).toBe(12);
    expect(replicaDelaySeconds([{ Seconds_Behind_Master: '3' }])).toBe(3);
    expect(replicaDelaySeconds([{ Seconds_Behind_Source: 0 }])).toBe(0);
    // Replication stopped: the server says NULL. Not a replica at all: no row.
    expect(replicaDelaySeconds([{ Seconds_Behind_Master: null }])).toBeNull();
    expect(replicaDelaySeconds([])).toBeNull();
    expect(replicaDelaySeconds([{ Seconds_Behind_Source: 'soon' }])).toBeNull();
  });

  it('says in an export how current the data was', () => {
    const at = '2026-04-01T13:00:00+01:00';
    expect(dataAsOfText({ generatedAt: at, dataAsOf: at })).toBe(at);
    expect(dataAsOfText({ generatedAt: at, dataAsOf: '2026-04-01T12:59:48+01:00' })).toBe(
      '2026-04-01T12:59:48+01:00 (read from a replica of the database, behind by that much)',
    );
    expect(dataAsOfText({ generatedAt: at, dataAsOf: null })).toMatch(/^Not known: read from a replica/);
  });
});
