import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  checkTotp,
  groupSecret,
  hotp,
  otpauthUri,
  totpCode,
  totpRequiredFor,
  totpStep,
} from "~/domain/totp";
import { formatRecoveryCode, isRecoveryCode, isTotpCode, normaliseRecoveryCode } from "~/domain/second-factor-codes";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const rfcKey = new TextEncoder().encode("12345678901234567890");
const rfcVectors: [seconds: number, code: string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(rfcVectors)("gives the RFC test vector at %i s", (seconds, code) => {
    expect(totpCode(rfcKey, seconds * 1000, 8)).toBe(code);
    // Six digits are the last six of the same number.
    expect(totpCode(rfcKey, seconds * 1000)).toBe(code.slice(2));
  });

  it("gives the RFC 4226 HOTP vectors", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, counter) => hotp(rfcKey, counter))).toEqual(expected);
  });

  it("uses 30-second steps", () => {
    expect(totpStep(29_999)).toBe(0);
    expect(totpStep(30_000)).toBe(1);
  });

  it("accepts a code of a step within one step of now, and not beyond (property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 32 }),
        fc.integer({ min: 5, max: 2 ** 36 }),
        fc.integer({ min: -4, max: 4 }),
        fc.integer({ min: 0, max: 29_999 }),
        (key, step, offset, within) => {
          const code = hotp(key, step);
          const now = (step + offset) * 30_000 + within;
          const result = checkTotp(key, code, now, null);
          if (Math.abs(offset) <= 1) {
            expect(result).toEqual({ ok: true, step });
          } else {
            // Another step near now may by chance have the same code (1 in a million); only then is it accepted.
            const collides = [-1, 0, 1].some((d) => hotp(key, step + offset + d) === code);
            expect(result.ok).toBe(collides);
          }
        },
      ),
    );
  });

  it("refuses the same step again and any older step (no replay)", () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    const code = totpCode(rfcKey, now);
    expect(checkTotp(rfcKey, code, now, step - 1)).toEqual({ ok: true, step });
    expect(checkTotp(rfcKey, code, now, step)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp(rfcKey, hotp(rfcKey, step - 1), now, step)).toEqual({ ok: false, reason: "replayed" });
    // The next step is still fine after this one was used.
    expect(checkTotp(rfcKey, hotp(rfcKey, step + 1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it("refuses a wrong code and codes of another length", () => {
    const now = 1_700_000_000_000;
    const code = totpCode(rfcKey, now);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(checkTotp(rfcKey, wrong, now, null).ok).toBe(false);
    expect(checkTotp(rfcKey, code.slice(1), now, null)).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotp(rfcKey, `${code}0`, now, null)).toEqual({ ok: false, reason: "wrong" });
  });
});

describe("base32", () => {
  it("encodes the RFC 4648 examples", () => {
    const enc = (s: string) => base32Encode(new TextEncoder().encode(s));
    expect(enc("f")).toBe("MY");
    expect(enc("foobar")).toBe("MZXW6YTBOI");
    expect(base32Encode(rfcKey)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });

  it("decodes what it encodes, also in lower case and groups (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = base32Encode(bytes);
        expect(base32Decode(text)).toEqual(bytes);
        expect(base32Decode(groupSecret(text).toLowerCase())).toEqual(bytes);
      }),
    );
  });

  it("refuses characters outside the alphabet", () => {
    expect(() => base32Decode("ABC1")).toThrow();
  });
});

describe("set-up and recovery codes", () => {
  it("builds an otpauth URI with the issuer and the e-mail address", () => {
    const uri = otpauthUri("GEZDGNBV", "marieke@wsp.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Werkgeversportaal%3Amarieke%40wsp\.example\?/);
    const params = new URL(uri).searchParams;
    expect(params.get("secret")).toBe("GEZDGNBV");
    expect(params.get("issuer")).toBe("Werkgeversportaal");
    expect(params.get("digits")).toBe("6");
    expect(params.get("period")).toBe("30");
  });

  it("requires a second factor of administrators and coordinators only", () => {
    expect(totpRequiredFor("admin")).toBe(true);
    expect(totpRequiredFor("coordinator")).toBe(true);
    expect(totpRequiredFor("accountmanager")).toBe(false);
    expect(totpRequiredFor("organisation")).toBe(false);
  });

  it("tells a code from a recovery code, however it is typed", () => {
    expect(isTotpCode("123456")).toBe(true);
    expect(isTotpCode("123 456")).toBe(true);
    expect(isTotpCode("12345")).toBe(false);
    expect(isRecoveryCode("abcde-fgh23")).toBe(true);
    expect(isRecoveryCode("ABCDE FGH23")).toBe(true);
    expect(isRecoveryCode("ABCDE-FGH21")).toBe(false);
    expect(normaliseRecoveryCode(" abcde-fgh23 ")).toBe("ABCDEFGH23");
    expect(formatRecoveryCode("ABCDEFGH23")).toBe("ABCDE-FGH23");
  });
});
