import { Select } from "./select";

interface FilterSelectProps {
  label: string;
  name: string;
  /** The URL's value; null selects "any". */
  value: string | null;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}

/** One filter of a GET filter form: a labelled select whose first choice is "any" (the parameter left out). */
export function FilterSelect({ label, name, value, anyLabel, options, className }: FilterSelectProps) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-xs text-muted">{label}</span>
      <Select name={name} defaultValue={value ?? ""} size="sm" className={className}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </label>
  );
}
