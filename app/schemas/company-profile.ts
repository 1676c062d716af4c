import { z } from "zod";
import { err } from "~/i18n/errors";
import { honeypot } from "./auth";

const text = (required: string, max: number) =>
  z.string({ required_error: required }).trim().min(1, required).max(max, err("common", "tooLong", { max }));

/** KvK-nummer: 8 digits; spaces and dots are allowed while typing. */
export const kvkSchema = z
  .string({ required_error: err("scan", "kvkRequired") })
  .transform((v) => v.replace(/[\s.]/g, ""))
  .pipe(
    z
      .string()
      .min(1, err("scan", "kvkRequired"))
      .regex(/^\d{8}$/, err("scan", "kvkDigits")),
  );

const optionalCode = z
  .string()
  .trim()
  .max(20, err("scan", "fromList"))
  .optional()
  .transform((v) => (v ? v : undefined));

export const companyProfileSchema = z
  .object({
    website: honeypot,
    startKey: z.string().max(64).optional(),
    campaignCode: z.string().max(40).optional(),
    name: text(err("scan", "nameRequired"), 200),
    kvk: kvkSchema,
    sectorId: z
      .string({ required_error: err("scan", "sectorRequired") })
      .trim()
      .min(1, err("scan", "sectorRequired"))
      .max(60, err("scan", "sectorFromList")),
    fte: z
      .string({ required_error: err("scan", "fteRequired") })
      .trim()
      .min(1, err("scan", "fteRequired"))
      .max(6, err("scan", "fteRange"))
      .regex(/^\d+$/, err("scan", "fteWhole"))
      .transform(Number)
      .pipe(z.number().int().min(1, err("scan", "fteMin")).max(100_000, err("scan", "fteRange"))),
    municipalityCode: optionalCode,
    regionId: optionalCode,
    contactName: text(err("scan", "contactNameRequired"), 120),
    email: z
      .string({ required_error: err("scan", "emailRequired") })
      .trim()
      .min(1, err("scan", "emailRequired"))
      .max(254, err("scan", "emailTooLong"))
      .email(err("scan", "email"))
      .transform((v) => v.toLowerCase()),
    phone: z
      .string()
      .trim()
      .max(20, err("scan", "phoneTooLong"))
      .regex(/^(\+?[0-9][0-9 -]{8,18})?$/, err("scan", "phone"))
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((value, ctx) => {
    if (!value.municipalityCode && !value.regionId) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["municipalityCode"],
        message: err("scan", "placeRequired"),
      });
    }
  });

export type CompanyProfile = z.output<typeof companyProfileSchema>;
