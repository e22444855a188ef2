// Google Drive in memory: files and folders with parents, trash and app properties, the documents
// stored in them, and the advanced Drive service (Drive API v3 as Apps Script exposes it: `Drive.Files`).
// Under the `drive.file` scope the script sees only files it created (or files granted to it), as
// Google documents: https://developers.google.com/drive/api/guides/api-specific-auth#drive-scopes
// The grant is per user ("files that the user has opened or created with the app": the token is the
// user's), so a file the script made while one staff member ran it is invisible to the script when a
// colleague runs it, even if it is shared with them: https://developers.google.com/workspace/drive/api/guides/api-specific-auth
// Who may open a file at all (DocumentApp under `documents`) follows its owner and sharing.
import { SCOPES, requireAuthorized } from './context';
import type { Env } from './env';
import { EmulatorUsageError, gasError, inAccountLanguage } from './errors';
import { instrument } from './instrument';
import { Blob } from './utilities';
import { DocModel } from './document/model';

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  pdf: 'application/pdf',
} as const;

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Users for whom the script created it or was granted it (Picker): visible under drive.file when they run it. */
  appUsers: string[];
  /** False for a file nobody can open any more. */
  userAccess: boolean;
  /** Who owns it, and who else may open it ('*': everyone who uses the spreadsheet, e.g. a shared school folder). */
  owner: string;
  sharedWith: string[];
  appProperties: Record<string, string>;
  createdTime: string;
  /** Contents of a non-Google file (a PDF). */
  bytes?: Uint8Array;
}

interface OpenCopy {
  doc: DocModel;
  execution: number;
  dirty: boolean;
  closed: boolean;
}

/** Everything on the emulated Drive, shared by DocumentApp, the Docs API and the Drive API. */
export class DriveState {
  readonly files = new Map<string, DriveFile>();
  /** Saved contents of every Google Doc, by file id. */
  readonly docs = new Map<string, DocModel>();
  /** Working copies DocumentApp holds open (saved by saveAndClose, or when the execution ends). */
  readonly open = new Map<string, OpenCopy>();
  readonly rootId = '0AEmUlAtOrRoOtFoLdEr';
  private counter = 0;

  constructor(readonly env: Env) {
    this.files.set(this.rootId, this.file({ id: this.rootId, name: 'Мой диск', mimeType: MIME.folder, parents: [] }, false));
    const schoolFolder = this.addFolder('Дорожная карта школы', this.rootId, false);
    schoolFolder.sharedWith = ['*'];
    this.files.set(env.options.spreadsheetId, this.file({
      id: env.options.spreadsheetId, name: env.book.name, mimeType: MIME.spreadsheet, parents: [schoolFolder.id], sharedWith: ['*'],
    }, false));
  }

  /** Whose token the script uses now: the person at the keyboard, or the trigger's owner. */
  user(): string {
    return this.env.context.current.activeUser || this.env.options.user;
  }

  private file(f: Partial<DriveFile> & Pick<DriveFile, 'id' | 'name' | 'mimeType' | 'parents'>, byApp: boolean): DriveFile {
    const user = this.user();
    return {
      trashed: false, userAccess: true, appProperties: {}, createdTime: this.env.clock.now().toISOString(),
      appUsers: byApp ? [user] : [], owner: user, sharedWith: [], ...f,
    };
  }

