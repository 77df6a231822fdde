import type { Ctx } from '../../src/core/context.js';
import type { CreatePersonInput, Person } from '../../src/core/people/people.js';
import { createPerson } from '../../src/core/people/people.service.js';
import type { LogInteractionInput, Interaction } from '../../src/core/interactions/interactions.js';
import { logInteraction } from '../../src/core/interactions/interactions.service.js';

let seq = 0;

/** A person with a unique name unless one is given. */
export function makePerson(ctx: Ctx, over: Partial<CreatePersonInput> = {}): Promise<Person> {
  seq += 1;
  return createPerson(ctx, { name: `测试${seq}号`, ...over });
}

/** A catch-up over WeChat with the given people unless told otherwise. */
export function makeInteraction(
  ctx: Ctx,
  people: (Person | number | string)[],
  over: Partial<LogInteractionInput> = {},
): Promise<Interaction> {
  return logInteraction(ctx, {
    people: people.map((p) => (typeof p === 'object' ? p.id : p)),
    kind: 'catch-up',
    channel: 'wechat',
    ...over,
  });
}
