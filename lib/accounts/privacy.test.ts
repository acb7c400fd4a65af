import { describe, expect, it } from "vitest";
import { canSeeEmail, visiblePerson } from "@/lib/accounts/privacy";

const user = { id: 1, role: "user" as const };
const admin = { id: 9, role: "admin" as const };

describe("canSeeEmail (README, Browser security and privacy)", () => {
  it.each([
    ["themselves", user, 1, {}, true],
    ["a friend", user, 2, { friends: true }, true],
    ["the recipient of their request", user, 2, { askedViewer: true }, true],
    ["an admin", admin, 2, {}, true],
    ["a stranger", user, 2, {}, false],
    ["someone they have not answered (the sender of a request to them)", user, 2, { friends: false, askedViewer: false }, false],
  ])("%s", (_, viewer, personId, relation, expected) => {
    expect(canSeeEmail(viewer, personId, relation)).toBe(expected);
  });

  it("leaves the email out entirely when it may not be seen", () => {
    const person = { id: 2, name: "Bo", email: "bo@example.test" };
    expect(visiblePerson(person, user, {})).toStrictEqual({ id: 2, name: "Bo" });
    expect(visiblePerson(person, user, { friends: true })).toStrictEqual(person);
  });
});
