import Link from "next/link";
import { link } from "@/components/ui/styles";

/** "Terug naar …" at the top of a staff page: a link with a target of at least 44 px high, in its own paragraph. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p>
      <Link className={`${link} inline-flex min-h-11 items-center`} href={href}>
        {children}
      </Link>
    </p>
  );
}
