"use client";

import { buttonSecondary } from "@/components/ui/styles";

/**
 * Signs out. next-auth's client code is loaded on the press, not with the page: the button sits in the header of every
 * page (residents included), and next-auth/react is about 9 kB of compressed JavaScript that no resident needs.
 */
export function SignOutButton() {
  return (
    <button
      type="button"
      className={buttonSecondary}
      onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}
    >
      Uitloggen
    </button>
  );
}
