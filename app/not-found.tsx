import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className="max-w-prose space-y-5">
      <h1 className="text-3xl font-bold">Deze pagina bestaat niet</h1>
      <p className="text-lg">Misschien is de link oud of is er een typefout in het adres. Of u hebt geen toegang tot deze pagina.</p>
      <Link href="/" className={buttonPrimary}>
        Naar de startpagina
      </Link>
    </div>
  );
}
