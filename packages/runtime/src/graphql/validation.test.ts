import 'reflect-metadata';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { inputFieldErrors } from './validation';
import { IsNpi } from './validators';

class ProviderInput {
  @IsNpi()
  npi!: string;

  @IsOptional()
  @ArrayMaxSize(3)
  @IsNpi({ each: true })
  treatingProviderNpis?: string[];
}

const input = (values: Partial<ProviderInput>) => Object.assign(new ProviderInput(), { npi: '1234567893', ...values });

describe('inputFieldErrors', () => {
  it('accepts NPIs with their check digit', async () => {
    expect(await inputFieldErrors(input({ treatingProviderNpis: ['1245319599', '1003000126'] }), 'input')).toEqual([]);
  });

  it('refuses a single NPI with a wrong check digit at its field', async () => {
    expect(await inputFieldErrors(input({ npi: '1234567890' }), 'input')).toEqual([
      { field: 'input.npi', message: 'npi must be 10 digits with a valid check digit (e.g. 1234567893)' },
    ]);
  });

  it('names each offending item of a list, not the whole list', async () => {
    expect(await inputFieldErrors(input({ treatingProviderNpis: ['1245319599', '1234567890', '12'] }), 'input')).toEqual([
      { field: 'input.treatingProviderNpis.1', message: 'treatingProviderNpis.1 must be 10 digits with a valid check digit (e.g. 1234567893)' },
      { field: 'input.treatingProviderNpis.2', message: 'treatingProviderNpis.2 must be 10 digits with a valid check digit (e.g. 1234567893)' },
    ]);
  });

  it('keeps list-level constraints on the list', async () => {
    const fields = await inputFieldErrors(input({ treatingProviderNpis: ['1245319599', '1245319599', '1245319599', '1245319599'] }), 'input');
    expect(fields).toEqual([{ field: 'input.treatingProviderNpis', message: expect.stringContaining('must contain no more than 3 elements') }]);
  });
});
