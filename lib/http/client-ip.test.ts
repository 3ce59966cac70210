import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/env";
import { CLIENT_IP_HEADER, CLIENT_IP_TOKEN_HEADER, clientIpFromHeaders, normaliseIp, processToken, resolveClientIp, trustedProxyList } from "./client-ip";

const none = trustedProxyList([]);
const proxies = trustedProxyList(parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8") ?? []);

describe("resolveClientIp", () => {
  it.each<[string, string | undefined, string | undefined, ReturnType<typeof trustedProxyList>, string]>([
    ["no proxies: the connection, whatever the header says", "203.0.113.7", "6.6.6.6", none, "203.0.113.7"],
    ["no proxies, no header", "203.0.113.7", undefined, none, "203.0.113.7"],
    ["IPv4-mapped IPv6 connection", "::ffff:203.0.113.7", "6.6.6.6", none, "203.0.113.7"],
    ["untrusted connection with a forged chain", "203.0.113.7", "6.6.6.6, 10.0.0.1", proxies, "203.0.113.7"],
    ["trusted proxy: the address it appended", "10.1.2.3", "198.51.100.4", proxies, "198.51.100.4"],
    ["trusted proxy: client-written entries on the left are ignored", "10.1.2.3", "6.6.6.6, 198.51.100.4", proxies, "198.51.100.4"],
    ["two trusted proxies in a row", "10.1.2.3", "6.6.6.6, 198.51.100.4, 192.168.1.5", proxies, "198.51.100.4"],
    ["trusted proxy without a header", "10.1.2.3", undefined, proxies, "10.1.2.3"],
    ["trusted proxy, garbage in the header", "10.1.2.3", "not-an-ip", proxies, "10.1.2.3"],
    ["trusted IPv6 proxy", "fd00::1", "2001:db8::5", proxies, "2001:db8::5"],
    ["no connection address", undefined, "6.6.6.6", proxies, "onbekend"],
  ])("%s", (_name, peer, xff, list, expected) => {
    expect(resolveClientIp(peer, xff, list)).toBe(expected);
  });
});

describe("parseTrustedProxies", () => {
  it.each([
    ["", 0],
    ["10.0.0.0/8", 1],
    ["10.0.0.0/8, ::1, 2001:db8::/32", 3],
  ])("%s -> %i blocks", (value, count) => {
    expect(parseTrustedProxies(value)).toHaveLength(count);
  });
  it.each(["10.0.0.0/33", "example.org", "10.0.0.0/x", "::1/129"])("refuses %s", (value) => {
    expect(parseTrustedProxies(value)).toBeNull();
  });
});

describe("clientIpFromHeaders", () => {
  it("believes the header only with this process's token", () => {
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "6.6.6.6" }))).toBe("onbekend");
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "6.6.6.6", [CLIENT_IP_TOKEN_HEADER]: "guess" }))).toBe("onbekend");
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.7", [CLIENT_IP_TOKEN_HEADER]: processToken() }))).toBe("203.0.113.7");
  });
  it("normalises", () => {
    expect(normaliseIp("[::1]")).toBe("::1");
    expect(normaliseIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseIp("x")).toBeNull();
  });
});
