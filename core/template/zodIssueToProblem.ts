import type { z } from "zod";
import { msg } from "../i18n/localized";
import { CRITERION_KINDS } from "./criterionRuleSchema";
import type { TemplateProblem } from "./templateProblem";
import { formatPath } from "./templateProblem";

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
                `Thiếu trường bắt buộc (kiểu ${issue.expected}).`,
                `Required field is missing (a ${issue.expected}).`,
              )
            : msg(`Cần kiểu ${issue.expected}.`, `Expected a ${issue.expected}.`),
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
      return { path, message: msg(`Sai định dạng: ${issue.message}.`, `Wrong format: ${issue.message}.`) };
    default:
      return { path, message: msg(`Không hợp lệ: ${issue.message}.`, `Invalid: ${issue.message}.`) };
  }
}

function isRulePath(path: readonly PropertyKey[]): boolean {
  return path.includes("rule");
}
