import { describe, expect, it } from "vitest";
import { browserPlan, ensureChromium, INSTALL_COMMAND, type BrowserFacts } from "./chromium";

const base: BrowserFacts = { path: "/usr/bin/chromium", exists: false, customPath: false, isRoot: false, hasApt: true };

describe("the end-to-end browser on a fresh machine", () => {
  it.each([
    { name: "chromium is there", facts: { exists: true }, action: "ready" },
    { name: "missing, root with apt: install it", facts: { isRoot: true }, action: "install" },
    { name: "missing, not root: instruction (no sudo on the user's behalf)", facts: {}, action: "instruct", text: /niet als root/ },
    { name: "missing, root without apt: instruction", facts: { isRoot: true, hasApt: false }, action: "instruct", text: /geen apt-get/ },
    { name: "a CHROMIUM_PATH of one's own that is missing: instruction", facts: { customPath: true, isRoot: true, path: "/opt/chrome" }, action: "instruct", text: /CHROMIUM_PATH/ },
  ])("$name", ({ facts, action, text }) => {
    const plan = browserPlan({ ...base, ...facts });
    expect(plan.action).toBe(action);
    if (plan.action === "instruct") {
      expect(plan.message).toMatch(text!);
      expect(plan.message).not.toContain("\n"); // one line
    }
  });

  it("installs Debian's chromium and fonts with apt-get when root, and returns the path", async () => {
    const calls: string[] = [];
    const path = await ensureChromium(
      async (command, args, env) => {
        calls.push(`${env?.DEBIAN_FRONTEND} ${command} ${args.join(" ")}`);
        return 0;
      },
      { ...base, isRoot: true },
      () => undefined,
      () => true,
    );
    expect(path).toBe("/usr/bin/chromium");
    expect(calls).toEqual(["noninteractive apt-get update", "noninteractive apt-get install -y chromium fonts-dejavu-core"]);
  });

  it("stops with the instruction when it may not install, and runs nothing", async () => {
    const calls: string[] = [];
    await expect(ensureChromium(async (c) => (calls.push(c), 0), base, () => undefined)).rejects.toThrow(INSTALL_COMMAND);
    expect(calls).toEqual([]);
  });

  it("stops with the instruction when apt-get fails", async () => {
    await expect(ensureChromium(async (_c, args) => (args[0] === "install" ? 100 : 0), { ...base, isRoot: true }, () => undefined, () => false)).rejects.toThrow(/apt-get install mislukte/);
  });
});
