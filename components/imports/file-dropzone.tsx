"use client";

import { useId, useState, type DragEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";

/** Drop a file here or pick one; the chosen file's name and size are shown. */
export function FileDropzone({
  file,
  disabled,
  onFile,
}: {
  file: File | null;
  disabled: boolean;
  onFile: (file: File | null | undefined) => void;
}) {
  const t = useTranslations("imports.upload");
  const format = useFormatter();
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFile(event.dataTransfer.files[0]);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-accent bg-accent/5" : "border-border"}`}
      data-testid="import-dropzone"
    >
      <label htmlFor={`${id}-file`} className="mb-2 block font-medium">
        {t("drop")}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        disabled={disabled}
        onChange={(event) => onFile(event.target.files?.[0])}
        className="mx-auto block max-w-full text-sm"
        data-testid="import-file"
      />
      {file && (
        <p className="mt-2 text-muted">
          {t("chosen", {
            name: file.name,
            size: format.number(file.size / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }),
          })}
        </p>
      )}
    </div>
  );
}
