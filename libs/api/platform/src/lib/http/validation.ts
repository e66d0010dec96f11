import { UnprocessableEntityException, ValidationError, ValidationPipe } from '@nestjs/common';

/**
 * Flattens class-validator's tree into `{ "venue.postcode": ["..."], "speakers.0.name": ["..."] }`,
 * the shape the web app maps back onto form fields.
 */
export function errorsByField(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      result[path] = Object.values(error.constraints);
    }
    Object.assign(result, errorsByField(error.children ?? [], path));
  }
  return result;
}

/**
 * The one validation pipe: strips nothing silently, refuses unknown fields,
 * converts types, and reports one message per field (as GOV.UK forms show
 * them). class-validator checks a property's decorators from the bottom up,
 * so DTOs put the presence check (`@IsNotEmpty`) last, next to the property:
 * an empty field then says "Enter ..." rather than "... in the correct format".
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new UnprocessableEntityException({
        message: 'Check the highlighted fields',
        errors: errorsByField(errors),
      }),
  });
}
