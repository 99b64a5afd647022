import type { ImportRunDetail } from "@/lib/data/imports";

/** Where the import panel's upload stands. */
export type UploadState =
  | { step: "idle" }
  | { step: "uploading"; fraction: number }
  | { step: "importing"; runId: string }
  | { step: "error"; message: string };

/** Sends the file as the request body; XMLHttpRequest because fetch reports no upload progress. */
export function uploadFile(
  file: File,
  accountId: string,
  onProgress: (fraction: number) => void,
  confirmOtherAccount = false,
): Promise<{ status: number; body: { id?: string; error?: string } }> {
  return new Promise((resolve, reject) => {
    const params = new URLSearchParams({ fileName: file.name });
    if (accountId) params.set("accountId", accountId);
    if (confirmOtherAccount) params.set("confirmOtherAccount", "1");
    const request = new XMLHttpRequest();
    request.open("POST", `/api/imports?${params}`);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { id?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's HTML error page: the status says enough.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("network"));
    request.send(file);
  });
}

/** Asks the server to fetch a feed into the account. */
export async function startFeedImport(
  accountId: string,
  url: string,
): Promise<{
  status: number;
  body: { id?: string; error?: string; reason?: string; status?: number; megabytes?: number };
}> {
  const response = await fetch("/api/imports/feed", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ accountId, url }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    id?: string;
    error?: string;
    reason?: string;
    status?: number;
    megabytes?: number;
  };
  return { status: response.status, body };
}

export async function fetchRun(runId: string): Promise<ImportRunDetail> {
  const response = await fetch(`/api/imports/${encodeURIComponent(runId)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ImportRunDetail;
}
