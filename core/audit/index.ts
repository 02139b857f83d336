// The front door of core/audit: the hash-chained audit log (entries, chaining, verification).
export * from "./auditEntry";
export * from "./chainAudit";
export * from "./auditExport";
