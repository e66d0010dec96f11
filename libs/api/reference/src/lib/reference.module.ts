import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceController } from './reference.controller';
import { CouncilEntity, OrganisationEntity, TaxonomyTermEntity } from './reference.entities';
import { ReferenceService } from './reference.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, CouncilEntity, TaxonomyTermEntity])],
  controllers: [ReferenceController],
  providers: [ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