  newId(): string {
    this.counter++;
    const base = `1Em${String(this.counter).padStart(4, '0')}`;
    let tail = '';
    for (let i = 0; i < 36; i++) tail += 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(this.env.random() * 62)];
    return base + tail;
  }

  addFolder(name: string, parent: string, byApp: boolean): DriveFile {
    const f = this.file({ id: this.newId(), name, mimeType: MIME.folder, parents: [parent] }, byApp);
    this.files.set(f.id, f);
    return f;
  }

  /** A Google Doc file with contents (DocumentApp.create, a copy, or a test setting one up). */
  addDocument(name: string, parent: string, byApp: boolean, doc?: DocModel): DriveFile {
    const f = this.file({ id: this.newId(), name, mimeType: MIME.document, parents: [parent] }, byApp);
    this.files.set(f.id, f);
    this.docs.set(f.id, doc ? doc.clone(f.id, name) : new DocModel(f.id, name));
    return f;
  }

  /** Grants the script drive.file access to a file for one user (as the Google Picker would); default: the owner. */
  grant(id: string, user = this.env.options.user): void {
    const f = this.files.get(id);
    if (!f) throw new EmulatorUsageError(`No file ${id}`);
    if (!f.appUsers.includes(user)) f.appUsers.push(user);
  }

  /** Shares a file with a person (they may then open it, e.g. with DocumentApp; drive.file still does not see it). */
  share(id: string, user: string): void {
    const f = this.files.get(id);
    if (!f) throw new EmulatorUsageError(`No file ${id}`);
    if (!f.sharedWith.includes(user)) f.sharedWith.push(user);
  }

  /** Whether the person running the script may open the file: owner, shared with them, or inside a folder that is. */
  userCanOpen(f: DriveFile, user = this.user()): boolean {
    if (!f.userAccess) return false;
    const seen = new Set<string>();
    for (let g: DriveFile | undefined = f; g && !seen.has(g.id); g = g.parents.length ? this.files.get(g.parents[0]) : undefined) {
      seen.add(g.id);
      if (g.id === this.rootId) continue;
      if (g.owner === user || g.sharedWith.includes(user) || g.sharedWith.includes('*')) return true;
    }
    return false;
  }

  /** Deletes a file for good (emptied trash): every later access fails. */
  deleteForever(id: string): void {
    this.files.delete(id);
    this.docs.delete(id);
    this.open.delete(id);
  }

  /** The saved document (pending DocumentApp changes of finished executions saved first). */
  savedDoc(id: string): DocModel | undefined {
    this.autosave();
    return this.docs.get(id);
  }

  /** Apps Script saves open documents when an execution ends: copies left open by an earlier run are saved here. */
  autosave(): void {
    const now = this.env.executions.length;
    for (const [id, copy] of this.open) {
      if (copy.execution === now && !copy.closed) continue;
      if (copy.dirty && !copy.closed && this.docs.has(id)) this.docs.set(id, copy.doc);
      this.open.delete(id);
    }
  }

  /** The working copy DocumentApp edits (one per document and execution). */
  openCopy(id: string): OpenCopy {
    this.autosave();
    const existing = this.open.get(id);
    if (existing && !existing.closed) return existing;
    const saved = this.docs.get(id) as DocModel;
    const copy: OpenCopy = { doc: saved.clone(), execution: this.env.executions.length, dirty: false, closed: false };
    this.open.set(id, copy);
    return copy;
  }

  save(id: string, copy: OpenCopy): void {
    if (copy.dirty && this.files.has(id)) this.docs.set(id, copy.doc);
    copy.closed = true;
    this.open.delete(id);
  }

  /** Whether the script may see the file under the scopes the manifest grants. */
  visibleToApp(f: DriveFile): boolean {
    if (!this.userCanOpen(f)) return false;
    const granted = this.env.context.grantedScopes;
    if (granted === null || granted.includes(SCOPES.drive)) return true;
    return f.appUsers.includes(this.user());
  }

  urlOf(f: DriveFile): string {
    if (f.mimeType === MIME.folder) return `https://drive.google.com/drive/folders/${f.id}`;
    if (f.mimeType === MIME.document) return `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`;
    if (f.mimeType === MIME.spreadsheet) return `https://docs.google.com/spreadsheets/d/${f.id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
  }

  /** Folder path of a file, for tests and the demo ("Мой диск/Дорожная карта школы"). */
  pathOf(id: string): string {
    const parts: string[] = [];
    let f = this.files.get(id);
    const seen = new Set<string>();
    while (f && f.parents.length && !seen.has(f.id)) {
      seen.add(f.id);
      f = this.files.get(f.parents[0]);
      if (f) parts.unshift(f.name);
    }
    return parts.join('/');
  }

  /** Files in a folder (any visibility), for tests. */
  children(folderId: string): DriveFile[] {
    return Array.from(this.files.values()).filter((f) => f.parents.includes(folderId));
  }
}

// ---- The advanced Drive service (v3) -----------------------------------------------------------------

/** `fields` as Drive API v3 applies it: without it only kind, id, name and mimeType come back. */
function project(env: Env, drive: DriveState, f: DriveFile, fields?: string): Record<string, unknown> {
  const full: Record<string, unknown> = {
    kind: 'drive#file', id: f.id, name: f.name, mimeType: f.mimeType, parents: env.realm.makeArray(f.parents), trashed: f.trashed,
    webViewLink: drive.urlOf(f), appProperties: env.realm.makeObject({ ...f.appProperties }), createdTime: f.createdTime,
  };
  const wanted = fields && fields !== '*' ? fields.split(',').map((s) => s.trim()).filter(Boolean) : fields === '*' ? Object.keys(full) : ['kind', 'id', 'name', 'mimeType'];
  const out: Record<string, unknown> = {};
  for (const k of wanted) if (k in full) out[k] = full[k];
  return env.realm.makeObject(out);
}

/**
 * Errors of advanced services: `GoogleJsonResponseException: API call to drive.files.get failed with
 * error: File not found: <id>.` (the form Apps Script prints; Drive's own message is "File not found: <id>.",
 * https://developers.google.com/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid).
 */
export function apiError(env: Env, call: string, message: string): Error {
  const e = gasError(env.realm, inAccountLanguage(env.options.accountLanguage, `API call to ${call} failed with error: ${message}`));
  e.name = 'GoogleJsonResponseException';
  return e;
}

const DRIVE_SCOPES = [SCOPES.drive, DRIVE_FILE_SCOPE];

export class DriveFiles {
  constructor(readonly env: Env, readonly _drive: DriveState) {}

  _find(call: string, id: unknown): DriveFile {
    const f = typeof id === 'string' ? this._drive.files.get(id === 'root' ? this._drive.rootId : id) : undefined;
    if (!f || !this._drive.visibleToApp(f)) throw apiError(this.env, call, `File not found: ${String(id)}.`);
    return f;
  }

  _parents(call: string, parents: unknown): string[] | null {
    if (parents === undefined || parents === null) return null;
    if (!Array.isArray(parents)) throw apiError(this.env, call, 'Invalid value for parents');
    return parents.map((p) => {
      const folder = this._find(call, p);
      if (folder.mimeType !== MIME.folder) throw apiError(this.env, call, `The specified parent is not a folder.`);
      return folder.id;
    });
  }

  get(fileId: string, optionalArgs: { fields?: string } = {}): Record<string, unknown> {
    requireAuthorized(this.env, 'Drive.Files', 'get', DRIVE_SCOPES);
    return project(this.env, this._drive, this._find('drive.files.get', fileId), optionalArgs.fields);
  }

  /** Copies a file (not a folder) with patch semantics on the resource: name, parents, appProperties. */
  copy(resource: { name?: string; parents?: string[]; appProperties?: Record<string, string> }, fileId: string, optionalArgs: { fields?: string } = {}): Record<string, unknown> {
    requireAuthorized(this.env, 'Drive.Files', 'copy', DRIVE_SCOPES);
    const call = 'drive.files.copy';
    const src = this._find(call, fileId);
    if (src.mimeType === MIME.folder) throw apiError(this.env, call, 'This file cannot be copied by the user.');
    const parents = this._parents(call, resource?.parents) ?? src.parents.filter((p) => this._drive.visibleToApp(this._drive.files.get(p) as DriveFile));
    const name = resource?.name ?? `Копия ${src.name}`;
    const id = this._drive.newId();
    const f: DriveFile = {
      ...src, id, name, parents: parents.length ? parents : [this._drive.rootId], trashed: false, appUsers: [this._drive.user()], userAccess: true,
      owner: this._drive.user(), sharedWith: [],
      appProperties: { ...(resource?.appProperties ?? {}) }, createdTime: this.env.clock.now().toISOString(),
    };
    this._drive.files.set(id, f);
    const doc = this._drive.savedDoc(src.id);
    if (doc) this._drive.docs.set(id, doc.clone(id, name));
    return project(this.env, this._drive, f, optionalArgs.fields);
  }

  /** Creates a file or folder; with a Blob, uploads its bytes (a PDF here). */
  create(resource: { name?: string; mimeType?: string; parents?: string[]; appProperties?: Record<string, string> }, mediaData?: Blob, optionalArgs: { fields?: string } = {}): Record<string, unknown> {
    requireAuthorized(this.env, 'Drive.Files', 'create', DRIVE_SCOPES);
    const call = 'drive.files.create';
    const parents = this._parents(call, resource?.parents) ?? [this._drive.rootId];
    const mimeType = resource?.mimeType ?? (mediaData instanceof Blob ? mediaData.getContentType() : 'application/octet-stream');
    const id = this._drive.newId();
    const f: DriveFile = {
      id, name: resource?.name ?? (mediaData instanceof Blob ? mediaData.getName() : 'Untitled') ?? 'Untitled', mimeType, parents,
      trashed: false, appUsers: [this._drive.user()], userAccess: true, owner: this._drive.user(), sharedWith: [], appProperties: { ...(resource?.appProperties ?? {}) },
      createdTime: this.env.clock.now().toISOString(), bytes: mediaData instanceof Blob ? Uint8Array.from(mediaData._raw()) : undefined,
    };
    this._drive.files.set(id, f);
    if (mimeType === MIME.document) this._drive.docs.set(id, new DocModel(id, f.name));
    return project(this.env, this._drive, f, optionalArgs.fields);
  }

  /** Patches name, trashed, appProperties; moves with addParents / removeParents (comma-separated ids). */
  update(resource: { name?: string; trashed?: boolean; appProperties?: Record<string, string> }, fileId: string, _mediaData?: unknown, optionalArgs: { addParents?: string; removeParents?: string; fields?: string } = {}): Record<string, unknown> {
    requireAuthorized(this.env, 'Drive.Files', 'update', DRIVE_SCOPES);
    const call = 'drive.files.update';
    const f = this._find(call, fileId);
    if (resource?.name !== undefined) f.name = String(resource.name);
    if (resource?.trashed !== undefined) f.trashed = !!resource.trashed;
    if (resource?.appProperties) Object.assign(f.appProperties, resource.appProperties);
    const split = (s?: string): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
    const add = this._parents(call, split(optionalArgs.addParents)) ?? [];
    const remove = split(optionalArgs.removeParents).map((p) => (p === 'root' ? this._drive.rootId : p));
    f.parents = [...f.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !f.parents.includes(p))];
    const doc = this._drive.docs.get(f.id);
    if (doc) doc.name = f.name;
    return project(this.env, this._drive, f, optionalArgs.fields);
  }

  /**
   * Files the script can see matching `q`. Supported terms, joined by `and`: `trashed = false|true`,
   * `mimeType = '…'`, `name = '…'`, `'<id>' in parents`, `appProperties has { key='k' and value='v' }`.
   */
  list(optionalArgs: { q?: string; fields?: string; pageSize?: number } = {}): Record<string, unknown> {
    requireAuthorized(this.env, 'Drive.Files', 'list', DRIVE_SCOPES);
    const tests = parseQuery(optionalArgs.q ?? '');
    const files = Array.from(this._drive.files.values())
      .filter((f) => f.id !== this._drive.rootId && this._drive.visibleToApp(f) && tests.every((t) => t(f)))
      .sort((a, b) => (a.createdTime < b.createdTime ? 1 : a.createdTime > b.createdTime ? -1 : 0))
      .slice(0, optionalArgs.pageSize ?? 100);
    const m = /files\(([^)]*)\)/.exec(optionalArgs.fields ?? '');
    const fileFields = m ? m[1] : undefined;
    return this.env.realm.makeObject({ files: this.env.realm.makeArray(files.map((f) => project(this.env, this._drive, f, fileFields))) });
  }

  /** v3's delete (named `remove` in Apps Script): deletes for good, skipping the trash. */
  remove(fileId: string): void {
    requireAuthorized(this.env, 'Drive.Files', 'remove', DRIVE_SCOPES);
    const f = this._find('drive.files.delete', fileId);
    this._drive.deleteForever(f.id);
  }
}

function parseQuery(q: string): ((f: DriveFile) => boolean)[] {
  const tests: ((f: DriveFile) => boolean)[] = [];
  let rest = q.trim();
  const str = (s: string): string => s.replace(/\\'/g, "'");
  while (rest) {
    let m: RegExpExecArray | null;
    if ((m = /^trashed\s*=\s*(true|false)/i.exec(rest))) { const v = m[1].toLowerCase() === 'true'; tests.push((f) => f.trashed === v); }
    else if ((m = /^mimeType\s*=\s*'((?:\\'|[^'])*)'/.exec(rest))) { const v = str(m[1]); tests.push((f) => f.mimeType === v); }
    else if ((m = /^name\s*=\s*'((?:\\'|[^'])*)'/.exec(rest))) { const v = str(m[1]); tests.push((f) => f.name === v); }
    else if ((m = /^'([^']+)'\s+in\s+parents/.exec(rest))) { const v = m[1]; tests.push((f) => f.parents.includes(v)); }
    else if ((m = /^appProperties\s+has\s*\{\s*key\s*=\s*'((?:\\'|[^'])*)'\s+and\s+value\s*=\s*'((?:\\'|[^'])*)'\s*\}/.exec(rest))) {
      const k = str(m[1]);
      const v = str(m[2]);
      tests.push((f) => f.appProperties[k] === v);
    } else throw new EmulatorUsageError(`Drive query not supported by the emulator: ${rest}`);
    rest = rest.slice(m[0].length).trim().replace(/^and\s+/i, '');
  }
  return tests;
}

/** The `Drive` global of the advanced service: `Drive.Files.get(…)` etc. */
export class AdvancedDrive {
  readonly Files: DriveFiles;
  constructor(readonly env: Env, drive: DriveState) {
    this.Files = new DriveFiles(env, drive);
  }
}

instrument(DriveFiles, 'Drive', 'Files');
