# The fieldcode render service (docs/service.md): fieldcode serve over a mounted folder.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm ci builds every package (prepare script); the editor is not needed at run time.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --workspace packages/cli --include-workspace-root=false

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages/language/package.json /app/packages/language/
COPY --from=build /app/packages/language/dist /app/packages/language/dist
COPY --from=build /app/packages/content/package.json /app/packages/content/
COPY --from=build /app/packages/content/dist /app/packages/content/dist
COPY --from=build /app/packages/cli/package.json /app/packages/cli/
COPY --from=build /app/packages/cli/bin /app/packages/cli/bin
COPY --from=build /app/packages/cli/dist /app/packages/cli/dist
USER node
VOLUME /srv/responses
EXPOSE 4180
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4180/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A token is required beyond loopback: pass FIELDCODE_SERVE_TOKEN or mount a file for --token-file.
ENTRYPOINT ["node", "/app/packages/cli/bin/fieldcode.js", "serve", "/srv/responses", "--host", "0.0.0.0", "--port", "4180"]
