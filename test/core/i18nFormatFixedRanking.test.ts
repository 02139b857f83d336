import { toFixed } from "../../core/decimal/fixed";
import { formatFixed } from "../../core/i18n";

describe("formatFixed, as the ranking writes points in tie sentences and notes", () => {
  it("writes exact points the Vietnamese and English way", () => {
    expect(formatFixed(toFixed(48.5), "vi", 1)).toBe("48,5");
    expect(formatFixed(toFixed(47), "vi", 1)).toBe("47,0");
    expect(formatFixed(toFixed(1486), "vi")).toBe("1.486");
    expect(formatFixed(toFixed(1486.25), "en")).toBe("1,486.25");
    expect(formatFixed(toFixed(0.0001), "vi")).toBe("0,0001");
    expect(formatFixed(toFixed(-2.5), "en")).toBe("−2.5");
    expect(formatFixed(0, "vi", 1)).toBe("0,0");
  });
});
