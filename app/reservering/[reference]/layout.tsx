import { LookForRecord } from "@/components/theme/look-for-record";

/** A reservation's status: in the look of its municipality (issue 9). */
export default async function ReservationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ reference: string }> }) {
  return (
    <LookForRecord kind="reservation" code={(await params).reference}>
      {children}
    </LookForRecord>
  );
}
