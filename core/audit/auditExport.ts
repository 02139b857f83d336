import { z } from "zod";
import { AuditEntrySchema } from "./auditEntry";
import type { AuditEntry } from "./auditEntry";

/** The version tag of an exported audit log; a reader refuses any other. */
export const AUDIT_EXPORT_FORMAT = "thidua-audit/1";

/** The most entries one export page holds, and the default page size. */
export const AUDIT_EXPORT_MAX_PAGE = 1000;

/**
 * One page of the exported audit log (nhật ký xuất ra): entries with sequence numbers after `after`, in order;
 * `next` is the `after` of the following page, or null when this page reaches the end of the chain.
 */
export const AuditExportSchema = z.strictObject({
  format: z.literal(AUDIT_EXPORT_FORMAT),
  exportedAt: z.iso.datetime(),
  after: z.number().int().min(0),
  entries: z.array(AuditEntrySchema),
  next: z.number().int().min(1).nullable(),
});
export type AuditExport = z.infer<typeof AuditExportSchema>;

/**
 * The query of an export: start after a sequence number (0 = from the first entry), at most `limit` entries. Other
 * query parameters are ignored (Azure adds `code` when a function key is used).
 */
export const AuditExportQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(AUDIT_EXPORT_MAX_PAGE).default(AUDIT_EXPORT_MAX_PAGE),
});
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

/** The page of `entries` (any order) the query asks for, sorted by sequence number. */
export function auditExportPage(
  entries: readonly AuditEntry[],
  query: AuditExportQuery,
  exportedAt: string,
): AuditExport {
  const later = entries.filter((e) => e.seq > query.after).sort((a, b) => a.seq - b.seq);
  const page = later.slice(0, query.limit);
  const more = later.length > page.length;
  return {
    format: AUDIT_EXPORT_FORMAT,
    exportedAt,
    after: query.after,
    entries: page,
    next: more ? (page.at(-1)?.seq ?? query.after) : null,
  };
}
