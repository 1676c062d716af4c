import { z } from "zod";
import { honeypot } from "./auth";

const text = (label: string, max: number) =>
  z
    .string({ required_error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .max(max, `Dit is te lang. Gebruik hoogstens ${max} tekens.`);

/** KvK-nummer: 8 digits; spaces and dots are allowed while typing. */
export const kvkSchema = z
  .string({ required_error: "Vul het KvK-nummer in." })
  .transform((v) => v.replace(/[\s.]/g, ""))
  .pipe(
    z
      .string()
      .min(1, "Vul het KvK-nummer in.")
      .regex(/^\d{8}$/, "Een KvK-nummer heeft precies 8 cijfers. U vindt het op uw uittreksel van de KvK."),
  );

const optionalCode = z
  .string()
  .trim()
  .max(20, "Kies een waarde uit de lijst.")
  .optional()
  .transform((v) => (v ? v : undefined));

export const companyProfileSchema = z
  .object({
    website: honeypot,
    startKey: z.string().max(64).optional(),
    campaignCode: z.string().max(40).optional(),
    name: text("de naam van uw bedrijf", 200),
    kvk: kvkSchema,
    sectorId: z
      .string({ required_error: "Kies de branche van uw bedrijf." })
      .trim()
      .min(1, "Kies de branche van uw bedrijf.")
      .max(60, "Kies een branche uit de lijst."),
    fte: z
      .string({ required_error: "Vul het aantal medewerkers in." })
      .trim()
      .min(1, "Vul het aantal medewerkers in.")
      .max(6, "Vul een aantal in van 1 tot 100.000.")
      .regex(/^\d+$/, "Vul een heel getal in, bijvoorbeeld 25.")
      .transform(Number)
      .pipe(z.number().int().min(1, "Vul een aantal in van minstens 1.").max(100_000, "Vul een aantal in van 1 tot 100.000.")),
    municipalityCode: optionalCode,
    regionId: optionalCode,
    contactName: text("uw naam", 120),
    email: z
      .string({ required_error: "Vul uw e-mailadres in." })
      .trim()
      .min(1, "Vul uw e-mailadres in.")
      .max(254, "Dit e-mailadres is te lang.")
      .email("Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.")
      .transform((v) => v.toLowerCase()),
    phone: z
      .string()
      .trim()
      .max(20, "Vul een telefoonnummer in van hoogstens 20 tekens.")
      .regex(/^(\+?[0-9][0-9 -]{8,18})?$/, "Vul een geldig telefoonnummer in, bijvoorbeeld 010 123 45 67.")
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((value, ctx) => {
    if (!value.municipalityCode && !value.regionId) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["municipalityCode"],
        message: "Kies uw gemeente. Staat die er niet bij? Kies dan uw arbeidsmarktregio.",
      });
    }
  });

export type CompanyProfile = z.output<typeof companyProfileSchema>;

export const profileLabels: Record<string, string> = {
  name: "Naam van uw bedrijf",
  kvk: "KvK-nummer",
  sectorId: "Branche",
  fte: "Aantal medewerkers",
  municipalityCode: "Gemeente",
  regionId: "Arbeidsmarktregio",
  contactName: "Uw naam",
  email: "E-mailadres",
  phone: "Telefoonnummer",
};
