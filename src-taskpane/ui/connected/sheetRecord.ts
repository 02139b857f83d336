import type { ReturnReceipt } from "../../../core/api";
import { stateHash } from "../../../core/audit";
import type { Localized } from "../../../core/i18n";
import { formatNumber, msg } from "../../../core/i18n";
import type { UnitReturn } from "../../../core/returns";
import type { SubmissionRecord } from "../../../core/sheets";
import { formatDateTime } from "../formatDateTime";

/** What the workbook records after a submit: the receipt's facts and who sent it. */
export function recordOf(receipt: ReturnReceipt, by: string): SubmissionRecord {
  const { periodId, unitId, version, receivedAt, returnHash, total } = receipt;
  return { periodId, unitId, version, receivedAt, returnHash, total, by };
}

const hashes = new WeakMap<UnitReturn, string>();

/**
 * Whether the sheet's return differs from what was sent: the server stores the return's canonical JSON hash
 * (core/audit's stateHash), so the same hash of what the sheet holds now means nothing changed. Memoised per
 * return read, so a render costs nothing.
 */
export function sheetChangedSince(record: SubmissionRecord, current: UnitReturn): boolean {
  let hash = hashes.get(current);
  if (hash === undefined) {
    hash = stateHash(current);
    hashes.set(current, hash);
  }
  return hash !== record.returnHash;
}

/** "Đã gửi phiên bản 2 lúc 25/11/2022 09:00 (mã 1a2b3c4d, tổng 95,5)". */
export function sentWords(record: SubmissionRecord): Localized {
  const at = formatDateTime(new Date(record.receivedAt));
  const hash = record.returnHash.slice(0, 8);
  return msg(
    `Đã gửi phiên bản ${record.version} lúc ${at} (mã ${hash}, tổng ${formatNumber(record.total, "vi")}, người gửi ${record.by}).`,
    `Sent version ${record.version} at ${at} (hash ${hash}, total ${formatNumber(record.total, "en")}, by ${record.by}).`,
  );
}

export const changedWords = msg(
  'Trang tính đã thay đổi sau lần gửi này: máy chủ chưa có bản mới. Bấm "Nộp lại" để gửi.',
  'The sheet has changed since this was sent: the server does not have it. Press "Submit again" to send it.',
);
