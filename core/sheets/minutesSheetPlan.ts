import { formatNumber } from "../i18n/formatNumber";
import { formatPlaceDate } from "../i18n/formatPlaceDate";
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
import type { DocumentWriter } from "./documentWriter";
import { documentWriter } from "./documentWriter";
import { headerFooterText } from "./planGrid";
import type { SheetPlan, WorkbookPlan } from "./sheetPlan";
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
  const d = documentWriter(WIDTHS, 3);
  const nameOf = new Map(result.units.map((u) => [u.unitId, u.name]));
  const c: MinutesContext = {
    d,
    result,
    lang,
    options,
    names: (ids) => ids.map((id) => nameOf.get(id) ?? id).join(", "),
  };
  writeHead(c);
  writeRanking(c);
  writeProposals(c);
  writeClosing(c);

  const code = result.inputHash.replace(/^sha256:/, "").slice(0, 12);
  const codeWords = lang === "vi" ? `Mã kết quả ${code}` : `Result code ${code}`;
  const pageWords = lang === "vi" ? "Trang &P/&N" : "Page &P/&N";
  return {
    name: W.sheet[lang],
    visibility: "visible",
    columns: WIDTHS.map((width) => ({ width })),
    cells: d.cells,
    merges: d.merges,
    validations: [],
    conditionalFormats: [],
    protect: false,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      footer: `&L${headerFooterText(codeWords)}&R${pageWords}`,
      printArea: `A1:E${d.row - 1}`,
    },
    heights: d.heights,
  };
}

/** What each part of the minutes writes with and from. */
type MinutesContext = {
  d: DocumentWriter;
  result: RankingResult;
  lang: Lang;
  options: MinutesOptions;
  /** Units' names by id, joined with commas. */
  names: (ids: readonly string[]) => string;
};

/** The bloc beside the motto, the title, the provisional notice, the fill-in lines and the returns received. */
function writeHead({ d, result, lang, options }: MinutesContext): void {
  const missing = result.units.filter((u) => !u.hasReturn).map((u) => u.name);
  const members = result.units.length;
  d.split((options.bloc?.name ?? result.templateId).toUpperCase(), W.motto[lang]);
  d.split(options.bloc?.province ?? "", W.motto2[lang]);
  d.gap();
  d.line(W.title[lang], "title");
  d.line(minutesSubtitle(result.year)[lang], "heading");
  if (missing.length > 0) d.line(provisionalLine(missing, members)[lang], "heading");
  d.gap();
  for (const w of [W.time, W.place, W.chair, W.secretary]) d.line(w[lang]);
  d.line(presentLine(members)[lang]);
  d.line(returnsLine(members - missing.length, members, missing)[lang]);
}

/** I.: the ranked list, the ties and how each was decided, the units held back from awards and why. */
function writeRanking({ d, result, lang, options }: MinutesContext): void {
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
    ["centered", "criterion", "points", "criterion", "criterion"],
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
}

/** II.: the proposals per award (highest first) within quota, a pending ballot, a tie at the edge, unused places. */
function writeProposals({ d, result, lang, options, names }: MinutesContext): void {
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
}

/** III.: next year's leader and deputy (when the policy has a rotation rule); the closing and the signatures. */
function writeClosing({ d, result, lang, options, names }: MinutesContext): void {
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
  // The place is the bloc's province when known ("Hà Giang, ngày … tháng … năm …"), as on the ranked table.
  const province = options.bloc?.province;
  d.split("", lang === "vi" && province ? formatPlaceDate(province) : W.dateLine[lang], "subtitle");
  d.split(W.secretaryTitle[lang], W.chairTitle[lang], "heading");
  d.split(W.signHint[lang], W.signHint[lang], "subtitle");
}

/** The minutes as a workbook of one sheet (no metadata sheet: nothing reads it back). */
export function minutesWorkbookPlan(result: RankingResult, options: MinutesOptions = {}): WorkbookPlan {
  return { styles: SHEET_STYLES, sheets: [minutesSheetPlan(result, options)] };
}
