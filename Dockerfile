# syntax=docker/dockerfile:1
# One image for every service and job of the platform (docs/operations.md, "Containers"): the three subgraphs, the
# gateway with the built console, and the migration, demo-data and reputation scripts. The command picks which:
#   docker run … imepanel node --import tsx subgraphs/cases/src/main.ts
# NODE_ENV=production by default: a container refuses the published development secrets and never creates demo users.

# Build: every dependency, the console built into admin/dist, then the development dependencies removed.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The manifests alone first, so that the `npm ci` layer is reused until a dependency changes.
COPY package.json package-lock.json ./
COPY packages/runtime/package.json packages/runtime/
COPY subgraphs/examiners/package.json subgraphs/examiners/
COPY subgraphs/cases/package.json subgraphs/cases/
COPY subgraphs/reports/package.json subgraphs/reports/
COPY gateway/package.json gateway/
COPY admin/package.json admin/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w admin \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# Run: production dependencies (tsx among them: the services run their TypeScript with `node --import tsx`), the
# sources, the supergraph and the built console, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
COPY --from=build /app/subgraphs ./subgraphs
COPY --from=build /app/gateway ./gateway
COPY --from=build /app/schema ./schema
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/admin/package.json ./admin/package.json
COPY --from=build /app/admin/dist ./admin/dist
USER node
EXPOSE 4000 4001 4002 4003
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
