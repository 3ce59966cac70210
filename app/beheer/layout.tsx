import { AdminNav } from "@/components/admin/admin-nav";
import { requireRole } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Municipality administration: only administrators get here (others: not found; not signed in: sign-in page). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  return (
    <div className="space-y-6">
      <AdminNav isPlatform={actor.role === "PLATFORM_ADMIN"} />
      {children}
    </div>
  );
}
