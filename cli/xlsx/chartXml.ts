// DrawingML for one clustered bar chart (biểu đồ cột) and the drawing that places it on a sheet, as XML strings.
// Element order follows the OOXML schema sequences (CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer, CT_CatAx,
// CT_ValAx, CT_TwoCellAnchor): Excel refuses a part whose children are out of order.
import { encodeXmlText } from "./xmlText";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const FONT = "Times New Roman";
const BAR_COLOR = "5B9BD5";

/** What a bar chart shows: the title, the series name, the sheet ranges and the values cached for viewers. */
export type BarChartXmlInput = {
  title: string;
  seriesName: string;
  /** Range formulas with the sheet, e.g. `'Xếp hạng'!$B$6:$B$13`. */
  categoriesRef: string;
  valuesRef: string;
  /** Cached category labels and values, one per row of the ranges; `undefined` leaves a point uncached. */
  categories: readonly string[];
  values: readonly (number | undefined)[];
  /** Number format of the values and their labels at the bar ends, e.g. "#,##0.00". */
  valueFormat: string;
  /** Number format of the value axis' labels ("#,##0": 120, not 120,00) and its step, when the plan gives one. */
  axisFormat: string;
  majorUnit?: number;
  /** Whether each bar shows its value at its end (off when the bars are too thin for a label each). */
  valueLabels: boolean;
};

/** Escapes text for an XML attribute or element, and encodes characters XML cannot carry as `_xHHHH_`. */
export function escapeXml(text: string): string {
  return encodeXmlText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A sheet-qualified absolute range for chart formulas: ("Xếp hạng", "B6:B13") → `'Xếp hạng'!$B$6:$B$13`. */
export function chartRangeRef(sheet: string, range: string): string {
  const absolute = range
    .split(":")
    .map((a) => a.replace(/^\$?([A-Z]{1,3})\$?([0-9]+)$/, "$$$1$$$2"))
    .join(":");
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/**
 * The chart part (xl/charts/chartN.xml): a horizontal clustered bar chart, first category at the top, value
 * labels at the bar ends, with string and number caches so a viewer that does not recalculate still draws it.
 */
export function chartXml(input: BarChartXmlInput): string {
  const text = (size: number, bold: boolean) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
  const strPoints = input.categories
    .map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`)
    .join("");
  const numPoints = input.values
    .map((v, i) => (v === undefined || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  const format = escapeXml(input.valueFormat);
  const axisFormat = escapeXml(input.axisFormat);
  const majorUnit =
    input.majorUnit !== undefined && input.majorUnit > 0 ? `<c:majorUnit val="${input.majorUnit}"/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1300" b="1"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr>` +
    `<a:t>${escapeXml(input.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(input.seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOR}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${text(900, false)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="${input.valueLabels ? 1 : 0}"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(input.categoriesRef)}</c:f><c:strCache>` +
    `<c:ptCount val="${input.categories.length}"/>${strPoints}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(input.valuesRef)}</c:f><c:numCache><c:formatCode>${format}</c:formatCode>` +
    `<c:ptCount val="${input.values.length}"/>${numPoints}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    // Categories top-down in table order (maxMin); the value axis then crosses at the last category, the bottom.
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900, false)}<c:crossAx val="500000002"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${axisFormat}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(800, false)}` +
    `<c:crossAx val="500000001"/><c:crosses val="max"/><c:crossBetween val="between"/>${majorUnit}</c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** A cell corner of a drawing anchor: 0-based column and row. */
export type AnchorCell = { column: number; row: number };

/**
 * The drawing part (xl/drawings/drawingN.xml) holding one chart between two cell corners (`to` exclusive),
 * moving with the cells; `chartRelId` is the drawing's relationship to the chart part.
 */
export function chartDrawingXml(from: AnchorCell, to: AnchorCell, chartRelId: string, name: string): string {
  const corner = (tag: string, a: AnchorCell) =>
    `<xdr:${tag}><xdr:col>${a.column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", from)}${corner("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${escapeXml(chartRelId)}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
