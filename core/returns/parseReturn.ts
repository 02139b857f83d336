import type { z } from "zod";
import { msg } from "../i18n/localized";
import type { ReturnProblem, ReturnProblemType } from "../scoring/scoreResult";
import type { UnitReturn } from "./returnSchema";
import { EntrySchema, UnitReturnSchema } from "./returnSchema";

/**
 * A return that breaks the format only inside its entries, with the broken fields left out, so the rest can still
 * be checked against the table (see `rejectedReturnProblems`). `broken` names, per criterion code, the fields
 * left out: "*" for the whole entry.
 */
export type SalvagedReturn = { value: UnitReturn; broken: ReadonlyMap<string, ReadonlySet<string>> };

export type ParsedReturn =
  { ok: true; value: UnitReturn } | { ok: false; problems: ReturnProblem[]; salvaged?: SalvagedReturn };

/**
 * Validates a return (already JSON-parsed) against the return format; every schema problem at once, each naming
 * its field path (`entries["I.2"].level`) and the criterion code where there is one. When only entries are
 * broken, `salvaged` is the return without them. Never throws.
 */
export function parseReturn(input: unknown): ParsedReturn {
  const parsed = UnitReturnSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => issueToProblem(issue, input));
  const salvaged = salvageReturn(input, parsed.error.issues);
  return salvaged === undefined ? { ok: false, problems } : { ok: false, problems, salvaged };
}

/** The return without the entry fields the schema rejected; undefined when anything outside the entries is wrong. */
function salvageReturn(input: unknown, issues: readonly z.core.$ZodIssue[]): SalvagedReturn | undefined {
  if (!isObject(input) || !isObject(input.entries)) return undefined;
  const entries: Record<string, unknown> = {};
  for (const [code, entry] of Object.entries(input.entries))
    entries[code] = isObject(entry) ? { ...entry } : entry;
  const copy: Record<string, unknown> = { ...input, entries };
  const broken = new Map<string, Set<string>>();
  const mark = (code: string, field: string) => {
    const fields = broken.get(code) ?? new Set<string>();
    fields.add(field);
    broken.set(code, fields);
  };
  for (const issue of issues) {
    const [top, code, field] = issue.path;
    if (top === undefined && issue.code === "unrecognized_keys") {
      for (const key of issue.keys) delete copy[key];
    } else if (top === "submittedAt" && issue.path.length === 1) {
      delete copy.submittedAt;
    } else if (top === "entries" && typeof code === "string") {
      const entry = entries[code];
      if (issue.code === "invalid_key") {
        delete entries[code];
      } else if (issue.path.length === 2 && issue.code === "unrecognized_keys" && isObject(entry)) {
        for (const key of issue.keys) {
          delete entry[key];
          mark(code, key);
        }
      } else if (issue.path.length === 2 || !isObject(entry)) {
        delete entries[code];
        mark(code, "*");
      } else if (typeof field === "string") {
        delete entry[field];
        mark(code, field);
      } else return undefined;
    } else return undefined;
  }
  const reparsed = UnitReturnSchema.safeParse(copy);
  return reparsed.success ? { value: reparsed.data, broken } : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fields an entry may have, in the return format's order (the kinds' value fields, evidence, note). */
const ENTRY_FIELD_LIST = Object.keys(EntrySchema.shape).join(", ");

/** What kind of problem a format issue is, by where it is: the table, the unit, a criterion code, or `fallback`. */
function problemType(
  issue: z.core.$ZodIssue,
  segments: readonly (string | number)[],
  fallback: ReturnProblemType,
): ReturnProblemType {
  const field = segments[segments.length - 1];
  if (segments[0] === "template" && field === "fingerprint") return "fingerprint-mismatch";
  if (segments[0] === "template" || segments[0] === "formatVersion") return "template-mismatch";
  if (segments[0] === "unitId") return "unknown-unit";
  if (segments[0] === "entries" && segments.length === 2 && issue.code === "invalid_key")
    return "unknown-criterion";
  return fallback;
}

