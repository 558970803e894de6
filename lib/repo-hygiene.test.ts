// Someone who clones Keel has only this repository: no file may send them to documents, folders or
// course material that live elsewhere.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

const SELF = "lib/repo-hygiene.test.ts";
const FORBIDDEN: { label: string; pattern: RegExp }[] = [
  { label: "a path into a sibling repository", pattern: /\.\.\/shared/i },
  { label: "the steering repository", pattern: /steering\s+repo/i },
  { label: "the training module", pattern: /training\s+module/i },
  { label: "a contract file that is not in the repository", pattern: /\bAPI\.md\b/ },
];

const BINARY = /\.(png|jpe?g|gif|ico|webp|woff2?|db|sqlite)$/i;

function trackedTextFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  return listed.filter((file) => {
    // This file names what it forbids.
    if (file === SELF || file.startsWith("node_modules/") || BINARY.test(file)) return false;
    // Copied public fixtures are kept byte for byte; only their README is Keel's own text.
    if (file.startsWith("e2e/fixtures/external/") && file !== "e2e/fixtures/external/README.md") return false;
    // Deleted-but-unstaged files, submodules and symlinks to folders have no text to read.
    const full = path.join(root, file);
    return fs.existsSync(full) && fs.statSync(full).isFile();
  });
}

describe("repository hygiene", () => {
  const files = trackedTextFiles();

  it("finds the tracked files", () => {
    expect(files).toContain("README.md");
    expect(files.length).toBeGreaterThan(50);
  });

  it("never points outside the repository", () => {
    const hits: string[] = [];
    for (const file of files) {
      const lines = fs.readFileSync(path.join(root, file), "utf8").split("\n");
      lines.forEach((line, index) => {
        for (const { label, pattern } of FORBIDDEN) if (pattern.test(line)) hits.push(`${file}:${index + 1} mentions ${label}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it("links Markdown only to files that exist inside the repository", () => {
    const broken: string[] = [];
    for (const file of files.filter((name) => name.endsWith(".md"))) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!.split("#")[0]!;
        if (!target || /^[a-z]+:/i.test(target) || target.startsWith("/")) continue;
        const resolved = path.resolve(root, path.dirname(file), target);
        if (!resolved.startsWith(root + path.sep) || !fs.existsSync(resolved)) broken.push(`${file} → ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("ships its licence", () => {
    expect(fs.readFileSync(path.join(root, "LICENSE"), "utf8")).toContain("Apache License");
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { license?: string };
    expect(pkg.license).toBe("Apache-2.0");
    expect(fs.readFileSync(path.join(root, "e2e/fixtures/external/README.md"), "utf8")).toMatch(/Apache License 2\.0/);
  });
});
