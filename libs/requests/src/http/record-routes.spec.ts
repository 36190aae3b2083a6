import 'reflect-metadata';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MODULE_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { PipeTransform, Type } from '@nestjs/common';
import { AccessibleCitizenPipe, CitizensHttpModule } from '@gru/citizens';
import { RequestsHttpModule } from '../requests-http.module';
import { AccessibleContactPipe } from './accessible-contact.pipe';
import { AccessibleRequestPipe } from './accessible-request.pipe';

interface RouteArgument {
  readonly index: number;
  readonly data?: unknown;
  readonly pipes?: (Type<PipeTransform> | PipeTransform)[];
}

interface Route {
  readonly name: string;
  readonly path: string;
  readonly args: (RouteArgument & { key: string })[];
}

function pathsOf(value: unknown): string[] {
  if (value === undefined) return [''];
  return (Array.isArray(value) ? value : [value]).map((path) => String(path));
}

/** Every route handler of the modules' controllers, with its full path and its parameters' metadata. */
function routesOf(modules: Type[]): Route[] {
  const routes: Route[] = [];
  for (const module of modules) {
    const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[];
    for (const controller of controllers) {
      for (const prefix of pathsOf(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const methodName of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = (controller.prototype as Record<string, unknown>)[methodName];
          if (methodName === 'constructor' || typeof handler !== 'function') continue;
          const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
          if (methodPaths === undefined) continue;
          const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodName) ??
            {}) as Record<string, RouteArgument>;
          for (const path of pathsOf(methodPaths)) {
            routes.push({
              name: `${controller.name}.${methodName}`,
              path: [prefix, path].join('/').split('/').filter(Boolean).join('/'),
              args: Object.entries(args).map(([key, arg]) => ({ ...arg, key })),
            });
          }
        }
      }
    }
  }
  return routes;
}

/** The route parameters that name a request or a citizen, with the loader each must go through. */
function recordParameters(path: string): { param: string; loader: Type<PipeTransform> }[] {
  const segments = path.split('/');
  const found: { param: string; loader: Type<PipeTransform> }[] = [];
  segments.forEach((segment, index) => {
    if (!segment.startsWith(':')) return;
    const param = segment.slice(1);
    const owner = segments[index - 1];
    if (owner === 'requests') found.push({ param, loader: AccessibleRequestPipe });
    else if (owner === 'citizens') found.push({ param, loader: AccessibleCitizenPipe });
    else if (owner === 'contacts') found.push({ param, loader: AccessibleContactPipe });
    // Any other `:id` in these libraries names a request or a citizen too until proven otherwise:
    // with no loader it fails below, and whoever adds it decides which loader it needs.
    else if (param === 'id') found.push({ param, loader: AccessibleRequestPipe });
  });
  return found;
}

const usesLoader = (route: Route, param: string, loader: Type<PipeTransform>) =>
  route.args.some(
    (arg) =>
      arg.data === param &&
      (arg.pipes ?? []).some(
        (pipe) =>
          pipe === loader || (typeof pipe === 'function' && pipe.prototype instanceof loader),
      ),
  );

const readsRawParam = (route: Route, param: string) =>
  route.args.some((arg) => arg.key.startsWith(`${RouteParamtypes.PARAM}:`) && arg.data === param);

describe('routes naming a request or a citizen', () => {
  const routes = routesOf([RequestsHttpModule, CitizensHttpModule]);
  const guarded = routes.flatMap((route) =>
    recordParameters(route.path).map((record) => ({ route, ...record })),
  );

  it('finds the routes it is meant to check', () => {
    const paths = guarded.map(({ route }) => route.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'requests/:id',
        'requests/:id/transitions',
        'requests/:id/attachments/:attachmentId/content',
        'citizens/:id',
        'citizens/:id/timeline',
        'citizens/:id/export',
        'contacts/:id/coding',
      ]),
    );
    expect(guarded.length).toBeGreaterThanOrEqual(17);
  });

  it.each(
    guarded.map(
      ({ route, param, loader }) =>
        [route.name, route.path, param, loader.name, route, loader] as const,
    ),
  )('%s (%s) loads :%s through %s', (_name, _path, param, _loaderName, route, loader) => {
    expect(usesLoader(route, param, loader)).toBe(true);
    // A raw @Param() of the same name would let the handler act on an id it never checked.
    expect(readsRawParam(route, param)).toBe(false);
  });
});
