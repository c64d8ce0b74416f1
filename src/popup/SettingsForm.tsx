import type { Settings } from '../settings/settings-schema';
import { BOARDS, type BoardId } from '../sites/boards';

type Toggle = { key: keyof Omit<Settings, 'disabledBoards'>; label: string };

const TOGGLES: readonly Toggle[] = [
  { key: 'enabled', label: 'Show RoleLens on job pages' },
  { key: 'showOnCards', label: 'Label search-result cards (from the title)' },
  { key: 'showCompBand', label: 'Show the reference comp band' },
  { key: 'showSalary', label: "Show the posting's own pay" },
  { key: 'showPrep', label: 'Show interview prep' },
  { key: 'startCollapsed', label: 'Start the panel collapsed (its Hide / Details buttons set this too)' },
];

/** How the form names a setting (the popup's note on settings that had to be reset uses it too). */
export function settingName(key: keyof Settings): string {
  if (key === 'disabledBoards') return 'the boards switched off';
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
      <h2>Settings</h2>
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
    </form>
  );
}
