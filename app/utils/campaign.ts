/** A campaign code from `/scan?c=CODE`: letters, digits and dashes, 3–32 long; anything else is ignored. */
export function campaignCodeFrom(value: string | null | undefined): string | null {
  if (!value) return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z0-9-]{3,32}$/.test(code) ? code : null;
}
