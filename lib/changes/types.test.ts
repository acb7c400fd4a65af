import { describe, expect, it } from "vitest";
import { parseChange } from "@/lib/changes/types";

describe("parseChange", () => {
  it("reads the triggers' payloads", () => {
    expect(parseChange('{"kind":"session","id":4,"users":[1,2]}')).toEqual({ kind: "session", id: 4, users: [1, 2] });
    expect(parseChange('{"kind":"friendship","id":"1:2","users":[1,2]}')).toEqual({ kind: "friendship", id: "1:2", users: [1, 2] });
    expect(parseChange('{"kind":"message","id":9}')).toEqual({ kind: "message", id: 9, users: [] });
  });

  it.each([undefined, "", "not json", "null", '{"kind":"nope","id":1}', '{"kind":"session"}', '{"kind":"session","id":true}'])("refuses %j", (payload) => {
    expect(parseChange(payload)).toBeNull();
  });

  it("drops anything in users that is not an id", () => {
    expect(parseChange('{"kind":"user","id":3,"users":[3,null,"x",1.5]}')).toEqual({ kind: "user", id: 3, users: [3] });
  });
});
