import type { Fixed } from "../decimal/fixed";
import { toFixed } from "../decimal/fixed";
import type { Band } from "../template/rankingPolicySchema";

/** The band (xếp loại) of a final total: the first band, highest first, whose minimum it reaches; -1 for none. */
export function classifyBand(bands: readonly Band[], total: Fixed): number {
  return bandOfMinima(bandMinima(bands), total);
}

/** The bands' minima in `Fixed`, for classifying many totals (`bandOfMinima`). */
export function bandMinima(bands: readonly Band[]): Fixed[] {
  return bands.map((b) => toFixed(b.min));
}

/** `classifyBand` with the minima already in `Fixed`. */
export function bandOfMinima(minima: readonly Fixed[], total: Fixed): number {
  for (let i = 0; i < minima.length; i++) if (total >= minima[i]!) return i;
  return -1;
}
