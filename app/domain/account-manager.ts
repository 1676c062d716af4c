/**
 * Who becomes a new employer's accountmanager: the active accountmanager of
 * the region with the fewest employers, ties broken by name and id so that
 * the choice is deterministic.
 */
export interface AccountManagerCandidate {
  id: string;
  name: string;
  employers: number;
}

export function pickAccountManager(candidates: readonly AccountManagerCandidate[]): string | null {
  const sorted = [...candidates].sort(
    (a, b) => a.employers - b.employers || a.name.localeCompare(b.name, "nl") || a.id.localeCompare(b.id),
  );
  return sorted[0]?.id ?? null;
}
