import type { Decision } from "../api/apiProblem";
import { allow, apiProblem, refuse } from "../api/apiProblem";
import { msg } from "../i18n/localized";
import type { Period } from "./periodSchema";

/** What the server remembers of an Idempotency-Key: the hash of the body it came with and the receipt it gave. */
export type IdempotencyRecord<R> = { bodyHash: string; receipt: R };

/**
 * What to do with a submitted return (nộp bản tự chấm): answer again with the receipt of the same key and body
 * (replay, nothing written), refuse the same key with another body (409), refuse a stale If-Match (412), or store
 * it as the next version. Versions start at 1; every earlier version is kept.
 */
export function decideReturnWrite<R>(input: {
  bodyHash: string;
  prior: IdempotencyRecord<R> | null;
  currentVersion: number | null;
  ifMatch: string | null;
}): Decision<{ kind: "replay"; receipt: R } | { kind: "store"; version: number }> {
  const { prior } = input;
  if (prior !== null) {
    if (prior.bodyHash === input.bodyHash) return allow({ kind: "replay", receipt: prior.receipt });
    return refuse(
      apiProblem(
        "conflict",
        msg(
          "Idempotency-Key này đã được dùng với một nội dung khác; dùng khóa mới cho bản nộp mới.",
          "This Idempotency-Key was already used with another body; use a new key for a new submission.",
        ),
        [{ path: "Idempotency-Key", message: msg("đã dùng", "already used") }],
      ),
    );
  }
  if (input.ifMatch !== null && input.ifMatch !== returnEtag(input.currentVersion))
    return refuse(
      apiProblem(
        "precondition-failed",
        msg(
          `Bản tự chấm đã thay đổi (phiên bản hiện tại: ${input.currentVersion ?? "chưa có"}); tải lại rồi nộp.`,
          `The return changed (current version: ${input.currentVersion ?? "none"}); reload, then submit.`,
        ),
        [
          {
            path: "If-Match",
            message: msg(
              `cần ${returnEtag(input.currentVersion)}`,
              `expected ${returnEtag(input.currentVersion)}`,
            ),
          },
        ],
      ),
    );
  return allow({ kind: "store", version: (input.currentVersion ?? 0) + 1 });
}

/** A return's ETag: its version, quoted; `"0"` before the first submission. */
export function returnEtag(version: number | null): string {
  return `"${version ?? 0}"`;
}

/** A period's ETag: its revision, quoted. */
export function periodEtag(period: Period): string {
  return `"r${period.revision}"`;
}

/** A 412 unless If-Match is absent or names the period's current revision. */
export function checkPeriodEtag(period: Period, ifMatch: string | null): Decision<true> {
  if (ifMatch === null || ifMatch === periodEtag(period)) return allow(true);
  return refuse(
    apiProblem(
      "precondition-failed",
      msg(
        `Kỳ "${period.periodId}" đã thay đổi (ETag hiện tại ${periodEtag(period)}); tải lại rồi thử lại.`,
        `Period "${period.periodId}" changed (current ETag ${periodEtag(period)}); reload and retry.`,
      ),
      [{ path: "If-Match", message: msg(`cần ${periodEtag(period)}`, `expected ${periodEtag(period)}`) }],
    ),
  );
}

/**
 * A 422 naming the table to use when the return was made on another version of the period's table (the fingerprint
 * travels with every return and workbook).
 */
export function checkReturnTable(
  period: Period,
  ret: { template: { id: string; fingerprint: string } },
): Decision<true> {
  if (ret.template.id === period.templateId && ret.template.fingerprint === period.fingerprint)
    return allow(true);
  return refuse(
    apiProblem(
      "unprocessable",
      msg(
        `Bản tự chấm được lập trên bảng điểm khác (${ret.template.id}, ${ret.template.fingerprint.slice(0, 19)}…); kỳ này dùng "${period.templateId}" phiên bản ${period.templateVersion} (${period.fingerprint}).`,
        `The return was made on another table (${ret.template.id}, ${ret.template.fingerprint.slice(0, 19)}…); this period uses "${period.templateId}" version ${period.templateVersion} (${period.fingerprint}).`,
      ),
      [
        {
          path: "template.fingerprint",
          message: msg(`cần ${period.fingerprint}`, `expected ${period.fingerprint}`),
        },
      ],
    ),
  );
}
