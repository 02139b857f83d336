import type { Fixed } from "../decimal/fixed";
import { toFixed } from "../decimal/fixed";
import type { Band } from "../template/rankingPolicySchema";

/** The band (xếp loại) of a final total: the first band, highest first, whose minimum it reaches; -1 for none. */
export function classifyBand(bands: readonly Band[], total: Fixed): number {
  for (let i = 0; i < bands.length; i++) if (total >= toFixed(bands[i]!.min)) return i;
  return -1;
}
