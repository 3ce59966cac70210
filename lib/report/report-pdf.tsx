/**
 * The conversation report as an A4 PDF (@react-pdf/renderer), in the report's own language and direction.
 * Renders the same CaseReport model as the web page, so both always say the same.
 *
 * Font: DejaVu Sans from the npm package dejavu-fonts-ttf (Bitstream Vera licence, DejaVu changes public domain: free
 * to use and embed), regular and bold, embedded as a subset. One font writes Dutch, Turkish (ş ğ ı), Polish (ł ą ę),
 * names such as Łukasz or Şükrü, and Arabic with its dots; the built-in Helvetica (WinAnsi) cannot write those letters
 * and Noto Sans Arabic (fontsource) lost the dots of final letters and a line's first letter in react-pdf 4.9.
 * react-pdf shapes Arabic (fontkit) and orders mixed text with the Unicode bidi algorithm (bidi-js); for a
 * right-to-left report the page is mirrored: text aligned right, bullets and labels on the right.
 */
import path from "node:path";
import { Document, Font, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { CaseReport } from "./case-report";

const INK = "#1b1f23";
const BRAND = "#0a564f";
const MUTED = "#4a5560";

/** The font files, read from node_modules at run time (npm start and the tests run in the project folder). */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FAMILY = "TTV DejaVu Sans";
let registered = false;
function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: FAMILY,
    fonts: [
      { src: path.join(FONT_DIR, "DejaVuSans.ttf"), fontWeight: 400 },
      { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: 700 },
    ],
  });
  registered = true;
}

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
    footerText: {},
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

/** The direction of a text by its first strong letter (as HTML's dir="auto"): what people typed keeps its own. */
export function ownDirection(text: string): "ltr" | "rtl" | null {
  const m = /[A-Za-z\u00c0-\u024f\u0370-\u04ff]|[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.exec(text);
  if (!m) return null;
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(m[0]) ? "rtl" : "ltr";
}

export function CaseReportDocument({ report, look }: { report: CaseReport; look?: PdfLook }) {
  const rtl = report.dir === "rtl";
  const styles = stylesFor(rtl);
  /** typed text (notes, agreements, the response) in its own direction, like dir="auto" on the page */
  const own = (typed: boolean | undefined, text: string) => {
    const dir = typed && rtl ? ownDirection(text) : null;
    return dir === "ltr" ? { direction: "ltr" as const, textAlign: "left" as const } : {};
  };
  const brand = look ? { color: look.primary } : {};
  const logo = look?.logo;
  const logoHeight = logo ? Math.min(LOGO_MAX_HEIGHT_PT, logo.height) : 0;
  const pageOf = report.pageOf ?? "{page} / {total}";
  return (
    <Document title={report.title} author="Thuis Technologie Verkenner" language={report.locale ?? "nl"}>
      <Page size="A4" style={styles.page}>
        <View style={styles.footer} fixed>
          <Text style={styles.footerText}>{report.footer ?? `Thuis Technologie Verkenner · ${report.reference ?? ""}`}</Text>
          <Text style={styles.footerText} render={({ pageNumber, totalPages }) => pageOf.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages))} />
        </View>
        {logo ? (
          // eslint-disable-next-line jsx-a11y/alt-text -- @react-pdf/renderer's Image is a PDF image, not an HTML <img>: it takes no alt
          <Image
            src={{ data: logo.data, format: "png" }}
            style={{ height: logoHeight, width: (logo.width / logo.height) * logoHeight, marginBottom: 12, alignSelf: rtl ? "flex-end" : "flex-start" }}
          />
        ) : null}
        <Text style={[styles.title, brand]}>{report.title}</Text>
        {report.meta.map((m) => (
          <View key={m.label} style={styles.metaRow}>
            <Text style={styles.metaLabel}>{m.label}</Text>
            <Text style={styles.metaValue}>{m.value}</Text>
          </View>
        ))}
        <Text style={styles.intro}>{report.intro}</Text>
        {report.sections.map((section) => (
          <View key={section.id}>
            <Text style={[styles.heading, look ? { color: look.primary, borderBottomColor: look.primary } : {}]} minPresenceAhead={40}>
              {section.heading}
            </Text>
            {section.blocks.map((block, i) => (
              <View key={i} style={styles.block} wrap>
                {block.title ? (
                  <Text style={[styles.blockTitle, own(block.typed, block.title)]} minPresenceAhead={24}>
                    {block.title}
                  </Text>
                ) : null}
                {(block.text ?? []).map((t, j) => (
                  <Text key={j} style={[styles.paragraph, own(block.typed, t)]}>
                    {t}
                  </Text>
                ))}
                {(block.lists ?? []).map((list, j) => (
                  <View key={j}>
                    <Text style={styles.listLabel}>{list.label}</Text>
                    {list.items.map((item, k) => (
                      <View key={k} style={styles.item}>
                        <Text style={styles.bullet}>•</Text>
                        <Text style={styles.itemText}>{item}</Text>
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
