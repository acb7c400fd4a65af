// The labelled select of the admin filter forms (sessions and users): plain GET forms,
// so every filter lives in the address.
export const filterInputClass =
  "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-400";

type Option = { value: string; label: string };

export function FilterSelect({ id, name, label, value, options, error }: { id: string; name: string; label: string; value: string; options: Option[]; error?: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={filterInputClass} {...(error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {})}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error}
    </div>
  );
}
