import { AdminNav } from "@/components/admin/admin-nav";
import { requireRole } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * Municipality administration: only administrators get here (others: not found; not signed in: sign-in page).
 * The catalogue editor gets in too, but sees only the catalogue: every other page below asks for an administrator
 * role itself (requireRole), so for the editor those read as not found.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN", "CATALOGUE_EDITOR");
  return (
    <div className="space-y-6">
      <AdminNav platform={actor.role === "PLATFORM_ADMIN"} catalogueOnly={actor.role === "CATALOGUE_EDITOR"} />
      {children}
    </div>
  );
}
