import { notFound } from "next/navigation";
import { PausedNotice } from "@/components/lending/paused-notice";
import { MunicipalityFrame } from "@/components/theme/municipality-frame";
import { getMunicipalityLook } from "@/lib/server/theme/public-look";

export const dynamic = "force-dynamic";

/**
 * A municipality's own address, /<slug>/... (README "How another municipality starts"). Static top-level routes
 * (/advies, /beheer, ...) win over this segment, and those names can never be a slug (lib/theme/reserved-slugs.ts).
 * Unknown slug: 404. Paused municipality: the paused notice instead of its pages.
 */
export default async function MunicipalityLayout({ children, params }: { children: React.ReactNode; params: Promise<{ gemeente: string }> }) {
  const look = await getMunicipalityLook((await params).gemeente);
  if (!look) notFound();
  if (look.paused) return <PausedNotice municipalityName={look.name} state="paused" wmoDesk={look.wmoDesk} />;
  return <MunicipalityFrame look={look}>{children}</MunicipalityFrame>;
}
