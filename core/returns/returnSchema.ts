import { z } from "zod";
import { ENTRY_FIELD_SCHEMAS } from "../criteria/registry";
import { CodeSchema, IdSchema } from "../template/criterionRuleSchema";
import { refuseHiddenCharacters } from "../text";

/** The version of the return file format. */
export const RETURN_FORMAT_VERSION = 1;

/**
 * A piece of evidence (minh chứng): a reference (document number, file name, link) and what it shows. A reference
 * holding a hidden character (one that is only a zero-width space) is refused: it must not count as evidence.
 */
export const EvidenceSchema = z.strictObject({
  ref: z.string().trim().min(1).max(500).superRefine(refuseHiddenCharacters()),
  description: z
    .string()
    .max(2000)
    .superRefine(refuseHiddenCharacters({ allowLineBreaks: true }))
    .optional(),
});

/**
 * What a unit enters for one criterion. Which field is used depends on the criterion's kind, which declares it
 * (core/criteria): passFail → `passed`; ladder → `level`; percentOfTarget → `achieved` + `target` (or
 * `percent`); relativeToBest → `quantity`; count and violations → `count`; manual → `score`.
 */
export const EntrySchema = z.strictObject({
  ...ENTRY_FIELD_SCHEMAS,
  evidence: z.array(EvidenceSchema).max(100).optional(),
  note: z
    .string()
    .max(4000)
    .superRefine(refuseHiddenCharacters({ allowLineBreaks: true }))
    .optional(),
});

/** One unit's self-scored return (bảng tự chấm điểm) for one template. */
export const UnitReturnSchema = z.strictObject({
  formatVersion: z.literal(RETURN_FORMAT_VERSION),
  template: z.strictObject({
    id: IdSchema,
    version: z.string().min(1).max(40).optional(),
    /** The fingerprint of the table the return was made on. */
    fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, { message: "sha256:<64 hex digits>" }),
  }),
  unitId: IdSchema,
  /** ISO 8601 time the return was completed and submitted. */
  submittedAt: z.iso.datetime({ offset: true }).optional(),
  entries: z.record(CodeSchema, EntrySchema),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type UnitReturn = z.infer<typeof UnitReturnSchema>;
