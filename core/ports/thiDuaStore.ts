import type { AccessKeyRecord } from "../access/accessKey";
import type { Bloc, PeriodInput, ReturnReceipt, StoredReturn } from "../api/resourceSchemas";
import type { AuditEntry } from "../audit/auditEntry";
import type { CouncilDecision } from "../history/councilDecision";
import type { FinalizedSummary } from "../history/finalizedSummary";
import type { IdentityMapping } from "../identity/identityMappingSchema";
import type { Period } from "../periods/periodSchema";
import type { IdempotencyRecord } from "../periods/returnWrite";

/** A stored value with the storage's ETag, given back to update it. */
export type Stored<T> = { value: T; etag: string };

/** Thrown by a store when a create finds the key taken (another writer was first). */
export class StoreConflictError extends Error {
  override readonly name = "StoreConflictError";
}

/** Thrown by a store when an update's ETag is not the stored one (someone changed it since it was read). */
export class StoreStaleError extends Error {
  override readonly name = "StoreStaleError";
}

export interface BlocRepository {
  get(blocId: string): Promise<Bloc | null>;
  put(bloc: Bloc): Promise<void>;
  list(): Promise<Bloc[]>;
}

export interface TemplateRepository {
  /** The template file as it was stored (its JSON), or null. */
  get(templateId: string): Promise<unknown>;
  /** Stores a template once; throws StoreConflictError when the id is taken (templates never change). */
  create(templateId: string, template: unknown): Promise<void>;
}

export interface PeriodRepository {
  get(periodId: string): Promise<Stored<Period> | null>;
  list(blocId?: string): Promise<Period[]>;
  create(period: Period): Promise<void>;
  /** Throws StoreStaleError when `etag` is stale. */
  update(period: Period, etag: string): Promise<void>;
}

export interface ReturnRepository {
  current(periodId: string, unitId: string): Promise<Stored<StoredReturn> | null>;
  /** Every unit's current return of a period: one partition query. */
  allCurrent(periodId: string): Promise<StoredReturn[]>;
  /** Every version of a unit's return, oldest first. */
  versions(periodId: string, unitId: string): Promise<StoredReturn[]>;
  /**
   * Stores a new version (kept for ever) and makes it current, and remembers `idempotency` (the key and the receipt
   * it got) with it, all or nothing: a replay can never see the version without its key. Throws StoreConflictError
   * when that version or key exists and StoreStaleError when the current return changed since `currentEtag` (null:
   * there was none).
   */
  store(
    ret: StoredReturn,
    currentEtag: string | null,
    idempotency?: { keyHash: string; record: IdempotencyRecord<ReturnReceipt> },
  ): Promise<void>;
  idempotency(
    periodId: string,
    unitId: string,
    keyHash: string,
  ): Promise<IdempotencyRecord<ReturnReceipt> | null>;
}

export interface InputRepository {
  add(periodId: string, input: PeriodInput): Promise<void>;
  /** Every input of a period, in the order they were added: one partition query. */
  list(periodId: string): Promise<PeriodInput[]>;
}

/** A finalized result: the summary history reads, and everything it was computed from and gave. */
export type FinalizedRecord = { summary: FinalizedSummary; inputs: unknown; result: unknown };

export interface ResultRepository {
  /** Throws StoreConflictError when this period version was already finalized. */
  create(record: FinalizedRecord): Promise<void>;
  /** Every finalized summary of a bloc, every version: one partition query. */
  summaries(blocId: string): Promise<FinalizedSummary[]>;
  get(blocId: string, periodId: string, version: number): Promise<FinalizedRecord | null>;
}

/** The council's decisions on a bloc's awards, append-only (a later decision on the same award replaces it). */
export interface DecisionRepository {
  add(decision: CouncilDecision): Promise<void>;
  /** Every decision of a bloc, in the order recorded: one partition query. */
  list(blocId: string): Promise<CouncilDecision[]>;
}

export interface KeyRepository {
  get(keyId: string): Promise<Stored<AccessKeyRecord> | null>;
  create(record: AccessKeyRecord): Promise<void>;
  update(record: AccessKeyRecord, etag: string): Promise<void>;
  list(): Promise<AccessKeyRecord[]>;
}

/** The audit log: append-only; there is no update or delete. */
export interface AuditRepository {
  last(): Promise<AuditEntry | null>;
  /** Throws StoreConflictError when an entry with this sequence number exists (another append was first). */
  append(entry: AuditEntry): Promise<void>;
  all(): Promise<AuditEntry[]>;
}

/** The board's one identity mapping (Entra ID user or group → bloc, unit, role), replaced whole. */
export interface IdentityMappingRepository {
  get(): Promise<Stored<IdentityMapping> | null>;
  /**
   * Stores the mapping: `etag` null creates it (StoreConflictError when one exists), else replaces that version
   * (StoreStaleError when it changed since it was read).
   */
  put(mapping: IdentityMapping, etag: string | null): Promise<void>;
}

/** Everything the back end stores, one repository per resource. */
export type ThiDuaStore = {
  blocs: BlocRepository;
  templates: TemplateRepository;
  periods: PeriodRepository;
  returns: ReturnRepository;
  inputs: InputRepository;
  results: ResultRepository;
  decisions: DecisionRepository;
  keys: KeyRepository;
  audit: AuditRepository;
  identityMapping: IdentityMappingRepository;
};
