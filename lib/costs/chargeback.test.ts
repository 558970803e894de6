import { describe, expect, it } from "vitest";
import { chargebackCsv } from "./chargeback";

describe("chargebackCsv", () => {
  it("writes a header and one line per team, signal and cost type, money rounded once to cents", () => {
    expect(
      chargebackCsv([
        { team: "payments", month: "2026-11", signal: "logs", costType: "ingest", cost: 1_234_565_000_000n, currency: "USD", budget: 2_000_000_000_000n },
        { team: 'odd, "team"', month: "2026-11", signal: "traces", costType: "storage", cost: 4_999_999n, currency: "USD", budget: null },
        { team: "=cmd", month: "2026-11", signal: "other", costType: "unspecified", cost: -10_000_000n, currency: "EUR", budget: null },
      ]),
    ).toBe(
      "team,month,signal,cost_type,cost,currency,budget\r\n" +
        "payments,2026-11,logs,ingest,1234.57,USD,2000.00\r\n" +
        '"odd, ""team""",2026-11,traces,storage,0.00,USD,\r\n' +
        "'=cmd,2026-11,other,unspecified,-0.01,EUR,\r\n",
    );
  });

  it("is the header alone for a month without costs", () => {
    expect(chargebackCsv([])).toBe("team,month,signal,cost_type,cost,currency,budget\r\n");
  });
});
