import type { Localized } from "../i18n/localized";
import type { Rounding } from "./templateSchema";

const MODES: Record<Rounding["mode"], Localized> = {
  "half-up": { vi: "nửa lên", en: "half up" },
  "half-even": { vi: "nửa về số chẵn", en: "half to even" },
  down: { vi: "cắt bỏ phần dư (làm tròn xuống)", en: "down (the rest is dropped)" },
};

/** A table's rounding rule in words: "2 chữ số thập phân, nửa lên" / "2 decimal places, half up". */
export function describeRounding(rounding: Rounding): Localized {
  const mode = MODES[rounding.mode];
  const places =
    rounding.decimals === 0
      ? { vi: "đến số nguyên", en: "to whole points" }
      : {
          vi: `${rounding.decimals} chữ số thập phân`,
          en: `${rounding.decimals} decimal place${rounding.decimals === 1 ? "" : "s"}`,
        };
  return { vi: `${places.vi}, ${mode.vi}`, en: `${places.en}, ${mode.en}` };
}
