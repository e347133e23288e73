import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@ogp-forum/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

@ObjectType({ description: 'A ministry, civil-society organisation or other body taking part in the forum.' })
@Entity('organizations')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'A stable short name, e.g. "mois" or "open-net".' })
  @Column({ unique: true })
  key!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The name in Korean, where it has one.' })
  @Column({ type: 'text', nullable: true })
  nameKo!: string | null;

  @Field(() => OrganizationKind)
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
