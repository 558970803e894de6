// Gives a test file its own fresh SQLite database (migrated on first use) and removes it afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb } from "@/db/client";

export function setUpTempDatabase(): { file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-test-"));
  const file = path.join(dir, "keel.db");
  process.env.KEEL_DB = file;
  afterAll(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { file, dir };
}