function issueToProblem(issue: z.core.$ZodIssue, input: unknown): ReturnProblem {
  const segments = issue.path as (string | number)[];
  const path = returnPath(segments);
  const code = segments[0] === "entries" && typeof segments[1] === "string" ? segments[1] : undefined;
  const where =
    segments.length === 0
      ? msg("Bản tự chấm: ", "Return: ")
      : msg(`Bản tự chấm, ${path}: `, `Return, ${path}: `);
  const problem = (type: ReturnProblemType, vi: string, en: string): ReturnProblem => {
    const message = msg(where.vi + vi, where.en + en);
    return code === undefined ? { type, path, message } : { type, code, path, message };
  };
  const field = segments[segments.length - 1];
  const typeFor = (fallback: ReturnProblemType) => problemType(issue, segments, fallback);
  switch (issue.code) {
    case "unrecognized_keys":
      return problem(
        typeFor("wrong-field"),
        `trường không được hỗ trợ: ${issue.keys.join(", ")} (các trường của một mục: ${ENTRY_FIELD_LIST}).`,
        `unsupported field(s): ${issue.keys.join(", ")} (an entry has: ${ENTRY_FIELD_LIST}).`,
      );
    case "invalid_type": {
      const given = valueAt(input, segments);
      return given === undefined
        ? problem(
            typeFor("missing-entry"),
            `thiếu trường bắt buộc (${typeName(issue.expected).vi}).`,
            `required field is missing (${typeName(issue.expected).en}).`,
          )
        : problem(
            typeFor("wrong-field"),
            `cần ${typeName(issue.expected).vi}, nhận được ${describe(given)}.`,
            `expected ${typeName(issue.expected).en}, got ${describe(given)}.`,
          );
    }
    case "too_small":
      return problem(
        typeFor("out-of-range"),
        `giá trị ${describe(valueAt(input, segments))} quá nhỏ (tối thiểu ${String(issue.minimum)}).`,
        `value ${describe(valueAt(input, segments))} is too small (minimum ${String(issue.minimum)}).`,
      );
    case "too_big":
      return problem(
        typeFor("out-of-range"),
        `giá trị ${describe(valueAt(input, segments))} quá lớn (tối đa ${String(issue.maximum)}).`,
        `value ${describe(valueAt(input, segments))} is too big (maximum ${String(issue.maximum)}).`,
      );
    case "invalid_value":
      return problem(
        typeFor("out-of-range"),
        `giá trị phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        `value must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
      );
    case "custom": {
      const vi = (issue.params as { vi?: unknown } | undefined)?.vi;
      return problem(
        typeFor("out-of-range"),
        `${typeof vi === "string" ? vi : issue.message}.`,
        `${issue.message}.`,
      );
    }
    case "invalid_key":
      return problem(
        typeFor("unknown-criterion"),
        `mã tiêu chí "${String(field)}" không hợp lệ (dạng I, I.1, I.1.a).`,
        `criterion code "${String(field)}" is not valid (like I, I.1, I.1.a).`,
      );
    case "invalid_format":
      return problem(
        typeFor("out-of-range"),
        `sai định dạng (${issue.format}): ${issue.message}.`,
        `wrong format (${issue.format}): ${issue.message}.`,
      );
    default:
      return problem(
        typeFor("out-of-range"),
        `không hợp lệ: ${issue.message}.`,
        `invalid: ${issue.message}.`,
      );
  }
}

/** `entries["I.2"].level`, `template.fingerprint`, `entries["I.1"].evidence[0].ref`. */
export function returnPath(segments: readonly (string | number)[]): string {
  let out = "";
  segments.forEach((s, i) => {
    if (typeof s === "number") out += `[${s}]`;
    else if (i === 1 && segments[0] === "entries") out += `[${JSON.stringify(s)}]`;
    else out += out ? `.${s}` : s;
  });
  return out || "(tệp / file)";
}

/** The value the input holds at `segments`, or undefined (zod does not keep inputs in its issues). */
function valueAt(input: unknown, segments: readonly (string | number)[]): unknown {
  let value = input;
  for (const s of segments) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, s))
      return undefined;
    value = (value as Record<string | number, unknown>)[s];
  }
  return value;
}

/** What zod calls a type ("int", "record"), in words: "một số nguyên" / "a whole number". */
function typeName(expected: string): { vi: string; en: string } {
  return TYPE_NAMES[expected] ?? msg(`kiểu ${expected}`, `a value of type ${expected}`);
}

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: msg("một chuỗi ký tự", "a string"),
  number: msg("một số", "a number"),
  int: msg("một số nguyên", "a whole number"),
  boolean: msg("true hoặc false", "true or false"),
  object: msg("một đối tượng {…}", "an object {…}"),
  record: msg("một đối tượng {…}", "an object {…}"),
  array: msg("một danh sách […]", "a list […]"),
};

function describe(value: unknown): string {
  if (value === undefined) return "(trống)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
