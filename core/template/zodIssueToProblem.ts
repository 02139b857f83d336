import type { z } from "zod";
import { msg } from "../i18n/localized";
import { CRITERION_KINDS } from "./criterionRuleSchema";
import type { TemplateProblem } from "./templateProblem";
import { formatPath } from "./templateProblem";

const TYPE_VI: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  boolean: "true/false",
  object: "đối tượng {…}",
  array: "danh sách […]",
};
const TYPE_EN: Record<string, string> = { object: "object {…}", array: "list […]", boolean: "true/false" };

/** Our own refinement messages (English in the schema), with their Vietnamese. */
const KNOWN: Record<string, string> = {
  "at most 4 decimal places": "tối đa 4 chữ số thập phân",
  "must be greater than 0": "phải lớn hơn 0",
  "a code like I, I.1 or I.1.a (letters/digits, dots)":
    "mã dạng I, I.1 hoặc I.1.a (chữ/số, ngăn bằng dấu chấm)",
  "lower-case letters, digits and '-' (e.g. cong-an-tinh)":
    "chữ thường không dấu, số và '-' (ví dụ cong-an-tinh)",
  "sha256:<64 hex digits>": "dạng sha256:<64 chữ số hex>",
  "a real date and time with its offset, e.g. 2022-12-08T09:00:00+07:00":
    "một ngày giờ có thật kèm múi giờ, ví dụ 2022-12-08T09:00:00+07:00",
};

/** Turns a zod issue into a problem that names the path and says what is allowed, in Vietnamese and English. */
export function zodIssueToProblem(issue: z.core.$ZodIssue): TemplateProblem {
  const path = formatPath(issue.path as (string | number)[]);
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case "invalid_union":
      if (last === "rule" || issue.path.length === 0 || String(last) === "kind" || isRulePath(issue.path)) {
        return {
          path: last === "kind" ? path : `${path}.kind`,
          message: msg(
            `Loại tiêu chí không hợp lệ; chọn một trong: ${CRITERION_KINDS.join(", ")}.`,
            `Unknown criterion kind; use one of: ${CRITERION_KINDS.join(", ")}.`,
          ),
        };
      }
      return {
        path,
        message: msg(`Giá trị không hợp lệ: ${issue.message}.`, `Invalid value: ${issue.message}.`),
      };
    case "unrecognized_keys":
      return {
        path,
        message: msg(
          `Trường không được hỗ trợ: ${issue.keys.join(", ")} (kiểm tra chính tả).`,
          `Unsupported field(s): ${issue.keys.join(", ")} (check the spelling).`,
        ),
      };
    case "invalid_type":
      return {
        path,
        message:
          issue.input === undefined
            ? msg(
                `Thiếu trường bắt buộc (kiểu ${TYPE_VI[issue.expected] ?? issue.expected}).`,
                `Required field is missing (${TYPE_EN[issue.expected] ?? `a ${issue.expected}`}).`,
              )
            : msg(
                `Cần kiểu ${TYPE_VI[issue.expected] ?? issue.expected}, không phải ${shown(issue.input)}.`,
                `Expected ${TYPE_EN[issue.expected] ?? `a ${issue.expected}`}, not ${shown(issue.input)}.`,
              ),
      };
    case "invalid_value":
      return {
        path,
        message: msg(
          `Giá trị phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
          `Value must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        ),
      };
    case "too_small":
      return {
        path,
        message: msg(
          `Giá trị quá nhỏ (tối thiểu ${String(issue.minimum)}${issue.origin === "array" ? " phần tử" : ""}).`,
          `Too small (minimum ${String(issue.minimum)}${issue.origin === "array" ? " items" : ""}).`,
        ),
      };
    case "too_big":
      return {
        path,
        message: msg(
          `Giá trị quá lớn (tối đa ${String(issue.maximum)}).`,
          `Too big (maximum ${String(issue.maximum)}).`,
        ),
      };
    case "invalid_format":
      return {
        path,
        message: msg(
          `Sai định dạng: cần ${KNOWN[issue.message] ?? issue.message}.`,
          `Wrong format: ${issue.message}.`,
        ),
      };
    default:
      return {
        path,
        message: msg(`Không hợp lệ: ${KNOWN[issue.message] ?? issue.message}.`, `Invalid: ${issue.message}.`),
      };
  }
}

function shown(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function isRulePath(path: readonly PropertyKey[]): boolean {
  return path.includes("rule");
}
