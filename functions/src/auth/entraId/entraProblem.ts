import type { Localized } from "../../../../core/i18n";
import { msg } from "../../../../core/i18n";

/** Why an Entra token was refused; each code names one check, so a log or a test can tell them apart. */
export type EntraProblemCode =
  | "token-too-large"
  | "token-malformed"
  | "algorithm-not-allowed"
  | "unknown-key"
  | "bad-signature"
  | "token-expired"
  | "token-not-yet-valid"
  | "wrong-audience"
  | "wrong-issuer"
  | "tenant-not-allowed"
  | "claims-missing"
  | "scope-missing"
  | "keys-unavailable";

/**
 * A refused token: 401 (sign in again), 403 (signed in, but this token may not call the API) or 503 (Microsoft's
 * keys could not be fetched: nobody's fault the caller can fix). Vietnamese first: what happened, what to do.
 */
export type EntraProblem = { code: EntraProblemCode; status: 401 | 403 | 503; message: Localized };

const SIGN_IN_AGAIN_VI = "Hãy đăng nhập lại bằng tài khoản Microsoft 365 của đơn vị.";
const SIGN_IN_AGAIN_EN = "Sign in again with your organisation's Microsoft 365 account.";

/** The problem for a failed check; `detail` fills the blank some messages have (an algorithm, a tenant, claims). */
export function entraProblem(code: EntraProblemCode, detail = ""): EntraProblem {
  const [status, message] = WORDS[code](detail);
  return { code, status, message };
}

const WORDS: Record<EntraProblemCode, (detail: string) => [EntraProblem["status"], Localized]> = {
  "token-too-large": (limit) => [
    401,
    msg(
      `Mã đăng nhập dài quá ${limit} nên không được xử lý. Hãy đăng xuất rồi đăng nhập lại; nếu vẫn lỗi, báo quản trị Microsoft 365 của đơn vị (tài khoản có thể thuộc quá nhiều nhóm).`,
      `The sign-in token is longer than ${limit}, so it was not read. Sign out and in again; if it persists, tell your Microsoft 365 administrator (the account may be in too many groups).`,
    ),
  ],
  "token-malformed": () => [
    401,
    msg(
      `Mã đăng nhập không đúng định dạng JWT của Microsoft Entra ID. ${SIGN_IN_AGAIN_VI}`,
      `The sign-in token is not a well-formed Microsoft Entra ID JWT. ${SIGN_IN_AGAIN_EN}`,
    ),
  ],
  "algorithm-not-allowed": (alg) => [
    401,
    msg(
      `Mã đăng nhập được ký bằng thuật toán "${alg}", không được chấp nhận (chỉ nhận RS256 của Microsoft). ${SIGN_IN_AGAIN_VI}`,
      `The sign-in token is signed with "${alg}", which is not accepted (only Microsoft's RS256). ${SIGN_IN_AGAIN_EN}`,
    ),
  ],
  "unknown-key": () => [
    401,
    msg(
      `Mã đăng nhập được ký bằng một khoá không có trong danh sách khoá hiện hành của tổ chức. ${SIGN_IN_AGAIN_VI}`,
      `The sign-in token is signed with a key that is not among the organisation's current keys. ${SIGN_IN_AGAIN_EN}`,
    ),
  ],
  "bad-signature": () => [
    401,
    msg(
      `Chữ ký của mã đăng nhập không hợp lệ: mã đã bị sửa hoặc không do Microsoft cấp. ${SIGN_IN_AGAIN_VI}`,
      `The sign-in token's signature is invalid: it was altered or not issued by Microsoft. ${SIGN_IN_AGAIN_EN}`,
    ),
  ],
  "token-expired": () => [
    401,
    msg(
      "Mã đăng nhập đã hết hạn. Hãy đăng nhập lại (hoặc tải lại add-in để lấy mã mới).",
      "The sign-in token has expired. Sign in again (or reload the add-in to get a new one).",
    ),
  ],
  "token-not-yet-valid": () => [
    401,
    msg(
      "Mã đăng nhập chưa đến thời điểm có hiệu lực. Hãy kiểm tra ngày giờ của máy tính rồi đăng nhập lại.",
      "The sign-in token is not valid yet. Check your computer's date and time, then sign in again.",
    ),
  ],
  "wrong-audience": () => [
    401,
    msg(
      "Mã đăng nhập được cấp cho một ứng dụng khác, không phải Thi Đua. Hãy đăng nhập lại từ add-in Thi Đua.",
      "The sign-in token was issued for another application, not Thi Đua. Sign in again from the Thi Đua add-in.",
    ),
  ],
  "wrong-issuer": (tenantId) => [
    401,
    msg(
      `Mã đăng nhập không do Microsoft Entra ID của tổ chức ${tenantId} cấp. ${SIGN_IN_AGAIN_VI}`,
      `The sign-in token was not issued by Microsoft Entra ID for tenant ${tenantId}. ${SIGN_IN_AGAIN_EN}`,
    ),
  ],
  "tenant-not-allowed": (tenantId) => [
    401,
    msg(
      `Tổ chức Microsoft 365 của tài khoản này (${tenantId || "không rõ"}) chưa được Ban Thi đua – Khen thưởng cho phép đăng nhập. Hãy dùng khoá truy cập do Ban cấp, hoặc đề nghị Ban thêm tổ chức này.`,
      `This account's Microsoft 365 organisation (${tenantId || "unknown"}) is not allowed to sign in by the Emulation and Commendation Board. Use the access key the board issued, or ask the board to add the organisation.`,
    ),
  ],
  "claims-missing": (claims) => [
    401,
    msg(
      `Mã đăng nhập thiếu hoặc sai thông tin người dùng (${claims}). Hãy đăng nhập bằng tài khoản người dùng của đơn vị, không dùng tài khoản ứng dụng.`,
      `The sign-in token lacks valid user claims (${claims}). Sign in with a person's account of your organisation, not an application's.`,
    ),
  ],
  "scope-missing": (scope) => [
    403,
    msg(
      `Mã đăng nhập không có quyền "${scope}" của Thi Đua. Hãy đăng nhập lại và đồng ý cấp quyền cho add-in (hoặc nhờ quản trị Microsoft 365 đồng ý thay tổ chức).`,
      `The sign-in token lacks Thi Đua's "${scope}" permission. Sign in again and consent for the add-in (or ask your Microsoft 365 administrator to consent for the organisation).`,
    ),
  ],
  "keys-unavailable": () => [
    503,
    msg(
      "Tạm thời không lấy được khoá xác thực của Microsoft nên chưa kiểm tra được đăng nhập. Hãy thử lại sau ít phút; nếu kéo dài, báo quản trị hệ thống.",
      "Microsoft's signing keys could not be fetched, so the sign-in could not be checked. Try again in a few minutes; if it persists, tell the system administrator.",
    ),
  ],
};
