import type { AttachmentSubjectType } from '@ogp-forum/domain';
import { graphql } from '../../gql';
import type { DocumentFieldsFragment } from '../../gql/graphql';
import { accessToken, refreshSession } from '../../lib/session';

/** The fields every list of documents asks for: `attachments { ...DocumentFields }`. */
export const DocumentFields = graphql(`
  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }
`);

export type DocumentItem = DocumentFieldsFragment;

export type UploadOutcome =
  | { ok: true; document: { id: string; name: string } }
  | { ok: false; status: number; code: string | null; maxBytes?: number };

/**
 * POST /attachments with the session's token, through XMLHttpRequest because fetch cannot report upload progress.
 * An expired token is refreshed once, as the GraphQL client does.
 */
export async function uploadDocument(
  file: File,
  subject: { subjectType: AttachmentSubjectType; subjectId: string },
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  const send = (token: string | null) =>
    new Promise<UploadOutcome>((resolve) => {
      const form = new FormData();
      form.append('subjectType', subject.subjectType);
      form.append('subjectId', subject.subjectId);
      form.append('file', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/attachments');
      if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
      xhr.responseType = 'json';
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onload = () => {
        const body = (xhr.response ?? {}) as { id?: string; name?: string; code?: string; maxBytes?: number };
        if (xhr.status === 201 && body.id) resolve({ ok: true, document: { id: body.id, name: body.name ?? file.name } });
        else resolve({ ok: false, status: xhr.status, code: body.code ?? null, maxBytes: body.maxBytes });
      };
      xhr.onerror = () => resolve({ ok: false, status: 0, code: null });
      xhr.send(form);
    });
  const first = await send(accessToken());
  if (first.ok || first.code !== 'UNAUTHENTICATED') return first;
  const token = await refreshSession();
  return token ? send(token) : first;
}

/**
 * A private document (a draft proposal's) cannot be a plain link: the browser would not send the token. It is fetched
 * with the token and handed to the browser as a download.
 */
export async function downloadWithToken(document: DocumentItem): Promise<boolean> {
  const get = (token: string | null) => fetch(document.url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  let response = await get(accessToken());
  if (response.status === 401) response = await get(await refreshSession());
  if (!response.ok) return false;
  const url = URL.createObjectURL(await response.blob());
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

