import { findRowShift } from "../../../core/sheets/findRowShift";

const plan = ["title", "", "head", "I", "I.1", "I.2", "", "II", "II.1", "II.2", "total"];

describe("findRowShift", () => {
  it("When every row is in place, then it finds no shift", () => {
    expect(findRowShift(plan, plan)).toBeUndefined();
    // Rows past the plan (a signature block, a note typed below) are not the plan's business.
    expect(findRowShift(plan, [...plan, "ký tên"])).toBeUndefined();
  });

  it("When one or two rows are inserted, then it names them in the filled sheet's numbering", () => {
    const one = [...plan.slice(0, 5), "", ...plan.slice(5)];
    expect(findRowShift(plan, one)).toEqual({ kind: "inserted", rows: [6] });
    const two = [...plan.slice(0, 8), "ghi chú", "", ...plan.slice(8)];
    expect(findRowShift(plan, two)).toEqual({ kind: "inserted", rows: [9, 10] });
  });

  it("When rows are deleted, then it names them in the plan's numbering", () => {
    const one = [...plan.slice(0, 5), ...plan.slice(6)];
    expect(findRowShift(plan, one)).toEqual({ kind: "deleted", rows: [6] });
    const two = [...plan.slice(0, 3), ...plan.slice(5)];
    expect(findRowShift(plan, two)).toEqual({ kind: "deleted", rows: [4, 5] });
    // The last rows deleted leave nothing below to move.
    expect(findRowShift(plan, plan.slice(0, -1))).toEqual({ kind: "deleted", rows: [11] });
  });

  it("When a row was inserted in one place and another deleted elsewhere, or rows swapped, then it says from which row the layout changed", () => {
    const both = [...plan.slice(0, 4), "", ...plan.slice(4, 8), ...plan.slice(9)];
    expect(findRowShift(plan, both)).toEqual({ kind: "changed", row: 5 });
    const swapped = [...plan.slice(0, 4), plan[5]!, plan[4]!, ...plan.slice(6)];
    expect(findRowShift(plan, swapped)).toEqual({ kind: "changed", row: 5 });
  });
});
