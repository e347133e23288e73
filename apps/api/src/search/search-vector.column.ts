import { Column, Index } from 'typeorm';

/**
 * The search vector of a searched table (migration 1796130000000-Search): written only by the table's trigger, never
 * read into the entity. Declared so that a generated migration does not drop the column or its GIN index, which
 * TypeORM cannot describe (`synchronize: false` leaves the index alone).
 */
export function SearchVectorColumn(index: string, name = 'search_vector'): PropertyDecorator {
  return (target, property) => {
    Column({ type: 'tsvector', name, nullable: true, select: false, insert: false, update: false })(target, property);
    Index(index, { synchronize: false })(target, property);
  };
}
