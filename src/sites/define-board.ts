import type { ReadResult, SiteAdapter } from './types';

/**
 * A job board RoleLens reads: what the manifest, the popup and the settings need to know of it,
 * and its reader. Each board's file defines one; `boards.ts` lists them.
 */
export interface BoardDefinition<Id extends string> {
  id: Id;
  /** As the popup names it. */
  name: string;
  /** The board's hosts, matched exactly or as subdomains, never by substring. */
  isHost(host: string): boolean;
  /** Manifest `host_permissions`: https only, as every board serves. */
  hostPermissions: readonly string[];
  /** The pages the content script runs on (each covered by a host permission: boards.test.ts). */
  contentScriptMatches: readonly string[];
  /** Reads what the page holds; a throw is caught by read-page.ts and becomes `unrecognised`. */
  read(doc: Document, url: URL): ReadResult;
}

export type Board<Id extends string = string> = BoardDefinition<Id> & SiteAdapter;

export function defineBoard<const Id extends string>(definition: BoardDefinition<Id>): Board<Id> {
  return { ...definition, matches: (url: URL) => definition.isHost(url.hostname) };
}
