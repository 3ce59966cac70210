"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary } from "@/components/ui/styles";
import { RoleAndCentres } from "./role-fieldsets";
import { grantRightsAction, type GrantState } from "./actions";

/** Gives an account of the identity provider that waits for rights its role (and centres for staff). */
export function GrantForm({ userId, name, back, roles, centres }: { userId: string; name: string; back: string; roles: string[]; centres: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<GrantState, FormData>(grantRightsAction, {});
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message || state.done) top.current?.focus();
  }, [state]);
  const e = (k: string) => state.errors?.[k]?.[0];
  const v = state.values;
  const prefix = `rechten-${userId}`;
  if (state.done) {
    return (
      <div ref={top} tabIndex={-1} role="status">
        <p className="rounded-lg border-2 border-good-700 bg-good-50 p-3 text-lg font-semibold text-good-700">{state.done}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div ref={top} tabIndex={-1}>
        <FormMessage state={{ errors: state.errors, message: state.message }} />
      </div>
      <form action={action} noValidate className="space-y-4">
        <input type="hidden" name="gebruiker" value={userId} />
        <input type="hidden" name="terug-gemeente" value={back} />
        <RoleAndCentres who={name} roles={roles} centres={centres} values={v} error={e} idPrefix={prefix} />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig..." : "Rechten geven"}
          <span className="sr-only"> aan {name}</span>
        </button>
      </form>
    </div>
  );
}
