import type { Evidence } from "../returns/returnSchema";

/** Separator between an evidence reference and its description on one line of the evidence cell. */
export const EVIDENCE_SEPARATOR = " — ";

/** Evidence as cell text: one line per piece, "reference — description" (minh chứng). */
export function formatEvidence(evidence: readonly Evidence[] | undefined): string | null {
  if (!evidence || evidence.length === 0) return null;
  return evidence
    .map((e) => (e.description === undefined ? e.ref : `${e.ref}${EVIDENCE_SEPARATOR}${e.description}`))
    .join("\n");
}

/** Reads the evidence cell back: every non-blank line is one piece; text after the first " — " is its description. */
export function parseEvidence(text: string): Evidence[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const at = line.indexOf(EVIDENCE_SEPARATOR);
      if (at < 0) return { ref: line.trim() };
      return { ref: line.slice(0, at).trim(), description: line.slice(at + EVIDENCE_SEPARATOR.length) };
    });
}
