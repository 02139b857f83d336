/** The value axis of a totals chart: whole-number labels at a round step. */
export type ValueAxis = { format: string; majorUnit: number };

/** At most this many steps from 0 to the largest value: labels stay readable on a printed page. */
const MAX_STEPS = 6;

/**
 * The value axis for totals up to `max`: labels as whole numbers ("120", not "120,00": an axis shows a scale, the
 * bars' labels and the table show the points) at a round step of 1, 2 or 5 × 10ⁿ, never below 1, so that no two
 * ticks print the same whole number.
 */
export function chartValueAxis(max: number): ValueAxis {
  let majorUnit = 1;
  for (let magnitude = 1; majorUnit * MAX_STEPS < max; magnitude *= 10) {
    majorUnit =
      [1, 2, 5, 10].map((m) => m * magnitude).find((step) => step * MAX_STEPS >= max) ?? 10 * magnitude;
  }
  return { format: "#,##0", majorUnit };
}
