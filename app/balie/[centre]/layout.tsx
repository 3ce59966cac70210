import { notFound } from "next/navigation";
import { DeskNav } from "@/components/desk/desk-nav";
import { requireRole } from "@/lib/auth/session";
import { listMyCentres } from "@/lib/server/desk/list-my-centres";
import { orNotFound } from "../_lib/or-not-found";

export const dynamic = "force-dynamic";

/** Every desk page of one centre: only its own staff get past here (others: 404; signed out: sign in). */
export default async function CentreDeskLayout({ children, params }: { children: React.ReactNode; params: Promise<{ centre: string }> }) {
  const actor = await requireRole("CENTRE_STAFF");
  const { centre } = await params;
  const centres = await orNotFound(listMyCentres({ actor }));
  if (!centres.some((c) => c.slug === centre)) notFound();
  return (
    <>
      <DeskNav centres={centres.map((c) => ({ slug: c.slug, name: c.name }))} currentSlug={centre} />
      {children}
    </>
  );
}
