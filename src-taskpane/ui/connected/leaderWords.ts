import type { Localized } from "../../../core/i18n";
import { formatNumber, msg } from "../../../core/i18n";
import type { PeriodState } from "../../../core/periods";
import type { WhatIfChange } from "../../../core/ranking";

const n = (v: number, lang: "vi" | "en") => formatNumber(v, lang);

/** The leader's words, Vietnamese first: labels, progress, results and what to do next. */
export const leaderWords = {
  heading: msg("Khối trưởng: tổng hợp, thẩm định, xếp hạng", "Leader: consolidate, review, rank"),
  consolidate: msg("Tổng hợp", "Consolidate"),
  saveReviews: msg("Lưu điểm thẩm định", "Save review adjustments"),
  reviewHint: msg(
    'Nhập điểm thẩm định ở cột F và lý do ở cột I của trang "Tổng hợp" (bắt buộc có lý do), rồi bấm "Lưu điểm thẩm định".',
    'Type the reviewed points in column F and the reason in column I of the "Tổng hợp" sheet (a reason is required), then press "Save review adjustments".',
  ),
  rank: msg("Xếp hạng", "Rank"),
  moveClose: msg("Khóa nhận bản tự chấm", "Close submissions"),
  moveStartReview: msg("Chuyển sang họp xét", "Start the review meeting"),
  finalize: msg("Chốt kết quả", "Finalize"),
  confirm: msg("Xác nhận chốt", "Confirm and finalize"),
  cancel: msg("Huỷ", "Cancel"),
  history: msg("Lịch sử", "History"),
  minutes: msg("Biên bản", "Minutes"),
  ballots: msg("Bỏ phiếu (chờ kết quả)", "Ballots (pending)"),
  present: msg("Có mặt", "Present"),
  cast: msg("Phiếu phát ra", "Ballots cast"),
  valid: msg("Phiếu hợp lệ", "Valid ballots"),
  tieHeading: msg("Bằng điểm, Hội nghị quyết định thứ tự", "Level: the meeting decides the order"),
  tieReason: msg("Lý do (ghi vào biên bản)", "Reason (for the minutes)"),
  up: msg("Lên", "Up"),
  saveVotes: msg("Lưu kết quả bỏ phiếu", "Save the votes"),
  results: msg("Kết quả xếp hạng (máy chủ tính)", "Ranking (computed by the server)"),
  ties: msg("Bằng điểm", "Ties"),
  stability: msg("Độ ổn định", "Stability"),
  robust: msg(
    "Kết quả không đổi theo các cách xếp khác được phép.",
    "The result holds under every other allowed order.",
  ),
  proposals: msg("Đề nghị khen thưởng", "Award proposals"),
  unmet: msg("Chỉ tiêu chưa dùng hết", "Quotas left unused"),
  whatIf: msg("Nếu … thì hạng …", "What if …"),
  whatIfButton: msg("Xem", "Show"),
  whatIfUnit: msg("Đơn vị", "Unit"),
  rankedInserted: msg(
    'Đã chèn trang "Xếp hạng" (bảng, biểu đồ, bằng điểm, độ ổn định, đề nghị, chỉ tiêu) sẵn để in.',
    'The "Xếp hạng" sheet (table, chart, ties, stability, proposals, quotas) is inserted, ready to print.',
  ),
  pendingVote: msg("chờ bỏ phiếu", "vote pending"),

  notLeader: msg(
    "Chỉ Khối trưởng hoặc Khối phó làm được việc này. Đăng nhập bằng mã truy cập của đơn vị Khối trưởng.",
    "Only the leader or deputy unit can do this. Sign in with the leader unit's access key.",
  ),
  tableUnreadable: msg(
    "Máy chủ gửi về bảng điểm không đọc được. Báo Ban Thi đua – Khen thưởng.",
    "The server sent a scoring table that cannot be read. Tell the emulation board.",
  ),
  noExcel: msg(
    "Cần mở Thi Đua trong Excel để chèn hoặc đọc trang tính.",
    "Open Thi Đua inside Excel to insert or read sheets.",
  ),
  noConsolidation: msg('Không đọc được trang "Tổng hợp".', 'The "Tổng hợp" sheet could not be read.'),
  consolidating: msg("Đang tổng hợp bản tự chấm từ máy chủ…", "Consolidating the returns from the server…"),
  savingReviews: msg("Đang lưu điểm thẩm định…", "Saving the review adjustments…"),
  moving: msg("Đang chuyển trạng thái kỳ…", "Moving the period…"),
  ranking: msg("Máy chủ đang xếp hạng…", "The server is ranking…"),
  savingVotes: msg("Đang lưu kết quả bỏ phiếu…", "Saving the votes…"),
  whatIfBusy: msg("Đang tính…", "Working it out…"),
  finalizing: msg("Đang chốt kết quả…", "Finalizing…"),
  documents: msg("Đang chèn trang…", "Inserting the sheet…"),
  votesSaved: msg(
    "Đã lưu kết quả bỏ phiếu; máy chủ đã xếp hạng lại.",
    "The votes are saved; the server ranked again.",
  ),
  rankFirst: msg('Bấm "Xếp hạng" trước.', 'Press "Rank" first.'),
  stale: msg(
    'Dữ liệu trên máy chủ vừa thay đổi. Bấm "Thử lại" để đọc lại rồi tính.',
    'The data on the server just changed. Press "Retry" to read it again.',
  ),
  moved: {
    close: msg(
      "Đã khóa nhận bản tự chấm. Có thể thẩm định và lưu điểm thẩm định.",
      "Submissions are closed. Reviews can be saved now.",
    ),
    "start-review": msg(
      "Đã chuyển sang họp xét: nhập kết quả bỏ phiếu, xếp hạng rồi chốt.",
      "The review meeting has started: enter the votes, rank, then finalize.",
    ),
  } satisfies Record<"close" | "start-review", Localized>,
  consolidated: (returns: number, members: number) =>
    msg(
      `Đã chèn trang "Tổng hợp": ${n(returns, "vi")}/${n(members, "vi")} đơn vị đã nộp. Nhập điểm thẩm định (cột F) và lý do (cột I) rồi bấm "Lưu điểm thẩm định".`,
      `The "Tổng hợp" sheet is inserted: ${n(returns, "en")}/${n(members, "en")} units submitted. Type reviewed points (column F) and reasons (column I), then "Save review adjustments".`,
    ),
  reviewsSaved: (saved: number, unchanged: number, problems: number) =>
    msg(
      `Đã lưu ${n(saved, "vi")} điều chỉnh thẩm định (${n(unchanged, "vi")} dòng không đổi)${problems > 0 ? `; ${n(problems, "vi")} dòng chưa lưu được, xem bên dưới` : ""}.`,
      `${n(saved, "en")} review adjustments saved (${n(unchanged, "en")} unchanged)${problems > 0 ? `; ${n(problems, "en")} rows not saved, see below` : ""}.`,
    ),
  reviewRefused: (unit: string, code: string, saved: number, why: Localized) =>
    msg(
      `Dòng ${unit}, tiêu chí ${code} không lưu được (đã lưu ${n(saved, "vi")} dòng trước đó): ${why.vi}`,
      `The row ${unit}, criterion ${code} was not saved (${n(saved, "en")} rows before it were): ${why.en}`,
    ),
  finalized: (periodId: string) =>
    msg(
      `Đã chốt kết quả kỳ ${periodId}. Bản tự chấm, điểm thẩm định và kết quả bỏ phiếu của kỳ này nay chỉ còn đọc.`,
      `Period ${periodId} is finalized. Its returns, reviews and votes are now read-only.`,
    ),
  confirmFinalize: (periodId: string) =>
    msg(
      `Chốt kết quả kỳ ${periodId}? Sau khi chốt, bản tự chấm của các đơn vị, điểm thẩm định, giải trình và kết quả bỏ phiếu của kỳ này chỉ còn đọc; kết quả được lưu làm lịch sử của khối. Muốn sửa phải mở lại kỳ kèm lý do (thành phiên bản mới).`,
      `Finalize period ${periodId}? Afterwards the units' returns, the reviews, explanations and votes of this period are read-only, and the result becomes the bloc's history. Changing it then needs a reopening with a reason (a new version).`,
    ),
  periodState: {
    open: msg("Kỳ đang nhận bản tự chấm", "The period accepts returns"),
    closed: msg("Đã khóa nhận, đang thẩm định", "Closed, under review"),
    reviewing: msg("Đang họp xét", "Review meeting"),
    finalized: msg("Đã chốt kết quả (chỉ đọc)", "Finalized (read-only)"),
  } satisfies Record<PeriodState, Localized>,
  whatIfNone: (unit: string, rank: number | null) =>
    rank === null
      ? msg(`${unit} không được xếp hạng.`, `${unit} is not ranked.`)
      : msg(`${unit} đang đứng hạng 1.`, `${unit} is ranked first.`),
  whatIfNoSingle: (unit: string, target: string) =>
    msg(
      `Không tiêu chí nào tự nó đủ để ${unit} vượt ${target}.`,
      `No single criterion is enough for ${unit} to pass ${target}.`,
    ),
};

/** "Nếu I.1 (title) được 10 điểm (thay vì 8) thì hạng 2, trên …": one what-if change in words. */
export function whatIfLine(change: WhatIfChange, title: string, rank: number, target: string): Localized {
  return msg(
    `Nếu ${change.code} (${title}) được ${n(change.to, "vi")} điểm thay vì ${n(change.from, "vi")} thì hạng ${n(rank, "vi")}, trên ${target}.`,
    `If ${change.code} (${title}) scored ${n(change.to, "en")} instead of ${n(change.from, "en")}, rank ${n(rank, "en")}, above ${target}.`,
  );
}
