// Row types of every table, as Kysely sees them. Columns are snake_case; store modules map rows to
// the camelCase core types explicitly, so the domain never sees database spelling.
// Portable column types (see docs/decisions/003-portable-columns.md): ids are text (UUIDv7),
// instants and days are ISO text, booleans are integers 0/1, money is integer cents.

export interface WorkspacesTable {
  id: string;
  name: string;
  settings: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  workspace_id: string;
  email: string | null;
  display_name: string;
  role: string;
  locale: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface CredentialsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  kind: string;
  name: string;
  token_hash: string;
  scope: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface CompaniesTable {
  id: string;
  workspace_id: string;
  name: string;
  sort_name: string;
  website: string | null;
  industry: string | null;
  city: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** The import that created the company (decision 108); optional like the other late columns. */
  import_run_id?: string | null;
}

export interface PeopleTable {
  id: string;
  workspace_id: string;
  first_name: string;
  last_name: string;
  sort_name: string;
  company_id: string | null;
  job_title: string | null;
  is_contact: number;
  birthday_day: number | null;
  birthday_month: number | null;
  birthday_year: number | null;
  notes: string | null;
  photo_url: string | null;
  how_we_met: string | null;
  known_since: string | null;
  stance: string;
  stance_reason: string | null;
  stance_reason_author_id: string | null;
  stage: string;
  address_form: string;
  address_form_since: string | null;
  address_form_offered_by: string | null;
  importance: number;
  cadence_days: number | null;
  owner_id: string | null;
  is_public_official: number;
  created_at: string;
  updated_at: string;
  /** Set when a note looked sensitive and was saved anyway: "consented" | "save_anyway" (decision 080).
   * Optional so row literals written before the column existed (bench fixtures) still type-check. */
  sensitive_decision?: string | null;
  /** JSON array of the flagged "field:category" pairs the decision covers. */
  sensitive_categories?: string | null;
  /** The import that created the person (decision 108). */
  import_run_id?: string | null;
  /** When that import last merged a later row into the person, while nobody else had changed it
   * (decision 113): an updated_at equal to it is the import's own change, not an edit. */
  import_merged_at?: string | null;
}

export interface PersonChannelsTable {
  id: string;
  workspace_id: string;
  person_id: string;
  position: number;
  kind: string;
  label: string;
  value: string;
  /** Normalised for duplicate matching: lower-cased email, digits-only phone. */
  value_key: string;
}

export interface PersonTagsTable {
  workspace_id: string;
  person_id: string;
  tag: string;
}

export interface FactsTable {
  id: string;
  workspace_id: string;
  person_id: string;
  author_id: string;
  category: string;
  text: string;
  refers_to: string | null;
  learned_on: string;
  interaction_id: string | null;
  shared: number;
  created_at: string;
  updated_at: string;
  /** Set when a note looked sensitive and was saved anyway: "consented" | "save_anyway" (decision 080).
   * Optional so row literals written before the column existed (bench fixtures) still type-check. */
  sensitive_decision?: string | null;
  /** JSON array of the flagged "field:category" pairs the decision covers. */
  sensitive_categories?: string | null;
  /** The import that wrote this fact (an anniversary), so undoing the import takes it back (decision 123). */
  import_run_id?: string | null;
}

export interface RelationsTable {
  id: string;
  workspace_id: string;
  person_id: string;
  related_person_id: string;
  kind: string;
  created_at: string;
}

export interface InteractionsTable {
  id: string;
  workspace_id: string;
  author_id: string;
  occurred_at: string;
  kind: string;
  initiated_by: string;
  summary: string;
  personal: number;
  atmosphere: number | null;
  trust: number | null;
  resistance: number | null;
  outcome: string | null;
  created_at: string;
  updated_at: string;
}

export interface InteractionParticipantsTable {
  workspace_id: string;
  interaction_id: string;
  person_id: string;
  /** Copied from the interaction so "latest interactions of a person" is one index range. */
  occurred_at: string;
  /** Copied from the interaction for the covering index of the contact signals (migration 0800). */
  kind: string | null;
  initiated_by: string | null;
  personal: number | null;
  trust: number | null;
  resistance: number | null;
}

/** All-time interaction totals per contact, kept by triggers (migration 0900, decision 094). */
export interface ContactTotalsTable {
  person_id: string;
  interaction_count: number;
  first_at: string | null;
  last_at: string | null;
  them_count: number;
  personal_count: number;
  f2f_count: number;
  trust_sum: number;
  trust_n: number;
  resistance_sum: number;
  resistance_n: number;
}

export interface OpenLoopsTable {
  id: string;
  workspace_id: string;
  person_id: string;
  author_id: string;
  text: string;
  due_on: string | null;
  closed_on: string | null;
  interaction_id: string | null;
  kind: string;
  created_at: string;
  updated_at: string;
}

export interface StageChangesTable {
  id: string;
  workspace_id: string;
  person_id: string;
  stage: string;
  changed_at: string;
  changed_by: string | null;
  note: string | null;
}

export interface AddressFormChangesTable {
  id: string;
  workspace_id: string;
  person_id: string;
  form: string;
  changed_on: string;
  offered_by: string | null;
  recorded_at: string;
}

export interface SearchTermsTable {
  workspace_id: string;
  term: string;
  entity_type: string;
  entity_id: string;
  /** Null when every member of the workspace may find it; else the only user who may. */
  visible_to: string | null;
}

export interface ReflectionsTable {
  id: string;
  workspace_id: string;
  interaction_id: string;
  author_id: string;
  relaxed: string;
  smiled: string;
  listened: string;
  distance: string;
  friend_tone: string;
  note: string | null;
  created_at: string;
  /** Set when a note looked sensitive and was saved anyway: "consented" | "save_anyway" (decision 080).
   * Optional so row literals written before the column existed (bench fixtures) still type-check. */
  sensitive_decision?: string | null;
  /** JSON array of the flagged "field:category" pairs the decision covers. */
  sensitive_categories?: string | null;
}

export interface GiftsTable {
  id: string;
  workspace_id: string;
  person_id: string;
  author_id: string;
  occurred_on: string;
  direction: string;
  kind: string;
  value_cents: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface DealsTable {
  id: string;
  workspace_id: string;
  kind: string;
  company_id: string | null;
  title: string;
  value_cents: number;
  probability: number;
  stage: string;
  expected_close_on: string | null;
  owner_id: string | null;
  status: string;
  outcome_reason: string | null;
  outcome_note: string | null;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface TendersTable {
  deal_id: string;
  workspace_id: string;
  procedure: string;
  threshold_kind: string;
  estimated_value_cents: number | null;
  expected_publication_on: string | null;
  published_on: string | null;
  participation_deadline: string | null;
  invitation_sent_on: string | null;
  question_deadline: string | null;
  submission_deadline: string | null;
  award_notice_sent_on: string | null;
  awarded_on: string | null;
  cancelled_on: string | null;
  electronic: number;
  prior_information_notice: number;
  urgency: number;
  award_notice_electronic: number;
  helps_write_specification: number;
}

export interface DealStakeholdersTable {
  id: string;
  workspace_id: string;
  deal_id: string;
  person_id: string;
  role: string;
  influence: number;
  warmth_at_close: number | null;
}

export interface DealStageChangesTable {
  id: string;
  workspace_id: string;
  deal_id: string;
  stage: string;
  status: string;
  changed_at: string;
  changed_by: string | null;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  token_hash: string;
  email: string;
  role: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: string;
  workspace_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: string;
}

export interface ImportRunsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  format: string;
  file_name: string | null;
  on_duplicate: string;
  outcome: string;
  rows_read: number;
  created: number;
  merged: number;
  /** Null for runs recorded before migration 1900. */
  merged_into_existing: number | null;
  skipped: number;
  failed: number;
  companies_created: number;
  family_members_created: number;
  stop_reason_de: string | null;
  stop_reason_en: string | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
  /** When the import was undone, how many people it removed, and how many it kept (worked on since). */
  undone_at: string | null;
  undone_removed: number | null;
  undone_kept: number | null;
}

/** A user's CSV column corrections for one header list (decision 111). */
export interface CsvMappingsTable {
  user_id: string;
  /** SHA-256 of the header list, in file order. */
  headers_hash: string;
  workspace_id: string;
  /** JSON: column header → target or "ignore", the corrections only. */
  mapping: string;
  saved_at: string;
}

export interface RateLimitsTable {
  key: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface PersonPrivacyTable {
  person_id: string;
  workspace_id: string;
  source: string;
  legal_basis: string | null;
  purpose: string | null;
  balancing_note: string | null;
  consent_on: string | null;
  consent_scope: string | null;
  opt_out_email: number;
  opt_out_phone: number;
  opt_out_post: number;
  opt_out_greetings: number;
  objected_on: string | null;
  informed_on: string | null;
  left_company_on: string | null;
  /** The last retention review of the person's facts; restarts the review clock. */
  facts_reviewed_on: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface AccessRequestsTable {
  id: string;
  workspace_id: string;
  /** Set null when the person is erased: the request and its dates are kept, the person is not. */
  person_id: string | null;
  kind: string;
  received_on: string;
  due_on: string;
  completed_on: string | null;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  credentials: CredentialsTable;
  companies: CompaniesTable;
  people: PeopleTable;
  person_channels: PersonChannelsTable;
  person_tags: PersonTagsTable;
  facts: FactsTable;
  relations: RelationsTable;
  interactions: InteractionsTable;
  interaction_participants: InteractionParticipantsTable;
  contact_totals: ContactTotalsTable;
  open_loops: OpenLoopsTable;
  stage_changes: StageChangesTable;
  address_form_changes: AddressFormChangesTable;
  search_terms: SearchTermsTable;
  reflections: ReflectionsTable;
  gifts: GiftsTable;
  deals: DealsTable;
  tenders: TendersTable;
  deal_stakeholders: DealStakeholdersTable;
  deal_stage_changes: DealStageChangesTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  import_runs: ImportRunsTable;
  csv_mappings: CsvMappingsTable;
  rate_limits: RateLimitsTable;
  person_privacy: PersonPrivacyTable;
  access_requests: AccessRequestsTable;
}
