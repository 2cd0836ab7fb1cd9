import { IsDefined, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/**
 * Required text: a string with something in it, at most `max` characters. On an update input the
 * field may be left out, but not cleared (null), since the column it fills is required.
 */
export function RequiredText(max: number, { onUpdate = false } = {}): PropertyDecorator {
  return (target, key) => {
    if (onUpdate) ValidateIf((_o, v) => v !== undefined)(target, key);
    IsDefined({ message: 'cannot be cleared' })(target, key);
    IsString()(target, key);
    Matches(/\S/, { message: 'must not be blank' })(target, key);
    MaxLength(max)(target, key);
  };
}

/** Optional text: null or blank clears it. */
export function OptionalText(max: number): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v != null)(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
  };
}

/** A required value (enum, number) that an update may leave out but never clear. */
export function NotClearable(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v !== undefined)(target, key);
    IsDefined({ message: 'cannot be cleared' })(target, key);
  };
}
