import type { z } from "zod";
import { formatNumber } from "../i18n/formatNumber";
import type { Localized } from "../i18n/localized";
import { msg } from "../i18n/localized";
import type { Entry } from "../returns/returnSchema";
import { EVIDENCE_SEPARATOR } from "./evidenceText";
import type { SheetProblem } from "./sheetProblem";

const vi = (v: number) => formatNumber(v, "vi");
const en = (v: number) => formatNumber(v, "en");

/** A field of an entry in the sheet's words: what the unit typed in which column. */
const FIELD_WORDS: Record<string, Localized> = {
  note: msg("ghi chú", "the note"),
  evidence: msg("minh chứng", "the evidence"),
  level: msg("mức xếp loại", "the level"),
  achieved: msg("kết quả", "the result"),
  target: msg("chỉ tiêu", "the target"),
  quantity: msg("số lượng", "the quantity"),
  count: msg("số lần", "the count"),
  score: msg("điểm", "the score"),
};

/**
 * The return format's check of one entry (zod's English, e.g. "Too big: expected string to have <=4000
 * characters") in words a unit understands, naming the field, its length or value and the limit:
 * "ghi chú dài 4.123 ký tự, tối đa 4.000".
 */
export function entryIssueWords(
  issue: z.core.$ZodIssue,
  entry: Entry | undefined,
): { type: SheetProblem["type"]; message: Localized } {
  const [, , field = "", index, part] = issue.path;
  const nth = typeof index === "number" ? index + 1 : undefined;
  const piece = nth === undefined ? undefined : entry?.evidence?.[nth - 1];
  const subject: Localized =
    field === "evidence" && nth !== undefined
      ? part === "description"
        ? msg(`phần mô tả của minh chứng thứ ${nth}`, `the description of evidence line ${nth}`)
        : msg(`minh chứng thứ ${nth}`, `evidence line ${nth}`)
      : (FIELD_WORDS[String(field)] ?? msg(String(field), String(field)));
  const given =
    field === "evidence" && piece !== undefined
      ? part === "description"
        ? piece.description
        : piece.ref
      : field === "evidence"
        ? entry?.evidence
        : entry?.[String(field) as keyof Entry];
  const text = (type: SheetProblem["type"], vi: string, en: string) => ({
    type,
    message: msg(`${subject.vi} ${vi}`, `${subject.en} ${en}`),
  });
  switch (issue.code) {
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const limit = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === "string" && typeof given === "string") {
        if (given.trim() === "")
          return field === "evidence"
            ? text(
                "invalid-text",
                `thiếu số hiệu, tên văn bản trước dấu "${EVIDENCE_SEPARATOR.trim()}"`,
                `has no reference (document number or name) before "${EVIDENCE_SEPARATOR.trim()}"`,
              )
            : text("invalid-text", "để trống", "is empty");
        return text(
          "invalid-text",
          `dài ${vi(given.length)} ký tự, ${big ? "tối đa" : "tối thiểu"} ${vi(limit)}`,
          `is ${en(given.length)} characters long, at ${big ? "most" : "least"} ${en(limit)}`,
        );
      }
      if (issue.origin === "array" && Array.isArray(given)) {
        return {
          type: "invalid-text",
          message: msg(
            `có ${vi(given.length)} ${subject.vi}, ${big ? "tối đa" : "tối thiểu"} ${vi(limit)}`,
            `${en(given.length)} evidence lines, at ${big ? "most" : "least"} ${en(limit)}`,
          ),
        };
      }
      // A number beyond the format's bounds (the sheet's own check of numbers usually comes first).
      const v = typeof given === "number" ? given : undefined;
      return text(
        "out-of-range",
        `${v === undefined ? "" : `${vi(v)} `}${big ? "vượt" : "dưới"} giới hạn ${vi(limit)}`,
        `${v === undefined ? "" : `${en(v)} `}${big ? "exceeds" : "is below"} the limit ${en(limit)}`,
      );
    }
    case "invalid_type":
      return text(
        "invalid-text",
        `không đúng kiểu (cần ${TYPE_VI[issue.expected] ?? issue.expected})`,
        `has the wrong type (expected ${issue.expected})`,
      );
    case "custom": {
      // A check that brings its own Vietnamese words (e.g. core/text's hidden characters).
      const own = (issue.params as { vi?: unknown } | undefined)?.vi;
      if (typeof own === "string") return text("invalid-text", own, issue.message);
      return text("invalid-text", `không hợp lệ (${issue.message})`, `is not valid (${issue.message})`);
    }
    default:
      // A check with no words of its own here: say it is not accepted, zod's words as the detail.
      return text("invalid-text", `không hợp lệ (${issue.message})`, `is not valid (${issue.message})`);
  }
}

const TYPE_VI: Record<string, string> = {
  string: "chữ",
  number: "số",
  boolean: "đúng/sai",
  array: "danh sách",
};
