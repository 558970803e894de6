// The response shapes every operation shares: the error envelope per status, OK with a schema, a list of one component.
export const ok = (schema: Record<string, unknown> | string, description = "OK") => ({ description, schema });
export const E = {
  400: { description: "Bad input; `field` names the first bad field. Nothing was written.", schema: "Error" },
  401: { description: "No token, or an unknown or revoked one; or no session.", schema: "Error" },
  403: { description: "The token lacks the scope or reaches only other teams; or the person lacks the role or team.", schema: "Error" },
  404: { description: "Unknown slug.", schema: "Error" },
  409: { description: "Conflict, e.g. the slug exists.", schema: "Error" },
  413: { description: "Body too large.", schema: "Error" },
};
export const list = (key: string, item: string) => ({ type: "object", properties: { [key]: { type: "array", items: { $ref: `#/components/schemas/${item}` } } } });
