"use client";

import { useEffect } from "react";

/**
 * Puts the municipality's CSS custom properties on <html> while a themed page is shown, so the header, the footer
 * and the page background follow its look too; removes them when the resident leaves for an unthemed page (staff
 * screens keep the default look). The values were validated on the server (lib/theme/theme.ts).
 */
export function DocumentTheme({ vars }: { vars: Record<string, string> }) {
  const key = JSON.stringify(vars);
  useEffect(() => {
    const root = document.documentElement;
    const entries = Object.entries(JSON.parse(key) as Record<string, string>);
    for (const [name, value] of entries) root.style.setProperty(name, value);
    return () => {
      for (const [name] of entries) root.style.removeProperty(name);
    };
  }, [key]);
  return null;
}
