import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";

/** The resident typed or followed a reservation or waiting-list code that does not exist (anymore). */
export function UnknownCode() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Deze code kennen wij niet</h1>
      <p className="max-w-prose text-lg">Kijk of u de code goed hebt overgenomen. U vindt hem in de bevestiging die u kreeg.</p>
      <Link href="/reservering" className={buttonSecondary}>
        Code opnieuw invullen
      </Link>
    </div>
  );
}
