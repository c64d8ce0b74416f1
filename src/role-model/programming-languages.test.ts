import { describe, expect, test } from 'vitest';
import { extractSignals } from './extract-signals';
import { languagesNamed } from './programming-languages';

const named = (title: string, text: string) => languagesNamed(extractSignals({ title, text }).matches, { title, text });

describe('languagesNamed', () => {
  test.each([
    ['a framework counts for its language', 'Engineer', 'We use Django, Flask and FastAPI.', ['Python']],
    ['the title counts', 'Senior PHP Developer', 'You will build features.', ['PHP']],
    ['most-named first', 'Engineer', 'Java. Go services, Golang tooling, Go everywhere. Java.', ['Go', 'Java']],
    ['ties keep the order of first mention', 'Engineer', 'Ruby on Rails and C# and Rust.', ['Ruby', 'C#', 'Rust']],
    ['.NET is C#', 'Engineer', 'ASP.NET Core services on .NET.', ['C#']],
    ['Node.js in its spellings', 'Engineer', 'Node.js, NodeJS and NestJS.', ['Node.js']],
    ['front-end languages are not server languages', 'Engineer', 'JavaScript, HTML and CSS.', []],
    ['none', 'Engineer', 'We build things together.', []],
  ])('%s', (_name, title, text, expected) => {
    expect(named(title, text)).toEqual(expected);
  });
});
