import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { signedIn, type GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { exportResources, importResources } from './community-resource-exchange.service.js';
import { RESOURCE_CSV_COLUMNS } from './community-resource-csv.js';
import { CommunityResourceFilter } from './dto/community-resource.input.js';

@ObjectType({ description: 'What a CSV import did to the directory.' })
class CommunityResourceImport {
  @Field(() => Int, { description: 'Rows without an id: new entries.' })
  added: number;

  @Field(() => Int, { description: 'Rows with an id: entries changed.' })
  changed: number;
}

const LAYOUT = `Columns: ${RESOURCE_CSV_COLUMNS.join(', ')} (languages separated by semicolons).`;

/** The directory as a CSV file, out and in: the director's, for the whole list at once. */
@Resolver()
export class CommunityResourceExchangeResolver {
  @Authorized('EXCHANGE_RESOURCE_DIRECTORY')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Query(() => String, {
    description: `The directory entries matching the filter (every one: \`first\` is ignored) as CSV. ${LAYOUT}`,
  })
  communityResourcesCsv(
    @Arg('programId', () => ID) programId: string,
    @Arg('filter', () => CommunityResourceFilter) filter: CommunityResourceFilter,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return exportResources(ctx.db, signedIn(ctx), ctx.audit, programId, filter);
  }

  @Authorized('EXCHANGE_RESOURCE_DIRECTORY')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Mutation(() => CommunityResourceImport, {
    description: `Imports a CSV file: rows with an id change that entry, others add one. Any problem in any row refuses the whole file (BAD_USER_INPUT naming each row and column). ${LAYOUT}`,
  })
  importCommunityResources(
    @Arg('programId', () => ID) programId: string,
    @Arg('csv', () => String) csv: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CommunityResourceImport> {
    return importResources(ctx.db, signedIn(ctx), ctx.audit, programId, csv);
  }
}
