import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';

/** Runs the local strategy for the `login` mutation: passport reads the credentials from the request body. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext().req;
    req.body = gql.getArgs();
    return req;
  }

  /** Passport's own failure is a bare 401; our strategy's domain errors (wrong password, locked) pass through. */
  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) throw error;
    return user;
  }
}
