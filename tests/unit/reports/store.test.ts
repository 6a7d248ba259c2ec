import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openReportStore, REPORTS_DB_NAME } from '@/entrypoints/background/reports/store';
import { sampleReport } from './fixtures';

let counter = 0;
const freshName = () => `reports-test-${(counter += 1)}`;

describe('report store (IndexedDB)', () => {
  it('is the database the extension documents', () => {
    expect(REPORTS_DB_NAME).toBe('scam-sentinel-reports');
  });

  it('keeps, lists newest first, updates and deletes reports', async () => {
    const store = openReportStore(freshName());
    await store.put(sampleReport({ id: 'old', createdAt: '2025-01-01T00:00:00.000Z' }));
    await store.put(sampleReport({ id: 'new', createdAt: '2025-02-01T00:00:00.000Z' }));
    expect((await store.list()).map((report) => report.id)).toEqual(['new', 'old']);
    await store.put(sampleReport({ id: 'old', createdAt: '2025-01-01T00:00:00.000Z', notes: 'changed' }));
    expect((await store.get('old'))?.notes).toBe('changed');
    await store.delete('old');
    expect(await store.get('old')).toBeUndefined();
    expect((await store.list()).map((report) => report.id)).toEqual(['new']);
  });

  it('keeps a report across re-opening the database (the worker restarts)', async () => {
    const name = freshName();
    await openReportStore(name).put(sampleReport({ screenshot: 'data:image/png;base64,iVBORw0KGgo=' }));
    expect(await openReportStore(name).get('r-1')).toEqual(sampleReport({ screenshot: 'data:image/png;base64,iVBORw0KGgo=' }));
  });

  it('refuses to store an invalid report and skips a damaged one when reading', async () => {
    const name = freshName();
    const store = openReportStore(name);
    await expect(store.put({ ...sampleReport(), kind: 'nonsense' } as never)).rejects.toThrow();
    await store.put(sampleReport({ id: 'good' }));
    const raw = await openDB(name, 1);
    await raw.put('reports', { id: 'bad', createdAt: '2025-04-01T00:00:00.000Z', kind: 42 });
    raw.close();
    expect((await store.list()).map((report) => report.id)).toEqual(['good']);
    expect(await store.get('bad')).toBeUndefined();
  });
});
