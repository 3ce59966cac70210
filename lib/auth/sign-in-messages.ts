/**
 * What a refused sign-in says. The server (lib/auth/sign-in.ts) throws one of these codes from next-auth's authorize;
 * next-auth hands it to the sign-in form as `error`, which shows the Dutch sentence. Pure; unit-tested.
 */
export type SignInRefusal = "invalid" | "wait" | "locked" | "client_locked" | "municipality_paused" | "use_municipality_account";

const PREFIX = "TTV_";

/** "TTV_LOCKED:900": the code next-auth passes on (no personal data; it may end up in a URL). */
export function refusalCode(kind: SignInRefusal, seconds?: number): string {
  return `${PREFIX}${kind.toUpperCase()}${seconds ? `:${seconds}` : ""}`;
}

function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 seconde" : `${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minuut" : `${minutes} minuten`;
}

export const WRONG_CREDENTIALS = "Dit e-mailadres of wachtwoord klopt niet. Probeer het opnieuw.";

/** The Dutch sentence for next-auth's `error` after a sign-in attempt. */
export function signInErrorMessage(error: string | null | undefined): string {
  const match = /^TTV_([A-Z_]+)(?::(\d+))?$/.exec(error ?? "");
  const kind = match?.[1]?.toLowerCase() as SignInRefusal | undefined;
  const seconds = Math.max(1, Number(match?.[2] ?? 60));
  switch (kind) {
    case "wait":
      return `Het wachtwoord klopte een paar keer niet. Wacht ${waitText(seconds)} en probeer het dan opnieuw.`;
    case "locked":
      return `Er is te vaak een verkeerd wachtwoord ingevuld voor dit account. Om het te beschermen kunt u over ${waitText(seconds)} weer inloggen. Weet u uw wachtwoord niet meer? Vraag uw beheerder om hulp.`;
    case "client_locked":
      return `Vanaf dit apparaat is te vaak geprobeerd in te loggen. Probeer het over ${waitText(seconds)} opnieuw.`;
    case "municipality_paused":
      return "Uw gemeente doet op dit moment niet mee. Daarom kunt u nu niet inloggen. Vraag uw beheerder wanneer het weer kan.";
    case "use_municipality_account":
      return "Uw gemeente heeft inloggen met een wachtwoord uitgezet. Log in met uw gemeente-account (de knop hierboven).";
    default:
      return WRONG_CREDENTIALS;
  }
}
