// The words of access control: roles people hold, scopes tokens carry, and who did a change.
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ["read", "ingest", "write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const ACTOR_KINDS = ["user", "token", "cli", "system"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who made a change, as the audit trail records it. */
export type Actor = { kind: ActorKind; id: number | null; label: string };

export const CLI_ACTOR: Actor = { kind: "cli", id: null, label: "cli" };
export const SYSTEM_ACTOR: Actor = { kind: "system", id: null, label: "system" };
