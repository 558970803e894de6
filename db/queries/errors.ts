// Errors the query layer raises for callers to turn into 409s and field errors.
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}
