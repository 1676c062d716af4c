import { campaignInvitationMail } from "~/content/mail";
import {
  decideInvitations,
  MAX_INVITATIONS_PER_BATCH,
  parseInvitationList,
  reinviteWindowStart,
  throttledSendTimes,
  type InvitationReport,
} from "~/domain/invitations";
import { err } from "~/i18n/errors";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { newId, newToken, nowIso, sha256 } from "~/utils/ids.server";
import { enqueueMail } from "~/utils/mail.server";
import { audit } from "./audit.server";
import { recipientLocale } from "./user.server";

const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** The minutes a scan takes, as promised in the invitation. */
const SCAN_MINUTES = 15;

export type InviteResult = { ok: true; report: InvitationReport } | { ok: false; errors: Record<string, string> };

/**
 * Invites members of a campaign. Bad lines are reported with their line
 * number and skipped; duplicates count once; addresses invited (by anyone)
 * in the last 90 days or that opted out are skipped. Mails go through the
 * outbox, spread over time. Idempotent per submission key.
 */
export async function inviteMembers(input: {
  campaign: { id: string; name: string; code: string; organisation_id: string };
  organisationName: string;
  actor: { id: string; role: string };
  submissionKey: string;
  /** The version of the confirmation text the organisation saw and confirmed. */
  consentVersion: string;
  list: string;
  baseUrl: string;
  now?: Date;
}): Promise<InviteResult> {
  const previous = await db()
    .selectFrom("invitation_batches")
    .select(["report_json", "campaign_id"])
    .where("submission_key", "=", input.submissionKey)
    .executeTakeFirst();
  if (previous) {
    if (previous.campaign_id !== input.campaign.id) return { ok: false, errors: { list: err("organisation", "reload") } };
    return { ok: true, report: JSON.parse(previous.report_json) as InvitationReport };
  }
  const parsed = parseInvitationList(input.list);
  if (parsed.addresses.length === 0) {
    const first = parsed.errors[0];
    return {
      ok: false,
      errors: { list: first ? err("organisation", "noValidAddress", { line: first.line }) : err("organisation", "listRequired") },
    };
  }
  if (parsed.addresses.length > MAX_INVITATIONS_PER_BATCH) {
    return {
      ok: false,
      errors: { list: err("organisation", "tooManyAddresses", { max: MAX_INVITATIONS_PER_BATCH, count: parsed.addresses.length }) },
    };
  }
  const now = input.now ?? new Date();
  const at = now.toISOString();
  const link = `${input.baseUrl}/scan?c=${encodeURIComponent(input.campaign.code)}`;

  const result = await db()
    .transaction()
    .execute(async (trx) => {
      const recent = new Set<string>();
      const optedOut = new Set<string>();
      for (const part of chunks(parsed.addresses, 500)) {
        const [r, o] = await Promise.all([
          trx.selectFrom("invitations").select("email").where("email", "in", part).where("created_at", ">=", reinviteWindowStart(now)).execute(),
          trx.selectFrom("invitation_optouts").select("email").where("email", "in", part).execute(),
        ]);
        r.forEach((row) => recent.add(row.email));
        o.forEach((row) => optedOut.add(row.email));
      }
      const decision = decideInvitations(parsed.addresses, recent, optedOut);
      const sendTimes = throttledSendTimes(decision.send.length, now, env().INVITE_MAILS_PER_MINUTE);
      const report: InvitationReport = {
        sent: decision.send.length,
        recentlyInvited: decision.recentlyInvited.length,
        optedOut: decision.optedOut.length,
        duplicates: parsed.duplicates,
        errors: parsed.errors,
        lastSendAt: sendTimes.at(-1) ?? null,
      };
      const batchId = newId();
      await trx
        .insertInto("invitation_batches")
        .values({
          id: batchId,
          campaign_id: input.campaign.id,
          organisation_id: input.campaign.organisation_id,
          submission_key: input.submissionKey,
          consent_text_version: input.consentVersion,
          report_json: JSON.stringify(report),
          created_by: input.actor.id,
          created_at: at,
        })
        .execute();
      for (const [i, email] of decision.send.entries()) {
        const token = newToken();
        // In Dutch, unless the address is a user's who chose another language.
        const content = campaignInvitationMail(
          {
            organisation: input.organisationName,
            campaign: input.campaign.name,
            link,
            unsubscribeLink: `${input.baseUrl}/afmelden/${token}`,
            minutes: SCAN_MINUTES,
          },
          await recipientLocale(trx, email),
        );
        const mailId = await enqueueMail(trx, { kind: "campaign-invitation", to: email, ...content, sendAfter: sendTimes[i] });
        await trx
          .insertInto("invitations")
          .values({
            id: newId(),
            batch_id: batchId,
            campaign_id: input.campaign.id,
            organisation_id: input.campaign.organisation_id,
            email,
            unsubscribe_token_hash: sha256(token),
            mail_id: mailId,
            created_at: at,
          })
          .execute();
      }
      await audit(trx, {
        actor: input.actor,
        action: "invite-members",
        subjectType: "campaign",
        subjectId: input.campaign.id,
        details: { sent: report.sent, skipped: report.recentlyInvited + report.optedOut, badLines: report.errors.length },
      });
      return report;
    });
  return { ok: true, report: result };
}

export async function listInvitationBatches(campaignId: string) {
  const rows = await db()
    .selectFrom("invitation_batches")
    .select(["id", "created_at", "report_json"])
    .where("campaign_id", "=", campaignId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, report: JSON.parse(r.report_json) as InvitationReport }));
}

/** The invitation an unsubscribe link belongs to (only whether it exists; no address is shown). */
export async function findInvitationByUnsubscribeToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return db()
    .selectFrom("invitations as i")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .select(["i.id", "i.email", "o.name as organisation_name"])
    .where("i.unsubscribe_token_hash", "=", sha256(token))
    .executeTakeFirst();
}

/** No more invitations to this address, from any organisation. Safe to repeat. */
export async function optOut(email: string) {
  await db()
    .insertInto("invitation_optouts")
    .values({ email, created_at: nowIso() })
    .onConflict((oc) => oc.column("email").doNothing())
    .execute();
}

export async function isOptedOut(email: string) {
  return Boolean(await db().selectFrom("invitation_optouts").select("email").where("email", "=", email).executeTakeFirst());
}
