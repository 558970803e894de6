// The demo company's sign-ins (their names and the password are part of the documented demo).
import type { Role } from "@/db/schema/auth";

export const DEMO_PASSWORD = "keel-demo";

export const DEMO_USERS: { email: string; name: string; role: Role; teams: string[] }[] = [
  { email: "admin@keel.local", name: "Ada Admin", role: "admin", teams: [] },
  { email: "manager@keel.local", name: "Morgan Manager", role: "editor", teams: ["payments", "core-banking"] },
  { email: "engineer@keel.local", name: "Eli Engineer", role: "editor", teams: ["payments"] },
  { email: "viewer@keel.local", name: "Vic Viewer", role: "viewer", teams: [] },
];
