import { CARD_KINDS, CARD_TREATMENTS, type CardKind, type CardTreatment, type Settings } from '../settings/settings-schema';

const KIND_NAMES: Record<CardKind, string> = {
  data: 'Data engineering',
  backend: 'Backend',
  hybrid: 'Hybrid',
  other: 'Not a DE/BE role',
  unknown: 'Not yet known (the title does not say)',
};

const TREATMENT_NAMES: Record<CardTreatment, string> = { show: 'Show', dim: 'Dim', hide: 'Hide' };

/**
 * Narrowing a search list by label: per label, show, dim or hide its cards. A card's label is its
 * title's lean (or your own label for that job). The list says what was done and undoes it in one
 * click; the board's own page is never changed.
 */
export function ListsForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const set = (kind: CardKind, treatment: CardTreatment) => onChange({ ...settings, cardFilter: { ...settings.cardFilter, [kind]: treatment } });
  return (
    <form class="settings lists" onSubmit={(event) => event.preventDefault()}>
      <label>
        <input type="checkbox" name="showOnCards" checked={settings.showOnCards} onChange={(event) => onChange({ ...settings, showOnCards: event.currentTarget.checked })} />
        Label search-result cards (from the title)
      </label>
      <p class="rl-muted rl-small">On search results, for each kind of card:</p>
      <table class="card-filter">
        <tbody>
          {CARD_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_NAMES[kind]}</th>
              {CARD_TREATMENTS.map((treatment) => (
                <td key={treatment}>
                  <label>
                    <input
                      type="radio"
                      name={`filter-${kind}`}
                      value={treatment}
                      checked={settings.cardFilter[kind] === treatment}
                      onChange={() => set(kind, treatment)}
                    />
                    {TREATMENT_NAMES[treatment]}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </form>
  );
}
