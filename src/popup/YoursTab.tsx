import { useState } from 'preact/hooks';
import { makeBackup, MAX_BACKUP_CHARS, readBackup } from '../backup/backup-file';
import { correctionsAsJsonl } from '../backup/corrections-export';
import { clearChoices, replaceChoices } from '../choices/choices-store';
import type { JobChoice } from '../choices/job-choices';
import type { SaveResult } from '../settings/settings-store';
import type { Settings } from '../settings/settings-schema';
import { downloadText } from './download';

/**
 * The user's own labels and levels, and their backup: counted, exported (corrections as JSONL in
 * the corpus format; everything as one backup file), imported, cleared. Nothing is sent anywhere.
 */
export function YoursTab({
  settings,
  choices,
  onSaveSettings,
  onReload,
}: {
  settings: Settings;
  choices: Record<string, JobChoice>;
  /** Saves imported settings (the popup's own save, which reports a refusal). */
  onSaveSettings: (next: Settings) => Promise<SaveResult>;
  /** Reads the stored choices again after an import or a clear. */
  onReload: () => void;
}) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'problem'; text: string } | null>(null);
  const all = Object.values(choices);
  const labels = all.filter((choice) => choice.label).length;
  const levels = all.filter((choice) => choice.level).length;
  const today = new Date().toISOString().slice(0, 10);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // A file far too big is refused before it is read into memory.
    const read = file.size > MAX_BACKUP_CHARS * 2 ? { ok: false as const, message: `The file is ${(file.size / 1_000_000).toFixed(1)} MB: too big to be a RoleLens backup.` } : readBackup(await file.text());
    if (!read.ok) {
      setMessage({ kind: 'problem', text: `Nothing was imported: ${read.message}` });
      return;
    }
    const stored = await replaceChoices(read.backup.choices);
    if (!stored.saved) {
      setMessage({ kind: 'problem', text: `Nothing was imported: ${stored.message}` });
      return;
    }
    const saved = await onSaveSettings(read.backup.settings);
    onReload();
    setMessage(
      saved.saved
        ? { kind: 'ok', text: `Imported your settings and ${Object.keys(read.backup.choices).length} labels and levels.` }
        : { kind: 'problem', text: `Your labels and levels were imported, but not the settings: ${saved.message}` },
    );
  };

  return (
    <section class="yours">
      <p data-count-labels={labels} data-count-levels={levels}>
        {labels === 0 && levels === 0
          ? 'No labels or levels of yours yet. Use “Not right? It is …” and the level on a posting’s panel.'
          : `Your labels: ${labels}. Levels you set: ${levels}. Kept on this device only.`}
      </p>
      <div class="buttons">
        <button type="button" name="export-corrections" disabled={labels === 0} onClick={() => downloadText(`rolelens-corrections-${today}.jsonl`, correctionsAsJsonl(choices), 'application/x-ndjson')}>
          Export your labels (JSONL)
        </button>
        <button type="button" name="export-backup" onClick={() => downloadText(`rolelens-backup-${today}.json`, makeBackup({ settings, choices }, new Date()), 'application/json')}>
          Export settings and labels
        </button>
        <label class="file-button">
          Import a backup…
          <input
            type="file"
            name="import-backup"
            accept="application/json,.json"
            onChange={(event) => {
              const input = event.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button
          type="button"
          name="clear-choices"
          disabled={labels === 0 && levels === 0}
          onClick={() =>
            void clearChoices().then((result) => {
              onReload();
              setMessage(result.saved ? { kind: 'ok', text: 'Your labels and levels were cleared.' } : { kind: 'problem', text: result.message });
            })
          }
        >
          Clear your labels and levels
        </button>
      </div>
      {message ? (
        <p class="rl-note" role={message.kind === 'problem' ? 'alert' : 'status'} data-import={message.kind}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
