import { IsDefined, ValidateIf } from 'class-validator';

/** A required value (enum, number) that an update may leave out but never clear. */
export function NotClearable(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v !== undefined)(target, key);
    IsDefined({ message: 'cannot be cleared' })(target, key);
  };
}
