"use server";

import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/schemas/admin";
import { acceptInvitationSchema } from "@/lib/schemas/people";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";

export interface AcceptState {
  errors?: Record<string, string[]>;
  message?: string;
  /** the code as typed, to show again; passwords are never sent back */
  values?: { code: string };
  /** the address of the new account, after success */
  done?: string;
}

export async function acceptInvitationAction(_state: AcceptState, formData: FormData): Promise<AcceptState> {
  const raw = { code: String(formData.get("code") ?? ""), wachtwoord: String(formData.get("wachtwoord") ?? ""), herhaling: String(formData.get("herhaling") ?? "") };
  const values = { code: raw.code.slice(0, 80) };
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error), message: "Uw account is nog niet klaar. Kijk hieronder wat er nog moet gebeuren.", values };
  try {
    const { email } = await acceptInvitation({ code: parsed.data.code, password: parsed.data.wachtwoord });
    return { done: email };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) return { errors: error.fields, message: error.message, values };
    throw error;
  }
}
