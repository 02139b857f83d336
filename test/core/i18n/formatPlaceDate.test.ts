import { formatPlaceDate } from "../../../core/i18n";

describe("formatPlaceDate", () => {
  it("When the meeting's date is known, then the line reads as a Vietnamese document writes it", () => {
    expect(formatPlaceDate("Hà Giang", { day: 15, month: 12, year: 2022 })).toBe(
      "Hà Giang, ngày 15 tháng 12 năm 2022",
    );
  });

  it("When the day is below 10 or the month is January or February, then it takes a leading zero", () => {
    expect(formatPlaceDate("Nghệ An", { day: 5, month: 2, year: 2024 })).toBe(
      "Nghệ An, ngày 05 tháng 02 năm 2024",
    );
    expect(formatPlaceDate("Đắk Lắk", { day: 9, month: 3, year: 2023 })).toBe(
      "Đắk Lắk, ngày 09 tháng 3 năm 2023",
    );
  });

  it("When no date is known, then day, month and year are left as dots to fill in by hand", () => {
    expect(formatPlaceDate("Hà Giang")).toBe("Hà Giang, ngày … tháng … năm …");
  });

  it("When the place is blank, then it is left as dots too", () => {
    expect(formatPlaceDate("  ", { day: 20, month: 12, year: 2019 })).toBe("…, ngày 20 tháng 12 năm 2019");
  });
});
