import { chartValueAxis } from "../../../core/sheets/chartValueAxis";

describe("chartValueAxis", () => {
  it("When totals are on a 100-point table, then the axis counts in twenties with whole-number labels", () => {
    expect(chartValueAxis(99.5)).toEqual({ format: "#,##0", majorUnit: 20 });
    expect(chartValueAxis(107)).toEqual({ format: "#,##0", majorUnit: 20 });
  });

  it("When totals are on a 1.000-point cluster table, then the step grows with them", () => {
    expect(chartValueAxis(1000).majorUnit).toBe(200);
    expect(chartValueAxis(1486).majorUnit).toBe(500);
  });

  it("When totals are tiny or nobody is ranked, then the step is never below 1 (no two ticks print the same number)", () => {
    expect(chartValueAxis(0).majorUnit).toBe(1);
    expect(chartValueAxis(3).majorUnit).toBe(1);
    expect(chartValueAxis(7).majorUnit).toBe(2);
  });
});
