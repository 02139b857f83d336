import { z } from "zod";
import { hasAtMostFourDecimals } from "../decimal/fixed";

/** Points as written in a template: ≥ 0, at most 4 decimal places (half-points and tenths are common). */
export const PointsSchema = z
  .number()
  .min(0)
  .max(100_000)
  .refine(hasAtMostFourDecimals, { message: "at most 4 decimal places" });

/** Points that must be more than 0 (a step, points per item or per violation). */
export const PositivePointsSchema = PointsSchema.refine((v) => v > 0, { message: "must be greater than 0" });

/** A code as tables write it: I, I.1, I.1.a, T.2 (letters, digits, dots between parts). */
export const CodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9Đđ]+(\.[A-Za-z0-9Đđ]+)*$/, {
    message: "a code like I, I.1 or I.1.a (letters/digits, dots)",
  })
  .max(20);

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "lower-case letters, digits and '-' (e.g. cong-an-tinh)" })
  .max(60);

/** A number typed in a return: a quantity, a result, a target, a percent or a score (≤ 4 decimals). */
export const QuantitySchema = z
  .number()
  .min(-1e10)
  .max(1e10)
  .refine(hasAtMostFourDecimals, { message: "at most 4 decimal places" });

/** A count typed in a return (items, violations): a whole number in 0–1.000.000. */
export const CountSchema = z.number().int().min(0).max(1_000_000);
