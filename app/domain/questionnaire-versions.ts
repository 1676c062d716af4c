/**
 * Which questionnaire versions exist and what an administrator may do with
 * them. Pure: the model passes the stored versions and the definitions in the
 * content folder.
 *
 * - A definition in the content folder that the database does not have yet is
 *   "klaar om te publiceren"; publishing stores it frozen.
 * - New scans use the newest published version that is not retired.
 * - Retiring is refused for the last version in use, so there is always one
 *   version for new scans. Scans and reports keep the version they were made with.
 */
export type StoredVersion = { version: number; title: string; publishedAt: string; retiredAt: string | null };
export type VersionStatus = "gepubliceerd" | "uit-gebruik" | "niet-gepubliceerd";

export type VersionOverviewRow = {
  version: number;
  title: string;
  status: VersionStatus;
  publishedAt: string | null;
  retiredAt: string | null;
  /** New scans start with this version. */
  current: boolean;
  scans: number;
};

/** The version a new scan uses: the newest one that is published and not retired. */
export function versionForNewScans(stored: readonly StoredVersion[]): number | null {
  const active = stored.filter((v) => v.retiredAt === null).map((v) => v.version);
  return active.length === 0 ? null : Math.max(...active);
}

export function versionOverview(
  stored: readonly StoredVersion[],
  content: readonly { version: number; title: string }[],
  scanCounts: ReadonlyMap<number, number>,
): VersionOverviewRow[] {
  const current = versionForNewScans(stored);
  const rows: VersionOverviewRow[] = stored.map((v) => ({
    version: v.version,
    title: v.title,
    status: v.retiredAt === null ? "gepubliceerd" : "uit-gebruik",
    publishedAt: v.publishedAt,
    retiredAt: v.retiredAt,
    current: v.version === current,
    scans: scanCounts.get(v.version) ?? 0,
  }));
  for (const definition of content) {
    if (stored.some((v) => v.version === definition.version)) continue;
    rows.push({ ...definition, status: "niet-gepubliceerd", publishedAt: null, retiredAt: null, current: false, scans: 0 });
  }
  return rows.sort((a, b) => b.version - a.version);
}

export type RetireCheck = { ok: true } | { ok: false; reason: "not-found" | "already-retired" | "only-active" };

export function canRetire(stored: readonly StoredVersion[], version: number): RetireCheck {
  const target = stored.find((v) => v.version === version);
  if (!target) return { ok: false, reason: "not-found" };
  if (target.retiredAt !== null) return { ok: false, reason: "already-retired" };
  const others = stored.filter((v) => v.version !== version && v.retiredAt === null);
  return others.length === 0 ? { ok: false, reason: "only-active" } : { ok: true };
}
