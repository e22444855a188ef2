// Drive for the report, through the advanced Drive service (v3) under the `drive.file` scope: the
// script sees only files it created, so it tags its folder and template with appProperties and finds
// them again by query. DocumentApp (scope `documents`) reads a template the script did not create.
import { ACCESS, REPORT } from '../text/ru';

const FOLDER = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
const PDF = 'application/pdf';
/** The appProperties key the script's own files carry (value: "<what>:<spreadsheet id>"). */
const TAG = 'roadmapTracker';

export interface DriveFileJson {
  id?: string;
  name?: string;
  mimeType?: string;
  trashed?: boolean;
  parents?: string[];
  webViewLink?: string;
}

interface DriveFilesApi {
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFileJson;
  copy(resource: Record<string, unknown>, fileId: string, optionalArgs?: Record<string, unknown>): DriveFileJson;
  create(resource: Record<string, unknown>, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Record<string, unknown>): DriveFileJson;
  list(optionalArgs?: Record<string, unknown>): { files?: DriveFileJson[] };
}

/** `Drive.Files` of the advanced service (enabled in appsscript.json). */
export function driveFiles(): DriveFilesApi {
  return (Drive as unknown as { Files: DriveFilesApi }).Files;
}

const FIELDS = 'id,name,mimeType,trashed,webViewLink';

export interface Folder {
  /** null: this person's My Drive (drive.file cannot reach the school's folder for them). */
  id: string | null;
  url: string;
  /** Russian notes for the dialog (a folder created, a folder in the settings not usable). */
  notes: string[];
}

/** The script's own file of a kind for this spreadsheet, not in the trash; null if none. */
export function findTagged(kind: 'template' | 'reports', ssId: string, mimeType: string): DriveFileJson | null {
  const q = `appProperties has { key='${TAG}' and value='${kind}:${ssId}' } and trashed = false and mimeType = '${mimeType}'`;
  const found = driveFiles().list({ q, fields: `files(${FIELDS})`, pageSize: 1 }).files ?? [];
  return found[0] ?? null;
}

export const tag = (kind: 'template' | 'reports', ssId: string): Record<string, string> => ({ [TAG]: `${kind}:${ssId}` });

/** The folder a person set in the settings, if the script can use it for the person running it. */
function settingsFolder(id: string): DriveFileJson | null {
  try {
    const f = driveFiles().get(id, { fields: FIELDS });
    return f.mimeType === FOLDER && !f.trashed ? f : null;
  } catch (_e) {
    return null; // not found, or not visible under drive.file for this person (grants are per user)
  }
}

const CREATOR = 'roadmapTracker.createdBy:';

/** Remembers who made a shared file (document properties), so a colleague is told whom to ask. */
export function recordCreator(id: string, email: string): void {
  if (email) PropertiesService.getDocumentProperties().setProperty(CREATOR + id, email);
}

export function creatorOf(id: string): string {
  return PropertiesService.getDocumentProperties().getProperty(CREATOR + id) ?? '';
}

/** Where to store a link the script made (injected: the settings sheet); true if it was written. */
export type StoreLink = (url: string) => boolean;

/**
 * The reports folder, one per school: the one in the settings when this person's drive.file grant reaches
 * it; else this person's My Drive (no second folder: the note says where the school's folder is); with no
 * folder in the settings, the script's own (found by its tag) or a new one — next to the spreadsheet when
 * Drive lets the script create there, else in My Drive — whose link goes into the settings.
 */
export function reportsFolder(settingsId: string, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, user: string, store: StoreLink): Folder {
  const notes: string[] = [];
  if (settingsId) {
    const f = settingsFolder(settingsId);
    if (f?.id) return { id: f.id, url: f.webViewLink ?? '', notes };
    const owner = creatorOf(settingsId);
    notes.push(owner && owner !== user ? ACCESS.folderNotYours(owner) : ACCESS.folderMissing);
    return { id: null, url: '', notes };
  }
  const ssId = ss.getId();
  const own = findTagged('reports', ssId, FOLDER);
  if (own?.id) {
    if (store(own.webViewLink ?? folderUrl(own.id))) notes.push(ACCESS.folderStored);
    return { id: own.id, url: own.webViewLink ?? '', notes };
  }
  let parents: string[] | undefined;
  try {
    parents = driveFiles().get(ssId, { fields: 'parents' }).parents;
  } catch (_e) {
    parents = undefined; // the spreadsheet itself is not visible under drive.file
  }
  const resource = { name: REPORT.folderName, mimeType: FOLDER, appProperties: tag('reports', ssId) };
  let created: DriveFileJson | null = null;
  if (parents?.length) {
    try {
      created = driveFiles().create({ ...resource, parents }, undefined, { fields: FIELDS });
    } catch (_e) {
      // The spreadsheet is visible but its folder is not granted: Drive refuses a child there.
      notes.push(ACCESS.folderParentDenied(REPORT.folderName));
    }
  } else notes.push(REPORT.warnings.folderCreated(REPORT.folderName));
  created ??= driveFiles().create(resource, undefined, { fields: FIELDS });
  const id = created.id as string;
  recordCreator(id, user);
  if (store(created.webViewLink ?? folderUrl(id))) notes.push(ACCESS.folderStored);
  return { id, url: created.webViewLink ?? '', notes };
}

const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;
const inFolder = (folderId: string | null): { parents?: string[] } => (folderId ? { parents: [folderId] } : {});

export type Copied = { ok: true; id: string; url: string; mimeType: string } | { ok: false };

/** One Drive call: the template copied into the folder under the report's name (fails for files drive.file cannot see). */
export function copyTemplate(templateId: string, name: string, folderId: string | null): Copied {
  try {
    const f = driveFiles().copy({ name, ...inFolder(folderId) }, templateId, { fields: 'id,mimeType,webViewLink' });
    return { ok: true, id: f.id as string, url: f.webViewLink ?? '', mimeType: f.mimeType ?? '' };
  } catch (_e) {
    return { ok: false };
  }
}

/** An empty Google Doc made in the folder (the script then owns it under drive.file). */
export function createDoc(name: string, folderId: string | null, appProperties?: Record<string, string>): { id: string; url: string } {
  const f = driveFiles().create({ name, mimeType: DOC_MIME, ...inFolder(folderId), ...(appProperties ? { appProperties } : {}) }, undefined, { fields: 'id,webViewLink' });
  return { id: f.id as string, url: f.webViewLink ?? '' };
}

/** Deletes a file the script made by mistake (a copy of a template that is not a Google Doc). */
export function removeFile(id: string): void {
  (Drive as unknown as { Files: { remove(id: string): void } }).Files.remove(id);
}

/** The document as PDF, saved beside it. */
export function savePdf(docId: string, name: string, folderId: string | null): { id: string; url: string } {
  const blob = DocumentApp.openById(docId).getAs(PDF);
  const f = driveFiles().create({ name: `${name}.pdf`, mimeType: PDF, ...inFolder(folderId) }, blob, { fields: 'id,webViewLink' });
  return { id: f.id as string, url: f.webViewLink ?? '' };
}
