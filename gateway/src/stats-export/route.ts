import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Request, Response } from 'express';
import { StatsExportError, statsCsv, statsExportRequest, type StatsKind } from './stats-export';

/**
 * `GET /stats/<kind>.csv?groupBy=…&from=…`: runs the statistics query through this gateway as the caller
 * (same context, same authorization, so the same suppression) and answers CSV, or the errors as JSON with 400.
 */
export function statsExportRoute<Ctx extends BaseContext>(kind: StatsKind, apollo: ApolloServer<Ctx>, contextOf: (req: Request, res: Response) => Ctx) {
  return async (req: Request, res: Response) => {
    let request;
    try {
      request = statsExportRequest(kind, new URL(req.originalUrl, 'http://gateway').searchParams);
    } catch (error) {
      if (!(error instanceof StatsExportError)) throw error;
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    const response = await apollo.executeOperation(
      { query: request.query, variables: request.variables, operationName: 'StatsExport' },
      { contextValue: contextOf(req, res) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    if (!result?.data || result.errors?.length) {
      res.status(400).json({ errors: result?.errors ?? [{ message: 'The statistics query did not answer' }] });
      return;
    }
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', `attachment; filename="${request.fileName}"`)
      .send(statsCsv(request, result.data as Record<string, unknown>));
  };
}
