// PropertiesService: script, document and per-user key-value stores of strings, with Google's size limits.
// https://developers.google.com/apps-script/reference/properties/properties-service
import type { Env } from './env';
import { instrument } from './instrument';

/** "9 KB / val" and "500 KB / property store" (https://developers.google.com/apps-script/guides/services/quotas). */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
/**
 * The text Apps Script throws when a store would exceed its quota, as reported in the field
 * (github.com/lucasvtiradentes/gcal-sync/issues/115). Google documents no separate text for a single
 * value over 9 KB; field reports show the same quota message, so the emulator uses it for both (a guess).
 */
export const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export type StoreKind = 'script' | 'document' | 'user';

/** The raw stores, shared by every execution (properties persist between runs, as in Apps Script). */
export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly users = new Map<string, Map<string, string>>();

  store(kind: StoreKind, user = ''): Map<string, string> {
    if (kind === 'script') return this.script;
    if (kind === 'document') return this.document;
    let m = this.users.get(user);
    if (!m) this.users.set(user, (m = new Map()));
    return m;
  }

  /** A plain copy of a store (back door for tests). */
  snapshot(kind: StoreKind, user = ''): Record<string, string> {
    return Object.fromEntries(this.store(kind, user));
  }
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertiesService {
  constructor(readonly env: Env) {}

  getScriptProperties(): Properties {
    return new Properties(this.env, this.env.properties.store('script'));
  }

  /**
   * The spreadsheet's store. Null where there is no document: outside a bound script or add-on, and in an
   * add-on's time-driven run ("returns null if … not … a document", properties-service reference).
   */
  getDocumentProperties(): Properties {
  // Typed non-null like @types/google-apps-script, which also declares it so; null at run time as in Google.
    if (this.env.options.addon && this.env.context.current.kind === 'time') return null as unknown as Properties;
    return new Properties(this.env, this.env.properties.store('document'));
  }

  getUserProperties(): Properties {
    return new Properties(this.env, this.env.properties.store('user', this.env.context.current.activeUser || this.env.options.user));
  }
}

export class Properties implements Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getKeys'> {
  constructor(readonly env: Env, private readonly map: Map<string, string>) {}

  /** null for a missing key. */
  getProperty(key: string): string | null {
    return this.map.get(String(key)) ?? null;
  }

  /** Values are stored as strings: numbers, booleans, objects go through String(). */
  setProperty(key: string, value: unknown): Properties {
    this._put([[String(key), String(value)]], false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this._put(Object.keys(properties).map((k) => [k, String(properties[k])]), deleteAllOthers);
    return this;
  }

  getProperties(): Record<string, string> {
    return this.env.realm.makeObject(Object.fromEntries(this.map));
  }

  getKeys(): string[] {
    return this.env.realm.makeArray(this.map.keys());
  }

  deleteProperty(key: string): Properties {
    this.map.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.map.clear();
    return this;
  }

  _put(entries: [string, string][], deleteAllOthers: boolean): void {
    for (const [, v] of entries) if (bytes(v) > VALUE_LIMIT_BYTES) this.env.fail(QUOTA_MESSAGE);
    const next = new Map(deleteAllOthers ? [] : this.map);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES) this.env.fail(QUOTA_MESSAGE);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }
}

instrument(PropertiesService, 'PropertiesService', 'PropertiesService');
instrument(Properties, 'PropertiesService', 'Properties');
