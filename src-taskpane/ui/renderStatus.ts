/** What the pane can tell the user about where it runs, in Vietnamese first. */
export type HostStatus = { host: string | null };

/** The status line for the host the pane was opened in. */
export function statusText(status: HostStatus): string {
  if (status.host === "Excel") {
    return "Đã kết nối với Excel. Các chức năng chấm điểm sẽ có trong phiên bản tới. (Connected to Excel.)";
  }
  return "Mở Thi Đua trong Excel để sử dụng. (Open Thi Đua inside Excel.)";
}
