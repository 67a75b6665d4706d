# The API image: built with the .NET SDK (and Node.js, which restores the Banana Cake Pop IDE from npm and builds the portal),
# run on the ASP.NET runtime as the image's non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
# The image's architecture (set by BuildKit): the API is published ReadyToRun (BackOffice.Api.csproj), which is per architecture.
ARG TARGETARCH
WORKDIR /source
COPY src/Directory.Build.props src/Directory.Packages.props src/
COPY src/BackOffice.Domain/BackOffice.Domain.csproj src/BackOffice.Domain/
COPY src/BackOffice.Infrastructure/BackOffice.Infrastructure.csproj src/BackOffice.Infrastructure/
COPY src/BackOffice.Api/BackOffice.Api.csproj src/BackOffice.Api/
RUN dotnet restore src/BackOffice.Api/BackOffice.Api.csproj -a $TARGETARCH
COPY src/BackOffice.Api/Playground/ide/package.json src/BackOffice.Api/Playground/ide/package-lock.json src/BackOffice.Api/Playground/ide/
RUN cd src/BackOffice.Api/Playground/ide && npm ci --no-audit --no-fund
# The portal is built by the API's build from these packages and the printed schema; if they cannot be installed the
# image still builds, and / says how to get the portal.
COPY src/BackOffice.Portal/package.json src/BackOffice.Portal/package-lock.json src/BackOffice.Portal/
RUN cd src/BackOffice.Portal && (npm ci --no-audit --no-fund || echo "portal packages not installed: the image serves no portal")
COPY schema/schema.graphql schema/
COPY src/ src/
RUN dotnet publish src/BackOffice.Api/BackOffice.Api.csproj -c Release -a $TARGETARCH -o /app --no-restore -p:PortalOptional=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Logging__Format=json
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 CMD ["dotnet", "BackOffice.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "BackOffice.Api.dll"]
