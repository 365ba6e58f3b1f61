import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  nearbyQuery,
  placeSearchQuery,
  placeSearchResult,
  publicAreas,
  publicAreasQuery,
  reportForm,
  reportFormQuery,
  reportReceipt,
  reportStatusPage,
  reportSubmission,
  statusQuery,
  statusUpdatesInput,
  trackingCodeParams,
} from '../../../common/contracts/public-reports';
import { requestLocale } from '../../platform/locale';
import { rejectUnstorableText } from '../../platform/storable-text';
import { reportForm as loadReportForm } from './form-service';
import { nearbyPlaces, publicAreaOutlines, searchPlaces } from './place-search';
import { limitPerEntrance, readLimit, statusActionLimit, submitLimit } from './rate-limits';
import { reportOfCode, statusPage, subscribeToUpdates, withdrawContact } from './status-service';
import { multipartLimits, readMultipartSubmission } from './submission-body';
import { submitPublicReport } from './submit-service';

const tags = ['public-reports'];
const photosOf = new WeakMap<FastifyRequest, Buffer[]>();

/**
 * The public (no account) report page's API. No session is needed, so these state changes need
 * no CSRF token either (csrf: false): they act for nobody, and each is rate-limited instead.
 */
export const publicReportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: multipartLimits });

  app.get(
    '/public/report-form',
    {
      config: { ...readLimit, public: true },
      schema: { tags, querystring: reportFormQuery, response: { 200: reportForm } },
    },
    async (request) => loadReportForm(app.db, request.query),
  );
  app.get(
    '/public/places',
    {
      config: { ...readLimit, public: true },
      schema: { tags, querystring: placeSearchQuery, response: { 200: placeSearchResult } },
    },
    async (request) => searchPlaces(app.db, request.query.org, request.query.q),
  );
  app.get(
    '/public/places/nearby',
    {
      config: { ...readLimit, public: true },
      schema: { tags, querystring: nearbyQuery, response: { 200: placeSearchResult } },
    },
    async (request) => nearbyPlaces(app.db, request.query.org, request.query.lon, request.query.lat),
  );
  app.get(
    '/public/areas',
    {
      config: { ...readLimit, public: true },
      schema: { tags, querystring: publicAreasQuery, response: { 200: publicAreas } },
    },
    async (request) => publicAreaOutlines(app.db, request.query.org),
  );

  app.post(
    '/public/reports',
    {
      config: { public: true, ...submitLimit(app.config), csrf: false },
      schema: { tags, body: reportSubmission, response: { 200: reportReceipt, 201: reportReceipt } },
      // Multipart: the JSON of the `report` field becomes the body the schema checks.
      preValidation: async (request) => {
        if (!request.isMultipart()) return;
        const { body, photos } = await readMultipartSubmission(request, requestLocale(request));
        // Not yet checked: the schema validation that follows this hook checks it.
        request.body = body as typeof request.body;
        photosOf.set(request, photos);
        await rejectUnstorableText(request);
      },
    },
    async (request, reply) => {
      const photos = photosOf.get(request) ?? [];
      const receipt = await submitPublicReport(app.db, app.storage, request.body, photos, {
        locale: requestLocale(request),
        checkEntrance: (entrance) => limitPerEntrance(app, request, entrance),
      });
      return reply.status(receipt.alreadyReceived ? 200 : 201).send(receipt);
    },
  );

  app.get(
    '/public/reports/:code',
    {
      config: { ...readLimit, public: true },
      schema: {
        tags,
        params: trackingCodeParams,
        querystring: statusQuery,
        response: { 200: reportStatusPage },
      },
    },
    async (request) =>
      statusPage(app.db, await reportOfCode(app.db, request.params.code), request.query.locale),
  );
  app.post(
    '/public/reports/:code/withdraw-contact',
    {
      config: { public: true, ...statusActionLimit, csrf: false },
      schema: {
        tags,
        params: trackingCodeParams,
        querystring: statusQuery,
        response: { 200: reportStatusPage },
      },
    },
    async (request) => withdrawContact(app.db, request.params.code, request.query.locale),
  );
  app.post(
    '/public/reports/:code/updates',
    {
      config: { public: true, ...statusActionLimit, csrf: false },
      schema: {
        tags,
        params: trackingCodeParams,
        querystring: statusQuery,
        body: statusUpdatesInput,
        response: { 200: reportStatusPage },
      },
    },
    async (request) =>
      subscribeToUpdates(
        app.db,
        request.params.code,
        request.body.email,
        request.query.locale,
        requestLocale(request),
      ),
  );
};
