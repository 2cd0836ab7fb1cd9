import { Column, CreateDateColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** PostgreSQL `numeric` arrives as a string to keep precision; our numerics are small. */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/**
 * Columns every editable record carries. `version` is what an update names to prove it read the
 * latest state (optimistic concurrency, guarded in SQL by the writers). type-graphql copies these
 * fields into each object type that extends it; the base itself is never referenced, so never emitted.
 */
@ObjectType()
export abstract class VersionedRecord {
  @Field(() => Int, { description: 'Send back on update; a stale version is refused.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => GraphQLDateTimeISO)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** `'A', 'B', 'C'` from an enum object: CHECK constraints listed from the same enum as the code. */
export function sqlValueList(values: object): string {
  return Object.values(values)
    .map((v) => `'${String(v)}'`)
    .join(', ');
}
