import { describe, expect, it } from "vitest";
import { describeDuration, retryMessage } from "@/lib/rate-limit/retry-message";

describe("retryMessage", () => {
  it.each([
    [1, "Try again in 1 second."],
    [0.2, "Try again in 1 second."],
    [42, "Try again in 42 seconds."],
    [60, "Try again in 1 minute."],
    [61, "Try again in 2 minutes."],
    [900, "Try again in 15 minutes."],
    [3599, "Try again in 60 minutes."],
    [3600, "Try again in 1 hour."],
    [3660, "Try again in 1 hour 1 minute."],
    [86_399, "Try again in 24 hours."],
    [86_400, "Try again in 24 hours."],
    [7 * 86_400, "Try again in 7 days."],
  ])("%d seconds: %s (rounded up, never earlier than allowed)", (seconds, expected) => {
    expect(retryMessage(seconds)).toBe(expected);
  });

  it("names hours and minutes together below two days", () => {
    expect(describeDuration(2 * 3600 + 90)).toBe("2 hours 2 minutes");
    expect(describeDuration(47 * 3600)).toBe("47 hours");
    expect(describeDuration(48 * 3600)).toBe("2 days");
  });
});
