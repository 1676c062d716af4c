/**
 * The typed database interface. Column types are chosen so that the same
 * queries run on SQLite and PostgreSQL: ids and timestamps are text (ISO-8601
 * in UTC), booleans are integers 0/1, money is integer cents.
 */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export type Role = "employer" | "accountmanager" | "coordinator" | "organisation" | "admin";
export const staffRoles = ["accountmanager", "coordinator", "organisation", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface RegionTable {
  id: string;
  name: string;
  wsp_name: string;
  wsp_email: string;
  wsp_phone: string;
  service_norm_days: number;
  demo_contact: number;
  created_at: string;
  updated_at: string;
}

export interface SectorTable {
  id: string;
  name: string;
  sort_order: number;
}

export interface MunicipalityTable {
  code: string;
  name: string;
  region_id: string;
}

export interface OrganisationTable {
  id: string;
  name: string;
  region_id: string | null;
  is_demo: number;
  created_at: string;
}

export interface EmployerTable {
  id: string;
  name: string;
  kvk: string;
  sector_id: string;
  fte: number;
  municipality_code: string | null;
  region_id: string;
  contact_name: string;
  email: string;
  phone: string | null;
  account_manager_id: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  region_id: string | null;
  organisation_id: string | null;
  employer_id: string | null;
  backup_user_id: string | null;
  password_hash: string | null;
  active: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  /** YYYY-MM-DD (Amsterdam): away up to and including this day; the backup covers. */
  absent_until: string | null;
  /** The language the user chose, "nl" (default) or "en"; e-mails to them use it. */
  locale: Generated<string>;
  /** Second factor: the base32 secret, encrypted (see app/utils/totp-secret.server.ts); null when not set up. */
  totp_secret: string | null;
  /** When the second factor was confirmed; a secret without it is a set-up in progress. */
  totp_enabled_at: string | null;
  /** The last 30-second step signed in with; that step and older ones are refused (no replay). */
  totp_last_step: number | null;
}

export interface SessionTable {
  /** SHA-256 of the token in the cookie; the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** "login": 30-minute sign-in link; "resume": 7-day link to continue a scan; "invite": 7-day link for new staff to set a password. */
export type LoginTokenPurpose = "login" | "resume" | "invite";

export interface LoginTokenTable {
  id: string;
  token_hash: string;
  user_id: string;
  purpose: LoginTokenPurpose;
  redirect_to: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  /** SHA-256 of the normalised code; the code itself is shown once and never stored. */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** A correct password of a user with a second factor, waiting for the code (5 minutes, once). */
export interface SignInChallengeTable {
  /** SHA-256 of the token in the pending cookie. */
  id: string;
  user_id: string;
  redirect_to: string | null;
  created_at: string;
  expires_at: string;
}

export type MailStatus = "pending" | "sent" | "failed";

export interface MailOutboxTable {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: MailStatus;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface QuestionnaireVersionTable {
  version: number;
  title: string;
  /** The published definition, frozen: reports are always computed from this copy. */
  definition_json: string;
  checksum: string;
  published_at: string;
  retired_at: string | null;
}

export type ScanStatus = "in_progress" | "completed";

export interface ScanTable {
  id: string;
  employer_id: string;
  questionnaire_version: number;
  status: ScanStatus;
  campaign_code: string | null;
  /** Random key of the start form, so a double submit starts one scan. */
  start_key: string | null;
  /** Profile at the time of the scan (for the comparison with sector peers). */
  sector_id: string;
  fte: number;
  region_id: string;
  started_at: string;
  updated_at: string;
  completed_at: string | null;
  overall_score: number | null;
  /** The ScanResult computed at completion. */
  result_json: string | null;
  size_class: string | null;
  /** 1 while this scan's scores are counted in benchmark_counts (the employer's latest completed scan). */
  in_benchmark: Generated<number>;
  shared_with_wsp: Generated<number>;
  shared_with_organisation: Generated<number>;
  sharing_asked_at: string | null;
  /** The campaign of a werkgeversorganisatie the employer came through, if any. */
  campaign_id: string | null;
}

export interface InstrumentTable {
  id: string;
  name: string;
  description: string;
  conditions: string;
  provider: string;
  kind: string;
  amount_cents: number | null;
  requestable: number;
  sort_order: number;
  updated_at: string;
}

export interface RegionInstrumentTable {
  region_id: string;
  instrument_id: string;
  year: number;
  available: number;
  amount_per_grant_cents: number | null;
  budget_cents: number | null;
}

export interface BenchmarkCountTable {
  group_key: string;
  pillar_id: string;
  score: number;
  count: number;
}

export type ConsentParty = "wsp" | "organisation";

export interface ConsentTable {
  id: string;
  employer_id: string;
  scan_id: string | null;
  party: ConsentParty;
  party_id: string;
  granted: number;
  text_version: string;
  created_at: string;
  user_id: string | null;
}

export interface ScanAnswerTable {
  scan_id: string;
  question_id: string;
  option_id: string;
  updated_at: string;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface RequestTable {
  id: string;
  employer_id: string;
  region_id: string;
  /** CaseType in app/domain/case-status.ts */
  type: string;
  /** CaseStatus in app/domain/case-status.ts */
  status: string;
  submission_key: string;
  /** The type's form data, validated by its zod schema (no BSN, no medical data). */
  details_json: string;
  parent_request_id: string | null;
  scan_id: string | null;
  assigned_to: string | null;
  due_at: string;
  first_contact_at: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  closed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** When the personal data were removed (retention or a deleted account); null before. */
  anonymised_at: Generated<string | null>;
}

export interface RequestEventTable {
  id: string;
  request_id: string;
  at: string;
  actor_id: string | null;
  actor_role: string;
  kind: "created" | "status" | "note";
  from_status: string | null;
  to_status: string | null;
  note: string | null;
}

export interface BudgetLedgerTable {
  id: string;
  region_id: string;
  instrument_id: string;
  year: number;
  request_id: string;
  amount_cents: number;
  at: string;
}

export type LeadStage = "nieuw" | "contact_opgenomen" | "gesprek_gepland" | "gesprek_gevoerd" | "acties_lopen" | "afgerond";

export interface LeadTable {
  scan_id: string;
  employer_id: string;
  region_id: string;
  stage: LeadStage;
  assigned_to: string | null;
  due_at: string;
  first_contact_at: string | null;
  created_at: string;
  updated_at: string;
  /** 1 while the scan is shared with the WSP (scans.shared_with_wsp, kept here so work lists need not read scans). */
  shared: Generated<number>;
}

export type NoteKind = "notitie" | "telefoon" | "bezoek" | "e-mail";

export interface EmployerNoteTable {
  id: string;
  employer_id: string;
  region_id: string;
  author_id: string;
  kind: NoteKind;
  body: string;
  happened_on: string;
  created_at: string;
}

export interface FollowUpActionTable {
  id: string;
  employer_id: string;
  region_id: string;
  owner_id: string;
  description: string;
  due_on: string;
  status: "open" | "gedaan";
  created_by: string;
  created_at: string;
  done_at: string | null;
}

export interface AuditEventTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  region_id: string | null;
  details: string | null;
}

export interface JobRunTable {
  key: string;
  created_at: string;
}

export interface CampaignTable {
  id: string;
  organisation_id: string;
  /** Short code for the link /scan?c=CODE and the QR code. */
  code: string;
  name: string;
  /** YYYY-MM-DD, inclusive. */
  starts_on: string;
  ends_on: string;
  target_region_id: string | null;
  target_sector_id: string | null;
  submission_key: string;
  created_by: string;
  created_at: string;
}

export interface CampaignVisitTable {
  id: string;
  campaign_id: string;
  at: string;
}

export interface InvitationBatchTable {
  id: string;
  campaign_id: string;
  organisation_id: string;
  submission_key: string;
  /** The version of the confirmation the organisation gave that it may mail these members. */
  consent_text_version: string;
  /** InvitationReport (app/domain/invitations.ts) as shown to the organisation. */
  report_json: string;
  created_by: string;
  created_at: string;
}

export interface InvitationTable {
  id: string;
  batch_id: string;
  campaign_id: string;
  organisation_id: string;
  /** Lower case. */
  email: string;
  unsubscribe_token_hash: string;
  mail_id: string | null;
  created_at: string;
}

export interface InvitationOptoutTable {
  email: string;
  created_at: string;
}

export interface RateLimitTable {
  /** sha256 of rule name + subject (e-mail address or IP address). */
  key: string;
  window_start: string;
  count: number;
}

export interface Database {
  regions: RegionTable;
  sectors: SectorTable;
  municipalities: MunicipalityTable;
  organisations: OrganisationTable;
  employers: EmployerTable;
  users: UserTable;
  sessions: SessionTable;
  login_tokens: LoginTokenTable;
  recovery_codes: RecoveryCodeTable;
  sign_in_challenges: SignInChallengeTable;
  mail_outbox: MailOutboxTable;
  app_meta: AppMetaTable;
  questionnaire_versions: QuestionnaireVersionTable;
  scans: ScanTable;
  scan_answers: ScanAnswerTable;
  instruments: InstrumentTable;
  region_instruments: RegionInstrumentTable;
  benchmark_counts: BenchmarkCountTable;
  consents: ConsentTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  budget_ledger: BudgetLedgerTable;
  leads: LeadTable;
  employer_notes: EmployerNoteTable;
  follow_up_actions: FollowUpActionTable;
  audit_events: AuditEventTable;
  job_runs: JobRunTable;
  campaigns: CampaignTable;
  campaign_visits: CampaignVisitTable;
  invitation_batches: InvitationBatchTable;
  invitations: InvitationTable;
  invitation_optouts: InvitationOptoutTable;
  rate_limits: RateLimitTable;
}

export type Region = Selectable<RegionTable>;
export type Sector = Selectable<SectorTable>;
export type Employer = Selectable<EmployerTable>;
export type NewEmployer = Insertable<EmployerTable>;
export type EmployerUpdate = Updateable<EmployerTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Organisation = Selectable<OrganisationTable>;
export type MailOutbox = Selectable<MailOutboxTable>;
export type Scan = Selectable<ScanTable>;
export type Campaign = Selectable<CampaignTable>;
