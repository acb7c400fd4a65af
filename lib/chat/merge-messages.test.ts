import { describe, expect, it } from "vitest";
import { mergeMessages } from "@/lib/chat/merge-messages";

const m = (id: number, text = `m${id}`) => ({ id, text });

describe("mergeMessages", () => {
  it("appends newer messages in id order", () => {
    expect(mergeMessages([m(1), m(2)], [m(4), m(3)])).toEqual([m(1), m(2), m(3), m(4)]);
  });

  it("drops duplicates when a poll returns a message that was just sent", () => {
    expect(mergeMessages([m(1), m(2)], [m(2), m(3)])).toEqual([m(1), m(2), m(3)]);
  });

  it("returns the same array when nothing is new (no re-render)", () => {
    const current = [m(1)];
    expect(mergeMessages(current, [])).toBe(current);
  });

  it("keeps order when an older message arrives late", () => {
    expect(mergeMessages([m(5)], [m(2)])).toEqual([m(2), m(5)]);
  });

  it("starts from an empty conversation", () => {
    expect(mergeMessages([], [m(7, "hi")])).toEqual([m(7, "hi")]);
  });
});
