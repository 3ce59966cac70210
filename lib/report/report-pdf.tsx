/**
 * The conversation report as an A4 PDF (@react-pdf/renderer, built-in Helvetica: no font downloads).
 * Renders the same CaseReport model as the web page, so both always say the same.
 */
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { CaseReport } from "./case-report";

const INK = "#1b1f23";
const BRAND = "#0a564f";
const MUTED = "#4a5560";

const styles = StyleSheet.create({
  page: { paddingTop: 42, paddingBottom: 56, paddingHorizontal: 48, fontFamily: "Helvetica", fontSize: 11.5, lineHeight: 1.45, color: INK },
  title: { fontFamily: "Helvetica-Bold", fontSize: 20, color: BRAND, marginBottom: 10 },
  metaRow: { flexDirection: "row", marginBottom: 2 },
  metaLabel: { fontFamily: "Helvetica-Bold", width: 150 },
  metaValue: { flex: 1 },
  intro: { marginTop: 10, marginBottom: 6 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 14.5, color: BRAND, marginTop: 16, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 1, borderBottomColor: "#c9d3d2" },
  block: { marginBottom: 8 },
  blockTitle: { fontFamily: "Helvetica-Bold", fontSize: 12.5, marginBottom: 2 },
  paragraph: { marginBottom: 2 },
  listLabel: { fontFamily: "Helvetica-Bold", marginTop: 3, marginBottom: 1 },
  item: { flexDirection: "row", marginBottom: 1 },
  bullet: { width: 12 },
  itemText: { flex: 1 },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, fontSize: 9, color: MUTED, flexDirection: "row", justifyContent: "space-between" },
});

/**
 * The municipality's look in the PDF (issue 9): its primary colour for the title and headings (it passed 3:1 on white
 * when saved, enough for these large bold texts) and its logo at the top. Absent: the default look.
 */
export interface PdfLook {
  primary: string;
  logo: { data: Buffer; width: number; height: number; alt: string } | null;
}

const LOGO_MAX_HEIGHT_PT = 40;

export function CaseReportDocument({ report, look }: { report: CaseReport; look?: PdfLook }) {
  const reference = report.meta.find((m) => m.label === "Kenmerk")?.value ?? "";
  const brand = look ? { color: look.primary } : {};
  const logo = look?.logo;
  const logoHeight = logo ? Math.min(LOGO_MAX_HEIGHT_PT, logo.height) : 0;
  return (
    <Document title={report.title} author="Thuis Technologie Verkenner" language="nl">
      <Page size="A4" style={styles.page}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- @react-pdf/renderer's Image is a PDF image, not an HTML <img>: it takes no alt */}
        {logo ? <Image src={{ data: logo.data, format: "png" }} style={{ height: logoHeight, width: (logo.width / logo.height) * logoHeight, marginBottom: 12 }} /> : null}
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
                  <Text style={styles.blockTitle} minPresenceAhead={24}>
                    {block.title}
                  </Text>
                ) : null}
                {(block.text ?? []).map((t, j) => (
                  <Text key={j} style={styles.paragraph}>
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
        <View style={styles.footer} fixed>
          <Text>Thuis Technologie Verkenner · Kenmerk {reference}</Text>
          <Text render={({ pageNumber, totalPages }) => `Pagina ${pageNumber} van ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The PDF bytes of a report. */
export async function renderCaseReportPdf(report: CaseReport, look?: PdfLook): Promise<Buffer> {
  return renderToBuffer(<CaseReportDocument report={report} look={look} />);
}

/** A file name without personal data: "verslag-ABCD1234.pdf". */
export function reportFileName(reference: string): string {
  return `verslag-${reference.replace(/[^0-9A-Z]/gi, "")}.pdf`;
}
