import { v5 as uuidv5 } from 'uuid';

/**
 * Caseboard's UUIDv5 namespace for STIX ids. Fixed forever: changing it would give every exported
 * object a new id, and platforms such as OpenCTI would see duplicates instead of updates.
 */
export const CASEBOARD_STIX_NAMESPACE = '3b562676-23cb-4fc5-b68e-b05ddf08ad3f';

/** A STIX id from the case id and a record key: the same case exports the same ids. */
export function stixId(type: string, caseId: string, key: string): string {
  return `${type}--${uuidv5(`${caseId}/${key}`, CASEBOARD_STIX_NAMESPACE)}`;
}

/** A STIX timestamp (UTC, milliseconds, "Z") from an ISO-ish date, or undefined when it does not parse. */
export function stixTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  // Years outside 0000–9999 come out as ±YYYYYY, which the STIX pattern refuses.
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

/** A URL as STIX's "uri" format wants it: absolute, with non-ASCII characters percent-encoded. */
export function stixUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value.trim());
    return /^(https?|ftp|file):$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}
