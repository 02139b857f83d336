// What `npm start` prints once the back end and the pane are up: the URLs, how to sideload manifest.xml into Excel
// on the web and on the desktop (docs/taskpane.md says the same at length), and sample access keys to sign in with.

/**
 * A few keys to try, one line each: the board's, then per bloc its leader's and its first member's (the file holds
 * every member's).
 */
function sampleKeys(keys) {
  const lines = [];
  const board = keys.find((k) => k.role === "board");
  if (board) lines.push(`  Ban Thi đua (board)                         ${board.key}`);
  const blocs = [...new Set(keys.filter((k) => k.blocId).map((k) => k.blocId))];
  for (const blocId of blocs) {
    for (const role of ["leader", "member"]) {
      const key = keys.find((k) => k.blocId === blocId && k.role === role);
      if (!key) continue;
      const who = role === "leader" ? "Khối trưởng (leader)" : "thành viên (member)";
      lines.push(`  ${blocId} · ${key.unitId} · ${who}`, `      ${key.key}`);
    }
  }
  return lines;
}

/** The text `npm start` prints, Vietnamese first, English second. */
export function startGuide({ apiUrl, paneOrigin, https, keys, keysFile, entraClientId }) {
  const manifest = `${paneOrigin}/manifest.xml`;
  return [
    "",
    "Thi Đua đang chạy / is running",
    `  Ngăn tác vụ (task pane):  ${paneOrigin}/taskpane.html`,
    `  API:                      ${apiUrl}/api   (${apiUrl}/api/health)`,
    `  Tệp kê khai (manifest):   ${manifest}   (cổng 3000: manifest.xml ở thư mục gốc / at the repository root)`,
    ...(https
      ? []
      : [
          "",
          "  ! Chưa có chứng chỉ: máy chủ chạy http, Office không tải được. Chạy `npm run pane:certs`, tin cậy ca.crt, chạy lại.",
          "  ! No certificates: the pane is served over http, which Office refuses. Run `npm run pane:certs`, trust ca.crt, restart.",
        ]),
    entraClientId
      ? `  Đăng nhập Microsoft: bật, ứng dụng ${entraClientId} / Microsoft sign-in: on, app ${entraClientId}`
      : "  Đăng nhập Microsoft: tắt (THIDUA_ENTRA_CLIENT_ID, THIDUA_ENTRA_SCOPE) / Microsoft sign-in: off",
    "",
    "Nạp thử vào Excel / Sideload into Excel (tin cậy ~/.office-addin-dev-certs/ca.crt trước / trust it first):",
    "  Excel trên web: Chèn (hoặc Trang đầu) → Bổ trợ → Tải lên bổ trợ của tôi, chọn manifest.xml.",
    "    Excel on the web: Insert (or Home) → Add-ins → Upload My Add-in, choose manifest.xml.",
    "  Excel trên Windows: chia sẻ thư mục chứa manifest.xml, thêm nó ở Tệp → Tùy chọn → Trung tâm Tin cậy →",
    "    Danh mục Bổ trợ Tin cậy (Hiện trong Menu), mở lại Excel: Trang đầu → Bổ trợ → Nâng cao → Thư mục dùng chung.",
    "    Excel on Windows: share the folder holding manifest.xml, add it under File → Options → Trust Center →",
    "    Trusted Add-in Catalogs (Show in Menu), restart Excel: Home → Add-ins → Advanced → Shared Folder.",
    "  Excel trên Mac: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/,",
    "    mở lại Excel: Trang đầu → Bổ trợ → Bổ trợ của tôi.",
    "    Excel on Mac: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/,",
    "    restart Excel: Home → Add-ins → My Add-ins.",
    "",
    keys.length > 0
      ? `Mã truy cập mẫu / sample access keys (tất cả / all: ${keysFile}):`
      : `Chưa có mã truy cập trong ${keysFile} / no keys there (xoá thư mục dữ liệu để tạo lại / delete the data folder to seed again)`,
    ...sampleKeys(keys),
    "",
    "Ctrl-C để dừng tất cả / to stop everything.",
  ].join("\n");
}
