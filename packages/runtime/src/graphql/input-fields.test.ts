import 'reflect-metadata';
import { printSchema } from 'graphql';
import { Arg, buildSchema, Field, InputType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { EmailField, InputListField, PhoneField, TextField } from './input-fields';
import { inputFieldErrors } from './validation';

@InputType('GadgetPartInput')
class GadgetPartInput {
  @TextField(10)
  label!: string;
}

@InputType('GadgetInput')
class GadgetInput {
  @TextField(5, { description: 'What it is called' })
  name!: string;

  @TextField(5, { optional: true })
  nickname?: string;

  @TextField(5, { optional: true, blank: true })
  note?: string | null;

  @InputListField(() => GadgetPartInput, 2)
  parts: GadgetPartInput[] = [];

  @InputListField(() => GadgetPartInput, 2, { optional: true })
  spares?: GadgetPartInput[];

  @Field(() => Boolean, { defaultValue: false })
  boxed: boolean = false;

  @EmailField({ max: 30, optional: true })
  contactEmail?: string | null;

  @PhoneField({ optional: true })
  phone?: string | null;
}

@Resolver()
class GadgetResolver {
  @Query(() => String)
  gadget(@Arg('input', () => GadgetInput) input: GadgetInput) {
    return input.name;
  }
}

const gadget = (values: Partial<GadgetInput>) => Object.assign(new GadgetInput(), { name: 'ok' }, values);
const part = (label: string) => Object.assign(new GadgetPartInput(), { label });

describe('TextField and InputListField', () => {
  it('declare the schema the four decorators they stand for would', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [GadgetResolver], validate: false }));
    expect(sdl).toContain(
      'input GadgetInput {\n  """What it is called"""\n  name: String!\n  nickname: String\n  note: String\n  parts: [GadgetPartInput!]! = []\n  spares: [GadgetPartInput!]\n  boxed: Boolean! = false\n  contactEmail: String\n  phone: String\n}',
    );
  });

  it('refuse blank and over-long text, unless optional and absent or blank allowed', async () => {
    expect(await inputFieldErrors(gadget({}), 'input')).toEqual([]);
    const fields = (await inputFieldErrors(gadget({ name: '  ', nickname: ' ', note: ' ' }), 'input')).map((e) => e.field);
    expect(fields).toEqual(['input.name', 'input.nickname']);
    expect((await inputFieldErrors(gadget({ name: 'too long', note: 'too long' }), 'input')).map((e) => e.field)).toEqual(['input.name', 'input.note']);
  });

  it('validate each item of a list and its length', async () => {
    const errors = await inputFieldErrors(gadget({ parts: [part('fine'), part(' ')], spares: [part('a'), part('b'), part('c')] }), 'input');
    expect(errors.map((e) => e.field)).toEqual(['input.parts.1.label', 'input.spares']);
  });
});

describe('EmailField and PhoneField', () => {
  it("name the caller's field in their messages", async () => {
    expect(await inputFieldErrors(gadget({ contactEmail: 'a@example.org', phone: '+1 (518) 555-0100' }), 'input')).toEqual([]);
    expect(await inputFieldErrors(gadget({ contactEmail: 'nope', phone: 'call me' }), 'input')).toEqual([
      { field: 'input.contactEmail', message: 'contactEmail must be an email address' },
      { field: 'input.phone', message: 'phone must be a phone number (digits, spaces, + ( ) - .)' },
    ]);
    expect((await inputFieldErrors(gadget({ contactEmail: `${'a'.repeat(30)}@example.org` }), 'input')).map((e) => e.field)).toEqual(['input.contactEmail']);
  });
});
