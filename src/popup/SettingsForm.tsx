import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings-schema';
import { panelShortcut, whereToChangeShortcuts } from './shortcut';
import { BOARDS, type BoardId } from '../sites/boards';

/** The settings that are on or off. */
type BooleanKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];
type Toggle = { key: BooleanKey; label: string };

const TOGGLES: readonly Toggle[] = [
  { key: 'enabled', label: 'Show RoleLens on job pages' },
  { key: 'showCompBand', label: 'Show the reference comp band' },
  { key: 'showSalary', label: "Show the posting's own pay" },
  { key: 'showPrep', label: 'Show interview prep' },
  { key: 'startCollapsed', label: 'Start the panel collapsed (its Hide / Details buttons set this too)' },
];

/** How the form names a setting (the popup's note on settings that had to be reset uses it too). */
export function settingName(key: keyof Settings): string {
  if (key === 'disabledBoards') return 'the boards switched off';
  if (key === 'cardFilter') return 'what lists show, dim or hide';
  if (key === 'showOnCards') return 'Label search-result cards';
  return TOGGLES.find((toggle) => toggle.key === key)?.label ?? key;
}

/** Every setting, saved as soon as it changes. */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const toggleBoard = (id: BoardId, on: boolean) =>
    onChange({
      ...settings,
      disabledBoards: on ? settings.disabledBoards.filter((board) => board !== id) : [...settings.disabledBoards, id],
    });
  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()}>
      <h2>On job pages</h2>
      {TOGGLES.map(({ key, label }) => (
        <label key={key}>
          <input
            type="checkbox"
            name={key}
            checked={settings[key]}
            onChange={(event) => onChange({ ...settings, [key]: event.currentTarget.checked })}
          />
          {label}
        </label>
      ))}
      <fieldset>
        <legend>Boards</legend>
        {BOARDS.map(({ id, name }) => (
          <label key={id}>
            <input
              type="checkbox"
              name={`board-${id}`}
              checked={!settings.disabledBoards.includes(id)}
              onChange={(event) => toggleBoard(id, event.currentTarget.checked)}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <Shortcut />
    </form>
  );
}

/** The keyboard shortcut that folds the panel, and where to change it. */
function Shortcut() {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    void panelShortcut().then(setKeys);
  }, []);
  return (
    <p class="rl-muted rl-small shortcut" data-shortcut={keys ?? ''}>
      Fold or unfold the panel: {keys ? <kbd>{keys}</kbd> : 'no keys set'}. Change it at {whereToChangeShortcuts(navigator.userAgent)}.
    </p>
  );
}
