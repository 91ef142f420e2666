// The only module that touches the WebExtension API (through webextension-polyfill, so Chromium and
// Firefox look the same). Everything else imports `ext` from here; unit tests mock this module.
import browser from 'webextension-polyfill';

export type AreaName = 'local' | 'managed' | 'sync' | 'session';
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export const ext = {
  async localGet<T = unknown>(key: string): Promise<T | undefined> {
    const got = await browser.storage.local.get(key);
    return got[key] as T | undefined;
  },
  localSet(items: Record<string, unknown>): Promise<void> {
    return browser.storage.local.set(items);
  },
  localRemove(key: string): Promise<void> {
    return browser.storage.local.remove(key);
  },
  /** Policy-pushed settings; `{}` where the browser has none or no managed storage (Firefox without policy). */
  async managedGet(): Promise<Record<string, unknown>> {
    try {
      return ((await browser.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
    } catch {
      return {};
    }
  },
  onStorageChanged(listener: (changes: StorageChanges, area: AreaName) => void): () => void {
    const l = (changes: StorageChanges, area: string) => listener(changes, area as AreaName);
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  },
  url(path: string): string {
    return browser.runtime.getURL(path);
  },
  sendMessage<T = unknown>(message: unknown): Promise<T> {
    return browser.runtime.sendMessage(message) as Promise<T>;
  },
  onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
    browser.runtime.onMessage.addListener((message: unknown) => handler(message));
  },
  openOptions(): Promise<void> {
    return browser.runtime.openOptionsPage();
  },
  async activeTab(): Promise<{ id?: number; url?: string } | undefined> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  },
  sendToTab<T = unknown>(tabId: number, message: unknown): Promise<T> {
    return browser.tabs.sendMessage(tabId, message) as Promise<T>;
  },
  requestOrigins(origins: string[]): Promise<boolean> {
    return browser.permissions.request({ origins });
  },
  removeOrigins(origins: string[]): Promise<boolean> {
    return browser.permissions.remove({ origins });
  },
  async grantedOrigins(): Promise<string[]> {
    return (await browser.permissions.getAll()).origins ?? [];
  },
  onPermissionsChanged(listener: () => void): void {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
  },
  onInstalledOrStartup(listener: () => void): void {
    browser.runtime.onInstalled.addListener(() => listener());
    browser.runtime.onStartup.addListener(listener);
  },
  scripting: {
    async getRegistered(): Promise<string[]> {
      return (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
    },
    register(id: string, matches: string[], js: string[]): Promise<void> {
      return browser.scripting.registerContentScripts([{ id, matches, js, runAt: 'document_idle', persistAcrossSessions: true }]);
    },
    unregister(ids: string[]): Promise<void> {
      return browser.scripting.unregisterContentScripts({ ids });
    },
    async inject(tabId: number, files: string[]): Promise<void> {
      await browser.scripting.executeScript({ target: { tabId }, files });
    },
  },
};

export type Ext = typeof ext;
