// Password rules, shared by forms, the CLI and hashing.
export const MIN_PASSWORD_LENGTH = 8;
