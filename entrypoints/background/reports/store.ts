import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ReportSchema, type Report } from '@/rules/reports/schema';

/**
 * The user's reports, in IndexedDB (they can hold screenshots, too big for storage.local).
 * Records are validated on the way out: a damaged one is skipped and logged, never shown half-read.
 */
export const REPORTS_DB_NAME = 'scam-sentinel-reports';
const DB_VERSION = 1;

interface ReportsDb extends DBSchema {
  reports: { key: string; value: Report; indexes: { createdAt: string } };
}

export interface ReportStore {
  put(report: Report): Promise<void>;
  get(id: string): Promise<Report | undefined>;
  /** Newest first. */
  list(): Promise<Report[]>;
  delete(id: string): Promise<void>;
}

function valid(record: unknown): Report | undefined {
  if (record === undefined) return undefined;
  const parsed = ReportSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  console.warn('[scam-sentinel] a stored report is damaged and was skipped:', parsed.error.issues[0]?.message);
  return undefined;
}

export function openReportStore(name = REPORTS_DB_NAME): ReportStore {
  let db: Promise<IDBPDatabase<ReportsDb>> | null = null;
  const database = () =>
    (db ??= openDB<ReportsDb>(name, DB_VERSION, {
      upgrade(upgrading) {
        const store = upgrading.createObjectStore('reports', { keyPath: 'id' });
        store.createIndex('createdAt', 'createdAt');
      },
    }));
  return {
    async put(report) {
      await (await database()).put('reports', ReportSchema.parse(report));
    },
    async get(id) {
      return valid(await (await database()).get('reports', id));
    },
    async list() {
      const all = await (await database()).getAllFromIndex('reports', 'createdAt');
      return all.map(valid).filter((report): report is Report => report !== undefined).reverse();
    },
    async delete(id) {
      await (await database()).delete('reports', id);
    },
  };
}
