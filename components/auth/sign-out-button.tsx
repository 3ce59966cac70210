"use client";

import { signOut } from "next-auth/react";
import { buttonSecondary } from "@/components/ui/styles";

export function SignOutButton() {
  return (
    <button type="button" className={buttonSecondary} onClick={() => void signOut({ callbackUrl: "/" })}>
      Uitloggen
    </button>
  );
}
