import type { CaseReport } from "@/lib/report/case-report";

/**
 * The conversation report on screen and on paper (A4 via the print styles in app/globals.css), for the consultant
 * (Dutch) and for the resident's own copy (`/verslag`, in the report's language and direction). The same model as the
 * PDF (lib/report/report-pdf.tsx). `titleAsH1` on a page where the report is the main content (the resident's copy);
 * otherwise the title is an h2 under the page's own h1. What people typed (notes, agreements, the response) keeps its
 * own direction (dir="auto"); logical spacing (ps-6) so bullets sit on the right in Arabic.
 */
export function ReportView({ report, titleAsH1 = false }: { report: CaseReport; titleAsH1?: boolean }) {
  const Title = titleAsH1 ? "h1" : "h2";
  const Section = titleAsH1 ? "h2" : "h3";
  const Block = titleAsH1 ? "h3" : "h4";
  const own = (typed: boolean | undefined) => (typed ? ({ dir: "auto" } as const) : {});
  return (
    <article
      className="report space-y-6 rounded-xl border border-gray-300 bg-white p-4 text-lg sm:p-8 print:border-0 print:p-0"
      aria-labelledby="verslag-titel"
      lang={report.locale}
      dir={report.dir}
    >
      <header className="space-y-3">
        <Title id="verslag-titel" className="text-3xl font-bold text-brand-800">
          {report.title}
        </Title>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {report.meta.map((m) => (
            <div key={m.label} className="contents">
              <dt className="font-semibold">{m.label}</dt>
              <dd className="mb-1 sm:mb-0">
                <bdi>{m.value}</bdi>
              </dd>
            </div>
          ))}
        </dl>
        <p>{report.intro}</p>
      </header>
      {report.sections.map((section) => (
        <section key={section.id} aria-labelledby={`verslag-${section.id}`} className="space-y-3">
          <Section id={`verslag-${section.id}`} className="border-b-2 border-brand-100 pb-1 text-2xl font-bold text-brand-800">
            {section.heading}
          </Section>
          {section.blocks.map((block, i) => (
            <div key={i} className="print-avoid-break space-y-1">
              {block.title ? (
                <Block className="text-xl font-bold" {...own(block.typed)}>
                  {block.title}
                </Block>
              ) : null}
              {(block.text ?? []).map((t, j) => (
                <p key={j} className="whitespace-pre-line" {...own(block.typed)}>
                  {t}
                </p>
              ))}
              {(block.lists ?? []).map((list, j) => (
                <div key={j}>
                  <p className="font-semibold">{list.label}</p>
                  <ul className="list-disc space-y-1 ps-6">
                    {list.items.map((item, k) => (
                      <li key={k}>{item}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
