/**
 * The id of a new instrument: a readable slug of its name ("Jobcoach voucher"
 * → "jobcoach-voucher"), unique among the given ids by a number suffix. Ids
 * never change afterwards, so links and Kansenkaart rules stay valid when the
 * name is edited.
 */
export function instrumentIdFor(name: string, taken: readonly string[]): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "regeling";
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
