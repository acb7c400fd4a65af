// POST /api/v1/auth/register – create an account
import { withPublic, routes } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { clientAddress } from "@/lib/api/client-address";
import { registerBody, registerResponse } from "@/lib/accounts/schemas";
import { registerUser } from "@/lib/accounts/register-user";
import { userDto } from "@/lib/accounts/dto";
import { userExamples } from "@/lib/openapi/examples";

export const { GET, POST, PUT, PATCH, DELETE } = routes({
  POST: withPublic(
    {
      operationId: "register",
      summary: "Create an account",
      description: "Anyone may register; the password rules are on `password`. Sign in afterwards with POST /auth/token (or the browser's sign-in page).",
      tags: ["Accounts"],
      body: registerBody,
      bodyExample: { email: "alice@example.com", password: "correct horse battery", name: "Alice" },
      responses: { 201: { description: "The new account.", schema: registerResponse, examples: { alice: { summary: "Alice", value: { user: { ...userExamples.alice, role: "user" } } } } } },
      errors: ["email_taken"],
      rateLimits: ["registrations"],
    },
    async ({ req, body, db }) => {
      const user = await registerUser({ db, input: body, clientAddress: clientAddress(req.headers) });
      return json({ user: userDto(user) }, 201);
    },
  ),
});
