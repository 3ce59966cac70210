import { describe, expect, it } from "vitest";
import { formatInvitationCode, hashInvitationCode, invitationLink, isWellFormedInvitationCode, newInvitationCode, normaliseInvitationCode } from "./code";

describe("invitation codes", () => {
  it("are 16 characters from the read-aloud alphabet and differ every time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newInvitationCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(isWellFormedInvitationCode(code)).toBe(true);
  });

  it.each<[string, string]>([
    ["kx7m-2qpd-b8rt-9hwc", "KX7M2QPDB8RT9HWC"],
    [" KX7M 2QPD B8RT 9HWC ", "KX7M2QPDB8RT9HWC"],
  ])("normalises %j", (input, expected) => {
    expect(normaliseInvitationCode(input)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["KX7M2QPDB8RT9HWC", true],
    ["KX7M2QPDB8RT9HW", false],
    ["KX7M2QPDB8RT9HW0", false],
    ["KX7M2QPDB8RT9HWA", false],
  ])("%s is well formed: %s", (code, ok) => {
    expect(isWellFormedInvitationCode(code)).toBe(ok);
  });

  it("hashes the same code the same way however it is typed, and never returns the code", () => {
    const hash = hashInvitationCode("KX7M2QPDB8RT9HWC");
    expect(hashInvitationCode("kx7m-2qpd-b8rt-9hwc")).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("KX7M");
    expect(hashInvitationCode("KX7M2QPDB8RT9HWD")).not.toBe(hash);
  });

  it("formats in groups of four and builds the link", () => {
    expect(formatInvitationCode("KX7M2QPDB8RT9HWC")).toBe("KX7M-2QPD-B8RT-9HWC");
    expect(invitationLink("https://ttv.example.nl/", "KX7M2QPDB8RT9HWC")).toBe("https://ttv.example.nl/uitnodiging?code=KX7M-2QPD-B8RT-9HWC");
  });
});
