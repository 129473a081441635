import * as Y from 'yjs';

const huge = 'x'.repeat(100_000);

/**
 * Values a malicious peer can store under its own key of a `room` map: wrong types, huge strings, prototype
 * keys, arrays where objects belong, NaN and negative numbers, a nested shared type.
 */
export function hostileValues(): unknown[] {
  return [
    null,
    'a string where a record belongs',
    42,
    Number.NaN,
    -1,
    true,
    [],
    [{ name: 'in an array', text: 'in an array' }],
    {},
    { name: 7, joinedAt: 'yesterday', profile: ['age', 30], text: 12, tags: 'not-an-array' },
    { name: huge, text: huge, tags: [huge, huge, huge, huge, huge, huge, huge], profile: { bio: huge } },
    {
      name: 'Neg',
      joinedAt: -5,
      createdAt: Number.NaN,
      updatedAt: -1,
      questionVersion: Number.POSITIVE_INFINITY,
    },
    JSON.parse(
      '{"__proto__": {"polluted": true}, "name": "Proto", "text": "Proto", "productionId": "__proto__", "profile": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}, "tags": {"constructor": "x"}}',
    ),
    { productionId: '__proto__', text: { nested: true }, replyTo: 42, deleted: 'yes', editedAt: Number.NaN },
    { productionId: ['p'], text: 'no production' },
    new Y.Map<unknown>([['name', 'a shared map']]),
  ];
}
