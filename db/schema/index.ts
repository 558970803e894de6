// The whole schema, one module per domain.
export * from "./auth";
export * from "./services";
export * from "./slo";
export * from "./incidents";
export * from "./alert-intake";
export * from "./oncall";
export * from "./readiness";
export * from "./maturity";
export * from "./costs";
