import { describe, expect, it } from 'vitest';
import { allowedList, fieldLabel } from './fields.js';

describe('field labels', () => {
  it('names a field as users know it, and keeps the place of a record in a file', () => {
    expect(fieldLabel('tier', 'zh')).toBe('层级（--tier）');
    expect(fieldLabel('needs.2', 'en')).toBe('--needs');
    expect(fieldLabel('people.12.tier', 'zh')).toBe('people.12.tier（层级（--tier））');
    expect(fieldLabel('people.12.tier', 'en')).toBe('people.12.tier (tier (--tier))');
    expect(fieldLabel('interactions.3.people.0', 'en')).toBe('interactions.3.people.0');
    expect(fieldLabel('gatherings.0.whatever', 'en')).toBe('gatherings.0.whatever');
  });

  it('lists allowed values with their Chinese labels, also deep in a file', () => {
    expect(allowedList('people.3.tier', ['core', 'general'], 'zh')).toBe(
      'core（核心）、general（一般）',
    );
    expect(allowedList('outcome', ['friends'], 'en')).toBe('friends');
  });
});
