import type { SignalMatch } from './extract-signals';
import type { PostingText } from './types';

/** The languages a prep resource can be about (ROLE-MODEL.md: "extended coding in one's primary language"). */
export type ProgrammingLanguage = 'Go' | 'Java' | 'Kotlin' | 'Python' | 'Node.js' | 'TypeScript' | 'Rust' | 'C#' | 'Ruby' | 'PHP' | 'Scala' | 'C++' | 'Elixir';

/** Lexicon signals whose phrases name a language or one of its server frameworks. */
const LANGUAGE_SIGNALS = new Set(['backend-langs', 'frameworks', 'shared-python', 'data-langs', 't-backend-lang']);

/** Case and punctuation dropped as the matcher drops them ("ASP.NET Core" and "asp net core" are one phrase); # and + kept (C#, C++). */
function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/[^a-z0-9#+]+/g, ' ').trim();
}

/** A matched phrase (normalised) → its language; a framework counts for its language ("Spring Boot" → Java). */
const LANGUAGE_OF_PHRASE: ReadonlyMap<string, ProgrammingLanguage> = new Map(
  (
    [
      ['Go', ['go', 'golang', 'gin']],
      ['Java', ['java', 'jvm', 'spring', 'spring boot', 'springboot', 'j2ee', 'java ee', 'jee', 'servlets', 'micronaut', 'quarkus']],
      ['Kotlin', ['kotlin', 'ktor']],
      ['Python', ['python', 'django', 'flask', 'fastapi', 'celery', 'tornado', 'pandas', 'numpy', 'jupyter']],
      ['Node.js', ['node', 'node.js', 'nodejs', 'express', 'express.js', 'nestjs', 'nest.js']],
      ['TypeScript', ['typescript']],
      ['Rust', ['rust']],
      ['C#', ['c#', '.net', 'dotnet', '.net core', 'asp.net', 'asp.net core', 'asp', 'entity framework']],
      ['Ruby', ['ruby', 'rails', 'ruby on rails']],
      ['PHP', ['php', 'laravel', 'symfony']],
      ['Scala', ['scala', 'akka']],
      ['C++', ['c++']],
      ['Elixir', ['elixir', 'phoenix']],
    ] as const
  ).flatMap(([language, phrases]) => phrases.map((phrase) => [normalise(phrase), language] as const)),
);

/** The programming languages a posting names (title or body), most-named first; ties keep the order of first mention. */
export function languagesNamed(matches: readonly SignalMatch[], posting: PostingText): ProgrammingLanguage[] {
  const counts = new Map<ProgrammingLanguage, number>();
  for (const match of matches) {
    if (!LANGUAGE_SIGNALS.has(match.signal.id)) continue;
    const phrase = normalise((match.field === 'title' ? posting.title : posting.text).slice(match.start, match.end));
    const language = LANGUAGE_OF_PHRASE.get(phrase);
    if (language !== undefined) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  // Map keeps insertion order and the sort is stable: equal counts stay in order of first mention.
  return [...counts].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}
