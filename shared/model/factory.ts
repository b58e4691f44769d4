import { createId } from './ids';
import { CASE_FORMAT, CASE_VERSION, type Case } from './schema';

export function createCase(title: string, now = new Date().toISOString()): Case {
  return {
    format: CASE_FORMAT,
    version: CASE_VERSION,
    id: createId('case'),
    title,
    createdAt: now,
    updatedAt: now,
    sources: [],
    entities: [],
    mentions: [],
    relations: [],
    layout: { positions: {} },
    claims: [],
  };
}
