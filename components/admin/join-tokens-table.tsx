import { Time } from "@/components/ui/time";
import type { AdminJoinTokenResponse, JoinTokenState } from "@/lib/admin/schemas";

const stateTones: Record<JoinTokenState, string> = {
  unused: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  used: "bg-slate-100 text-slate-700 ring-slate-200",
  revoked: "bg-red-50 text-red-700 ring-red-200",
  expired: "bg-amber-50 text-amber-800 ring-amber-200",
};

export function JoinTokensTable({ tokens }: { tokens: AdminJoinTokenResponse[] }) {
  if (tokens.length === 0) {
    return <p className="text-sm text-slate-600">No join links were issued for this session.</p>;
  }
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[40rem] divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">Join tokens, oldest first. Only the first 12 characters of each hash are shown; times in UTC.</caption>
        <thead className="text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">Hash prefix</th>
            <th scope="col" className="w-48 px-3 py-2">Owner</th>
            <th scope="col" className="px-3 py-2">State</th>
            <th scope="col" className="px-3 py-2">Created</th>
            <th scope="col" className="px-3 py-2">Expires</th>
            <th scope="col" className="px-3 py-2">Used at</th>
            <th scope="col" className="px-3 py-2">Revoked</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id} className="align-top">
              <td className="px-3 py-2 font-mono text-xs" data-testid="token-hash-prefix">
                {token.hash_prefix}…
              </td>
              <td className="px-3 py-2">
                <div className="font-medium">{token.owner.name}</div>
                <div className="break-all text-xs text-slate-500">{token.owner.email}</div>
              </td>
              <td className="px-3 py-2">
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${stateTones[token.state]}`}>{token.state}</span>
              </td>
              <td className="px-3 py-2 text-xs"><Time utc value={token.created_at} stacked /></td>
              <td className="px-3 py-2 text-xs"><Time utc value={token.expires_at} stacked /></td>
              <td className="px-3 py-2 text-xs"><Time utc value={token.used_at} stacked /></td>
              <td className="px-3 py-2 text-xs"><Time utc value={token.revoked_at} stacked /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
