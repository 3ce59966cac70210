import { redirect } from "next/navigation";
import { getCurrentUser, homeFor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function WorkplacePage() {
  const user = await getCurrentUser();
  redirect(user ? homeFor(user.role) : "/inloggen");
}
