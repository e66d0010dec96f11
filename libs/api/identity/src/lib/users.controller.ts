import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorDto, CurrentUser, type Principal, Roles } from '@epm/api/platform';
import type { UserResponse } from '@epm/shared/contracts';
import type { Request } from 'express';
import { CreateUserDto, UpdateUserDto, UserDto, UserIdParam } from './identity.dto';
import { UsersService } from './users.service';

@ApiTags('identity')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Every account (administrators only)' })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account (administrators only)' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@Param() params: UserIdParam): Promise<UserResponse> {
    return this.users.get(Number(params.id));
  }

  @Post()
  @ApiOperation({ summary: 'Create an account with an initial password (administrators only)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The email address already has an account' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  create(@Body() body: CreateUserDto, @CurrentUser() actor: Principal, @Req() request: Request): Promise<UserResponse> {
    return this.users.create(body, actor, request.ip ?? null);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, role, organisation or disable an account (administrators only)' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  update(
    @Param() params: UserIdParam,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: Principal,
    @Req() request: Request,
  ): Promise<UserResponse> {
    return this.users.update(Number(params.id), body, actor, request.ip ?? null);
  }
}
