import { HttpResponse } from 'msw'
import { endpoint } from './support'

/** `GET /v1/users/self` (AAM Users API): the signed-in demo user with `isAdmin` and `permissions`. */
export const userHandlers = [...endpoint('get', '/v1/users/self', {}, ({ user }) => HttpResponse.json(user))]
