"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * True only while React hydrates server HTML (the first render after a full page load); false when a component is
 * first rendered in the browser, e.g. after a client-side navigation or a server action's redirect. Lets a component
 * tell "the page was just loaded" (leave focus where the browser puts it, the HTML is what the server sent) from
 * "the resident moved on inside the app" (move focus, render the enhanced control at once).
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
