import { describe, expect, it } from 'vitest';
import { applyToChips, type ChipWidget } from '../../../extension/sites/chips.js';
import type { Field, MailAddress } from '../../../core/types.js';

function widget(start: Partial<Record<Field, string[]>>): ChipWidget & { fields: Record<Field, MailAddress[]> } {
  const fields: Record<Field, MailAddress[]> = { to: [], cc: [], bcc: [] };
  for (const f of ['to', 'cc', 'bcc'] as const) fields[f] = (start[f] ?? []).map((address) => ({ address }));
  return {
    fields,
    read: (f) => fields[f],
    add: (f, a) => void fields[f].push(a),
    remove: (address) => {
      for (const f of ['to', 'cc', 'bcc'] as const) fields[f] = fields[f].filter((a) => a.address.toLowerCase() !== address.toLowerCase());
    },
  };
}

describe('applyToChips', () => {
  it('replace takes the old chip out and puts the new one in the suggested field', () => {
    const w = widget({ to: ['erik@kungsor.se'] });
    applyToChips(w, { action: 'replace', field: 'to', address: 'anders@kungsor.se', name: 'Anders', replaces: 'erik@kungsor.se' });
    expect(w.fields.to).toEqual([{ address: 'anders@kungsor.se', name: 'Anders' }]);
  });

  it('does not add an address that already stands in another field (any case)', () => {
    const w = widget({ cc: ['Anders@Kungsor.se'] });
    applyToChips(w, { action: 'add', field: 'to', address: 'anders@kungsor.se' });
    expect(w.fields.to).toEqual([]);
    expect(w.fields.cc).toHaveLength(1);
  });

  it('remove only removes', () => {
    const w = widget({ to: ['erik@kungsor.se', 'lena@kungsor.se'] });
    applyToChips(w, { action: 'remove', field: 'to', address: 'erik@kungsor.se' });
    expect(w.fields.to.map((a) => a.address)).toEqual(['lena@kungsor.se']);
  });
});
