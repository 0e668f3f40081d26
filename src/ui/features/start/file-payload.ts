import type { FilePayload } from '../../../shared/dto.ts';

/** Reads a user-picked or dropped file into the contract's base64 payload. */
export async function filePayload(file: File): Promise<FilePayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  // String.fromCharCode over chunks: spreading a large array at once overflows the call stack.
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return { fileName: file.name, dataBase64: btoa(binary) };
}
