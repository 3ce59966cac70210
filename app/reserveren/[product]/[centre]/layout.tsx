import { LookForRecord } from "@/components/theme/look-for-record";

/** Reserving at a lending centre: in the look of the centre's municipality (issue 9). */
export default async function ReserveLayout({ children, params }: { children: React.ReactNode; params: Promise<{ centre: string }> }) {
  return (
    <LookForRecord kind="centre" code={(await params).centre}>
      {children}
    </LookForRecord>
  );
}
