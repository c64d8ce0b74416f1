import { expect, test } from 'vitest';
import { inferLevel } from './level';
import type { Level } from './types';

test.each<{ title: string; text?: string; level: Level; phrase: string | null }>([
  { title: 'Senior Data Engineer', level: 'L5', phrase: 'Senior' },
  { title: 'Sr. Backend Engineer', level: 'L5', phrase: 'Sr' },
  { title: 'Staff Software Engineer', level: 'L6', phrase: 'Staff' },
  { title: 'Senior Staff Engineer', level: 'L6', phrase: 'Senior Staff' },
  { title: 'Senior / Staff Data Engineer', level: 'L5', phrase: 'Senior' },
  { title: 'Principal Engineer, Backend', level: 'L7', phrase: 'Principal' },
  { title: 'Lead Data Engineer', level: 'L6', phrase: 'Lead' },
  { title: 'Software Engineer II', level: 'L4', phrase: 'II' },
  { title: 'Junior PHP Developer', level: 'L3', phrase: 'Junior' },
  { title: 'Associate Data Engineer', level: 'L3', phrase: 'Associate' },
  { title: 'Data Engineering Co-op', level: 'L3', phrase: 'Co' },
  { title: 'Member of Technical Staff - Data Engineer', text: '5+ years of experience building pipelines.', level: 'L5', phrase: '5+ years' },
  { title: 'Client Service Associate', text: 'At least 3 years of experience in client service.', level: 'L4', phrase: '3 years' },
  { title: 'Engineering Manager II', level: 'unknown', phrase: null },
  { title: 'Data Engineer', text: 'Requirements: 2–10+ years of experience with SQL.', level: 'L4', phrase: '2–10+ years' },
  { title: 'Data Engineer', text: 'You have several years of experience with Spark.', level: 'L4', phrase: 'several years' },
  { title: 'Data Engineer', text: 'Bachelor degree in CS or related field8+ years of experience with Spark.', level: 'L6', phrase: '8+ years' },
  { title: 'Backend Engineer', text: 'Over the last 25 years we have grown. You bring five years of experience in Go.', level: 'L5', phrase: 'five years' },
  { title: 'Backend Engineer', text: 'A great team.', level: 'unknown', phrase: null },
  // The company's years, not the hire's: a boilerplate section, or the company's history.
  { title: 'Backend Developer', text: 'About Us:\nWith more than 15 years of industry experience, we serve 3 million customers.\n\nRequirements\n3+ years of experience with Node.js.', level: 'L4', phrase: '3+ years' },
  { title: 'Python Developer', text: 'This year we are celebrating 25 years of innovation and excellence. You know Django well.', level: 'unknown', phrase: null },
  { title: 'Data Scientist', text: 'Why us? A pre-IPO startup with 60X revenue growth in 5 years.\n\nYou have\n- 1 year of experience with SQL and Python notebooks.', level: 'L3', phrase: '1 year' },
  { title: 'Platform Engineer', text: 'Founded by a CEO who spent 18 years at Google.', level: 'unknown', phrase: null },
  // Several requirements: the largest one is the seniority asked for.
  { title: 'Software Engineer', text: 'Requirements\n- 3+ years of hands-on experience in C++\n- 5+ years of overall software development experience', level: 'L5', phrase: '5+ years' },
  // Neither title nor years: the body naming the level, not a span of levels.
  { title: 'Data Engineer', text: 'Are you a recent graduate or early-career professional passionate about data?', level: 'L3', phrase: 'recent graduate' },
  { title: 'Machine Learning Infrastructure Engineer', text: 'The Role\nAs a Senior Machine Learning Systems Engineer you will own our training cluster.', level: 'L5', phrase: 'As a Senior' },
  { title: 'Talent Partner', text: 'Run recruitment campaigns for entry level to senior positions.', level: 'unknown', phrase: null },
  { title: 'Solutions Architect', text: 'We do not intend to hire experienced or entry level job seekers who will need sponsorship.', level: 'unknown', phrase: null },
  { title: 'Data Engineer', text: 'Entry-level role.\n3+ years of experience with SQL.', level: 'L4', phrase: '3+ years' },
  // A ladder number right after the job noun.
  { title: 'Software Engineer 2 (API ops)', text: '5+ years of experience.', level: 'L4', phrase: '2' },
  { title: 'SDE 3, Payments', level: 'L5', phrase: '3' },
  { title: 'Web3 Engineer', level: 'unknown', phrase: null },
  { title: 'Data Engineer (2 positions)', level: 'unknown', phrase: null },
  { title: '', text: '', level: 'unknown', phrase: null },
])('$title / $text → $level', ({ title, text, level, phrase }) => {
  const result = inferLevel({ title, text: text ?? '' });
  expect(result.level).toBe(level);
  expect(result.phrase).toBe(phrase);
  const source = result.field === 'title' ? title : (text ?? '');
  expect(result.phrase === null || source.slice(result.start, result.end) === result.phrase).toBe(true);
});
