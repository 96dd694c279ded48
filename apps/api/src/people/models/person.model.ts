import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  businessUnit: string | null;

  @Field(() => Float)
  capacityHoursPerWeek: number;

  @Field(() => Int)
  version: number;
}

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  department: string | null;
  business_unit: string | null;
  capacity_hours_per_week: string;
  version: number;
}

export function toPerson(row: PersonRow): PersonModel {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    department: row.department,
    businessUnit: row.business_unit,
    capacityHoursPerWeek: Number(row.capacity_hours_per_week),
    version: row.version,
  };
}
