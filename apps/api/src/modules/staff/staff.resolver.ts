import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Staff } from './staff.entity.js';
import { listStaff } from './staff.service.js';

@Resolver(() => Staff)
export class StaffResolver {
  @Authorized('SIGNED_IN')
  @Query(() => [Staff], {
    description: 'Active staff, by last name; optionally one program and role.',
  })
  staffMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('programId', () => ID, { nullable: true }) programId?: string | null,
    @Arg('role', () => StaffRole, { nullable: true }) role?: StaffRole | null,
  ): Promise<Staff[]> {
    return listStaff(ctx.db, { programId, role });
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => String, { description: 'Name with credentials, e.g. "Dana Whitlow, LCSW".' })
  displayName(@Root() staff: Staff): string {
    const name = `${staff.firstName} ${staff.lastName}`;
    return staff.credentials ? `${name}, ${staff.credentials}` : name;
  }
}
