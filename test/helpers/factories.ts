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

/**
 * Three creatives in 杭州 for a small gathering: 张伟 (core, brand design) needs motion design, which
 * 李娜 (illustration) offers; 陈静 does both brand design and illustration.
 */
export async function makeGatheringTrio(ctx: Ctx): Promise<{ zw: Person; ln: Person; cj: Person }> {
  const zw = await makePerson(ctx, {
    name: '张伟',
    city: '杭州',
    tier: 'core',
    disciplines: ['品牌设计'],
    needs: ['需要做动效'],
  });
  const ln = await makePerson(ctx, {
    name: '李娜',
    city: '杭州',
    disciplines: ['插画'],
    offers: ['动效设计（AE）'],
  });
  const cj = await makePerson(ctx, {
    name: '陈静',
    city: '杭州',
    disciplines: ['品牌设计', '插画'],
  });
  return { zw, ln, cj };
}
