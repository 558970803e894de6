// The arrows between Keel's layers (ARCHITECTURE.md), checked by `npm run lint`: a wrong import fails with the rule's name.
const PURE_DOMAIN = "^lib/(slo|openslo|catalog|settings|access|docs)/|^lib/(zod-path|forms|clock)\\.ts$";
const FRAMEWORK = "^node_modules/(next|react|react-dom|next-auth|drizzle-orm|better-sqlite3)/";
const TESTS = "\\.test\\.tsx?$|^lib/testing/";

module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "lib/<domain> is pure: math, rules, schemas and types. It never imports db/, next, React, components/ or the server layers.",
      severity: "error",
      from: { path: PURE_DOMAIN, pathNot: TESTS },
      to: { path: ["^db/", "^app/", "^components/", "^lib/(server|api|actions|auth|cli)/", FRAMEWORK] },
    },
    {
      name: "changes-are-framework-free",
      comment: "lib/server (one function per change) may use db/queries and lib/access, never next, React, components/ or app/.",
      severity: "error",
      from: { path: "^lib/server/", pathNot: TESTS },
      to: { path: ["^app/", "^components/", "^lib/(api|actions)/", "^node_modules/(next|react|react-dom)/"] },
    },
    {
      name: "lib-never-imports-ui",
      comment: "Nothing under lib/ imports components/ or app/ (tests of route handlers excepted).",
      severity: "error",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: ["^components/", "^app/"] },
    },
    {
      name: "components-never-touch-the-database",
      comment: "components/ are presentational: data comes from pages and actions, never from db/ or the change layer.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: ["^db/", "^lib/server/"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "db-is-the-bottom",
      comment: "db/ imports neither app/, components/ nor the layers above it.",
      severity: "error",
      from: { path: "^db/", pathNot: TESTS },
      to: { path: ["^app/", "^components/", "^lib/(server|api|actions|auth|cli)/"] },
    },
    {
      name: "no-circular",
      comment: "Modules do not import each other in a circle.",
      severity: "error",
      from: { pathNot: TESTS },
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|node_modules|data|test-results|playwright-report)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
