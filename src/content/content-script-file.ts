/**
 * The built content script: WXT writes entrypoints/content to this path. The popup injects it into
 * a page the user asks RoleLens to read (the manifest's matches cover the boards only).
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
