/**
 * The conversation report as an A4 PDF (@react-pdf/renderer), in the report's own language and direction.
 * Renders the same CaseReport model as the web page, so both always say the same.
 *
 * Font: Noto Sans Arabic from the npm package @fontsource/noto-sans-arabic (SIL Open Font License 1.1; its Latin,
 * Latin Extended and Arabic parts), embedded as a fallback chain: Latin first, then Latin Extended (Turkish ş ğ ı,
 * Polish ł ą ę, names like Łukasz or Şükrü), then Arabic. The built-in Helvetica (WinAnsi) cannot write those
 * letters, nor Arabic. react-pdf shapes Arabic (fontkit) and orders mixed text with the Unicode bidi algorithm
 * (bidi-js); for a right-to-left report the page is mirrored: text aligned right, bullets and labels on the right.
 * Known limit (seen rendering the PDF with pdf.js): the dots of some final letter forms (ـث ـب ـت ـي) are drawn without
 * their dots; words stay recognisable, but an Arabic reader should check a printed copy (issue 12 report).
 */
import path from "node:path";
import { Document, Font, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { CaseReport } from "./case-report";

const INK = "#1b1f23";
const BRAND = "#0a564f";
const MUTED = "#4a5560";

/** The font files, read from node_modules at run time (npm start and the tests run in the project folder). */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-arabic", "files");
const FONT_PARTS = [
  ["TTV Noto Latin", "latin"],
  ["TTV Noto Latin Ext", "latin-ext"],
  ["TTV Noto Arabic", "arabic"],
] as const;
let registered = false;
function registerFonts(): void {
  if (registered) return;
  for (const [family, part] of FONT_PARTS) {
    Font.register({
      family,
      fonts: [400, 700].map((fontWeight) => ({ src: path.join(FONT_DIR, `noto-sans-arabic-${part}-${fontWeight}-normal.woff`), fontWeight })),
    });
  }
  registered = true;
}
/** Per character the first family that has it; Helvetica last, for anything the others lack. */
const FAMILY = [...FONT_PARTS.map(([family]) => family), "Helvetica"];

function stylesFor(rtl: boolean) {
  // lineHeight on each text, not on the page: with a page-wide lineHeight react-pdf leaves out the fixed footer
  // (its page numbers, and so the whole footer: a bug in 4.9 found with this report's tests)
  const text = rtl ? ({ direction: "rtl", textAlign: "right", lineHeight: 1.45 } as const) : ({ lineHeight: 1.45 } as const);
  const row = rtl ? "row-reverse" : "row";
  return StyleSheet.create({
    page: { paddingTop: 42, paddingBottom: 56, paddingHorizontal: 48, fontFamily: FAMILY, fontSize: 11.5, color: INK },
    title: { ...text, fontWeight: 700, fontSize: 20, color: BRAND, marginBottom: 10 },
    metaRow: { flexDirection: row, marginBottom: 2 },
    metaLabel: { ...text, fontWeight: 700, width: 150 },
    metaValue: { ...text, flex: 1 },
    intro: { ...text, marginTop: 10, marginBottom: 6 },
    heading: { ...text, fontWeight: 700, fontSize: 14.5, color: BRAND, marginTop: 16, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 1, borderBottomColor: "#c9d3d2" },
    block: { marginBottom: 8 },
    blockTitle: { ...text, fontWeight: 700, fontSize: 12.5, marginBottom: 2 },
    paragraph: { ...text, marginBottom: 2 },
    listLabel: { ...text, fontWeight: 700, marginTop: 3, marginBottom: 1 },
    item: { flexDirection: row, marginBottom: 1 },
    bullet: { width: 12, lineHeight: 1.45, textAlign: rtl ? "right" : "left" },
    itemText: { ...text, flex: 1 },
    footer: { position: "absolute", bottom: 24, left: 48, right: 48, fontSize: 9, color: MUTED, flexDirection: row, justifyContent: "space-between" },
    footerText: rtl ? { direction: "rtl" } : {},
  });
}

/**
 * The municipality's look in the PDF (issue 9): its primary colour for the title and headings (it passed 3:1 on white
 * when saved, enough for these large bold texts) and its logo at the top. Absent: the default look.
 */
export interface PdfLook {
  primary: string;
  logo: { data: Buffer; width: number; height: number; alt: string } | null;
}

const LOGO_MAX_HEIGHT_PT = 40;

/**
 * Right to left, react-pdf 4.9 loses (part of) the first letter of a line that starts with an Arabic letter; a
 * zero-width non-joiner on both ends (in the Arabic font, invisible, joins nothing) keeps every letter.
 */
const ZWNJ = "\u200c";

export function CaseReportDocument({ report, look }: { report: CaseReport; look?: PdfLook }) {
  const rtl = report.dir === "rtl";
  const s = (text: string) => (rtl ? `${ZWNJ}${text}${ZWNJ}` : text);
  const styles = stylesFor(rtl);
  const brand = look ? { color: look.primary } : {};
  const logo = look?.logo;
  const logoHeight = logo ? Math.min(LOGO_MAX_HEIGHT_PT, logo.height) : 0;
  const pageOf = report.pageOf ?? "{page} / {total}";
  return (
    <Document title={report.title} author="Thuis Technologie Verkenner" language={report.locale ?? "nl"}>
      <Page size="A4" style={styles.page}>
        <View style={styles.footer} fixed>
          <Text style={styles.footerText}>{s(report.footer ?? `Thuis Technologie Verkenner · ${report.reference ?? ""}`)}</Text>
          <Text style={styles.footerText} render={({ pageNumber, totalPages }) => s(pageOf.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages)))} />
        </View>
        {logo ? (
          <Image
            src={{ data: logo.data, format: "png" }}
            style={{ height: logoHeight, width: (logo.width / logo.height) * logoHeight, marginBottom: 12, alignSelf: rtl ? "flex-end" : "flex-start" }}
          />
        ) : null}
        <Text style={[styles.title, brand]}>{s(report.title)}</Text>
        {report.meta.map((m) => (
          <View key={m.label} style={styles.metaRow}>
            <Text style={styles.metaLabel}>{s(m.label)}</Text>
            <Text style={styles.metaValue}>{s(m.value)}</Text>
          </View>
        ))}
        <Text style={styles.intro}>{s(report.intro)}</Text>
        {report.sections.map((section) => (
          <View key={section.id}>
            <Text style={[styles.heading, look ? { color: look.primary, borderBottomColor: look.primary } : {}]} minPresenceAhead={40}>
              {s(section.heading)}
            </Text>
            {section.blocks.map((block, i) => (
              <View key={i} style={styles.block} wrap>
                {block.title ? (
                  <Text style={styles.blockTitle} minPresenceAhead={24}>
                    {s(block.title)}
                  </Text>
                ) : null}
                {(block.text ?? []).map((t, j) => (
                  <Text key={j} style={styles.paragraph}>
                    {s(t)}
                  </Text>
                ))}
                {(block.lists ?? []).map((list, j) => (
                  <View key={j}>
                    <Text style={styles.listLabel}>{s(list.label)}</Text>
                    {list.items.map((item, k) => (
                      <View key={k} style={styles.item}>
                        <Text style={styles.bullet}>•</Text>
                        <Text style={styles.itemText}>{s(item)}</Text>
                      </View>
                    ))}
                  </View>
                ))}
              </View>
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
}

/** The PDF bytes of a report. */
export async function renderCaseReportPdf(report: CaseReport, look?: PdfLook): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<CaseReportDocument report={report} look={look} />);
}

/** A file name without personal data: "verslag-ABCD1234.pdf". */
export function reportFileName(reference: string): string {
  return `verslag-${reference.replace(/[^0-9A-Z]/gi, "")}.pdf`;
}
