import { formatNumber } from "../i18n/formatNumber";
import type { Lang } from "../i18n/localized";
import type { RankingResult } from "../ranking/rankingResult";
import type { CompiledTemplate } from "../template/compileTemplate";
import {
  MINUTES_WORDS as W,
  minutesSubtitle,
  presentLine,
  provisionalLine,
  returnsLine,
  rotationLines,
} from "./minutesWords";
import { headerFooterText, planGrid } from "./planGrid";
import { wrappedTextHeight } from "./rowHeights";
import type { PlanCell, SheetPlan, StyleName, WorkbookPlan } from "./sheetPlan";
import { SHEET_STYLES } from "./sheetStyles";

export type MinutesOptions = {
  lang?: Lang;
  /** The bloc as its template names it; without it the minutes name the result's table id. */
  bloc?: { name: string; province?: string };
  /** Award ids highest first (the template's order); without it the proposals keep the order they were decided in. */
  awardOrder?: readonly string[];
  /** Decimals the points are shown with at least (the template's rounding): 97,00 beside 99,50. */
  decimals?: number;
};

/** The minutes' options a template gives: the bloc's name and province, its order of awards, its decimals. */
export function minutesOptionsOf(compiled: CompiledTemplate, lang: Lang = "vi"): MinutesOptions {
  const t = compiled.template;
  return {
    lang,
    bloc: { name: t.identity.bloc.name, province: t.identity.province },
    awardOrder: t.awards.map((a) => a.id),
    decimals: t.rounding.decimals,
  };
}

/** Columns: Hạng, Đơn vị, Tổng điểm, Xếp loại, Đề nghị khen thưởng (widths in characters; A4 portrait). */
const WIDTHS = [7, 34, 11, 11, 34] as const;

/**
 * A draft of the meeting's minutes (biên bản họp xét thi đua) from a ranking result, print-ready on A4 portrait:
 * the national motto, title, bloc and year; time, place, chair, secretary and members present as fill-in lines;
 * returns received and missing; the ranked list (rank, unit, total in the language's number format, band,
 * proposal); every tie with how it was decided or that the meeting or the ballot decides; who is held back from
 * awards and why; the proposals per award within quota with unused places and their reason; next year's leader
 * and deputy; "provisional" while units are missing; the closing, the date line and the signature block. Only
 * facts the result holds are written; what the result cannot know is left as "…" for the secretary.
 */
