import { UnprocessableEntityException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { createValidationPipe, errorsByField } from './validation';

class VenueInput {
  @IsString()
  @MaxLength(8)
  postcode!: string;
}

class EventInput {
  @IsString()
  title!: string;

  @IsInt()
  capacity!: number;

  @IsEmail()
  contact!: string;

  @ValidateNested()
  @Type(() => VenueInput)
  venue!: VenueInput;
}

async function rejectionOf(body: unknown): Promise<Record<string, string[]>> {
  const pipe = createValidationPipe();
  try {
    await pipe.transform(body, { type: 'body', metatype: EventInput });
  } catch (error) {
    expect(error).toBeInstanceOf(UnprocessableEntityException);
    return (error as UnprocessableEntityException).getResponse() as Record<string, string[]>;
  }
  throw new Error('expected the pipe to refuse the body');
}

describe('createValidationPipe', () => {
  const valid = { title: 'Blueprint', capacity: 40, contact: 'events@example.org', venue: { postcode: 'SW1A 2AA' } };

  it('passes a valid body through as an instance of its class', async () => {
    const result = await createValidationPipe().transform(valid, { type: 'body', metatype: EventInput });
    expect(result).toBeInstanceOf(EventInput);
    expect(result.venue).toBeInstanceOf(VenueInput);
  });

  it('keys errors by field, with nested paths', async () => {
    const response = await rejectionOf({ ...valid, capacity: '40', venue: { postcode: 'TOO LONG POSTCODE' } });
    expect(Object.keys((response as unknown as { errors: object }).errors).sort()).toEqual([
      'capacity',
      'venue.postcode',
    ]);
  });

  it('reports one message per field: the first failing check, bottom decorator first', async () => {
    class Contact {
      @IsEmail({}, { message: 'Enter an email address in the correct format' })
      @IsNotEmpty({ message: 'Enter your email address' })
      email!: string;
    }
    const pipe = createValidationPipe();
    const error = await pipe
      .transform({ email: '' }, { type: 'body', metatype: Contact })
      .catch((caught: unknown) => caught);
    expect((error as UnprocessableEntityException).getResponse()).toMatchObject({
      errors: { email: ['Enter your email address'] },
    });
  });

  it('refuses unknown fields by name', async () => {
    const response = (await rejectionOf({ ...valid, isAdmin: true })) as unknown as {
      errors: Record<string, string[]>;
    };
    expect(response.errors).toEqual({ isAdmin: ['property isAdmin should not exist'] });
  });
});

describe('errorsByField', () => {
  it('indexes array children by position', () => {
    expect(
      errorsByField([
        {
          property: 'speakers',
          children: [
            { property: '0', children: [{ property: 'name', constraints: { isString: 'bad' }, children: [] }] },
          ],
        },
      ]),
    ).toEqual({ 'speakers.0.name': ['bad'] });
  });
});
