import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideInvitations, parseInvitationList, reinviteWindowStart, throttledSendTimes } from "~/domain/invitations";

describe("reading an invitation list", () => {
  it("reads one address per line, lower-cases, drops duplicates and reports bad lines by number", () => {
    const parsed = parseInvitationList("Info@Bakkerij.nl\n\nkapper@voorbeeld.nl\njan@\ninfo@bakkerij.nl\n");
    expect(parsed.addresses).toEqual(["info@bakkerij.nl", "kapper@voorbeeld.nl"]);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.errors).toEqual([{ line: 4, value: "jan@" }]);
  });
  it("reads a CSV with a header naming the e-mail column (semicolons, quotes, BOM)", () => {
    const csv = '\uFEFFnaam;e-mail;plaats\n"Bakkerij De Korenschoof";"info@korenschoof.nl";Rotterdam\nGlans;geen adres;Delft\nHaven;haven@logistiek.nl;Schiedam\n';
    const parsed = parseInvitationList(csv);
    expect(parsed.addresses).toEqual(["info@korenschoof.nl", "haven@logistiek.nl"]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3]);
  });
  it("takes the field with an @ when there is no header", () => {
    expect(parseInvitationList("Bakkerij,info@bakkerij.nl\r\nKapper,kapper@voorbeeld.nl").addresses).toEqual([
      "info@bakkerij.nl",
      "kapper@voorbeeld.nl",
    ]);
  });
  it("never throws, and every non-empty line is an address, a duplicate or an error", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 })), { maxLength: 40 }), (lines) => {
        const parsed = parseInvitationList(lines.join("\n"));
        const nonEmpty = lines.join("\n").split(/\r\n|\n|\r/).filter((l) => l.trim()).length;
        expect(parsed.addresses.length + parsed.duplicates + parsed.errors.length).toBeLessThanOrEqual(nonEmpty);
        expect(new Set(parsed.addresses).size).toBe(parsed.addresses.length);
        for (const a of parsed.addresses) expect(a).toBe(a.toLowerCase());
      }),
    );
  });
});

describe("who gets an invitation", () => {
  it("skips opted-out and recently invited addresses", () => {
    const d = decideInvitations(["a@x.nl", "b@x.nl", "c@x.nl"], new Set(["b@x.nl"]), new Set(["c@x.nl", "b@x.nl"]));
    expect(d).toEqual({ send: ["a@x.nl"], recentlyInvited: [], optedOut: ["b@x.nl", "c@x.nl"] });
  });
  it("uses a 90-day window", () => {
    expect(reinviteWindowStart(new Date("2026-11-23T12:00:00Z"))).toBe("2026-08-25T12:00:00.000Z");
  });
});

describe("throttled sending", () => {
  it("sends at most the rate per minute", () => {
    const start = new Date("2026-11-23T12:00:00Z");
    const times = throttledSendTimes(300, start, 30);
    expect(times).toHaveLength(300);
    expect(times[0]).toBe(start.toISOString());
    expect(times[29]).toBe(start.toISOString());
    expect(times[30]).toBe("2026-11-23T12:01:00.000Z");
    expect(times[299]).toBe("2026-11-23T12:09:00.000Z");
    const perMinute = new Map<string, number>();
    for (const t of times) perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBe(30);
  });
});
