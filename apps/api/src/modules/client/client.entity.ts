import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { VersionedRecord } from '../../db/columns.js';

@ObjectType({ description: 'A person receiving care (FHIR Patient). May have several episodes.' })
@Entity()
/** Caseload lists sort by (lower(last), lower(first), id): a functional index in the migration. */
@Index('client_name_sort_idx', { synchronize: false })
/** Finding a returning client at inquiry: trigram (pg_trgm) on the full name, and birth date. */
@Index('client_name_trgm_idx', { synchronize: false })
@Index('client_date_of_birth_idx', { synchronize: false })
export class Client extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Legal first name.' })
  @Column({ type: 'text' })
  firstName: string;

  @Field(() => String, { description: 'Legal last name.' })
  @Column({ type: 'text' })
  lastName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  preferredName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  pronouns: string | null;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  dateOfBirth: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The language the client prefers, by name (e.g. Spanish), as resources list theirs.',
  })
  @Column({ type: 'text', nullable: true })
  preferredLanguage: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  sobrietyDate: string | null;
}
