import { LookForRecord } from "@/components/theme/look-for-record";

/** The resident's copy of a conversation report: in the look of its municipality (issue 9), also when printed. */
export default async function ReportLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  return (
    <LookForRecord kind="report" code={(await params).code}>
      {children}
    </LookForRecord>
  );
}
