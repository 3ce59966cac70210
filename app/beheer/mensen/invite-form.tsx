"use client";

import { useActionState, useEffect, useRef } from "react";
import { CodeOnce } from "@/components/admin/code-once";
import { Field } from "@/components/consultant/field";
import { FormMessage } from "@/components/consultant/form-message";
import { buttonPrimary } from "@/components/ui/styles";
import { RoleAndCentres } from "./role-fieldsets";
import { inviteAction, type InviteState } from "./actions";

export function InviteForm({ roles, centres, municipalityId }: { roles: string[]; centres: { id: string; name: string }[]; municipalityId: string | null }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, {});
  const top = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.message || state.invited) top.current?.focus();
  }, [state]);
  const v = state.values;
  const e = (k: string) => state.errors?.[k]?.[0];

  return (
    <div className="space-y-4">
      <div ref={top} tabIndex={-1}>
        {state.invited ? (
          <div role="status">
            <CodeOnce name={state.invited.name} email={state.invited.email} code={state.invited.code} link={state.invited.link} expiresAt={state.invited.expiresAt} />
          </div>
        ) : (
          <FormMessage state={{ errors: state.errors, message: state.message }} />
        )}
      </div>
      <form ref={form} action={action} noValidate className="max-w-2xl space-y-5" key={state.invited ? state.invited.code : "form"}>
        {municipalityId ? <input type="hidden" name="gemeente" value={municipalityId} /> : null}
        <Field id="uitnodiging-naam" name="naam" label="Naam" required defaultValue={v?.naam} error={e("naam")} maxLength={100} />
        <Field id="uitnodiging-email" name="email" label="E-mailadres" type="email" required defaultValue={v?.email} error={e("email")} maxLength={200} />
        <RoleAndCentres who="deze persoon" roles={roles} centres={centres} values={v} error={e} />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Bezig …" : "Uitnodigen"}
        </button>
      </form>
    </div>
  );
}
