import { LookForRecord } from "@/components/theme/look-for-record";

/** A place on the waiting list: in the look of its municipality (issue 9). */
export default async function WaitlistLayout({ children, params }: { children: React.ReactNode; params: Promise<{ reference: string }> }) {
  return (
    <LookForRecord kind="waitlist" code={(await params).reference}>
      {children}
    </LookForRecord>
  );
}
