# The fieldcode render service (docs/service.md): `fieldcode serve` over a folder mounted at
# /srv/responses. Not built in CI (there is no Docker daemon there): test/cli/dockerfile.test.ts
# checks that every file, workspace, command, option and route named here exists, and
# scripts/docker-smoke.sh builds and runs the image where a daemon exists.

# Build: npm ci installs from the lockfile and runs the root `prepare` script (scripts/build.mjs),
# which bundles every package and type-checks the workspace; npm pack makes the CLI's tarball,
# exactly what the registry would publish (bin/ and dist/: the CLI bundles its dependencies).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
    && mkdir /tmp/pkg \
    && npm pack --workspace packages/cli --pack-destination /tmp/pkg

# Run: the CLI tarball installed with production dependencies only (it declares none; its optional
# peer, the editor, is for `fieldcode studio` and is left out), run by the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
COPY --from=build /tmp/pkg /tmp/pkg
RUN npm install --global --omit=dev --legacy-peer-deps --no-audit --no-fund /tmp/pkg/fieldcode-cli-*.tgz \
    && rm -rf /tmp/pkg \
    && npm cache clean --force
USER node
WORKDIR /home/node
VOLUME /srv/responses
EXPOSE 4180
# /healthz needs no token, and the Host check accepts the IP literal 127.0.0.1.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s CMD ["node", "-e", "fetch('http://127.0.0.1:4180/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# 0.0.0.0 inside the container only (publish it with -p). Beyond loopback a token is required: set
# FIELDCODE_SERVE_TOKEN, or mount a file and append --token-file FILE to `docker run … IMAGE`.
ENTRYPOINT ["fieldcode", "serve", "/srv/responses", "--host", "0.0.0.0", "--port", "4180"]
