import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorDto, CurrentUser, type Principal, Public, Roles } from '@epm/api/platform';
import type { ObjectiveResponse, ProgrammeResponse } from '@epm/shared/contracts';
import {
  ObjectiveInputDto,
  ObjectiveParams,
  ObjectivePatchDto,
  ProgrammeIdParam,
  ProgrammeInputDto,
  ProgrammePatchDto,
} from './events.dto';
import { ObjectiveDto, ProgrammeDto } from './events.responses';
import { ProgrammeService } from './programme.service';

@ApiTags('programme')
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly programmes: ProgrammeService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The programme years of the MoU and their objectives' })
  @ApiOkResponse({ type: [ProgrammeDto] })
  list(): Promise<ProgrammeResponse[]> {
    return this.programmes.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a programme year (a renewed MoU)' })
  @ApiCreatedResponse({ type: ProgrammeDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  create(@Body() body: ProgrammeInputDto, @CurrentUser() actor: Principal): Promise<ProgrammeResponse> {
    return this.programmes.create(body, actor);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename or re-date a programme year' })
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  update(
    @Param() params: ProgrammeIdParam,
    @Body() body: ProgrammePatchDto,
    @CurrentUser() actor: Principal,
  ): Promise<ProgrammeResponse> {
    return this.programmes.update(Number(params.id), body, actor);
  }

  @Post(':id/objectives')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Add an objective, optionally with a target' })
  @ApiCreatedResponse({ type: ObjectiveDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  addObjective(
    @Param() params: ProgrammeIdParam,
    @Body() body: ObjectiveInputDto,
    @CurrentUser() actor: Principal,
  ): Promise<ObjectiveResponse> {
    return this.programmes.addObjective(Number(params.id), body, actor);
  }

  @Patch(':id/objectives/:objectiveId')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Change an objective or its target' })
  @ApiOkResponse({ type: ObjectiveDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  updateObjective(
    @Param() params: ObjectiveParams,
    @Body() body: ObjectivePatchDto,
    @CurrentUser() actor: Principal,
  ): Promise<ObjectiveResponse> {
    return this.programmes.updateObjective(Number(params.id), Number(params.objectiveId), body, actor);
  }
}
