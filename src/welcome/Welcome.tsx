import { SUPPORTED_BOARDS } from '../popup/CurrentPosting';

/**
 * The first-run page, opened once when RoleLens is installed: what it does, where, the privacy
 * promise, how to pin it, and where its settings are.
 */
export function Welcome() {
  const firefox = /firefox/i.test(navigator.userAgent);
  return (
    <main class="welcome">
      <h1>RoleLens is installed</h1>
      <p class="lead">
        On job boards, RoleLens labels each posting <strong>data engineering</strong>, <strong>backend</strong>, <strong>hybrid</strong> (data platform,
        ML platform, data services) or <strong>not a DE/BE role</strong>, and shows beside it the phrases that decided it, the reference pay band for
        its level, the pay the posting states, and the interview prep that role tests.
      </p>
      <section>
        <h2>Where it works</h2>
        <p>
          Job pages and search results on {SUPPORTED_BOARDS}. Open a posting there: the RoleLens panel appears below its title. On search results, each
          card gets a small chip, and you can dim or hide the kinds of role you are not after.
        </p>
        <p>
          Any other page (a company’s own careers site) is read only when you ask: click the RoleLens button in the toolbar, then <em>Read this page</em>.
        </p>
      </section>
      <section>
        <h2>Your privacy</h2>
        <p>
          RoleLens runs entirely in your browser. It makes <strong>no network request of its own</strong>: no server, no account, no analytics. The
          labels and levels you set are kept on this device; your settings follow your browser profile. You can export all of it, and nothing is sent
          anywhere.
        </p>
      </section>
      <section>
        <h2>Pin it</h2>
        {firefox ? (
          <p>
            Click the extensions button (the puzzle piece) in the toolbar, open the gear beside RoleLens and choose <em>Pin to Toolbar</em>.
          </p>
        ) : (
          <p>
            Click the extensions button (the puzzle piece) in the toolbar and the pin beside RoleLens, so its button stays in view.
          </p>
        )}
      </section>
      <section>
        <h2>Settings</h2>
        <p>
          Click the RoleLens button in the toolbar. The popup shows the current posting’s reading and holds the settings: what the panel shows, which
          boards it runs on, what search lists show, dim or hide, your own labels and levels, and a backup of all of it.
        </p>
      </section>
    </main>
  );
}