export function minutesSheetPlan(result: RankingResult, options: MinutesOptions = {}): SheetPlan {
  const lang = options.lang ?? "vi";
  const d = documentWriter();
  const nameOf = new Map(result.units.map((u) => [u.unitId, u.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join(", ");
  const missing = result.units.filter((u) => !u.hasReturn).map((u) => u.name);
  const members = result.units.length;
  const bloc = options.bloc;

  d.split((bloc?.name ?? result.templateId).toUpperCase(), W.motto[lang]);
  d.split(bloc?.province ?? "", W.motto2[lang]);
  d.gap();
  d.line(W.title[lang], "title");
  d.line(minutesSubtitle(result.year)[lang], "heading");
  if (missing.length > 0) d.line(provisionalLine(missing, members)[lang], "heading");
  d.gap();
  for (const w of [W.time, W.place, W.chair, W.secretary]) d.line(w[lang]);
  d.line(presentLine(members)[lang]);
  d.line(returnsLine(members - missing.length, members, missing)[lang]);

  d.gap();
  d.line(W.rankingHeading[lang], "label");
  d.table(
    W.headers.map((h) => h[lang]),
    result.units.map((u) => {
      const pending = result.proposals.some((p) => p.award === u.proposed && p.vote === "pending");
      const award = result.proposals.find((p) => p.award === u.proposed)?.name[lang] ?? u.proposed ?? "";
      return [
        u.rank === null ? "—" : String(u.rank),
        u.name,
        u.hasReturn ? formatNumber(u.total, lang, options.decimals ?? 0) : "—",
        u.band?.name[lang] ?? "",
        !u.hasReturn ? W.noReturn[lang] : pending ? `${award} (${W.pendingBallot[lang]})` : award,
      ];
    }),
  );
  if (result.ties.length === 0) d.line(W.noTies[lang]);
  else {
    d.line(W.ties[lang]);
    for (const tie of result.ties) d.line(`– ${tie.sentence[lang]}.`);
  }
  const held = result.units.filter((u) => u.hasReturn && (!u.eligibility.awardable || !u.eligibility.ranked));
  if (held.length > 0) {
    d.line(W.held[lang]);
    for (const u of held) {
      const why = u.eligibility.reasons.map((r) => r.reason[lang]).join("; ");
      d.line(`– ${u.name}${u.eligibility.ranked ? "" : ` (${W.notRanked[lang]})`}: ${why}.`);
    }
  }

  d.gap();
  d.line(W.awardsHeading[lang], "label");
  const order = options.awardOrder ?? [];
  const place = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const proposals = [...result.proposals].sort((a, b) => place(a.award) - place(b.award));
  if (proposals.length === 0) d.line(W.noProposals[lang]);
  for (const p of proposals) {
    const quota = lang === "vi" ? `chỉ tiêu ${p.quota}` : `quota ${p.quota}`;
    const ballot = p.vote === "pending" ? `; ${W.pendingBallot[lang]}` : "";
    const undecided =
      p.undecided.length === 0
        ? ""
        : lang === "vi"
          ? `; Hội nghị quyết định giữa: ${names(p.undecided)}`
          : `; the meeting decides between: ${names(p.undecided)}`;
    const unused = p.unusedReason === null ? "" : ` ${p.unusedReason[lang]}.`;
    d.line(
      `– ${p.name[lang]} (${quota}${ballot}): ${names(p.proposed) || W.none[lang]}${undecided}.${unused}`,
    );
  }

  if (result.rotation !== null) {
    const r = result.rotation;
    const words = rotationLines(r.year, r.leader && names([r.leader]), r.deputy && names([r.deputy]), lang);
    d.gap();
    d.line(words.heading, "label");
    d.line(words.line);
    d.line(`${r.explanation[lang]}.`);
  }

  d.gap();
  d.line(W.closing[lang]);
  d.gap();
  d.split("", W.dateLine[lang], "subtitle");
  d.split(W.secretaryTitle[lang], W.chairTitle[lang], "heading");
  d.split(W.signHint[lang], W.signHint[lang], "subtitle");
  const last = d.row - 1;

  const code = result.inputHash.replace(/^sha256:/, "").slice(0, 12);
  const codeWords = lang === "vi" ? `Mã kết quả ${code}` : `Result code ${code}`;
  const pageWords = lang === "vi" ? "Trang &P/&N" : "Page &P/&N";
  return {
    name: W.sheet[lang],
    visibility: "visible",
    columns: WIDTHS.map((width) => ({ width })),
    cells: d.g.cells,
    merges: d.merges,
    validations: [],
    conditionalFormats: [],
    protect: false,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      footer: `&L${headerFooterText(codeWords)}&R${pageWords}`,
      printArea: `A1:E${last}`,
    },
    heights: d.heights,
  };
}

/** The minutes as a workbook of one sheet (no metadata sheet: nothing reads it back). */
export function minutesWorkbookPlan(result: RankingResult, options: MinutesOptions = {}): WorkbookPlan {
  return { styles: SHEET_STYLES, sheets: [minutesSheetPlan(result, options)] };
}

/** Writes a document down the page: lines merged across it, split lines, a table; keeps each merged row's height. */
function documentWriter() {
  const g = planGrid(WIDTHS.length);
  const merges: string[] = [];
  const heights: (number | null)[] = [];
  const width = (from: number, to: number) => WIDTHS.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const d = {
    g,
    merges,
    heights,
    row: 1,
    /** One paragraph across the page. */
    line(text: string, style: StyleName = "body") {
      g.set(d.row, 1, { v: text, s: style, text: true });
      merges.push(`A${d.row}:E${d.row}`);
      heights[d.row - 1] = wrappedTextHeight(text, width(0, 4), SHEET_STYLES[style]);
      d.row++;
    },
    /** Two blocks side by side: A–B and C–E (the head's issuer and motto, the signers). */
    split(left: string, right: string, style: StyleName = "heading") {
      const cell = (v: string): PlanCell => ({ v, s: style, text: true });
      g.set(d.row, 1, cell(left));
      g.set(d.row, 3, cell(right));
      merges.push(`A${d.row}:B${d.row}`, `C${d.row}:E${d.row}`);
      heights[d.row - 1] = Math.max(
        wrappedTextHeight(left, width(0, 1), SHEET_STYLES[style]),
        wrappedTextHeight(right, width(2, 4), SHEET_STYLES[style]),
      );
      d.row++;
    },
    gap() {
      heights[d.row - 1] = 8;
      d.row++;
    },
    /** A bordered table; cells are not merged, so the renderers size its rows themselves. */
    table(header: readonly string[], rows: readonly (readonly string[])[]) {
      header.forEach((h, c) => g.set(d.row, c + 1, { v: h, s: "header" }));
      heights[d.row - 1] = null;
      d.row++;
      for (const r of rows) {
        r.forEach((v, c) =>
          g.set(d.row, c + 1, { v, s: c === 0 ? "centered" : c === 2 ? "points" : "criterion", text: true }),
        );
        heights[d.row - 1] = null;
        d.row++;
      }
    },
  };
  return d;
}
