import { CRITERIA } from "../criteria/registry";
import type { z } from "zod";
import type { Template } from "./templateSchema";
import { TemplateSchema } from "./templateSchema";

/** A template the schema rejected, with its broken parts replaced, and which parts those were. */
export type SalvagedTemplate = {
  /** Schema-valid; every broken part is a neutral stand-in (a manual rule, a missing optional field, …). */
  template: Template;
  /** Paths (as problems print them) whose content is a stand-in: structural checks say nothing about them. */
  unknown: ReadonlySet<string>;
};

type Segment = string | number;
type Json = Record<string, unknown>;

/** Stand-ins that pass the schema and trigger no structural check of their own. */
const NEUTRAL_RULE = { kind: CRITERIA.manual.kind };
const NODE_FIELDS_TO_DROP = new Set([
  "titleEn",
  "guidance",
  "unit",
  "evidenceRequired",
  "standard",
  "max",
  "cap",
]);

/**
 * Replaces the parts of `input` that the schema rejected (its `issues`) by neutral stand-ins, so the structural
 * checks can still run on everything else: an unknown criterion kind does not hide a maximum below the standard
 * in the next criterion. Array positions are kept (paths in later problems stay right). Undefined when a broken
 * part has no stand-in here; the caller then reports the schema problems alone.
 */
export function salvageTemplate(
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): SalvagedTemplate | undefined {
  if (!isObject(input)) return undefined;
  const copy = cloneJson(input) as Json;
  const unknown = new Set<string>();
  // Outer parts first, so a stand-in for a whole node is not then edited field by field.
  const sorted = [...issues].sort((a, b) => a.path.length - b.path.length);
  for (const issue of sorted) {
    const path = issue.path.filter((s): s is Segment => typeof s !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const target = valueAt(copy, path);
      if (isObject(target)) for (const key of issue.keys) delete target[key];
      continue;
    }
    if (!repair(copy, path, unknown)) return undefined;
  }
  const reparsed = TemplateSchema.safeParse(copy);
  if (!reparsed.success) return undefined;
  return { template: reparsed.data, unknown };
}

/** Puts a stand-in where `path` is broken and records what became unknown; false when it cannot. */
function repair(root: Json, path: readonly Segment[], unknown: Set<string>): boolean {
  const [top, ...rest] = path;
  switch (top) {
    case undefined:
      return false;
    case "sections":
      return repairSections(root, rest, unknown);
    case "bonus":
    case "deductions":
      return repairBlock(root, top, rest, unknown);
    case "members":
    case "awards":
      return repairList(root, top, rest, unknown);
    case "identity":
      root.identity = {
        bloc: { id: "khoi", name: "?" },
        province: "?",
        year: 2000,
        period: "year-end",
        version: "?",
      };
      unknown.add("identity");
      return true;
    case "rounding":
      delete root.rounding;
      unknown.add("rounding");
      return true;
    case "ranking":
    case "leader":
    case "deputy":
    case "$schema":
    case "notice":
    case "sample":
      delete root[top];
      unknown.add(top);
      return true;
    case "formatVersion":
      root.formatVersion = 1;
      return true;
    case "id":
      root.id = "khong-hop-le";
      return true;
    case "base":
      root.base = 0;
      unknown.add("base");
      return true;
    default:
      return false;
  }
}

function repairSections(root: Json, rest: readonly Segment[], unknown: Set<string>): boolean {
  if (rest.length === 0 || !Array.isArray(root.sections)) {
    root.sections = [standInNode()];
    unknown.add("sections");
    return true;
  }
  // Walk sections[i] (.children[j])* down to the innermost node on the path.
  let parent: unknown[] = root.sections;
  let index = rest[0];
  let at = `sections[${String(index)}]`;
  let i = 1;
  while (typeof index === "number" && isObject(parent[index]) && rest[i] === "children") {
    const node = parent[index] as Json;
    if (!Array.isArray(node.children) || typeof rest[i + 1] !== "number") break;
    parent = node.children;
    index = rest[i + 1];
    at += `.children[${String(index)}]`;
    i += 2;
  }
  if (typeof index !== "number") return false;
  return repairNode(parent, index, at, rest.slice(i), unknown);
}

/** One node of the sections, or one bonus / deduction item (`item`: its `max` is required). */
function repairNode(
  list: unknown[],
  index: number,
  at: string,
  field: readonly Segment[],
  unknown: Set<string>,
  item = false,
): boolean {
  const node = list[index];
  const name = field[0];
  if (!isObject(node) || name === undefined) {
    list[index] = item ? standInItem() : standInNode();
    unknown.add(at);
    return true;
  }
  if (typeof name !== "string") return false;
  unknown.add(`${at}.${name}`);
  if (name === "rule") node.rule = { ...NEUTRAL_RULE };
  else if (name === "code") node.code = "X";
  else if (name === "title") node.title = "?";
  else if (name === "children") delete node.children;
  else if (item && name === "max") node.max = 0;
  else if (NODE_FIELDS_TO_DROP.has(name)) delete node[name];
  else return false;
  return true;
}

function repairBlock(
  root: Json,
  block: "bonus" | "deductions",
  rest: readonly Segment[],
  unknown: Set<string>,
): boolean {
  const value = root[block];
  const [field, index, ...itemPath] = rest;
  if (!isObject(value) || field === undefined || (field === "items" && !Array.isArray(value.items))) {
    root[block] = { items: [] };
    unknown.add(block);
    return true;
  }
  if (field === "cap" || field === "title") {
    delete value[field];
    unknown.add(`${block}.${field}`);
    return true;
  }
  if (field !== "items" || typeof index !== "number") return false;
  return repairNode(value.items as unknown[], index, `${block}.items[${index}]`, itemPath, unknown, true);
}

function repairList(
  root: Json,
  list: "members" | "awards",
  rest: readonly Segment[],
  unknown: Set<string>,
): boolean {
  const value = root[list];
  const index = rest[0];
  if (!Array.isArray(value) || typeof index !== "number") {
    root[list] = list === "members" ? [{ id: "khong-hop-le", name: "?" }] : [];
    unknown.add(list);
    return true;
  }
  value[index] = { id: `khong-hop-le-${index}`, name: `? ${index}` };
  unknown.add(`${list}[${index}]`);
  return true;
}

function standInNode(): Json {
  return { code: "X", title: "?", standard: 0, rule: { ...NEUTRAL_RULE } };
}

function standInItem(): Json {
  return { code: "X", title: "?", max: 0, rule: { ...NEUTRAL_RULE } };
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let value = root;
  for (const s of path) {
    if (!isObject(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<Segment, unknown>)[s];
  }
  return value;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON-like data (what a template file parses to); other values are kept as they are. */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isObject(value)) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneJson(v);
    return out;
  }
  return value;
}
