import { expect, test } from 'vitest';
import { postingPlace } from './posting-country';

test.each<[string | null, string | null, ReturnType<typeof postingPlace>]>([
  ['New York, NY', null, { inUs: true }],
  ['Remote - US', null, { inUs: true }],
  ['San Francisco Bay Area', null, { inUs: true }],
  ['Austin, TX (Hybrid)', null, { inUs: true }],
  ['Tel Aviv District, Israel (On-site)', null, { inUs: false, where: 'Israel' }],
  ['London, England, United Kingdom', null, { inUs: false, where: 'the United Kingdom' }],
  ['Bengaluru, Karnataka', null, { inUs: false, where: 'India' }],
  ['Toronto, ON', null, { inUs: false, where: 'Canada' }],
  ['Sydney NSW', null, { inUs: false, where: 'Australia' }],
  ['Remote', 'Australia', { inUs: false, where: 'Australia' }],
  [null, 'New Zealand', { inUs: false, where: 'New Zealand' }],
  ['New York or London', null, { inUs: null }],
  ['Remote', null, { inUs: null }],
  [null, null, { inUs: null }],
])('%s (board country %s) → %j', (location, board, place) => {
  expect(postingPlace(location, board)).toEqual(place);
});
