"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useIsHydrating } from "@/components/ui/use-is-hydrating";
import { questionHeading } from "./choice-styles";

/**
 * The question as the page's heading. After each step (a server action's redirect is a client-side navigation, so
 * the browser does not reset focus; the pressed button is gone and focus would fall back to the page's start) focus
 * moves here: a screen reader reads the new question, and a keyboard user's next Tab goes to its first answer.
 * Not on a full page load: there the browser starts at the top, with the skip link, as on every other page.
 * tabIndex -1: focusable by script, not a Tab stop. The focus ring shows whenever it has focus (also after a click).
 */
export function StepHeading({ id, children }: { id?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const hydrating = useIsHydrating();
  const loadedWithPage = useRef(hydrating);
  const pathname = usePathname();

  useEffect(() => {
    if (loadedWithPage.current) {
      loadedWithPage.current = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);

  return (
    <h1
      ref={ref}
      id={id}
      tabIndex={-1}
      data-step-heading=""
      className={`${questionHeading} scroll-mt-4 rounded focus:outline-3 focus:outline-offset-4 focus:outline-[#1a4fd6]`}
    >
      {children}
    </h1>
  );
}
